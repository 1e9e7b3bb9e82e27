import {
  decideTaskUpdate,
  getCooperativeStateQuery,
  importCooperativeUpdate,
  recordDisbursementUpdate,
  recordFactSignal,
  registerCooperativeUpdate,
  requestSupportUpdate,
  rulesCorrectedSignal,
  RULE_ROLLOUT_WORKFLOW_TYPE,
  type RuleRolloutWorkflow,
  type FactSignal,
  type RegisterCooperativeRequest,
} from '@htx/contracts';
import {
  addDays,
  addMonths,
  DEFAULT_REMINDER_POLICY,
  startOfVietnamDay,
  SYSTEM_ACTOR,
  type Cooperative,
  type IsoDate,
  type OperatingFact,
  type RuleCorrection,
} from '@htx/domain';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundle } from '@temporalio/worker';
import { headActor, officerActor, secondOfficerActor } from '../../../test/support/task-fixtures';
import { until } from '../../../test/support/eventually';
import { fakeEventLog, withLifecycleWorker } from '../../../test/support/lifecycle-harness';
import {
  beforeDay,
  bundleWorkflows,
  createTimeSkippingEnv,
  intoDay,
  serverToday,
  skipTo,
} from '../../../test/support/temporal';

let env: TestWorkflowEnvironment;
let workflowBundle: WorkflowBundle;
/** Registered on the test server's today: the dormancy clocks start from it. */
let request: RegisterCooperativeRequest;
let registeredOn: IsoDate;

beforeAll(async () => {
  workflowBundle = await bundleWorkflows();
});
// A fresh server per test: a run left waiting on a timer must not hold time still for the next test.
beforeEach(async () => {
  env = await createTimeSkippingEnv();
  registeredOn = await serverToday(env);
  request = {
    details: {
      registrationCode: '2416000001',
      name: 'Hợp tác xã Nông nghiệp Cao Xá',
      kind: 'cooperative',
      sector: 'agriculture',
      territoryCode: '216',
      regime: 'law-2023',
      registeredOn,
      memberCount: 42,
    },
    actor: { id: officerActor.id, role: 'registration-officer', displayName: officerActor.displayName },
  };
});
afterEach(async () => {
  await env?.teardown();
});

const cooperativeOf = async (handle: WorkflowHandle): Promise<Cooperative> =>
  (await handle.query(getCooperativeStateQuery)).cooperative!;

const withWorker = (
  activities: Parameters<typeof withLifecycleWorker>[2],
  scenario: Parameters<typeof withLifecycleWorker>[3],
) => withLifecycleWorker(env, workflowBundle, activities, scenario);

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

/** The first confirmed correction an administrator saved to a 2023-law rule. */
const savedCorrection = (
  correction: Pick<RuleCorrection, 'parameterId' | 'value' | 'citation' | 'effectiveFrom' | 'reason'>,
): RuleCorrection => ({
  ...correction,
  regime: 'law-2023',
  sequence: 1,
  confirmed: true,
  correctedBy: 'quan-tri',
  correctedAt: new Date().toISOString(),
});

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
      expect(log.appendsOf('CooperativeRegistered')).toHaveLength(1);
      const [append] = log.appended;
      expect(append).toMatchObject({
        streamId: result.cooperative.cooperativeId,
        workflowId: handle.workflowId,
        actor: request.actor,
        occurredAt: startOfVietnamDay(registeredOn),
      });
      expect(append.events.map((event) => event.type)).toEqual(['CooperativeRegistered']);
      expect(append.events[0].legalBasis?.citation.vi).toContain('Luật Hợp tác xã 2023');

      // The query answers with the record; the loop may already have added its yearly report obligation.
      const state = await until(
        () => handle.query(getCooperativeStateQuery),
        ({ streamVersion }) => streamVersion === log.events().length,
        'the stream version to follow the appends',
      );
      expect(state.cooperative).toMatchObject(result.cooperative);
    });
  });

  it('imports a cooperative after its settings read, in one turn recording what time changes too, local activities one at a time, one patch marker; its run replays', async () => {
    const log = fakeEventLog();
    // The import's append (a local activity of its update handler) done at once, the settings read (the run's start)
    // slow: when they were in flight together, the first run got their results in two activations and a replay in
    // one, so the update's completion and the next command swapped places (TMPRL1100 whenever the run was replayed).
    let inFlight = 0;
    let mostInFlight = 0;
    const localOrder: string[] = [];
    const watched = Object.fromEntries(
      Object.entries(log.activities).map(([name, activity]: [string, (...args: unknown[]) => Promise<unknown>]) => [
        name,
        async (...args: unknown[]) => {
          if (!Context.current().info.isLocal) return activity(...args);
          mostInFlight = Math.max(mostInFlight, ++inFlight);
          localOrder.push(name);
          try {
            if (name === 'loadRunSettings') await new Promise((resolve) => setTimeout(resolve, 300));
            return await activity(...args);
          } finally {
            inFlight -= 1;
          }
        },
      ]),
    ) as unknown as typeof log.activities;
    await withWorker(watched, async (start) => {
      const handle = await start();
      const result = await handle.executeUpdate(importCooperativeUpdate, { args: [{ ...request, facts: [] }] });
      expect(result.created).toBe(true);
      expect(log.appended[0].events.map((event) => event.type)).toEqual(['CooperativeRegistered']);
      await until(
        () => handle.query(getCooperativeStateQuery),
        ({ cooperative }) => cooperative?.reporting !== undefined,
        'the run to start tracking reports',
      );
      expect(mostInFlight).toBe(1);
      expect(localOrder).toEqual(['loadRunSettings', 'appendLifecycleEvents', 'appendLifecycleEvents']);
      const history = await handle.fetchHistory();
      // One patch marker stands for all the changes the run checks for (one each cost two events and a server write).
      const patchMarkers = history.events!.filter(
        (event) => event.markerRecordedEventAttributes?.markerName === 'core_patch',
      );
      expect(patchMarkers).toHaveLength(1);
      // What time changes at once (this year's report obligation) is recorded by the import's own turn, as the
      // system, by local activity: the run schedules no activity through the task queue.
      expect(log.appended.map(({ actor, events }) => [actor.id, events.map((event) => event.type)])).toEqual([
        [request.actor.id, ['CooperativeRegistered']],
        [SYSTEM_ACTOR.id, ['ReportObligationOpened']],
      ]);
      expect(history.events!.filter((event) => event.activityTaskScheduledEventAttributes)).toEqual([]);
      await expect(Worker.runReplayHistory({ workflowBundle }, history)).resolves.toBeUndefined();
    });
  });

  it('decides its registration with the rule corrections saved before it started (its settings are read first)', async () => {
    const log = fakeEventLog();
    const correction = savedCorrection({
      parameterId: 'members.minimum.cooperative',
      value: 7,
      citation: { vi: 'Văn bản thử nghiệm: tối thiểu 7 thành viên', en: 'Test text: at least 7 members' },
      effectiveFrom: addDays(registeredOn, -30),
      reason: 'Kiểm thử: quyết định đăng ký dùng sửa đổi đã lưu.',
    });
    const activities = {
      ...log.activities,
      loadRunSettings: () =>
        Promise.resolve({ schedules: [], corrections: [correction], reminderPolicy: DEFAULT_REMINDER_POLICY }),
    };
    await withWorker(activities, async (start) => {
      const handle = await start();
      await handle.executeUpdate(registerCooperativeUpdate, { args: [request] });
      const [registered] = log.appendsOf('CooperativeRegistered')[0].events;
      expect(registered.data).toMatchObject({ memberMinimum: 7 });
    });
  });

  it('treats a repeated registration as harmless: same cooperative, nothing appended again', async () => {
    const log = fakeEventLog();
    await withWorker(log.activities, async (start) => {
      const handle = await start();
      const first = await handle.executeUpdate(registerCooperativeUpdate, { args: [request] });
      const again = await handle.executeUpdate(registerCooperativeUpdate, { args: [request] });
      // The record may have moved on by itself meanwhile (its yearly report obligation is tracked at once).
      expect(again.created).toBe(false);
      expect(again.cooperative).toMatchObject(first.cooperative);
      expect(log.appendsOf('CooperativeRegistered')).toHaveLength(1);
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
      expect(log.appendsOf('CooperativeRegistered')).toHaveLength(1);
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
      expect(log.appendsOf('CooperativeRegistered')).toHaveLength(1);
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
      expect(await handle.query(getCooperativeStateQuery)).toEqual({
        cooperative: null,
        streamVersion: 0,
        nextDueOn: null,
        ruleCorrections: 0,
      });
      expect(log.calls()).toBe(0);
    });
  });

  it('retries the append through a database outage: the registration completes, once', async () => {
    const log = fakeEventLog((call) => (call <= 2 ? new Error('connection refused') : null));
    await withWorker(log.activities, async (start) => {
      const handle = await start();
      const result = await handle.executeUpdate(registerCooperativeUpdate, { args: [request] });
      expect(result.created).toBe(true);
      // Two refused calls, then each append once (the registration first).
      expect(log.calls()).toBe(2 + log.appended.length);
      expect(log.appended[0].events.map((event) => event.type)).toEqual(['CooperativeRegistered']);
      expect(log.appendsOf('CooperativeRegistered')).toHaveLength(1);
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
      expect(await handle.query(getCooperativeStateQuery)).toEqual({
        cooperative: null,
        streamVersion: 0,
        nextDueOn: null,
        ruleCorrections: 0,
      });
    });
  });

  it('continues from carried state: the cooperative and its stream version survive continue-as-new', async () => {
    const log = fakeEventLog();
    await withWorker(log.activities, async (start) => {
      const first = await start();
      const { cooperative } = await first.executeUpdate(registerCooperativeUpdate, { args: [request] });
      const carried = {
        ...(await first.query(getCooperativeStateQuery)),
        appliedFactIds: [],
        openTasks: [],
        queuedFacts: [],
      };

      const next = await start({ carried });
      expect((await next.query(getCooperativeStateQuery)).cooperative).toMatchObject(cooperative);
      const again = await next.executeUpdate(registerCooperativeUpdate, { args: [request] });
      expect(again.created).toBe(false);
      expect(again.cooperative).toMatchObject(cooperative);
      expect(log.appendsOf('CooperativeRegistered')).toHaveLength(1);
    });
  });

  it('carries a sweep’s request to flag across continue-as-new; whoever ran the sweep may not decide the case', async () => {
    const log = fakeEventLog();
    await withWorker(log.activities, async (start) => {
      const first = await start();
      const { cooperative } = await first.executeUpdate(registerCooperativeUpdate, { args: [request] });
      const silentSince = addMonths(registeredOn, -13);
      const sweptBy = {
        id: secondOfficerActor.id,
        role: 'registration-officer' as const,
        displayName: 'Trần Thị Bình',
      };
      const carried = {
        cooperative: { ...cooperative, evidence: { ...cooperative.evidence, lastOperatingOn: silentSince } },
        streamVersion: 1,
        appliedFactIds: [],
        openTasks: [],
        queuedFacts: [],
        queuedFlags: [{ sweepId: 'sweep-1', flaggedBy: sweptBy }],
      };

      const next = await start({ carried });
      const flagged = await until(
        () => cooperativeOf(next),
        (state) => state.dormancy !== null,
        'the carried flag',
      );
      expect(flagged.dormancy).toMatchObject({ flaggedBy: secondOfficerActor.id, openedOn: registeredOn });
      const [review] = await until(
        () => Promise.resolve(log.opened('dormancy-review')),
        (opened) => opened.length > 0,
        'the review task',
      );
      expect(review.excludedDeciders.map((excluded) => excluded.actorId)).toEqual([secondOfficerActor.id]);
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

const fact = (factId: string, operatingFact: OperatingFact): FactSignal => ({
  factId,
  fact: operatingFact,
  actor: request.actor,
});
const meeting = (heldOn: IsoDate): OperatingFact => ({ kind: 'general-meeting', heldOn, meeting: 'annual', note: '' });

describe('cooperativeLifecycleWorkflow: evidence, dormancy and support (time skipped)', () => {
  it('keeps a cooperative with evidence at month 11 active, flags it exactly 12 months after, across continue-as-new', async () => {
    const log = fakeEventLog();
    await withWorker(log.activities, async (start) => {
      const handle = await start();
      await handle.executeUpdate(registerCooperativeUpdate, { args: [request] });
      const firstRunId = (await handle.describe()).runId;

      const month11 = addMonths(registeredOn, 11);
      await skipTo(env, intoDay(month11));
      await handle.signal(recordFactSignal, fact('meeting-month-11', meeting(month11)));
      await until(
        () => cooperativeOf(handle),
        (cooperative) => cooperative.evidence.lastOperatingOn === month11,
        'the workflow to catch up',
      );

      // A year and a day on: the run has continued as new (yearly) and nothing is flagged.
      await skipTo(env, intoDay(addDays(addMonths(registeredOn, 12), 1)));
      const yearOn = await until(
        () => handle.describe(),
        (description) => description.runId !== firstRunId,
        'the workflow to catch up',
      );
      expect(yearOn.runId).not.toBe(firstRunId);
      expect((await cooperativeOf(handle)).dormancy).toBeNull();

      // The de-duplication set crossed over: the same fact again changes nothing.
      const before = log.eventsBesideReporting().length;
      await handle.signal(recordFactSignal, fact('meeting-month-11', meeting(month11)));
      const dueOn = addMonths(month11, 12);
      await skipTo(env, beforeDay(dueOn));
      expect((await cooperativeOf(handle)).dormancy).toBeNull();
      expect(log.eventsBesideReporting().length).toBe(before);

      await skipTo(env, intoDay(dueOn));
      const flagged = await until(
        () => cooperativeOf(handle),
        (cooperative) => cooperative.dormancy !== null,
        'the workflow to catch up',
      );
      expect(flagged.dormancy).toMatchObject({ stage: 'under-review', openedOn: dueOn, flaggedBy: 'system' });
      expect(flagged.dormancy?.grounds.map((ground) => [ground.ground, ground.effect])).toEqual([
        ['inactive-12m', 'monitoring-flag'],
      ]);
      const [review] = await until(
        () => Promise.resolve(log.opened('dormancy-review')),
        (opened) => opened.length > 0,
        'the workflow to catch up',
      );
      expect(review.why.trigger.summary.vi).toContain('12 tháng');
      expect(log.events().filter((event) => event.type === 'GeneralMeetingHeld')).toHaveLength(1);
    });
  });

  it('moves its dormancy timer when a rule correction is rolled out, and ignores an older list delivered late', async () => {
    const log = fakeEventLog();
    const correction = savedCorrection({
      parameterId: 'dormancy.inactive-12m',
      value: 6,
      citation: { vi: 'Văn bản thử nghiệm: 6 tháng', en: 'Test text: 6 months' },
      effectiveFrom: registeredOn,
      reason: 'Rút ngắn để kiểm thử việc áp dụng sửa đổi.',
    });
    const registry: string[] = [];
    const activities = {
      ...log.activities,
      cooperativeWorkflowPage: () => Promise.resolve({ workflowIds: registry, next: null }),
    };
    await withWorker(activities, async (start, taskQueue) => {
      const handle = await start();
      await handle.executeUpdate(registerCooperativeUpdate, { args: [request] });
      registry.push(handle.workflowId);
      const rollout = await env.client.workflow.execute<RuleRolloutWorkflow>(RULE_ROLLOUT_WORKFLOW_TYPE, {
        taskQueue,
        workflowId: `rule-rollout/${taskQueue}`,
        args: [{ corrections: [correction] }],
      });
      expect(rollout).toEqual({ signalled: 1 });
      await handle.signal(rulesCorrectedSignal, { corrections: [] });

      const dueOn = addMonths(registeredOn, 6);
      await skipTo(env, beforeDay(dueOn));
      expect((await cooperativeOf(handle)).dormancy).toBeNull();
      await skipTo(env, intoDay(dueOn));
      const flagged = await until(
        () => cooperativeOf(handle),
        (cooperative) => cooperative.dormancy !== null,
        'the workflow to catch up',
      );
      expect(flagged.dormancy?.openedOn).toBe(dueOn);
      expect(flagged.dormancy?.grounds[0]).toMatchObject({
        ground: 'inactive-12m',
        months: 6,
        legalBasis: { rulePackVersion: '1.1', citation: correction.citation },
      });
    });
  });

  it('applies a fact signalled three times at once exactly once', async () => {
    const log = fakeEventLog();
    await withWorker(log.activities, async (start) => {
      const handle = await start();
      await handle.executeUpdate(registerCooperativeUpdate, { args: [request] });
      const report = fact('report-1', {
        kind: 'annual-report',
        year: Number(registeredOn.slice(0, 4)),
        filedOn: registeredOn,
        reference: 'BC-01',
      });
      await Promise.all([1, 2, 3].map(() => handle.signal(recordFactSignal, report)));
      await until(
        () => cooperativeOf(handle),
        (cooperative) => cooperative.evidence.lastReport !== null,
        'the workflow to catch up',
      );
      await handle.signal(recordFactSignal, report);
      await skipTo(env, intoDay(addDays(registeredOn, 2)));
      expect(log.events().filter((event) => event.type === 'AnnualReportFiled')).toHaveLength(1);
    });
  });

  it('suspends and resumes on the notified days; the clock restarts the day after the last suspended day; a notice too short is refused in the log', async () => {
    const log = fakeEventLog();
    await withWorker(log.activities, async (start) => {
      const handle = await start();
      await handle.executeUpdate(registerCooperativeUpdate, { args: [request] });
      const from = addDays(registeredOn, 10);
      const lastDay = addMonths(from, 6);
      await handle.signal(
        recordFactSignal,
        fact('late-notice', {
          kind: 'suspension-notice',
          noticeOn: registeredOn,
          from: registeredOn,
          until: lastDay,
          note: '',
        }),
      );
      await handle.signal(
        recordFactSignal,
        fact('notice', { kind: 'suspension-notice', noticeOn: registeredOn, from, until: lastDay, note: 'mùa vụ' }),
      );
      await until(
        () => cooperativeOf(handle),
        (cooperative) => cooperative.suspension !== null,
        'the workflow to catch up',
      );
      const refused = log.events().find((event) => event.type === 'FactRefused');
      expect(refused?.data).toMatchObject({ factId: 'late-notice', kind: 'suspension-notice' });

      await skipTo(env, intoDay(from));
      expect(
        (
          await until(
            () => cooperativeOf(handle),
            (c) => c.status === 'suspended',
            'the workflow to catch up',
          )
        ).status,
      ).toBe('suspended');

      await skipTo(env, intoDay(addMonths(registeredOn, 12)));
      const resumed = await until(
        () => cooperativeOf(handle),
        (c) => c.status === 'active',
        'the workflow to catch up',
      );
      expect(resumed.dormancy).toBeNull();
      expect(resumed.evidence.lastOperatingOn).toBe(addDays(lastDay, 1));
      expect(log.events().map((event) => event.type)).toEqual(
        expect.arrayContaining(['SuspensionNoticed', 'SuspensionStarted', 'SuspensionEnded']),
      );
    });
  });

  it('restarts every clock from the evidence an officer cites when dismissing a dormancy review', async () => {
    const log = fakeEventLog();
    await withWorker(log.activities, async (start) => {
      const handle = await start();
      await handle.executeUpdate(registerCooperativeUpdate, { args: [request] });
      const dueOn = addMonths(registeredOn, 12);
      await skipTo(env, intoDay(dueOn));
      const [review] = await until(
        () => Promise.resolve(log.opened('dormancy-review')),
        (opened) => opened.length > 0,
        'the workflow to catch up',
      );
      const evidenceOn = addDays(dueOn, -3);
      await handle.executeUpdate(decideTaskUpdate, {
        args: [
          {
            taskId: review.taskId,
            actor: officerActor,
            optionId: 'dismiss',
            comment: 'Hợp tác xã vẫn ký hợp đồng tiêu thụ lúa.',
            formData: { evidenceOn },
          },
        ],
      });
      const dismissed = await until(
        () => cooperativeOf(handle),
        (c) => c.dormancy === null,
        'the workflow to catch up',
      );
      expect(dismissed.evidence).toMatchObject({ lastOperatingOn: evidenceOn, clocksRestartedOn: evidenceOn });
      await skipTo(env, beforeDay(addMonths(evidenceOn, 12)));
      expect((await cooperativeOf(handle)).dormancy).toBeNull();
    });
  });

  it('asks the head of the authority to approve support; the officer who asked cannot decide; payments are capped', async () => {
    const log = fakeEventLog();
    await withWorker(log.activities, async (start) => {
      const handle = await start();
      await handle.executeUpdate(registerCooperativeUpdate, { args: [request] });
      const requested = await handle.executeUpdate(requestSupportUpdate, {
        args: [
          {
            request: {
              supportId: 'grant-1',
              kind: 'grant',
              description: 'Hỗ trợ thành lập mới',
              programme: 'Nghị quyết HĐND huyện',
              requestedAmount: 20_000_000,
            },
            actor: request.actor,
          },
        ],
      });
      expect(requested.status).toBe('requested');
      const [approval] = await until(
        () => Promise.resolve(log.opened('support-approval')),
        (opened) => opened.length > 0,
        'the workflow to catch up',
      );
      expect(approval).toMatchObject({ candidateRole: 'head-of-authority', reference: 'grant-1' });

      const decide = (actor: typeof headActor) =>
        handle.executeUpdate(decideTaskUpdate, {
          args: [
            {
              taskId: approval.taskId,
              actor,
              optionId: 'approve',
              comment: '',
              formData: { approvedAmount: 20_000_000 },
            },
          ],
        });
      await expect(decide({ ...officerActor, roles: ['head-of-authority'] })).rejects.toBeInstanceOf(
        WorkflowUpdateFailedError,
      );
      await expect(decide(secondOfficerActor)).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
      await decide(headActor);
      const approved = await until(
        () => cooperativeOf(handle),
        (c) => c.support[0]?.status === 'approved',
        'the workflow to catch up',
      );
      expect(approved.support[0]).toMatchObject({ approvedAmount: 20_000_000, decidedBy: headActor.id });

      const pay = (amount: number) =>
        handle.executeUpdate(recordDisbursementUpdate, {
          args: [{ supportId: 'grant-1', amount, disbursedOn: registeredOn, actor: request.actor }],
        });
      expect((await pay(15_000_000)).disbursements).toHaveLength(1);
      await expect(pay(6_000_000)).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
      expect((await pay(5_000_000)).disbursements).toHaveLength(2);
    });
  });
});
