import {
  decideTaskUpdate,
  getCooperativeStateQuery,
  openDissolutionUpdate,
  recordDissolutionStepUpdate,
  registerCooperativeUpdate,
  type RegisterCooperativeRequest,
} from '@htx/contracts';
import {
  addDays,
  type Actor,
  type Cooperative,
  type CouncilMember,
  type DissolutionRequest,
  type DissolutionStepId,
  type IsoDate,
  type TaskActor,
  type TaskSpec,
} from '@htx/domain';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowBundle } from '@temporalio/worker';
import { until } from '../../../test/support/eventually';
import { fakeEventLog, withLifecycleWorker } from '../../../test/support/lifecycle-harness';
import { headActor, officerActor } from '../../../test/support/task-fixtures';
import { bundleWorkflows, createTimeSkippingEnv, intoDay, serverToday, skipTo } from '../../../test/support/temporal';

let env: TestWorkflowEnvironment;
let workflowBundle: WorkflowBundle;
let today: IsoDate;

beforeAll(async () => {
  workflowBundle = await bundleWorkflows();
});
beforeEach(async () => {
  env = await createTimeSkippingEnv();
  today = await serverToday(env);
});
afterEach(async () => {
  await env?.teardown();
});

const officer: Actor = { id: officerActor.id, role: 'registration-officer', displayName: officerActor.displayName };
const registration = (registeredOn: IsoDate, regime: 'law-2012' | 'law-2023'): RegisterCooperativeRequest => ({
  details: {
    registrationCode: '2416000009',
    name: 'Hợp tác xã Dịch vụ Điện Ngọc Thiện',
    kind: 'cooperative',
    sector: 'utilities',
    territoryCode: '216',
    regime,
    registeredOn,
    memberCount: 30,
  },
  actor: officer,
});

const COMPULSORY_COUNCIL: CouncilMember[] = [
  { name: 'Phó Chủ tịch UBND huyện', role: 'chair', organisation: 'UBND huyện Tân Yên' },
  { name: 'Trưởng phòng TCKH', role: 'standing-member', organisation: 'Phòng Tài chính – Kế hoạch' },
  { name: 'Chủ tịch UBND xã', role: 'commune-committee', organisation: 'UBND xã Ngọc Thiện' },
];

/** Drives one cooperative's workflow: its record, its tasks, and the officers' actions on them. */
function scenario(handle: WorkflowHandle, log: ReturnType<typeof fakeEventLog>) {
  const cooperative = async (): Promise<Cooperative> => (await handle.query(getCooperativeStateQuery)).cooperative!;
  const openTask = (kind: TaskSpec['kind'], stepId?: DissolutionStepId) =>
    until(
      () => Promise.resolve(log.opened(kind).filter((spec) => !stepId || spec.reference?.endsWith(`/${stepId}`))),
      (opened) => opened.length > 0,
      `a ${kind} task${stepId ? ` for ${stepId}` : ''}`,
    ).then((opened) => opened[opened.length - 1]);
  const decide = (task: TaskSpec, actor: TaskActor, optionId: string, comment = '') =>
    handle.executeUpdate(decideTaskUpdate, {
      args: [
        {
          taskId: task.taskId,
          actor,
          optionId,
          comment,
          formData: task.form.some((field) => field.name === 'reference') ? { reference: `${optionId}/QĐ` } : {},
        },
      ],
    });
  const evidence = (caseId: string, stepId: DissolutionStepId, completedOn: IsoDate, council?: CouncilMember[]) =>
    handle.executeUpdate(recordDissolutionStepUpdate, {
      args: [
        {
          record: {
            caseId,
            stepId,
            outcome: 'done',
            completedOn,
            reference: `${stepId}-01`,
            note: '',
            by: { id: officer.id, displayName: officer.displayName },
            ...(council ? { council } : {}),
          },
          actor: officer,
        },
      ],
    });
  const open = (request: Omit<DissolutionRequest, 'openedBy'>) =>
    handle.executeUpdate(openDissolutionUpdate, {
      args: [
        { request: { ...request, openedBy: { id: officer.id, displayName: officer.displayName } }, actor: officer },
      ],
    });
  const status = (expected: Cooperative['status']) =>
    until(cooperative, (current) => current.status === expected, `status ${expected}`);
  const cancelled = () => log.events().flatMap((event) => (event.type === 'TaskCancelled' ? [event.data.taskId] : []));
  return { cooperative, openTask, decide, evidence, open, status, cancelled };
}

describe('dissolution cases in the lifecycle workflow (time skipped)', () => {
  it('2023 voluntary: publication from the inbox, settlement, a missed 5-working-day filing escalated, confirmation, the workflow ends', async () => {
    const log = fakeEventLog();
    await withLifecycleWorker(env, workflowBundle, log.activities, async (start) => {
      const handle = await start();
      await handle.executeUpdate(registerCooperativeUpdate, { args: [registration(addDays(today, -400), 'law-2023')] });
      const { open, openTask, decide, evidence, status } = scenario(handle, log);
      const opened = await open({
        caseId: 'case-1',
        kind: 'voluntary',
        resolution: { adoptedOn: today, membersPresent: 20, votesFor: 18, minutesReference: '05/BB-ĐHTV' },
      });
      expect(opened.plan).toBe('voluntary-2023');
      const publication = await openTask('dissolution-step', 'publication');
      expect(publication).toMatchObject({ candidateRole: 'registration-officer', due: { period: { count: 3 } } });
      expect(publication.options[0].legalBasis?.citation.vi).toContain('Điều 50 khoản 1');
      await decide(publication, officerActor, 'done');
      await status('dissolving');

      await evidence('case-1', 'debts-settled', today);
      const dossierDue = (await scenario(handle, log).cooperative()).dissolutions![0].steps.find(
        (step) => step.stepId === 'dossier-filed',
      )!.due!.due;
      await skipTo(env, intoDay(addDays(dossierDue, 1)));
      const followUp = await openTask('dissolution-follow-up');
      expect(followUp).toMatchObject({ candidateRole: 'head-of-authority' });
      expect(followUp.why.trigger.summary.vi).toContain('nộp hồ sơ giải thể');

      await evidence('case-1', 'dossier-filed', addDays(dossierDue, 1));
      const confirmation = await openTask('dissolution-decision', 'confirmation');
      expect(confirmation.excludedDeciders.map((excluded) => excluded.actorId)).toEqual([officerActor.id]);
      await expect(
        decide(confirmation, { ...officerActor, roles: ['head-of-authority'] }, 'confirm'),
      ).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
      await decide(confirmation, headActor, 'confirm');
      await handle.result();
      const types = log.events().map((event) => event.type);
      expect(types).toContain('DissolutionCompleted');
      // The follow-up still open when the cooperative was dissolved was closed, not left behind.
      expect(types[types.length - 1]).toBe('TaskCancelled');
    });
  });

  it('2012 compulsory from a confirmed dormancy: the decision needs the head, the council misses its 60 days, then dissolved', async () => {
    const log = fakeEventLog();
    await withLifecycleWorker(env, workflowBundle, log.activities, async (start) => {
      const handle = await start();
      // Silent since registration: the 12 months were met in January 2023, under the 2012 Law.
      await handle.executeUpdate(registerCooperativeUpdate, { args: [registration('2022-01-10', 'law-2012')] });
      const { openTask, decide, evidence, status, cooperative } = scenario(handle, log);
      const review = await openTask('dormancy-review');
      await decide(review, officerActor, 'confirm', 'Đã xác minh: không còn hoạt động.');
      const opened = await until(cooperative, (current) => (current.dissolutions ?? []).length > 0, 'the case');
      const caseId = opened.dissolutions![0].caseId;
      expect(opened.dissolutions![0]).toMatchObject({ plan: 'compulsory-2012', ground: 'inactive-12m' });

      await expect(evidence(caseId, 'dossier-submitted', today)).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
      await evidence(caseId, 'dossier-submitted', today, COMPULSORY_COUNCIL);
      const decision = await openTask('dissolution-decision', 'dissolution-decision');
      await expect(
        decide(decision, { ...officerActor, roles: ['head-of-authority'] }, 'decide'),
      ).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
      await decide(decision, headActor, 'decide');
      await status('dissolving');

      await skipTo(env, intoDay(addDays(today, 62)));
      const followUp = await openTask('dissolution-follow-up');
      expect(followUp.why.rule.legalBasis?.citation.vi).toContain('Điều 19 khoản 2');
      const late = addDays(today, 62);
      for (const stepId of [
        'newspaper-notices',
        'creditors-notified',
        'assets-settled',
        'completion-minutes',
      ] as const) {
        await evidence(caseId, stepId, late);
      }
      const confirmation = await openTask('dissolution-decision', 'confirmation');
      await decide(confirmation, headActor, 'confirm');
      await handle.result();
      expect(log.events().some((event) => event.type === 'DissolutionCompleted')).toBe(true);
    });
  });

  it('2023 revocation: the answer window ends by itself, a court decision arrives mid-proceeding and takes over', async () => {
    const log = fakeEventLog();
    await withLifecycleWorker(env, workflowBundle, log.activities, async (start) => {
      const handle = await start();
      await handle.executeUpdate(registerCooperativeUpdate, { args: [registration(addDays(today, -400), 'law-2023')] });
      const { open, openTask, decide, cooperative, cancelled } = scenario(handle, log);
      await open({ caseId: 'case-r', kind: 'revocation', ground: 'falsified-dossier' });
      const notice = await openTask('dissolution-step', 'revocation-notice');
      expect(notice.due.period).toEqual({ unit: 'working-days', count: 3 });
      await decide(notice, officerActor, 'done');
      const window = await until(
        cooperative,
        (current) => current.dissolutions![0].steps.find((step) => step.stepId === 'response-window')!.status === 'due',
        'the answer window',
      );
      const windowEnds = window.dissolutions![0].steps.find((step) => step.stepId === 'response-window')!.due!.due;
      await skipTo(env, intoDay(addDays(windowEnds, 1)));
      const decision = await openTask('dissolution-decision', 'revocation-decision');

      const receivedOn = addDays(windowEnds, 1);
      const court = await open({
        caseId: 'case-court',
        kind: 'court',
        courtDecision: { court: 'TAND tỉnh Bắc Giang', reference: '12/2026/QĐ-TA', decidedOn: receivedOn, receivedOn },
      });
      expect(court).toMatchObject({ caseId: 'case-r', plan: 'court-2023', kind: 'court' });
      await openTask('dissolution-step', 'publication');
      await until(
        () => Promise.resolve(cancelled()),
        (ids) => ids.includes(decision.taskId),
        'the revocation decision task to close',
      );
      expect((await cooperative()).status).toBe('active');
    });
  });

  it('2012 voluntary recorded late: the council’s 60 days from a 2024 resolution are already past and escalated at once', async () => {
    const log = fakeEventLog();
    await withLifecycleWorker(env, workflowBundle, log.activities, async (start) => {
      const handle = await start();
      await handle.executeUpdate(registerCooperativeUpdate, { args: [registration('2018-05-02', 'law-2012')] });
      const { open, openTask, evidence, decide, status } = scenario(handle, log);
      await open({
        caseId: 'case-v12',
        kind: 'voluntary',
        resolution: { adoptedOn: '2024-06-20', membersPresent: 24, votesFor: 20, minutesReference: '02/BB' },
        council: [
          { name: 'Ông A', role: 'board', organisation: 'HĐQT' },
          { name: 'Bà B', role: 'supervisory', organisation: 'BKS' },
          { name: 'Ông C', role: 'members', organisation: 'Thành viên' },
        ],
      });
      await status('dissolving');
      const followUp = await openTask('dissolution-follow-up');
      expect(followUp.why.trigger.summary.vi).toContain('19/08/2024');
      for (const stepId of [
        'authority-notified',
        'newspaper-notices',
        'creditors-notified',
        'assets-settled',
        'branches-terminated',
        'dossier-filed',
      ] as const) {
        await evidence('case-v12', stepId, today);
      }
      const confirmation = await openTask('dissolution-decision', 'confirmation');
      expect(confirmation.due.period).toEqual({ unit: 'working-days', count: 3 });
      await decide(confirmation, headActor, 'confirm');
      await handle.result();
    });
  });

  it('applies a decision once when the case opened before the working calendar had loaded', async () => {
    const log = fakeEventLog();
    const slowCalendar = () => new Promise<[]>((resolve) => setTimeout(() => resolve([]), 1_500));
    await withLifecycleWorker(
      env,
      workflowBundle,
      { ...log.activities, loadCalendarSchedules: slowCalendar },
      async (start) => {
        const handle = await start();
        await handle.executeUpdate(registerCooperativeUpdate, {
          args: [registration(addDays(today, -400), 'law-2023')],
        });
        const { open, openTask, decide, cooperative } = scenario(handle, log);
        await open({ caseId: 'case-early', kind: 'revocation', ground: 'tax-enforcement' });
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        await decide(await openTask('dissolution-step', 'revocation-notice'), officerActor, 'done');
        await until(
          cooperative,
          (current) =>
            current.dissolutions![0].steps.find((step) => step.stepId === 'response-window')!.status === 'due',
          'the notice applied',
        );
        // The workflow still takes work: a court decision is recorded on the case.
        const receivedOn = today;
        const court = await open({
          caseId: 'case-court',
          kind: 'court',
          courtDecision: { court: 'TAND huyện Tân Yên', reference: '3/QĐ', decidedOn: receivedOn, receivedOn },
        });
        expect(court.plan).toBe('court-2023');
        expect(log.events().filter((event) => event.type === 'DissolutionStepCompleted')).toHaveLength(1);
      },
    );
  });
});
