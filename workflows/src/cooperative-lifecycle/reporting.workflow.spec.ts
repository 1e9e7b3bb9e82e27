import {
  getCooperativeStateQuery,
  recordFactSignal,
  registerCooperativeUpdate,
  type RegisterCooperativeRequest,
} from '@htx/contracts';
import { addDays, type Cooperative, type IsoDate, type ReportObligation } from '@htx/domain';
import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowBundle } from '@temporalio/worker';
import { until } from '../../../test/support/eventually';
import { fakeEventLog, withLifecycleWorker } from '../../../test/support/lifecycle-harness';
import { officerActor } from '../../../test/support/task-fixtures';
import { bundleWorkflows, createTimeSkippingEnv, intoDay, serverToday, skipTo } from '../../../test/support/temporal';

let env: TestWorkflowEnvironment;
let workflowBundle: WorkflowBundle;
let request: RegisterCooperativeRequest;

beforeAll(async () => {
  workflowBundle = await bundleWorkflows();
});
beforeEach(async () => {
  env = await createTimeSkippingEnv();
  request = {
    details: {
      registrationCode: '2416000009',
      name: 'Hợp tác xã Dịch vụ Nông nghiệp Liên Sơn',
      kind: 'cooperative',
      sector: 'agriculture',
      territoryCode: '216',
      regime: 'law-2023',
      registeredOn: await serverToday(env),
      memberCount: 30,
    },
    actor: { id: officerActor.id, role: 'registration-officer', displayName: officerActor.displayName },
  };
});
afterEach(async () => {
  await env?.teardown();
});

const cooperativeOf = async (handle: WorkflowHandle): Promise<Cooperative> =>
  (await handle.query(getCooperativeStateQuery)).cooperative!;

/** The first obligation the workflow tracks: this year's, or next year's for one registered after 15 December. */
const firstObligation = (handle: WorkflowHandle) =>
  until(
    () => cooperativeOf(handle),
    (cooperative) => (cooperative.reporting?.obligations.length ?? 0) > 0,
    'the first report obligation to be tracked',
    { timeoutMs: 60_000 },
  ).then((cooperative) => cooperative.reporting!.obligations[0]);

const stepOn = (obligation: ReportObligation, stepId: string): IsoDate =>
  obligation.steps.find((step) => step.stepId === stepId)!.on;

describe('the yearly report obligation in the lifecycle workflow (time skipping)', () => {
  it('a report filed between two reminders stops the rest: no later reminder, no follow-up, no warning', async () => {
    const log = fakeEventLog();
    await withLifecycleWorker(env, workflowBundle, log.activities, async (start) => {
      const handle = await start();
      const { cooperative } = await handle.executeUpdate(registerCooperativeUpdate, { args: [request] });
      const obligation = await firstObligation(handle);
      const first = obligation.steps[0];
      expect(first).toMatchObject({ stepId: 'reminder-15', on: addDays(obligation.dueOn, -15) });

      // The first reminder, sent on its day through the outbox's delivery activity.
      await skipTo(env, intoDay(first.on));
      const reminded = `report-${obligation.year}-reminder-15/${cooperative.cooperativeId}`;
      await until(
        () => Promise.resolve(log.delivered),
        (delivered) => delivered.includes(reminded),
        'the first reminder to be delivered',
        { timeoutMs: 60_000 },
      );
      const afterFirst = await until(
        () => cooperativeOf(handle),
        (current) => current.reporting!.obligations[0].steps[0].delivery !== null,
        'the delivery to be folded into the record',
      );
      expect(afterFirst.reporting!.obligations[0].steps[0]).toMatchObject({
        status: 'done',
        noticeId: reminded,
        delivery: { outcome: 'delivered', final: true },
      });

      // Between the first reminder and the due date the report arrives (a signal with its id, sent twice).
      const filedOn = addDays(first.on, 5);
      await skipTo(env, intoDay(filedOn));
      const report = {
        factId: 'report-filed-once',
        fact: { kind: 'annual-report' as const, year: obligation.year, filedOn, reference: 'BC-01' },
        actor: request.actor,
      };
      await handle.signal(recordFactSignal, report);
      await handle.signal(recordFactSignal, report);
      const filed = await until(
        () => cooperativeOf(handle),
        (current) => current.reporting!.obligations[0].status === 'filed',
        'the report to close the obligation',
      );
      expect(filed.reporting!.obligations[0].steps.map((step) => [step.stepId, step.status])).toEqual([
        ['reminder-15', 'done'],
        ['reminder+0', 'cancelled'],
        ['reminder+15', 'cancelled'],
        ['reminder+30', 'cancelled'],
        ['follow-up+45', 'cancelled'],
        ['warning+60', 'cancelled'],
      ]);

      // Past the whole ladder (two months after the due date): nothing more was sent or asked.
      await skipTo(env, intoDay(addDays(stepOn(obligation, 'warning+60'), 1)));
      await until(
        () => cooperativeOf(handle),
        () => true,
        'the workflow to answer',
      );
      const types = log.events().map((event) => event.type);
      expect(types.filter((type) => type === 'ReportReminderIssued')).toHaveLength(1);
      expect(types.filter((type) => type === 'AnnualReportFiled')).toHaveLength(1);
      expect(types).not.toContain('ReportFollowUpOpened');
      expect(types).not.toContain('ReportOverdueWarned');
      expect(log.delivered.filter((id) => id.startsWith(`report-${obligation.year}-`))).toEqual([reminded]);
    });
  });

  it('unanswered: four reminders, then an officer follow-up task, then the warning that flags REPORT_OVERDUE', async () => {
    const log = fakeEventLog();
    await withLifecycleWorker(env, workflowBundle, log.activities, async (start) => {
      const handle = await start();
      const { cooperative } = await handle.executeUpdate(registerCooperativeUpdate, { args: [request] });
      const obligation = await firstObligation(handle);

      await skipTo(env, intoDay(stepOn(obligation, 'follow-up+45')));
      const [followUp] = await until(
        () => Promise.resolve(log.opened('report-follow-up')),
        (opened) => opened.length > 0,
        'the follow-up task',
        { timeoutMs: 60_000 },
      );
      expect(followUp).toMatchObject({
        reference: `report-${obligation.year}`,
        candidateRole: 'registration-officer',
        subject: { id: cooperative.cooperativeId },
      });
      expect(followUp.why.trigger.summary.vi).toContain('quá hạn 45 ngày');

      await skipTo(env, intoDay(stepOn(obligation, 'warning+60')));
      const warned = await until(
        () => cooperativeOf(handle),
        (current) => current.reporting!.obligations[0].warnedOn !== null,
        'the warning',
        { timeoutMs: 60_000 },
      );
      expect(warned.reporting!.obligations[0]).toMatchObject({
        status: 'open',
        warnedOn: stepOn(obligation, 'warning+60'),
      });
      const reminders = log
        .events()
        .flatMap((event) =>
          event.type === 'ReportReminderIssued' && event.data.year === obligation.year ? [event.data.stepId] : [],
        );
      // Registered on the server's today: the reminders due on or before it collapse into one (no burst).
      const expected = obligation.steps
        .filter((step) => step.kind === 'reminder' && step.on > obligation.openedOn)
        .map((step) => step.stepId);
      expect(reminders.slice(-expected.length)).toEqual(expected);
      expect(log.delivered).toContain(`report-${obligation.year}-warning+60/${cooperative.cooperativeId}`);
    });
  });
});
