import {
  COOPERATIVE_LIFECYCLE_WORKFLOW_TYPE,
  cooperativeLifecycleWorkflowId,
  getApplicationQuery,
  resubmitApplicationUpdate,
  submitApplicationUpdate,
  type CooperativeLifecycleWorkflow,
  type EstablishmentApplicationInput,
  type EstablishmentOutcome,
  type SubmitApplicationRequest,
} from '@htx/contracts';
import {
  amendmentPeriod,
  checkEstablishment,
  checkFiling,
  checkResubmission,
  computeDeadline,
  decisionPeriod,
  establishmentDecisionTask,
  establishmentReviewTask,
  evolveApplication,
  filingBasis,
  regimeForFiling,
  SYSTEM_ACTOR,
  vietnamDateOf,
  WorkingCalendar,
  BUILT_IN_RULES,
  type RuleBook,
  yearOf,
  type Actor,
  type ApplicationEvent,
  type EstablishmentApplication,
  type EstablishmentDossier,
  type IsoDate,
  type LegalRegime,
  type LifecycleEvent,
  type Task,
} from '@htx/domain';
import {
  condition,
  ParentClosePolicy,
  patched,
  setHandler,
  startChild,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import { eventLog, referenceData, registry } from '../shared/activities';
import { askOfficer } from '../shared/ask-officer';
import { decideOrFail } from '../shared/domain-failure';
import { OneAtATime } from '../shared/one-at-a-time';
import { TaskBook } from '../shared/task-book';

/** A run started for a filing that was then refused holds nothing worth keeping; it ends after this. */
const UNFILED_GRACE_PERIOD = '1 hour';

/** A deadline day ends at midnight in Vietnam: until then the founders are in time. */
const endOfDay = (date: IsoDate) => Date.parse(`${date}T00:00:00+07:00`) + 86_400_000;

const receivedOn = (request: SubmitApplicationRequest) => vietnamDateOf(new Date(request.receivedAt));

/**
 * An establishment application (T2–T5): the dossier is checked under the law of its filing date, a registration
 * officer reviews it (and may ask for amendments, which lapse unanswered), the head of the authority decides; on
 * approval the cooperative gets its registration code, its certificate and its lifecycle workflow, which continues
 * this application's log.
 */
export async function establishmentApplicationWorkflow(
  input: EstablishmentApplicationInput,
): Promise<EstablishmentOutcome> {
  const { workflowId } = workflowInfo();
  const { applicationId } = input;
  const serializer = new OneAtATime();
  const append = (events: LifecycleEvent[], actor: Actor) =>
    eventLog.appendLifecycleEvents({
      streamId: applicationId,
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
  let lastReceivedAt = '';
  const record = async (event: ApplicationEvent, actor: Actor) => {
    await append([event], actor);
    application = evolveApplication(application, event);
  };
  // Corrections to the rule packs are read once per run, when first needed (runs recorded before them use none).
  let rulesLoaded: Promise<RuleBook> | undefined;
  const rules = () =>
    (rulesLoaded ??= patched('rule-pack-corrections')
      ? referenceData.loadRuleCorrections().then((corrections) => BUILT_IN_RULES.withCorrections(corrections))
      : Promise.resolve(BUILT_IN_RULES));
  const checksOf = async (dossier: EstablishmentDossier, regime: LegalRegime, filedOn: IsoDate) => {
    const screening = await registry.screenApplication({ applicationId, dossier });
    return checkEstablishment(dossier, regime, screening, await rules(), filedOn);
  };

  setHandler(
    submitApplicationUpdate,
    (request) =>
      serializer.run(async () => {
        if (decideOrFail(() => checkFiling(application, request.dossier, receivedOn(request))) === 'apply') {
          const filedOn = receivedOn(request);
          const regime = regimeForFiling(filedOn);
          const checks = await checksOf(request.dossier, regime, filedOn);
          await record(
            {
              type: 'ApplicationSubmitted',
              data: { applicationId, dossier: request.dossier, regime, filedOn, checks },
              legalBasis: filingBasis(regime),
            },
            request.receivedBy,
          );
          lastReceivedAt = request.receivedAt;
        }
        return application!;
      }),
    {
      validator: (request: SubmitApplicationRequest) =>
        void decideOrFail(() => checkFiling(application, request.dossier, receivedOn(request))),
    },
  );
  setHandler(
    resubmitApplicationUpdate,
    (request) =>
      serializer.run(async () => {
        if (decideOrFail(() => checkResubmission(application, request.dossier, receivedOn(request))) === 'apply') {
          const checks = await checksOf(request.dossier, application!.regime, receivedOn(request));
          await record(
            {
              type: 'ApplicationResubmitted',
              data: { applicationId, dossier: request.dossier, receivedOn: receivedOn(request), checks },
              legalBasis: filingBasis(application!.regime),
            },
            request.receivedBy,
          );
          lastReceivedAt = request.receivedAt;
        }
        return application!;
      }),
    {
      validator: (request: SubmitApplicationRequest) =>
        void decideOrFail(() => checkResubmission(application, request.dossier, receivedOn(request))),
    },
  );
  setHandler(getApplicationQuery, () => application);

  if (!(await condition(() => application !== null, UNFILED_GRACE_PERIOD))) return { outcome: 'never-filed' };
  const calendar = new WorkingCalendar(await referenceData.loadCalendarSchedules());
  const current = () => application!;
  const ruleBook = await rules();

  for (;;) {
    const { period, basis } = decisionPeriod(ruleBook, current().regime, current().receivedOn);
    const due = computeDeadline(calendar, current().receivedOn, period, basis);
    const review = decided(
      await askOfficer(book, establishmentReviewTask(current(), uuid4(), due, lastReceivedAt, ruleBook), calendar),
    );
    const reviewer = review.decision.decidedBy;
    if (review.decision.optionId !== 'request-amendments') {
      await serializer.run(() =>
        record(
          {
            type: 'ApplicationReviewed',
            data: {
              applicationId,
              proposal: { optionId: review.decision.optionId, by: reviewer.id, comment: review.decision.comment },
            },
            legalBasis: null,
          },
          reviewer,
        ),
      );
      break;
    }

    const lapse = amendmentPeriod(ruleBook, current().regime, vietnamDateOf(new Date()));
    const resubmitBy = computeDeadline(calendar, vietnamDateOf(new Date()), lapse.period, lapse.basis).due;
    await serializer.run(() =>
      record(
        {
          type: 'ApplicationAmendmentRequested',
          data: {
            applicationId,
            number: current().amendments.length + 1,
            items: review.decision.comment,
            requestedOn: vietnamDateOf(new Date()),
            requestedBy: { id: reviewer.id, displayName: reviewer.displayName },
            resubmitBy,
          },
          legalBasis: lapse.basis,
        },
        reviewer,
      ),
    );
    const awaiting = () => current().status === 'amendments-requested';
    if (await condition(() => !awaiting(), endOfDay(resubmitBy) - new Date().getTime())) continue;
    // A resubmission may be waiting its turn: the lapse is recorded only if none got in first.
    const lapsed = await serializer.run(async () => {
      if (!awaiting()) return false;
      await record(
        {
          type: 'ApplicationLapsed',
          data: { applicationId, lapsedOn: vietnamDateOf(new Date()), resubmitBy },
          legalBasis: lapse.basis,
        },
        SYSTEM_ACTOR,
      );
      return true;
    });
    if (lapsed) return { outcome: 'lapsed', resubmitBy };
  }

  const reviewed = current();
  const { period, basis } = decisionPeriod(ruleBook, reviewed.regime, reviewed.receivedOn);
  const due = computeDeadline(calendar, reviewed.receivedOn, period, basis);
  const decision = decided(
    await askOfficer(book, establishmentDecisionTask(reviewed, uuid4(), due, new Date().toISOString()), calendar),
  );
  const head: Actor = decision.decision.decidedBy;
  const signedBy = { id: head.id, displayName: head.displayName };
  const decidedOn = vietnamDateOf(new Date());
  const chosen = decision.spec.options.find((option) => option.id === decision.decision.optionId)!;
  if (chosen.id !== 'approve') {
    await serializer.run(() =>
      record(
        {
          type: 'ApplicationRefused',
          data: { applicationId, reasons: decision.decision.comment, decidedOn, decidedBy: signedBy },
          legalBasis: chosen.legalBasis,
        },
        head,
      ),
    );
    return { outcome: 'refused', reasons: decision.decision.comment };
  }

  const { dossier, regime } = reviewed;
  const registrationCode = await registry.allocateRegistrationCode({
    applicationId,
    territoryCode: dossier.territoryCode,
    year: yearOf(decidedOn),
  });
  await serializer.run(() =>
    record(
      {
        type: 'ApplicationApproved',
        data: {
          applicationId,
          registrationCode,
          decidedOn,
          certificate: { number: registrationCode, issuedOn: decidedOn, signedBy },
        },
        legalBasis: chosen.legalBasis,
      },
      head,
    ),
  );
  const members = dossier.members.filter((member) => regime === 'law-2012' || member.membership === 'official');
  await startChild<CooperativeLifecycleWorkflow>(COOPERATIVE_LIFECYCLE_WORKFLOW_TYPE, {
    workflowId: cooperativeLifecycleWorkflowId(registrationCode),
    parentClosePolicy: ParentClosePolicy.ABANDON,
    args: [
      {
        establishment: {
          cooperativeId: applicationId,
          approvedBy: head,
          details: {
            registrationCode,
            name: dossier.proposedName,
            kind: dossier.kind,
            sector: dossier.sector,
            territoryCode: dossier.territoryCode,
            regime,
            registeredOn: decidedOn,
            memberCount: members.length,
          },
        },
      },
    ],
  });
  return { outcome: 'approved', registrationCode, cooperativeId: applicationId };
}

/** A step without expiry closes only by a decision (cancellation throws out of askOfficer instead). */
function decided(task: Task): Task & { decision: NonNullable<Task['decision']> } {
  if (!task.decision) throw new Error(`Task ${task.spec.taskId} closed without a decision (${task.status})`);
  return task as Task & { decision: NonNullable<Task['decision']> };
}
