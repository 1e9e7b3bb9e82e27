import {
  COOPERATIVE_LIFECYCLE_WORKFLOW_TYPE,
  getCooperativeStateQuery,
  registerCooperativeUpdate,
  type AppendLifecycleEventsInput,
  type AppendLifecycleEventsResult,
  type CooperativeLifecycleInput,
  type EventLogActivityContract,
  type RegisterCooperativeRequest,
} from '@htx/contracts';
import type { Cooperative } from '@htx/domain';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundle } from '@temporalio/worker';
import { bundleWorkflows, createTimeSkippingEnv, uniqueTaskQueue } from '../../../test/support/temporal';

let env: TestWorkflowEnvironment;
let workflowBundle: WorkflowBundle;

beforeAll(async () => {
  [env, workflowBundle] = await Promise.all([createTimeSkippingEnv(), bundleWorkflows()]);
});
afterAll(async () => {
  await env?.teardown();
});

const request: RegisterCooperativeRequest = {
  details: {
    registrationCode: '2416000001',
    name: 'Hợp tác xã Nông nghiệp Cao Xá',
    kind: 'cooperative',
    sector: 'agriculture',
    territoryCode: '216',
    regime: 'law-2012',
    registeredOn: '2015-03-20',
    memberCount: 42,
  },
  actor: { id: 'officer.tanyen', role: 'registration-officer', displayName: 'Nguyễn Văn An' },
};

/** An event log that records what it was asked to append; `fail` decides per call whether to throw. */
function fakeEventLog(fail: (call: number) => Error | null = () => null) {
  const appended: AppendLifecycleEventsInput[] = [];
  let calls = 0;
  const activities: EventLogActivityContract = {
    appendLifecycleEvents(input): Promise<AppendLifecycleEventsResult> {
      calls += 1;
      const failure = fail(calls);
      if (failure) return Promise.reject(failure);
      appended.push(input);
      const version = appended.reduce((total, append) => total + append.events.length, 0);
      return Promise.resolve({ streamVersion: version, headHash: `hash-${version}` });
    },
  };
  return { appended, activities, calls: () => calls };
}

async function withWorker(
  activities: EventLogActivityContract,
  scenario: (start: (input?: CooperativeLifecycleInput) => Promise<WorkflowHandle>) => Promise<void>,
): Promise<void> {
  const taskQueue = uniqueTaskQueue('lifecycle');
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle, activities });
  const start = (input: CooperativeLifecycleInput = {}) =>
    env.client.workflow.start(COOPERATIVE_LIFECYCLE_WORKFLOW_TYPE, {
      taskQueue,
      workflowId: `cooperative-lifecycle/${uniqueTaskQueue('wf')}`,
      args: [input],
    });
  await worker.runUntil(scenario(start));
}

async function updateFailure(promise: Promise<unknown>): Promise<ApplicationFailure> {
  const error: unknown = await promise.then(
    () => new Error('expected the update to be rejected'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  const cause = (error as WorkflowUpdateFailedError).cause;
  expect(cause).toBeInstanceOf(ApplicationFailure);
  return cause as ApplicationFailure;
}

const UPDATE_ACCEPTED = temporal.api.enums.v1.EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED;

async function acceptedUpdates(handle: WorkflowHandle): Promise<number> {
  const history = await handle.fetchHistory();
  return (history.events ?? []).filter((event) => event.eventType === UPDATE_ACCEPTED).length;
}

describe('cooperativeLifecycleWorkflow', () => {
  it('registers a cooperative: one audited append, then the state answers queries', async () => {
    const log = fakeEventLog();
    await withWorker(log.activities, async (start) => {
      const handle = await start();
      const result = await handle.executeUpdate(registerCooperativeUpdate, { args: [request] });

      expect(result.created).toBe(true);
      expect(result.cooperative).toMatchObject({ ...request.details, status: 'active' } satisfies Partial<Cooperative>);
      expect(log.appended).toHaveLength(1);
      const [append] = log.appended;
      expect(append).toMatchObject({
        streamId: result.cooperative.cooperativeId,
        workflowId: handle.workflowId,
        actor: request.actor,
        occurredAt: '2015-03-20T00:00:00+07:00',
      });
      expect(append.events.map((event) => event.type)).toEqual(['CooperativeRegistered']);
      expect(append.events[0].legalBasis?.citation.vi).toContain('Luật Hợp tác xã 2012');

      const state = await handle.query(getCooperativeStateQuery);
      expect(state).toEqual({ cooperative: result.cooperative, streamVersion: 1 });
    });
  });

  it('treats a repeated registration as harmless: same cooperative, nothing appended again', async () => {
    const log = fakeEventLog();
    await withWorker(log.activities, async (start) => {
      const handle = await start();
      const first = await handle.executeUpdate(registerCooperativeUpdate, { args: [request] });
      const again = await handle.executeUpdate(registerCooperativeUpdate, { args: [request] });
      expect(again).toEqual({ cooperative: first.cooperative, created: false });
      expect(log.appended).toHaveLength(1);
    });
  });

  it('registers once when the same registration arrives twice at the same moment', async () => {
    const log = fakeEventLog();
    await withWorker(log.activities, async (start) => {
      const handle = await start();
      const results = await Promise.all([
        handle.executeUpdate(registerCooperativeUpdate, { args: [request] }),
        handle.executeUpdate(registerCooperativeUpdate, { args: [request] }),
      ]);
      expect(results.map((result) => result.created).sort()).toEqual([false, true]);
      expect(results[0].cooperative.cooperativeId).toBe(results[1].cooperative.cooperativeId);
      expect(log.appended).toHaveLength(1);
    });
  });

  it('refuses the same code with other details in the validator, writing nothing to history', async () => {
    const log = fakeEventLog();
    await withWorker(log.activities, async (start) => {
      const handle = await start();
      await handle.executeUpdate(registerCooperativeUpdate, { args: [request] });

      const other = { ...request, details: { ...request.details, name: 'Hợp tác xã Dịch vụ Khác' } };
      const failure = await updateFailure(handle.executeUpdate(registerCooperativeUpdate, { args: [other] }));

      expect(failure.type).toBe('REGISTRATION_CODE_TAKEN');
      expect(failure.details?.[0]).toMatchObject({ detail: { vi: expect.stringContaining('Cao Xá') as unknown } });
      expect(log.appended).toHaveLength(1);
      expect(await acceptedUpdates(handle)).toBe(1);
    });
  });

  it('refuses invalid details with every field problem, and stays unregistered', async () => {
    const log = fakeEventLog();
    await withWorker(log.activities, async (start) => {
      const handle = await start();
      const bad = { ...request, details: { ...request.details, memberCount: 0, territoryCode: 'Tân Yên' } };
      const failure = await updateFailure(handle.executeUpdate(registerCooperativeUpdate, { args: [bad] }));
      expect(failure.type).toBe('INVALID_COMMAND');
      const [{ problems }] = failure.details as [{ problems: { field: string }[] }];
      expect(problems.map((problem) => problem.field)).toEqual(['territoryCode', 'memberCount']);
      expect(await handle.query(getCooperativeStateQuery)).toEqual({ cooperative: null, streamVersion: 0 });
      expect(log.calls()).toBe(0);
    });
  });

  it('retries the append through a database outage: the registration completes, once', async () => {
    const log = fakeEventLog((call) => (call <= 2 ? new Error('connection refused') : null));
    await withWorker(log.activities, async (start) => {
      const handle = await start();
      const result = await handle.executeUpdate(registerCooperativeUpdate, { args: [request] });
      expect(result.created).toBe(true);
      expect(log.calls()).toBe(3);
      expect(log.appended).toHaveLength(1);
    });
  });

  it('fails the registration, leaving the state untouched, when the event log refuses for good', async () => {
    const conflict = ApplicationFailure.create({
      type: 'REGISTRATION_CODE_TAKEN',
      message: 'taken',
      nonRetryable: true,
    });
    const log = fakeEventLog(() => conflict);
    await withWorker(log.activities, async (start) => {
      const handle = await start();
      await expect(handle.executeUpdate(registerCooperativeUpdate, { args: [request] })).rejects.toBeInstanceOf(
        WorkflowUpdateFailedError,
      );
      expect(log.calls()).toBe(1);
      expect(await handle.query(getCooperativeStateQuery)).toEqual({ cooperative: null, streamVersion: 0 });
    });
  });

  it('continues from carried state: the cooperative and its stream version survive continue-as-new', async () => {
    const log = fakeEventLog();
    await withWorker(log.activities, async (start) => {
      const first = await start();
      const { cooperative } = await first.executeUpdate(registerCooperativeUpdate, { args: [request] });
      const carried = await first.query(getCooperativeStateQuery);

      const next = await start({ carried });
      expect(await next.query(getCooperativeStateQuery)).toEqual({ cooperative, streamVersion: 1 });
      const again = await next.executeUpdate(registerCooperativeUpdate, { args: [request] });
      expect(again).toEqual({ cooperative, created: false });
      expect(log.appended).toHaveLength(1);
    });
  });

  it('ends a run that was started but never registered, after the grace period (time skipped)', async () => {
    const log = fakeEventLog();
    await withWorker(log.activities, async (start) => {
      const handle = await start();
      const startedAt = await env.currentTimeMs();
      await handle.result();
      expect((await env.currentTimeMs()) - startedAt).toBeGreaterThanOrEqual(60 * 60 * 1000);
      expect(log.calls()).toBe(0);
    });
  });
});
