import {
  COOPERATIVE_LIFECYCLE_WORKFLOW_TYPE,
  cooperativeLifecycleWorkflowId,
  getApplicationQuery,
  submitApplicationUpdate,
  type CooperativeLifecycleWorkflow,
  type EstablishmentApplicationInput,
  type EstablishmentOutcome,
  type SubmitApplicationRequest,
} from '@htx/contracts';
import {
  checkDossier,
  checkEstablishment,
  computeDeadline,
  decisionPeriod,
  DomainError,
  establishmentDecisionTask,
  establishmentReviewTask,
  evolveApplication,
  filingBasis,
  regimeForFiling,
  sameDossier,
  text,
  vietnamDateOf,
  WorkingCalendar,
  yearOf,
  type Actor,
  type ApplicationEvent,
  type EstablishmentApplication,
  type LifecycleEvent,
  type Task,
} from '@htx/domain';
import { condition, ParentClosePolicy, setHandler, startChild, uuid4, workflowInfo } from '@temporalio/workflow';
import { eventLog, referenceData, registry } from '../shared/activities';
import { askOfficer } from '../shared/ask-officer';
import { decideOrFail } from '../shared/domain-failure';
import { OneAtATime } from '../shared/one-at-a-time';
import { TaskBook } from '../shared/task-book';

/** A run started for a filing that was then refused holds nothing worth keeping; it ends after this. */
const UNFILED_GRACE_PERIOD = '1 hour';

/**
 * An establishment application (T2–T5): the dossier is checked under the law of its filing date, a registration
 * officer reviews it, the head of the authority decides; on approval the cooperative gets its registration code and
 * its lifecycle workflow, which continues this application's log.
 */
export async function establishmentApplicationWorkflow(
  input: EstablishmentApplicationInput,
): Promise<EstablishmentOutcome> {
  const { workflowId } = workflowInfo();
  const serializer = new OneAtATime();
  const append = (events: LifecycleEvent[], actor: Actor) =>
    eventLog.appendLifecycleEvents({
      streamId: input.applicationId,
      workflowId,
      actor,
      occurredAt: new Date().toISOString(),
      events,
    });
  const book = new TaskBook([], {
    append: async (_streamId, events, actor) => void (await append(events, actor)),
    serializer,
    now: () => new Date(),
  });
  book.installHandlers();

  let application: EstablishmentApplication | null = null;
  let filed: SubmitApplicationRequest | null = null;
  const record = async (event: ApplicationEvent, actor: Actor) => {
    await append([event], actor);
    application = evolveApplication(application, event);
  };

  const checkFiling = (request: SubmitApplicationRequest) =>
    decideOrFail(() => {
      if (filed) {
        if (sameDossier(filed.dossier, request.dossier)) return;
        throw new DomainError(
          'ALREADY_FILED',
          text('Hồ sơ này đã được nộp với nội dung khác.', 'This application was filed with other contents.'),
        );
      }
      const problems = checkDossier(request.dossier, vietnamDateOf(new Date(request.receivedAt)));
      if (problems.length > 0)
        throw new DomainError('INVALID_COMMAND', text('Hồ sơ chưa hợp lệ.', 'The dossier is not valid.'), problems);
    });
  setHandler(
    submitApplicationUpdate,
    (request) =>
      serializer.run(async () => {
        checkFiling(request);
        if (!filed) {
          const filedOn = vietnamDateOf(new Date(request.receivedAt));
          const regime = regimeForFiling(filedOn);
          await record(
            {
              type: 'ApplicationSubmitted',
              data: {
                applicationId: input.applicationId,
                dossier: request.dossier,
                regime,
                filedOn,
                checks: checkEstablishment(request.dossier, regime),
              },
              legalBasis: filingBasis(regime),
            },
            request.receivedBy,
          );
          filed = request;
        }
        return application!;
      }),
    { validator: checkFiling },
  );
  setHandler(getApplicationQuery, () => application);

  if (!(await condition(() => filed !== null, UNFILED_GRACE_PERIOD))) return { outcome: 'never-filed' };
  const submission: SubmitApplicationRequest = filed!;
  const submitted: EstablishmentApplication = application!;

  const calendar = new WorkingCalendar(await referenceData.loadCalendarSchedules());
  const { period, basis } = decisionPeriod(submitted.regime);
  const due = computeDeadline(calendar, submitted.filedOn, period, basis);

  const review = decided(
    await askOfficer(book, establishmentReviewTask(submitted, uuid4(), due, submission.receivedAt), calendar),
  );
  await serializer.run(() =>
    record(
      {
        type: 'ApplicationReviewed',
        data: {
          applicationId: input.applicationId,
          proposal: {
            optionId: review.decision.optionId,
            by: review.decision.decidedBy.id,
            comment: review.decision.comment,
          },
        },
        legalBasis: null,
      },
      review.decision.decidedBy,
    ),
  );

  const decision = decided(
    await askOfficer(book, establishmentDecisionTask(application!, uuid4(), due, new Date().toISOString()), calendar),
  );
  const head: Actor = decision.decision.decidedBy;
  const decidedOn = vietnamDateOf(new Date());
  const chosen = decision.spec.options.find((option) => option.id === decision.decision.optionId)!;
  if (chosen.id !== 'approve') {
    await serializer.run(() =>
      record(
        {
          type: 'ApplicationRefused',
          data: { applicationId: input.applicationId, reasons: decision.decision.comment, decidedOn },
          legalBasis: chosen.legalBasis,
        },
        head,
      ),
    );
    return { outcome: 'refused', reasons: decision.decision.comment };
  }

  const { dossier } = submission;
  const registrationCode = await registry.allocateRegistrationCode({
    applicationId: input.applicationId,
    territoryCode: dossier.territoryCode,
    year: yearOf(decidedOn),
  });
  await serializer.run(() =>
    record(
      {
        type: 'ApplicationApproved',
        data: { applicationId: input.applicationId, registrationCode, decidedOn },
        legalBasis: chosen.legalBasis,
      },
      head,
    ),
  );
  const members = dossier.members.filter(
    (member) => submitted.regime === 'law-2012' || member.membership === 'official',
  );
  await startChild<CooperativeLifecycleWorkflow>(COOPERATIVE_LIFECYCLE_WORKFLOW_TYPE, {
    workflowId: cooperativeLifecycleWorkflowId(registrationCode),
    parentClosePolicy: ParentClosePolicy.ABANDON,
    args: [
      {
        establishment: {
          cooperativeId: input.applicationId,
          approvedBy: head,
          details: {
            registrationCode,
            name: dossier.proposedName,
            kind: dossier.kind,
            sector: dossier.sector,
            territoryCode: dossier.territoryCode,
            regime: submitted.regime,
            registeredOn: decidedOn,
            memberCount: members.length,
          },
        },
      },
    ],
  });
  return { outcome: 'approved', registrationCode, cooperativeId: input.applicationId };
}

/** A step without expiry closes only by a decision (cancellation throws out of askOfficer instead). */
function decided(task: Task): Task & { decision: NonNullable<Task['decision']> } {
  if (!task.decision) throw new Error(`Task ${task.spec.taskId} closed without a decision (${task.status})`);
  return task as Task & { decision: NonNullable<Task['decision']> };
}
