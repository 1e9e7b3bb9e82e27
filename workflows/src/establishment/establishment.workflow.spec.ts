import { emptyReferenceData } from '../../../test/support/reference-data';
import { randomUUID } from 'node:crypto';
import {
  claimTaskUpdate,
  cooperativeLifecycleWorkflowId,
  decideTaskUpdate,
  ESTABLISHMENT_WORKFLOW_TYPE,
  getApplicationQuery,
  getCooperativeStateQuery,
  resubmitApplicationUpdate,
  submitApplicationUpdate,
  type AppendLifecycleEventsInput,
  type EstablishmentOutcome,
  type EventLogActivityContract,
  type ReferenceDataActivityContract,
  type RegistryActivityContract,
  type ReportingActivityContract,
  type SubmitApplicationRequest,
} from '@htx/contracts';
import {
  addDays,
  NOTHING_FOUND,
  type ApplicationScreening,
  type EstablishmentApplication,
  type LifecycleEvent,
  type TaskActor,
  type TaskSpec,
} from '@htx/domain';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import type { ApplicationFailure } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundle } from '@temporalio/worker';
import { APPROVED_APPLICATION_LOG, dossier } from '../../../test/support/dossiers';
import { fakeReporting } from '../../../test/support/lifecycle-harness';
import { REPORTING_EVENT_TYPES } from '../../../test/support/reporting-events';
import { headActor, officerActor } from '../../../test/support/task-fixtures';
import { bundleWorkflows, createTimeSkippingEnv, serverToday, uniqueTaskQueue } from '../../../test/support/temporal';

let env: TestWorkflowEnvironment;
let workflowBundle: WorkflowBundle;

beforeAll(async () => {
  workflowBundle = await bundleWorkflows();
});
beforeEach(async () => {
  env = await createTimeSkippingEnv();
});
afterEach(async () => {
  await env?.teardown();
});

const receivedBy = {
  id: officerActor.id,
  role: 'registration-officer' as const,
  displayName: officerActor.displayName,
};

function fakeActivities(screening: ApplicationScreening) {
  const events: { event: LifecycleEvent; actor: string; streamId: string }[] = [];
  // The registered cooperative's own workflow runs on the same worker: it reads the reminder policy too.
  const activities: EventLogActivityContract &
    ReferenceDataActivityContract &
    RegistryActivityContract &
    ReportingActivityContract = {
    ...fakeReporting(),
    appendLifecycleEvents(input: AppendLifecycleEventsInput) {
      for (const event of input.events) events.push({ event, actor: input.actor.id, streamId: input.streamId });
      return Promise.resolve({ streamVersion: events.length, headHash: 'x' });
    },
    ...emptyReferenceData,
    allocateRegistrationCode: (input) => Promise.resolve(`${input.territoryCode}-${input.year}-0001`),
    screenApplication: () => Promise.resolve(screening),
  };
  const opened = () => events.flatMap(({ event }) => (event.type === 'TaskOpened' ? [event.data.spec] : []));
  return { events, activities, opened };
}

type Scenario = (
  handle: WorkflowHandle,
  helpers: { events: ReturnType<typeof fakeActivities>['events']; waitForTask: (count: number) => Promise<TaskSpec> },
) => Promise<void>;

async function withApplication(applicationId: string, scenario: Scenario, screening = NOTHING_FOUND) {
  const fake = fakeActivities(screening);
  const taskQueue = uniqueTaskQueue('establishment');
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle,
    activities: fake.activities,
  });
  await worker.runUntil(async () => {
    const handle = await env.client.workflow.start(ESTABLISHMENT_WORKFLOW_TYPE, {
      taskQueue,
      workflowId: `establishment/${applicationId}`,
      args: [{ applicationId }],
    });
    const waitForTask = async (count: number) => {
      while (fake.opened().length < count) await new Promise((resolve) => setTimeout(resolve, 20));
      return fake.opened()[count - 1];
    };
    try {
      await scenario(handle, { events: fake.events, waitForTask });
    } finally {
      await handle.terminate('test over').catch(() => undefined);
    }
  });
  return fake.events.map(({ event }) => event.type);
}

const submit = (handle: WorkflowHandle, request: Partial<SubmitApplicationRequest> = {}) =>
  handle.executeUpdate(submitApplicationUpdate, {
    args: [{ dossier: dossier(), receivedAt: new Date().toISOString(), receivedBy, ...request }],
  });

const resubmit = async (handle: WorkflowHandle, request: Partial<SubmitApplicationRequest> = {}) =>
  handle.executeUpdate(resubmitApplicationUpdate, {
    args: [
      { dossier: dossier(), receivedAt: new Date(await env.currentTimeMs()).toISOString(), receivedBy, ...request },
    ],
  });

const decide = (
  handle: WorkflowHandle,
  taskId: string,
  actor: TaskActor,
  optionId: string,
  extra: { comment?: string; formData?: Record<string, boolean> } = {},
) =>
  handle.executeUpdate(decideTaskUpdate, {
    args: [{ taskId, actor, optionId, comment: extra.comment ?? '', formData: extra.formData ?? {} }],
  });

async function refusal(promise: Promise<unknown>): Promise<ApplicationFailure> {
  const error: unknown = await promise.then(
    () => new Error('expected a refusal'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  return (error as WorkflowUpdateFailedError).cause as ApplicationFailure;
}

describe('establishmentApplicationWorkflow', () => {
  it.each([
    ['2024-06-30', 'law-2012', 5, '2024-07-05'],
    ['2024-07-01', 'law-2023', 3, '2024-07-04'],
  ])(
    'decides a dossier filed on %s under the %s, with %i working days (due %s)',
    async (filedOn, regime, days, dueOn) => {
      await withApplication(randomUUID(), async (handle, { waitForTask }) => {
        const application = await submit(handle, { receivedAt: `${filedOn}T09:00:00+07:00` });
        expect(application).toMatchObject({ regime, filedOn, status: 'under-review' });
        const review = await waitForTask(1);
        expect(review.due).toMatchObject({ due: dueOn, period: { unit: 'working-days', count: days } });
        expect(review.due.legalBasis?.regime).toBe(regime);
      });
    },
  );

  it('reports each automatic check with its legal basis: 6 members fail the 2012 minimum of 7', async () => {
    const six = dossier();
    await withApplication(randomUUID(), async (handle) => {
      const application = await submit(handle, {
        receivedAt: '2024-06-28T09:00:00+07:00',
        dossier: { ...six, members: six.members.slice(0, 6), charterCapital: 300_000_000 },
      });
      const minimum = application.checks.find((check) => check.ruleId === 'establishment.min-members')!;
      expect(minimum).toMatchObject({ passed: false, detail: { en: 'The dossier lists 6 members.' } });
      expect(minimum.legalBasis.citation.en).toBe('Law on Cooperatives 2012, Art. 3(1)');
    });
  });

  it('refuses an inconsistent dossier in the validator, writing nothing; the same dossier twice is harmless', async () => {
    const types = await withApplication(randomUUID(), async (handle) => {
      const failure = await refusal(submit(handle, { dossier: dossier({ charterCapital: 1 }) }));
      expect(failure.type).toBe('INVALID_COMMAND');
      const first = await submit(handle);
      const again = await submit(handle);
      expect(again).toEqual(first);
      expect((await refusal(submit(handle, { dossier: dossier({ proposedName: 'Hợp tác xã Khác' }) }))).type).toBe(
        'ALREADY_FILED',
      );
    });
    expect(types.filter((type) => type === 'ApplicationSubmitted')).toHaveLength(1);
  });

  it('goes from review to a binding decision to a registered cooperative that continues the log', async () => {
    const applicationId = randomUUID();
    const types = await withApplication(applicationId, async (handle, { waitForTask }) => {
      await submit(handle);
      const review = await waitForTask(1);
      await handle.executeUpdate(claimTaskUpdate, { args: [{ taskId: review.taskId, actor: officerActor }] });
      await decide(handle, review.taskId, officerActor, 'propose-approval', { formData: { originalsChecked: true } });

      const decision = await waitForTask(2);
      expect(decision).toMatchObject({ kind: 'establishment-decision', candidateRole: 'head-of-authority' });
      expect(decision.excludedDeciders.map((entry) => entry.actorId)).toEqual([officerActor.id]);
      const reviewerAsHead = { ...officerActor, roles: [...officerActor.roles, 'head-of-authority' as const] };
      expect((await refusal(decide(handle, decision.taskId, reviewerAsHead, 'approve'))).type).toBe(
        'SEPARATION_OF_DUTIES',
      );
      expect((await refusal(decide(handle, decision.taskId, officerActor, 'approve'))).type).toBe(
        'TASK_ROLE_NOT_ALLOWED',
      );

      await decide(handle, decision.taskId, headActor, 'approve');
      const outcome = (await handle.result()) as EstablishmentOutcome;
      const year = new Date(await env.currentTimeMs()).getUTCFullYear();
      expect(outcome).toEqual({
        outcome: 'approved',
        registrationCode: `216-${year}-0001`,
        cooperativeId: applicationId,
      });

      const cooperative = env.client.workflow.getHandle(cooperativeLifecycleWorkflowId(`216-${year}-0001`));
      let state = await cooperative.query(getCooperativeStateQuery);
      while (!state.cooperative) state = await cooperative.query(getCooperativeStateQuery);
      expect(state.cooperative).toMatchObject({
        cooperativeId: applicationId,
        name: 'Hợp tác xã Nông nghiệp Ngọc Vân',
        memberCount: 7,
        status: 'active',
      });
      await cooperative.terminate('test over');
    });
    // The cooperative's own yearly report obligation may be recorded before the test ends; it is not the application's.
    expect(types.filter((type) => !REPORTING_EVENT_TYPES.includes(type))).toEqual(APPROVED_APPLICATION_LOG);
  });

  it('needs written reasons to refuse, and ends with the refusal', async () => {
    await withApplication(randomUUID(), async (handle, { waitForTask }) => {
      await submit(handle);
      const review = await waitForTask(1);
      await decide(handle, review.taskId, officerActor, 'propose-refusal', {
        comment: 'Tên trùng với hợp tác xã đã đăng ký.',
      });
      const decision = await waitForTask(2);
      expect((await refusal(decide(handle, decision.taskId, headActor, 'refuse'))).type).toBe('INVALID_DECISION');
      await decide(handle, decision.taskId, headActor, 'refuse', { comment: 'Tên trùng với hợp tác xã đã đăng ký.' });
      expect(await handle.result()).toEqual({ outcome: 'refused', reasons: 'Tên trùng với hợp tác xã đã đăng ký.' });
    });
  });

  it('escalates a review left past its statutory deadline to the head of the authority', async () => {
    const types = await withApplication(randomUUID(), async (handle, { waitForTask, events }) => {
      await submit(handle, { receivedAt: new Date(await env.currentTimeMs()).toISOString() });
      await waitForTask(1);
      await env.sleep('10 days');
      expect(events.map(({ event }) => event.type)).toContain('TaskEscalated');
    });
    expect(types.slice(0, 5)).toEqual([
      'ApplicationSubmitted',
      'TaskOpened',
      'TaskReminderSent',
      'TaskReminderSent',
      'TaskEscalated',
    ]);
  });

  it('reports a name already used in the territory and a founding member being dissolved', async () => {
    const screening: ApplicationScreening = {
      sameName: [{ registrationCode: '2416000007', name: 'Hợp tác xã Nông nghiệp Ngọc Vân', status: 'active' }],
      sameNamePending: [],
      blockedMembers: [{ name: 'Hợp tác xã Cũ', registrationCode: '2416000009', status: 'dissolving' }],
    };
    await withApplication(
      randomUUID(),
      async (handle) => {
        const application = await submit(handle);
        const failed = application.checks.filter((check) => !check.passed).map((check) => check.ruleId);
        expect(failed).toEqual(['establishment.name-unique', 'establishment.applicant-not-blocked']);
        expect(application.checks.find((check) => check.ruleId === 'establishment.name-unique')?.detail.vi).toContain(
          '2416000007',
        );
      },
      screening,
    );
  });

  it('asks for amendments, takes the corrected dossier in time, and reviews it again from its receipt', async () => {
    const types = await withApplication(randomUUID(), async (handle, { waitForTask, events }) => {
      await submit(handle, { receivedAt: new Date(await env.currentTimeMs()).toISOString() });
      expect((await refusal(resubmit(handle))).type).toBe('NOT_AWAITING_AMENDMENTS');
      const review = await waitForTask(1);
      expect(review.options.map((option) => option.id)).toContain('request-amendments');
      expect((await refusal(decide(handle, review.taskId, officerActor, 'request-amendments'))).type).toBe(
        'INVALID_DECISION',
      );
      await decide(handle, review.taskId, officerActor, 'request-amendments', {
        comment: 'Bổ sung biên bản hội nghị thành lập có chữ ký.',
      });
      let application = (await handle.query(getApplicationQuery)) as EstablishmentApplication;
      while (application.status !== 'amendments-requested')
        application = (await handle.query(getApplicationQuery)) as EstablishmentApplication;
      const requested = application.amendments[0];
      expect(requested).toMatchObject({ number: 1, items: 'Bổ sung biên bản hội nghị thành lập có chữ ký.' });
      expect(requested.resubmitBy >= addDays(requested.requestedOn, 60)).toBe(true);

      const moved = await refusal(resubmit(handle, { dossier: dossier({ territoryCode: '222' }) }));
      expect(moved.type).toBe('INVALID_COMMAND');
      await env.sleep('20 days');
      const corrected = dossier({ headOfficeAddress: 'Thôn Tây, xã Ngọc Vân, huyện Tân Yên, tỉnh Bắc Giang' });
      const resubmitted = await resubmit(handle, { dossier: corrected });
      expect(resubmitted).toMatchObject({ status: 'under-review', receivedOn: await serverToday(env) });
      expect(await resubmit(handle, { dossier: corrected })).toEqual(resubmitted);

      const again = await waitForTask(2);
      expect(again.due.from).toBe(await serverToday(env));
      expect(again.why.trigger.event).toBe('ApplicationResubmitted');
      expect(events.filter(({ event }) => event.type === 'ApplicationResubmitted')).toHaveLength(1);
    });
    expect(types).toContain('ApplicationAmendmentRequested');
  });

  it('lapses a dossier not resubmitted by the end of its deadline day, and not an hour earlier', async () => {
    await withApplication(randomUUID(), async (handle, { waitForTask }) => {
      await submit(handle, { receivedAt: new Date(await env.currentTimeMs()).toISOString() });
      const review = await waitForTask(1);
      await decide(handle, review.taskId, officerActor, 'request-amendments', { comment: 'Thiếu điều lệ.' });
      let application = (await handle.query(getApplicationQuery)) as EstablishmentApplication;
      while (application.status !== 'amendments-requested')
        application = (await handle.query(getApplicationQuery)) as EstablishmentApplication;
      const { resubmitBy } = application.amendments[0];

      const lastHour = Date.parse(`${resubmitBy}T23:00:00+07:00`);
      await env.sleep(lastHour - (await env.currentTimeMs()));
      expect(((await handle.query(getApplicationQuery)) as EstablishmentApplication).status).toBe(
        'amendments-requested',
      );
      await env.sleep('2 hours');
      expect(await handle.result()).toEqual({ outcome: 'lapsed', resubmitBy });
      expect(((await handle.query(getApplicationQuery)) as EstablishmentApplication).lapsedOn).toBe(
        addDays(resubmitBy, 1),
      );
    });
  });
});
