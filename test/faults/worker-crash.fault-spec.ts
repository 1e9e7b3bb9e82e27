import { checkInvariants, CLEAN } from '../support/invariants';
import { startFaultStack, type FaultStack } from '../support/fault-stack';
import {
  eventsOfFact,
  historyOf,
  holdStream,
  maxActivityAttempt,
  registerCooperative,
  reportActivity,
  taskTroubles,
  waitForFact,
} from '../support/fault-helpers';
import { until } from '../support/eventually';
import { startTcpProxy } from '../support/tcp-proxy';

/** The append activity's start-to-close timeout (workflows/src/shared/activities.ts): when a lost attempt is retried. */
const START_TO_CLOSE_MS = 30_000;

let stack: FaultStack;
beforeAll(async () => {
  stack = await startFaultStack();
});
afterAll(async () => {
  await stack?.stop();
});

/** The SDK's default number of workflow-task polls a worker keeps open. */
const WORKFLOW_TASK_POLLERS = 10;

describe('the worker process dies', () => {
  it('mid-activity, before its commit: the retry appends the fact once, within the timeout and 10 s', async () => {
    const cooperative = await registerCooperative(stack);
    const stream = await holdStream(stack, cooperative.id);
    const factId = await reportActivity(stack, cooperative.id, 'f1-mid-activity');
    await stream.appendWaiting();

    await stack.worker.stop('SIGKILL');
    await stream.release();
    expect(await eventsOfFact(stack, factId)).toBe(0);
    const restarted = Date.now();
    await stack.startWorker();
    await waitForFact(stack, factId);
    expect(Date.now() - restarted).toBeLessThanOrEqual(START_TO_CLOSE_MS + 10_000);

    const history = await historyOf(stack, cooperative.workflowId);
    expect(maxActivityAttempt(history)).toBeGreaterThanOrEqual(2);
    expect(await eventsOfFact(stack, factId)).toBe(1);
    expect(await checkInvariants(stack.dataSource, stack.client)).toMatchObject(CLEAN);
  });

  it('after its commit, before Temporal hears of it: the retry finds the append and writes nothing twice', async () => {
    // The worker talks to Temporal through a proxy this test can mute: its report of the completion never arrives.
    const proxy = await startTcpProxy(stack.temporal.address);
    await stack.startWorker(proxy.address);
    const cooperative = await registerCooperative(stack);
    const stream = await holdStream(stack, cooperative.id);
    const factId = await reportActivity(stack, cooperative.id, 'f2-after-commit');
    await stream.appendWaiting();

    proxy.muteClient();
    await stream.release();
    await waitForFact(stack, factId, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await stack.worker.stop('SIGKILL');
    await proxy.close();
    await stack.startWorker();

    const state = await until(
      async () => (await checkInvariants(stack.dataSource, stack.client)).workflowsOutOfStep,
      (outOfStep) => outOfStep.length === 0,
      'the workflow to take the retried append',
      { timeoutMs: START_TO_CLOSE_MS + 30_000, intervalMs: 1_000 },
    );
    expect(state).toEqual([]);
    const history = await historyOf(stack, cooperative.workflowId);
    expect(maxActivityAttempt(history)).toBeGreaterThanOrEqual(2);
    expect(await eventsOfFact(stack, factId)).toBe(1);
    expect(await checkInvariants(stack.dataSource, stack.client)).toMatchObject(CLEAN);
  });

  it('on SIGTERM during load, it finishes what it holds and leaves; the next worker does the rest', async () => {
    const cooperatives = await Promise.all(Array.from({ length: 4 }, () => registerCooperative(stack)));
    const facts: string[] = [];
    const load = (async () => {
      for (let index = 0; index < 40; index++) {
        const cooperative = cooperatives[index % cooperatives.length];
        facts.push(await reportActivity(stack, cooperative.id, `f14-${index}`));
      }
    })();
    await until(
      async () => (await Promise.all(facts.map((factId) => eventsOfFact(stack, factId)))).filter(Boolean).length,
      (applied) => applied >= 10,
      'a quarter of the load applied',
      { timeoutMs: 60_000, intervalMs: 100 },
    );
    const exitCode = await stack.worker.stop('SIGTERM');
    expect(exitCode).toBe(0);
    expect(stack.worker.output()).toContain('finishing in-flight tasks');
    await load;
    await stack.startWorker();
    for (const factId of facts) await waitForFact(stack, factId);

    // No workflow task failed. At most the tasks the stopping worker's pollers had just been handed are lost, one per
    // poll in flight (the SDK's default is min(10, executions)): the SDK drops a poll answer that arrives during its
    // shutdown, and Temporal hands the task out again after its 10 s timeout. Each cooperative's run has more to do
    // now (its report obligations), so more than one can be in flight.
    const troubles = await Promise.all(
      cooperatives.map(async (cooperative) => taskTroubles(await historyOf(stack, cooperative.workflowId))),
    );
    expect(troubles.reduce((sum, one) => sum + one.failedTasks, 0)).toBe(0);
    expect(troubles.reduce((sum, one) => sum + one.startToCloseTimeouts, 0)).toBeLessThanOrEqual(WORKFLOW_TASK_POLLERS);
    expect(await checkInvariants(stack.dataSource, stack.client)).toMatchObject(CLEAN);
  });
});
