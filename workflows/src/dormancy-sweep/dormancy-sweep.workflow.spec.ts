import { besideReporting } from '../../../test/support/reporting-events';
import { emptyReferenceData } from '../../../test/support/reference-data';
import {
  COOPERATIVE_LIFECYCLE_WORKFLOW_TYPE,
  DORMANCY_SWEEP_WORKFLOW_TYPE,
  getCooperativeStateQuery,
  importCooperativeUpdate,
  registerCooperativeUpdate,
  type AppendLifecycleEventsInput,
  type DormancySweepActivityContract,
  type DormancySweepRequest,
  type DormancySweepWorkflow,
  type EventLogActivityContract,
  type FlagTarget,
  type ReferenceDataActivityContract,
  type ReportingActivityContract,
} from '@htx/contracts';
import {
  addDays,
  addMonths,
  endOfVietnamDay,
  needsFlag,
  recordOf,
  sweepFinding,
  type Cooperative,
  type IsoDate,
  type RegistrationDetails,
  type SweepFinding,
  BUILT_IN_RULES,
} from '@htx/domain';
import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundle } from '@temporalio/worker';
import { until } from '../../../test/support/eventually';
import { fakeReporting } from '../../../test/support/lifecycle-harness';
import { officerActor } from '../../../test/support/task-fixtures';
import {
  beforeDay,
  bundleWorkflows,
  createTimeSkippingEnv,
  intoDay,
  serverToday,
  signalHandled,
  skipTo,
  uniqueTaskQueue,
} from '../../../test/support/temporal';

let env: TestWorkflowEnvironment;
let workflowBundle: WorkflowBundle;

beforeAll(async () => {
  workflowBundle = await bundleWorkflows();
});
// A fresh server per test: a run left waiting on a timer must not hold time still for the next test.
beforeEach(async () => {
  env = await createTimeSkippingEnv();
});
afterEach(async () => {
  await env?.teardown();
});

const officer = { id: officerActor.id, role: 'registration-officer' as const, displayName: officerActor.displayName };

const details = (registrationCode: string, registeredOn: IsoDate): RegistrationDetails => ({
  registrationCode,
  name: `Hợp tác xã ${registrationCode}`,
  kind: 'cooperative',
  sector: 'agriculture',
  territoryCode: '216',
  regime: 'law-2023',
  registeredOn,
  memberCount: 20,
});

/**
 * The lifecycle workflows' event log and the sweep's bookkeeping over the same appends: the sweep reads exactly what
 * the workflows wrote, folded by the same domain code the real activity uses.
 */
function fakeRegistry() {
  const appended: AppendLifecycleEventsInput[] = [];
  const sweeps = new Map<string, DormancySweepRequest>();
  const findings = new Map<string, SweepFinding[]>();
  const asked: FlagTarget[] = [];
  const activities: EventLogActivityContract &
    ReferenceDataActivityContract &
    DormancySweepActivityContract &
    ReportingActivityContract = {
    ...emptyReferenceData,
    ...fakeReporting(),
    appendLifecycleEvents(input) {
      appended.push(input);
      const version = appended.filter((append) => append.streamId === input.streamId).length;
      return Promise.resolve({ streamVersion: version, headHash: `hash-${version}` });
    },
    openDormancySweep(request) {
      if (!sweeps.has(request.sweepId)) sweeps.set(request.sweepId, request);
      return Promise.resolve({ ...sweeps.get(request.sweepId)!, completed: findings.has(request.sweepId) });
    },
    assessDormancySweepPage({ sweepId }) {
      const { asOf } = sweeps.get(sweepId)!;
      const byEnd = endOfVietnamDay(asOf).getTime();
      const streams = [...new Set(appended.map((append) => append.streamId))];
      const found = streams.flatMap((streamId) => {
        // As the event log reads a stream up to a day: each event by its own date (an import appends a history at once).
        const known = appended.filter((append) => append.streamId === streamId);
        const events = known.flatMap((append) =>
          append.events.filter(
            (_, index) => Date.parse(append.occurredAtByEvent?.[index] ?? append.occurredAt) <= byEnd,
          ),
        );
        const record = recordOf(events);
        return record ? [{ finding: sweepFinding(record, asOf, BUILT_IN_RULES), workflowId: known[0].workflowId }] : [];
      });
      findings.set(
        sweepId,
        found.map(({ finding }) => finding),
      );
      const toFlag = found
        .filter(({ finding }) => needsFlag(finding))
        .map(({ finding, workflowId }) => ({ cooperativeId: finding.cooperativeId, workflowId }));
      asked.push(...toFlag);
      const flagged = found.filter(({ finding }) => finding.assessment.flagged).length;
      return Promise.resolve({ assessed: found.length, flagged, next: null, toFlag });
    },
    completeDormancySweep(sweepId) {
      const all = findings.get(sweepId) ?? [];
      return Promise.resolve({
        sweepId,
        assessed: all.length,
        flagged: all.filter((finding) => finding.assessment.flagged).length,
      });
    },
  };
  const flaggedCodes = (sweepId: string) =>
    (findings.get(sweepId) ?? [])
      .filter((finding) => finding.assessment.flagged)
      .map((finding) => finding.registrationCode)
      .sort();
  return { activities, appended, asked, flaggedCodes };
}

type Registry = ReturnType<typeof fakeRegistry>;

async function withWorker(
  registry: Registry,
  scenario: (taskQueue: string, started: WorkflowHandle[]) => Promise<void>,
): Promise<void> {
  const taskQueue = uniqueTaskQueue('sweep');
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle,
    activities: registry.activities,
  });
  const started: WorkflowHandle[] = [];
  await worker.runUntil(async () => {
    try {
      await scenario(taskQueue, started);
    } finally {
      for (const handle of started) await handle.terminate('test over').catch(() => undefined);
    }
  });
}

async function startCooperative(taskQueue: string, started: WorkflowHandle[]): Promise<WorkflowHandle> {
  const handle = await env.client.workflow.start(COOPERATIVE_LIFECYCLE_WORKFLOW_TYPE, {
    taskQueue,
    workflowId: `cooperative-lifecycle/${uniqueTaskQueue('wf')}`,
    args: [{}],
  });
  started.push(handle);
  return handle;
}

const sweep = (taskQueue: string, sweepId: string, asOf: IsoDate) =>
  env.client.workflow.execute<DormancySweepWorkflow>(DORMANCY_SWEEP_WORKFLOW_TYPE, {
    taskQueue,
    workflowId: `dormancy-sweep/${sweepId}`,
    args: [{ sweep: { sweepId, asOf, territoryCode: null, territoryCodes: null, requestedBy: officer } }],
  });

const cooperativeOf = async (handle: WorkflowHandle): Promise<Cooperative> =>
  (await handle.query(getCooperativeStateQuery)).cooperative!;

describe('dormancySweepWorkflow (time skipped)', () => {
  it('agrees with the timers on the same records: the day before 12 months, the day they are complete, the day after', async () => {
    const registry = fakeRegistry();
    await withWorker(registry, async (taskQueue, started) => {
      const now = await serverToday(env);
      // A: 12 months complete one month from now; B: one day later; C: five months after that.
      const registered = { A: addMonths(now, -11), B: addDays(addMonths(now, -11), 1), C: addMonths(now, -6) };
      const handles = await Promise.all(
        Object.entries(registered).map(async ([code, registeredOn]) => {
          const handle = await startCooperative(taskQueue, started);
          await handle.executeUpdate(registerCooperativeUpdate, {
            args: [{ details: details(`HTX-${code}`, registeredOn), actor: officer }],
          });
          return handle;
        }),
      );
      const dueA = addMonths(registered.A, 12);
      const timersFlagged = async () =>
        (await Promise.all(handles.map(cooperativeOf)))
          .filter((cooperative) => cooperative.dormancy !== null)
          .map((cooperative) => cooperative.registrationCode)
          .sort();

      const checkpoints: [string, string[]][] = [
        [beforeDay(dueA), []],
        [intoDay(dueA), ['HTX-A']],
        [intoDay(addDays(dueA, 1)), ['HTX-A', 'HTX-B']],
      ];
      for (const [index, [instant, expected]] of checkpoints.entries()) {
        await skipTo(env, instant);
        const byTimers = await until(
          timersFlagged,
          (codes) => codes.length === expected.length,
          `the timers to flag ${expected.join(', ') || 'nothing'}`,
        );
        const summary = await sweep(taskQueue, `check-${index}`, await serverToday(env));

        expect(byTimers).toEqual(expected);
        expect(registry.flaggedCodes(`check-${index}`)).toEqual(expected);
        expect(summary).toEqual({ sweepId: `check-${index}`, assessed: 3, flagged: expected.length });
      }
      // The timers were first every time: the sweep had nothing left to ask.
      expect(registry.asked).toEqual([]);
    });
  });

  it('asks a workflow to flag what the registry showed dormant on a past day; it flags only if its clocks agree today', async () => {
    const registry = fakeRegistry();
    await withWorker(registry, async (taskQueue, started) => {
      const now = await serverToday(env);
      const registeredOn = addMonths(now, -14);
      // Dormant 13 months ago … until a contract ten days ago, which the register recorded with its date.
      const revived = await startCooperative(taskQueue, started);
      await revived.executeUpdate(importCooperativeUpdate, {
        args: [
          {
            details: details('REVIVED', registeredOn),
            facts: [
              {
                factId: 'contract',
                fact: { kind: 'activity', activity: 'contract', on: addDays(now, -10), description: 'Hợp đồng' },
              },
            ],
            actor: officer,
          },
        ],
      });
      // Dormant since two months ago, flagged by its own timer when it was entered today.
      const silent = await startCooperative(taskQueue, started);
      await silent.executeUpdate(registerCooperativeUpdate, {
        args: [{ details: details('SILENT', registeredOn), actor: officer }],
      });
      await until(
        () => cooperativeOf(silent),
        (cooperative) => cooperative.dormancy !== null,
        'the timer to flag SILENT',
      );
      // The review task is opened just after the flag: count the events once it is (beside the yearly reports,
      // which time alone brings on each cooperative, whenever its run gets to them).
      const recorded = () => besideReporting(registry.appended.flatMap((append) => append.events));
      await until(
        () => Promise.resolve(recorded()),
        (events) => events.some((event) => event.type === 'TaskOpened' && event.data.spec.kind === 'dormancy-review'),
        'the review task for SILENT',
      );
      const recordedBefore = recorded().length;

      await sweep(taskQueue, 'backfill', addDays(now, -15));

      expect(registry.flaggedCodes('backfill')).toEqual(['REVIVED', 'SILENT']);
      expect(registry.asked.map((target) => target.workflowId).sort()).toEqual(
        [revived.workflowId, silent.workflowId].sort(),
      );
      // Both workflows heard the sweep: neither changes, because neither's clocks say "flag it now".
      await Promise.all([revived, silent].map((handle) => signalHandled(handle, 'flagDormancy')));
      expect((await cooperativeOf(revived)).dormancy).toBeNull();
      expect((await cooperativeOf(silent)).dormancy).toMatchObject({ flaggedBy: 'system' });
      expect(recorded().length).toBe(recordedBefore);

      // The same sweep again is the same sweep: nothing assessed twice, nothing asked twice.
      const asked = registry.asked.length;
      await sweep(taskQueue, 'backfill', addDays(now, -15));
      expect(registry.asked.length).toBe(asked);
    });
  });
});
