import {
  conversionEnrolledSignal,
  cooperativeLeftSignal,
  fileConversionEvidenceUpdate,
  getEnrolmentQuery,
  recordConversionChecklistUpdate,
  recordFactSignal,
  type ChecklistRequest,
  type ConversionInput,
  type CooperativeLeft,
  type EvidenceRequest,
} from '@htx/contracts';
import {
  BUILT_IN_RULES,
  computeDeadline,
  conversionTimeEvents,
  endEnrolment,
  enrol,
  evolveEnrolment,
  fileEvidence,
  isOpen,
  nextConversionDue,
  notifyViolation,
  OFFICE_PERIOD,
  overdueTask,
  recordChecklist,
  signOffTask,
  SIGN_OFF_OPTIONS,
  startOfVietnamDay,
  SYSTEM_ACTOR,
  text,
  undeliveredConversionNotices,
  vietnamDateOf,
  WorkingCalendar,
  type Actor,
  type ConversionEvent,
  type ConversionNoticeAttempted,
  type Enrolment,
  type LifecycleEvent,
  type OperatingFact,
  type Task,
} from '@htx/domain';
import {
  condition,
  getExternalWorkflowHandle,
  log,
  patched,
  setHandler,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import { eventLog, referenceData } from '../shared/activities';
import { askOfficer } from '../shared/ask-officer';
import { decideOrFail } from '../shared/domain-failure';
import { NoticeDeliveries } from '../shared/notice-deliveries';
import { OneAtATime } from '../shared/one-at-a-time';
import { TaskBook } from '../shared/task-book';

/**
 * One cooperative's conversion in one campaign (T18, T19): the gap checklist filled by an officer or the cooperative,
 * reminders mailed before the follow-up date, the amended charter filed as evidence, an officer's sign-off — which changes
 * the cooperative's regime in its own record — and, once the date passes unconformed, an officer's follow-up. It ends
 * cleanly when the cooperative begins to dissolve. Its events form a stream of their own.
 */
export async function conversionWorkflow(input: ConversionInput): Promise<Enrolment> {
  const { campaign, member } = input;
  const { workflowId } = workflowInfo();
  const serializer = new OneAtATime();
  const today = () => vietnamDateOf(new Date());
  const append = (events: LifecycleEvent[], actor: Actor) =>
    eventLog.appendLifecycleEvents({
      streamId: member.enrolmentId,
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

  let enrolment: Enrolment | null = null;
  let revision = 0;
  const record = async (events: ConversionEvent[], actor: Actor) => {
    if (events.length === 0) return;
    await append(events, actor);
    enrolment = events.reduce<Enrolment | null>(evolveEnrolment, enrolment);
    revision += 1;
  };
  const current = () => enrolment!;
  let left: CooperativeLeft | null = null;

  setHandler(getEnrolmentQuery, () => enrolment);
  setHandler(cooperativeLeftSignal, (signal) => void (left ??= signal));
  // An update that arrives before the enrolment is recorded waits for it; its checks then run as usual.
  const enrolled = async () => {
    await condition(() => enrolment !== null);
    return current();
  };
  const checkOnceEnrolled = (check: (current: Enrolment) => unknown) => {
    if (enrolment) decideOrFail(() => check(enrolment!));
  };
  setHandler(
    recordConversionChecklistUpdate,
    async (request: ChecklistRequest) => {
      await enrolled();
      return serializer.run(async () => {
        const decided = decideOrFail(() => recordChecklist(current(), request.answers, request.actor.id, today()));
        await record(decided, request.actor);
        return current();
      });
    },
    {
      validator: (request: ChecklistRequest) =>
        checkOnceEnrolled((current) => recordChecklist(current, request.answers, request.actor.id, today())),
    },
  );
  setHandler(
    fileConversionEvidenceUpdate,
    async (request: EvidenceRequest) => {
      await enrolled();
      return serializer.run(async () => {
        const decided = decideOrFail(() => fileEvidence(current(), request.filing, request.actor.id, today()));
        await record(decided, request.actor);
        return current();
      });
    },
    {
      validator: (request: EvidenceRequest) =>
        checkOnceEnrolled((current) => fileEvidence(current, request.filing, request.actor.id, today())),
    },
  );

  // Runs started before reminders were mailed keep recording them without a notice.
  const notify = patched('conversion-notices');
  const notices = new NoticeDeliveries({
    streamId: () => (enrolment ? member.enrolmentId : null),
    undelivered: () => undeliveredConversionNotices(enrolment),
    absorb: (recorded) => {
      enrolment = recorded
        .filter((event): event is ConversionNoticeAttempted => event.type === 'ConversionNoticeAttempted')
        .reduce<Enrolment | null>(evolveEnrolment, enrolment);
      return Promise.resolve();
    },
  });

  const corrections = await referenceData.loadRuleCorrections();
  const calendar = new WorkingCalendar(await referenceData.loadCalendarSchedules());
  const rules = BUILT_IN_RULES.withCorrections(corrections);
  await serializer.run(() => record([enrol(member.enrolmentId, campaign, member, today(), rules)], campaign.openedBy));
  await tellLifecycle(member.workflowId, workflowId);

  const officeDeadline = () => computeDeadline(calendar, today(), OFFICE_PERIOD);
  let signOff: Promise<Task> | null = null;
  let followUp: Promise<Task> | null = null;
  let decided: Task | null = null;
  const settle = (asked: Promise<Task>) =>
    void asked.then((task) => {
      decided = task;
    });

  while (isOpen(current())) {
    if (left) {
      const { on, note } = left;
      await serializer.run(() => record(endEnrolment(current(), 'dissolution-started', on, note), SYSTEM_ACTOR));
      break;
    }
    if (decided) {
      const task: Task = decided;
      decided = null;
      await serializer.run(() => applyDecision(task));
      continue;
    }
    await serializer.run(() => record(conversionTimeEvents(current(), today(), { notify }), SYSTEM_ACTOR));
    notices.deliverPending();
    if (current().stage === 'awaiting-sign-off' && !signOff) {
      signOff = askOfficer(book, signOffTask(current(), uuid4(), officeDeadline(), new Date().toISOString()), calendar);
      settle(signOff);
    }
    if (current().stage === 'overdue' && !followUp) {
      followUp = askOfficer(
        book,
        overdueTask(current(), uuid4(), officeDeadline(), new Date().toISOString()),
        calendar,
      );
      settle(followUp);
    }
    const seen = revision;
    const due = nextConversionDue(current());
    const wait = due ? Math.max(Date.parse(startOfVietnamDay(due)) - new Date().getTime(), 1) : undefined;
    await condition(() => revision !== seen || left !== null || decided !== null, wait);
  }
  await Promise.all(book.open().map((task) => book.cancel(task.spec.taskId, CONVERSION_ENDED)));
  if (notify) await notices.settled();
  return current();

  /** An officer's decision on the sign-off or the follow-up, applied to the enrolment and, if it says so, the record. */
  async function applyDecision(task: Task): Promise<void> {
    const decision = task.decision;
    if (!decision) return;
    const by: Actor = {
      id: decision.decidedBy.id,
      role: decision.decidedBy.role,
      displayName: decision.decidedBy.displayName,
    };
    const on = today();
    if (task.spec.kind === 'conversion-sign-off') {
      signOff = null;
      if (decision.optionId === SIGN_OFF_OPTIONS.confirm) {
        await record(
          [
            {
              type: 'ConversionSignedOff',
              data: { enrolmentId: member.enrolmentId, on, by: by.id },
              legalBasis: campaign.legalBasis,
            },
          ],
          by,
        );
        await tellRecord(
          {
            kind: 'regime-converted',
            to: campaign.target,
            convertedOn: on,
            reference: current().evidence?.reference ?? '',
            campaignId: campaign.campaignId,
          },
          by,
        );
      } else {
        await record(
          [
            {
              type: 'ConversionReturned',
              data: { enrolmentId: member.enrolmentId, on, by: by.id, comment: decision.comment },
              legalBasis: null,
            },
          ],
          by,
        );
      }
      return;
    }
    // The follow-up is asked once; after it the flag stays and the cooperative may still file its charter.
    if (notify && decision.optionId === 'notify-violation') {
      await record(notifyViolation(current(), by.id, decision.comment, on), by);
      notices.deliverPending();
    }
    if (decision.optionId === 'converted-out') {
      await record(endEnrolment(current(), 'converted-out', on, decision.comment), by);
      await tellRecord(
        { kind: 'converted-out', convertedOn: on, note: decision.comment, campaignId: campaign.campaignId },
        by,
      );
    }
  }

  /** The cooperative's own record changes through its workflow, as a fact with this enrolment's id (sent once). */
  async function tellRecord(fact: OperatingFact, actor: Actor): Promise<void> {
    try {
      await getExternalWorkflowHandle(member.workflowId).signal(recordFactSignal, {
        factId: member.enrolmentId,
        fact,
        actor,
      });
    } catch (error) {
      // The cooperative's workflow has ended (dissolved meanwhile): the enrolment keeps the outcome on its own log.
      log.warn('Cooperative workflow not told of the conversion', {
        workflowId: member.workflowId,
        error: String(error),
      });
    }
  }
}

const CONVERSION_ENDED = text('Việc chuyển đổi đã kết thúc.', 'The conversion has ended.');

async function tellLifecycle(lifecycleWorkflowId: string, conversionWorkflowId: string): Promise<void> {
  try {
    await getExternalWorkflowHandle(lifecycleWorkflowId).signal(conversionEnrolledSignal, { conversionWorkflowId });
  } catch (error) {
    log.warn('Cooperative workflow not told of the enrolment', { lifecycleWorkflowId, error: String(error) });
  }
}
