import {
  conversionEnrolledSignal,
  cooperativeLeftSignal,
  flagDormancySignal,
  getCooperativeStateQuery,
  importCooperativeUpdate,
  openDissolutionUpdate,
  recordDisbursementUpdate,
  recordDissolutionStepUpdate,
  recordFactSignal,
  registerCooperativeUpdate,
  requestSupportUpdate,
  rulesCorrectedSignal,
  type CooperativeLifecycleInput,
  type CooperativeLifecycleWorkflow,
  type ImportCooperativeRequest,
  type OpenDissolutionRequest,
  type RecordDissolutionStepRequest,
  type RecordDisbursementRequest,
  type RegisterCooperativeRequest,
  type RequestSupportRequest,
} from '@htx/contracts';
import { undeliveredNotices, vietnamDateOf, WorkingCalendar, type OfficialSchedule } from '@htx/domain';
import {
  allHandlersFinished,
  condition,
  continueAsNew,
  getExternalWorkflowHandle,
  log,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import {
  eventLog,
  localEventLog,
  localReferenceData,
  localReportingPolicy,
  referenceData,
  reportingPolicy,
} from '../shared/activities';
import { NoticeDeliveries } from '../shared/notice-deliveries';
import { OneAtATime } from '../shared/one-at-a-time';
import { TaskBook } from '../shared/task-book';
import { CaseWork } from './case-work';
import { CooperativeLifecycle } from './cooperative-lifecycle.state';
import { LifecyclePatches } from './lifecycle-patches';

/** A run started by a registration that was then refused holds nothing worth keeping; it ends after this. */
const UNREGISTERED_GRACE_PERIOD = '1 hour';

/** A run continues as new at least this often, so its history stays short and its calendar current. */
const RUN_LENGTH_MS = 365 * 86_400_000;

/**
 * …and once its history is this long: a worker that no longer caches the workflow replays all of it on the next
 * wake-up, and the bench (B6) measures this many of our events replaying in well under a second on 2 cores. The
 * server's own suggestion comes only at thousands of events (several seconds of replay).
 */
const HISTORY_LENGTH_LIMIT = 1_000;

/**
 * One long-lived workflow per cooperative, for as long as it exists: its legal status, the facts reported about it
 * (signals with their own ids), its pending deadlines as timers, and the officers' tasks they lead to — dormancy
 * reviews and support decisions. It continues as new yearly and whenever the SDK suggests it, carrying all of it.
 */
export async function cooperativeLifecycleWorkflow(input: CooperativeLifecycleInput): Promise<void> {
  // Local activities resolve in the order they finish when run, but in the order they were scheduled when replayed:
  // two in flight at once (an import's append, the settings read) resume their callers in another order on replay,
  // which then fails. Runs started from here take them one at a time.
  const patches = new LifecyclePatches();
  const localTurns = patches.has('local-activities-one-at-a-time') ? new OneAtATime() : null;
  const oneLocal = <T>(read: () => Promise<T>): Promise<T> => (localTurns ? localTurns.run(read) : read());
  const lifecycle = new CooperativeLifecycle(input.carried, {
    eventLog,
    localEventLog: { appendLifecycleEvents: (append) => oneLocal(() => localEventLog.appendLifecycleEvents(append)) },
    workflowId: workflowInfo().workflowId,
    now: () => new Date(),
    patches,
  });
  const book = new TaskBook(input.carried?.openTasks ?? [], {
    append: (_streamId, events, actor) => lifecycle.appendTaskEvents(events, actor),
    serializer: lifecycle.serializer,
    now: () => new Date(),
    tryDecision: (task, attempt) => lifecycle.tryTaskDecision(task, attempt),
  });
  book.installHandlers();
  const cases = new CaseWork(book, lifecycle, patches);
  const notices = new NoticeDeliveries({
    streamId: () => lifecycle.current?.cooperativeId ?? null,
    undelivered: () => undeliveredNotices(lifecycle.current),
    absorb: (recorded) => lifecycle.absorb(recorded),
  });

  setHandler(registerCooperativeUpdate, (request) => lifecycle.register(request), {
    validator: (request: RegisterCooperativeRequest) => lifecycle.validateRegistration(request),
  });
  setHandler(importCooperativeUpdate, (request) => lifecycle.importCooperative(request), {
    validator: (request: ImportCooperativeRequest) => lifecycle.validateImport(request),
  });
  setHandler(recordFactSignal, (signal) => lifecycle.enqueueFact(signal));
  setHandler(flagDormancySignal, (request) => lifecycle.enqueueFlag(request));
  setHandler(rulesCorrectedSignal, ({ corrections }) => lifecycle.useCorrections(corrections));
  setHandler(conversionEnrolledSignal, ({ conversionWorkflowId }) => lifecycle.enrolConversion(conversionWorkflowId));
  setHandler(
    requestSupportUpdate,
    async (request) => {
      const record = await lifecycle.requestSupport(request);
      cases.decideSupport(record);
      return record;
    },
    { validator: (request: RequestSupportRequest) => lifecycle.validateSupportRequest(request) },
  );
  setHandler(recordDisbursementUpdate, (request) => lifecycle.recordDisbursement(request), {
    validator: (request: RecordDisbursementRequest) => lifecycle.validateDisbursement(request),
  });
  setHandler(
    openDissolutionUpdate,
    async (request) => {
      const { dissolution, events } = await lifecycle.openDissolution(request);
      cases.react(events);
      return dissolution;
    },
    { validator: (request: OpenDissolutionRequest) => lifecycle.validateOpenDissolution(request) },
  );
  setHandler(
    recordDissolutionStepUpdate,
    async (request) => {
      const { dissolution, events } = await lifecycle.recordDissolutionStep(request);
      cases.react(events);
      return dissolution;
    },
    { validator: (request: RecordDissolutionStepRequest) => lifecycle.validateDissolutionStep(request) },
  );
  setHandler(getCooperativeStateQuery, () => lifecycle.state());

  const useCalendar = (schedules: readonly OfficialSchedule[]) => {
    const calendar = new WorkingCalendar(schedules);
    lifecycle.useCalendar(calendar);
    cases.useCalendar(calendar);
  };
  // A run reads what it decides with before its first decision, in one local activity and in the first turn (an
  // update that starts the run waits for it). Runs recorded earlier replay the reads they made one by one, once
  // registered.
  const readsFirst = patches.has('start-reads-in-one');
  if (readsFirst) {
    await lifecycle.serializer.run(async () => {
      const settings = await oneLocal(() => localReferenceData.loadRunSettings());
      useCalendar(settings.schedules);
      lifecycle.useCorrections(settings.corrections);
      lifecycle.useReminderPolicy(settings.reminderPolicy);
    });
  }
  if (input.establishment) {
    const { cooperativeId, details, approvedBy } = input.establishment;
    await lifecycle.register({ details, actor: approvedBy }, cooperativeId);
  }
  if (!(await condition(() => lifecycle.hasBegun, UNREGISTERED_GRACE_PERIOD))) return;

  if (!readsFirst) {
    useCalendar(
      patches.has('calendar-by-local-activity')
        ? await oneLocal(() => localReferenceData.loadCalendarSchedules())
        : await referenceData.loadCalendarSchedules(),
    );
  }
  const readsLocally = !readsFirst && patches.has('start-reads-by-local-activity');
  if (!readsFirst && patches.has('rule-pack-corrections')) {
    lifecycle.useCorrections(
      await (readsLocally
        ? oneLocal(() => localReferenceData.loadRuleCorrections())
        : referenceData.loadRuleCorrections()),
    );
  }
  cases.resume(input.carried?.openTasks ?? []);

  const runStartedAt = new Date().getTime();
  const runLeft = () => RUN_LENGTH_MS - (new Date().getTime() - runStartedAt);
  const limitsLength = patches.has('continue-as-new-at-history-length');
  const timeToMoveOn = () =>
    workflowInfo().continueAsNewSuggested ||
    runLeft() <= 0 ||
    (limitsLength && workflowInfo().historyLength >= HISTORY_LENGTH_LIMIT);
  for (;;) {
    // Yearly reports are tracked from here on; a run recorded before they were replays without them.
    if (!lifecycle.tracksReports && patches.has('annual-report-obligations')) {
      lifecycle.useReminderPolicy(
        await (readsLocally
          ? oneLocal(() => localReportingPolicy.loadReminderPolicy())
          : reportingPolicy.loadReminderPolicy()),
      );
    }
    // A burst of facts is applied up to the length limit; the rest is carried into the next run with the state.
    cases.react(await lifecycle.catchUp(() => limitsLength && workflowInfo().historyLength >= HISTORY_LENGTH_LIMIT));
    // Awaited only when there is something to tell: an extra await would reorder the commands of recorded runs.
    const leaving = lifecycle.conversionsToEnd();
    if (leaving.length > 0) await endConversions(leaving);
    if (lifecycle.tracksReports) notices.deliverPending();
    if (lifecycle.isDissolved) {
      await cases.closeEverything();
      await condition(allHandlersFinished);
      // The record and its log stay in the registry, readable and verifiable; the workflow has nothing left to do.
      return;
    }
    if (timeToMoveOn()) break;
    // A decision or an update recorded meanwhile may have moved the deadlines: look again.
    const seen = lifecycle.revision;
    const wait = Math.min(lifecycle.msUntilNextDue() ?? runLeft(), runLeft());
    await condition(() => lifecycle.hasQueuedWork || lifecycle.revision !== seen || timeToMoveOn(), Math.max(wait, 1));
  }
  await notices.settled();
  await condition(allHandlersFinished);
  await continueAsNew<CooperativeLifecycleWorkflow>({ carried: lifecycle.snapshot(book.snapshot()) });
}

/** A conversion under way ends when the cooperative begins to dissolve or leaves the registry. */
async function endConversions(workflowIds: readonly string[]): Promise<void> {
  const on = vietnamDateOf(new Date());
  const note =
    'Hợp tác xã bắt đầu giải thể hoặc rời sổ đăng ký / The cooperative began to dissolve or left the registry';
  await Promise.all(
    workflowIds.map((workflowId) =>
      getExternalWorkflowHandle(workflowId)
        .signal(cooperativeLeftSignal, { on, note })
        .catch((error: unknown) => log.warn('Conversion not told', { workflowId, error: String(error) })),
    ),
  );
}
