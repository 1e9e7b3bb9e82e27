import { vietnamDateOf } from '@htx/domain';
import type { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import type { BenchContext, ScenarioResult } from '../support/context';
import { BENCH_OFFICER } from '../support/population';
import { ensurePopulation } from '../support/population-ensure';
import { closedLoop, round } from '../support/stats';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `done()` every 250 ms; the seconds it took. */
async function drained(done: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (!(await done())) {
    if (performance.now() - started > timeoutMs) throw new Error(`not drained after ${timeoutMs / 1000} s`);
    await sleep(250);
  }
  return (performance.now() - started) / 1000;
}

type Timeouts = { startToClose: number; scheduleToStart: number };

/**
 * Workflow-task timeouts in the histories of these workflows (fetched 16 at a time): start-to-close (a task that
 * took too long — a replay over 10 s) apart from schedule-to-start (a task left on the stopped worker's sticky queue,
 * moved to the normal queue after 10 s: what any worker restart costs).
 */
async function workflowTaskTimeouts(client: Client, workflowIds: readonly string[]): Promise<Timeouts> {
  const timeouts = { startToClose: 0, scheduleToStart: 0 };
  await closedLoop(workflowIds.length, 16, async (index) => {
    const { events } = await client.workflow.getHandle(workflowIds[index]).fetchHistory();
    for (const event of events ?? []) {
      const timedOut = event.workflowTaskTimedOutEventAttributes;
      if (!timedOut) continue;
      if (timedOut.timeoutType === temporal.api.enums.v1.TimeoutType.TIMEOUT_TYPE_SCHEDULE_TO_START) {
        timeouts.scheduleToStart++;
      } else {
        timeouts.startToClose++;
      }
    }
  });
  return timeouts;
}

/**
 * B7: everything falls due at once while the worker is down, then the worker starts cold (empty cache): how long
 * until all of it is done. Raw: N trivial workflows whose timers share one instant. Ours: the N imported
 * cooperatives, each woken by a fact (our deadlines fall on Vietnamese midnights, so a bench cannot wait for one);
 * each wake-up replays the cooperative's history and records the fact in the log, like a deadline's transition.
 */
export async function b7TimerHerd(context: BenchContext): Promise<ScenarioResult> {
  const population = await ensurePopulation(
    context,
    context.shared.population?.length ?? Math.round(2_000 * context.scale),
  );
  const count = population.length;

  // Raw: start the sleepers (each sets its timer in its first task), stop the worker, let the instant pass.
  const startSeconds = Math.max(10, count / 50);
  const wakeAt = Date.now() + startSeconds * 1000;
  const rawIds = Array.from({ length: count }, (_, index) => `b7-raw-${index}`);
  await closedLoop(count, 16, (index) =>
    context.client.workflow.start('sleeperWorkflow', {
      taskQueue: context.rawTaskQueue,
      workflowId: rawIds[index],
      args: [wakeAt],
    }),
  );
  await sleep(Math.max(0, wakeAt - Date.now()) + 2_000);
  await context.rawWorker.stop('SIGTERM');
  const rawRunning = async () =>
    (await context.client.workflow.count(`WorkflowType = 'sleeperWorkflow' AND ExecutionStatus = 'Running'`)).count;
  await sleep(2_000);
  const rawStarted = performance.now();
  await context.restartRawWorker();
  await drained(async () => (await rawRunning()) === 0, 3_600_000);
  const rawSeconds = round((performance.now() - rawStarted) / 1000, 1);

  // Ours: the worker goes down, every cooperative gets its fact, the worker comes back cold.
  await context.appWorker.stop('SIGTERM');
  const today = vietnamDateOf(new Date());
  await closedLoop(count, 16, (index) =>
    context.lifecycle.recordFact(population[index], {
      factId: `b7-${index}`,
      fact: { kind: 'activity', on: today, activity: 'inspection', description: 'Kiểm tra định kỳ' },
      actor: BENCH_OFFICER,
    }),
  );
  const applied = async () =>
    (
      await context.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM lifecycle_events WHERE data->>'factId' LIKE 'b7-%'`,
      )
    )[0].n;
  const oursStarted = performance.now();
  await context.restartAppWorker();
  const oursSeconds = round(await drained(async () => (await applied()) >= count, 3_600_000), 1);
  const oursTotalSeconds = round((performance.now() - oursStarted) / 1000, 1);

  const [rawTimeouts, oursTimeouts] = [
    await workflowTaskTimeouts(context.client, rawIds),
    await workflowTaskTimeouts(context.client, population),
  ];
  const steady = context.shared.b1OursPerSecond;
  const predicted = steady ? round(count / steady, 1) : undefined;
  const ratio = predicted ? round(oursTotalSeconds / predicted, 2) : undefined;
  return {
    id: 'B7',
    title: 'Timer herd: everything due at once, the worker restarted cold',
    size: { workflows: count },
    measured: {
      raw: { count, seconds: rawSeconds, perSecond: round(count / rawSeconds, 1) },
      ours: { count, seconds: oursTotalSeconds, perSecond: round(count / oursTotalSeconds, 1) },
      predictedFromB1: predicted,
      ratioToPrediction: ratio,
      workflowTaskTimeouts: { raw: rawTimeouts, ours: oursTimeouts },
    },
    checks: [
      {
        target: "drain time / what B1's steady rate predicts",
        value: ratio === undefined ? 'B1 not run' : `${ratio} (${oursTotalSeconds} s vs ${predicted} s)`,
        goal: '≤ 1.5',
        pass: ratio !== undefined && ratio <= 1.5,
      },
      {
        target: 'workflow-task timeouts (start-to-close)',
        value: `ours ${oursTimeouts.startToClose}, raw ${rawTimeouts.startToClose}`,
        goal: '0',
        pass: oursTimeouts.startToClose === 0,
      },
    ],
    notes: [
      `raw: ${count} timers at one instant drained in ${rawSeconds} s after a cold start (${round(count / rawSeconds, 1)}/s)`,
      `ours: ${oursTotalSeconds} s from the worker's start (its start included), ${oursSeconds} s from ready`,
      `sticky-queue schedule-to-start timeouts (tasks left on the stopped worker's queue): ours ` +
        `${oursTimeouts.scheduleToStart}, raw ${rawTimeouts.scheduleToStart}`,
    ],
  };
}
