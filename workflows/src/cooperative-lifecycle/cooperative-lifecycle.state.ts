import type {
  CarriedLifecycleState,
  DormancyFlagRequest,
  EventLogActivityContract,
  FactSignal,
  ImportCooperativeRequest,
  OpenDissolutionRequest,
  RecordDissolutionStepRequest,
  RecordDisbursementRequest,
  RegisterCooperativeRequest,
  RegisterCooperativeResult,
  RequestSupportRequest,
} from '@htx/contracts';
import {
  addDays,
  cooperativeDecider,
  DomainError,
  factDate,
  foldEvents,
  nextDueDate,
  openDissolution,
  parseStepReference,
  startOfVietnamDay,
  SYSTEM_ACTOR,
  vietnamDateOf,
  WorkingCalendar,
  BUILT_IN_RULES,
  type RuleBook,
  type RuleCorrection,
  type Actor,
  type Cooperative,
  type CooperativeCommand,
  type CooperativeEvent,
  type DecisionAttempt,
  type DissolutionCase,
  type IsoDate,
  type LifecycleEvent,
  type NoticeAttemptEvent,
  type NoticeDeliveryAttempted,
  type ReminderPolicy,
  type SupportRecord,
  type Task,
} from '@htx/domain';
import { uuid4 } from '@temporalio/workflow';
import { decideOrFail } from '../shared/domain-failure';
import { OneAtATime } from '../shared/one-at-a-time';
import type { LifecyclePatches } from './lifecycle-patches';

type Dependencies = {
  readonly eventLog: EventLogActivityContract;
  /** The same appends as a local activity (an import's one append). */
  readonly localEventLog: EventLogActivityContract;
  readonly workflowId: string;
  /** Workflow time (deterministic inside the sandbox). */
  readonly now: () => Date;
  readonly patches: LifecyclePatches;
};

/** The command an officer's decision on a dormancy or support task amounts to. */
export function commandOfDecision(
  task: Task,
  attempt: DecisionAttempt & { readonly actor: { readonly id: string; readonly displayName: string } },
  today: IsoDate,
): CooperativeCommand | null {
  const { optionId, comment, formData, actor } = attempt;
  const by = { id: actor.id, displayName: actor.displayName };
  switch (task.spec.kind) {
    case 'dormancy-review':
      if (optionId === 'confirm') return { type: 'DecideDormancy', data: { decision: 'confirm', comment, by } };
      if (optionId === 'dismiss') {
        return {
          type: 'DecideDormancy',
          data: { decision: 'dismiss', reason: comment, evidenceOn: String(formData.evidenceOn) },
        };
      }
      return {
        type: 'DecideDormancy',
        data: { decision: 'request-evidence', dueOn: String(formData.evidenceDueOn), comment },
      };
    case 'support-approval': {
      const supportId = task.spec.reference ?? '';
      return optionId === 'approve'
        ? {
            type: 'DecideSupport',
            data: { supportId, decision: 'approve', approvedAmount: Number(formData.approvedAmount), by: actor.id },
          }
        : { type: 'DecideSupport', data: { supportId, decision: 'refuse', reason: comment, by: actor.id } };
    }
    case 'dissolution-step':
    case 'dissolution-decision': {
      const step = parseStepReference(task.spec.reference)!;
      return {
        type: 'RecordDissolutionStep',
        data: {
          ...step,
          outcome: optionId,
          completedOn: today,
          reference: String(formData.reference ?? ''),
          note: comment,
          by,
          via: 'task',
        },
      };
    }
    case 'dissolution-follow-up':
    case 'report-follow-up':
    case 'report-cascade':
    case 'establishment-review':
    case 'establishment-decision':
    case 'conversion-sign-off':
    case 'conversion-overdue':
      return null;
  }
}

/**
 * The in-flight state of one cooperative and the rules for changing it. Handlers and the main loop call in here;
 * every decision is the pure domain decider's, one at a time, and every change reaches the event log before the
 * state moves.
 */
export class CooperativeLifecycle {
  private cooperative: Cooperative | null;
  private streamVersion: number;
  private readonly applied: Set<string>;
  private readonly queuedFacts: FactSignal[];
  private readonly queuedFlags: DormancyFlagRequest[];
  private readonly conversions: string[];
  private calendar = new WorkingCalendar();
  private rules: RuleBook = BUILT_IN_RULES;
  private rulesRevision = 0;
  /** Null until this run tracks yearly reports (a run recorded before they were tracked never does). */
  private reminderPolicy: ReminderPolicy | null = null;
  /** Events a handler recorded that the officers' side has not seen yet; the next catch-up hands them over. */
  private readonly unreacted: CooperativeEvent[] = [];
  readonly serializer = new OneAtATime();

  constructor(
    carried: CarriedLifecycleState | undefined,
    private readonly deps: Dependencies,
  ) {
    this.cooperative = carried?.cooperative ?? null;
    this.streamVersion = carried?.streamVersion ?? 0;
    this.applied = new Set(carried?.appliedFactIds ?? []);
    this.queuedFacts = [...(carried?.queuedFacts ?? [])];
    this.queuedFlags = [...(carried?.queuedFlags ?? [])];
    this.conversions = [...(carried?.conversions ?? [])];
  }

  /** Registered, or being registered right now. */
  get hasBegun(): boolean {
    return this.cooperative !== null || this.serializer.isBusy;
  }

  get current(): Cooperative | null {
    return this.cooperative;
  }

  /** Facts or flags waiting to be applied. */
  get hasQueuedWork(): boolean {
    return this.queuedFacts.length > 0 || this.queuedFlags.length > 0;
  }

  useCalendar(calendar: WorkingCalendar): void {
    this.calendar = calendar;
  }

  /** The rule packs this run decides with: built in, with the corrections saved so far. */
  get ruleBook(): RuleBook {
    return this.rules;
  }

  /**
   * Applies the corrections an administrator saved (they only accumulate: a shorter list is an older read and is
   * ignored). Derived deadlines move at once; those already computed and recorded stay as they were.
   */
  useCorrections(corrections: readonly RuleCorrection[]): void {
    if (corrections.length < this.rules.corrections.length) return;
    this.rules = BUILT_IN_RULES.withCorrections(corrections);
    this.rulesRevision++;
  }

  get tracksReports(): boolean {
    return this.reminderPolicy !== null;
  }

  useReminderPolicy(policy: ReminderPolicy): void {
    this.reminderPolicy = policy;
  }

  /**
   * Folds events another activity already appended to the stream (a notice's delivery attempts), so the record here
   * stays the registry's.
   */
  absorb(recorded: readonly NoticeAttemptEvent[]): Promise<void> {
    const events = recorded.filter(
      (event): event is NoticeDeliveryAttempted => event.type === 'NoticeDeliveryAttempted',
    );
    return this.serializer.run(() => {
      if (events.length === 0 || !this.cooperative) return Promise.resolve();
      this.cooperative = foldEvents(cooperativeDecider, events, this.cooperative);
      return Promise.resolve();
    });
  }

  snapshot(openTasks: readonly Task[]): CarriedLifecycleState {
    return {
      cooperative: this.cooperative,
      streamVersion: this.streamVersion,
      appliedFactIds: [...this.applied],
      openTasks,
      queuedFacts: [...this.queuedFacts],
      conversions: [...this.conversions],
      queuedFlags: [...this.queuedFlags],
    };
  }

  state() {
    return {
      cooperative: this.cooperative,
      streamVersion: this.streamVersion,
      nextDueOn: this.cooperative && nextDueDate(this.cooperative, this.rules),
      ruleCorrections: this.rules.corrections.length,
    };
  }

  /** Update validator: rejects without writing history. Must not change state or draw randomness. */
  validateRegistration(request: RegisterCooperativeRequest): void {
    const cooperativeId = this.cooperative?.cooperativeId ?? 'to-be-assigned';
    this.decide({ type: 'RegisterCooperative', data: { ...request.details, cooperativeId } });
  }

  /** Registers the cooperative; `assignedId` is the id an establishment application already gave it. */
  register(request: RegisterCooperativeRequest, assignedId?: string): Promise<RegisterCooperativeResult> {
    return this.serializer.run(() => this.registerNow(request, assignedId));
  }

  /** A cooperative from an existing register, with its history in date order; what was applied before is skipped. */
  importCooperative(request: ImportCooperativeRequest): Promise<RegisterCooperativeResult> {
    return this.serializer.run(async () => {
      if (this.deps.patches.has('import-in-one-append')) return this.importInOneAppend(request);
      const result = await this.registerNow(request);
      const history = [...request.facts].sort((a, b) => factDate(a.fact).localeCompare(factDate(b.fact)));
      for (const fact of history) {
        if (!this.applied.has(fact.factId)) await this.applyFact({ ...fact, actor: request.actor });
      }
      return { ...result, cooperative: this.registered() };
    });
  }

  /**
   * The registration and every fact not applied before, decided in date order against the state as it folds, then
   * recorded in one append with each event's own date: one activity per imported cooperative instead of one per fact.
   */
  private async importInOneAppend(request: ImportCooperativeRequest): Promise<RegisterCooperativeResult> {
    const cooperativeId = this.cooperative?.cooperativeId ?? uuid4();
    const carriedOver = this.deps.patches.has('imported-reports-unknown');
    const registration = this.decide({
      type: 'RegisterCooperative',
      data: { ...request.details, cooperativeId, ...(carriedOver ? { carriedOver } : {}) },
    });
    const registeredAt = startOfVietnamDay(request.details.registeredOn);
    let state = foldEvents(cooperativeDecider, registration, this.cooperative);
    const batch = registration.map((event) => ({ event, occurredAt: registeredAt }));
    const history = [...request.facts].sort((a, b) => factDate(a.fact).localeCompare(factDate(b.fact)));
    const applied: string[] = [];
    for (const { factId, fact } of history) {
      if (this.applied.has(factId) || applied.includes(factId)) continue;
      applied.push(factId);
      let events: CooperativeEvent[];
      let occurredAt = startOfVietnamDay(factDate(fact));
      try {
        events = this.decideFor(state, { type: 'RecordFact', data: { factId, fact } });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        events = [factRefused(factId, fact.kind, error)];
        occurredAt = this.deps.now().toISOString();
      }
      state = foldEvents(cooperativeDecider, events, state);
      batch.push(...events.map((event) => ({ event, occurredAt })));
    }
    if (batch.length > 0) {
      const appended = await this.deps.localEventLog.appendLifecycleEvents({
        streamId: cooperativeId,
        workflowId: this.deps.workflowId,
        actor: request.actor,
        occurredAt: batch[0].occurredAt,
        events: batch.map(({ event }) => event),
        occurredAtByEvent: batch.map(({ occurredAt }) => occurredAt),
      });
      this.cooperative = state;
      this.streamVersion = appended.streamVersion;
    }
    applied.forEach((factId) => this.applied.add(factId));
    // What time alone changes (this year's report obligation, a dormancy found in the imported history), recorded in
    // the same turn by local activity rather than by the run's loop through the task queue.
    if (this.tracksReports && this.deps.patches.has('import-records-time-at-once')) {
      const events = this.decide({ type: 'AdvanceTime' });
      this.unreacted.push(...(await this.record(events, SYSTEM_ACTOR, undefined, this.deps.localEventLog)));
    }
    return { cooperative: this.registered(), created: registration.length > 0 };
  }

  validateImport(request: ImportCooperativeRequest): void {
    this.validateRegistration(request);
  }

  enqueueFact(signal: FactSignal): void {
    if (this.applied.has(signal.factId) || this.queuedFacts.some((queued) => queued.factId === signal.factId)) return;
    this.queuedFacts.push(signal);
  }

  /** Queued like a fact; the same sweep asking again (a retried signal) is one request. */
  enqueueFlag(request: DormancyFlagRequest): void {
    if (this.queuedFlags.some((queued) => queued.sweepId === request.sweepId)) return;
    this.queuedFlags.push(request);
  }

  /**
   * Applies what is waiting — queued facts, then sweep flags, then the passing of time up to today — and returns
   * what was recorded, so the workflow can open or close officers' tasks. Facts stop being taken once `enough()`
   * says so (the run is long enough); those left wait in the queue, which the next run carries.
   */
  catchUp(enough: () => boolean = () => false): Promise<CooperativeEvent[]> {
    return this.serializer.run(async () => {
      const recorded = this.unreacted.splice(0);
      if (!this.cooperative) return recorded;
      while (this.queuedFacts.length > 0 && !enough()) {
        const signal = this.queuedFacts.shift()!;
        if (!this.applied.has(signal.factId)) recorded.push(...(await this.applyFact(signal)));
      }
      for (let flag = this.queuedFlags.shift(); flag; flag = this.queuedFlags.shift()) {
        const events = this.decide({ type: 'FlagDormancy', data: { flaggedBy: flag.flaggedBy.id } });
        recorded.push(...(await this.record(events, flag.flaggedBy)));
      }
      recorded.push(...(await this.record(this.decide({ type: 'AdvanceTime' }), SYSTEM_ACTOR)));
      return recorded;
    });
  }

  /**
   * Milliseconds until the next day on which time alone changes the record; null if none is pending. Called after a
   * catch-up, so anything due today is done: the earliest wake-up is the start of tomorrow.
   */
  msUntilNextDue(): number | null {
    const due = this.cooperative && nextDueDate(this.cooperative, this.rules);
    if (!due) return null;
    const now = this.deps.now();
    const tomorrow = Date.parse(startOfVietnamDay(addDays(vietnamDateOf(now), 1)));
    return Math.max(Date.parse(startOfVietnamDay(due)), tomorrow) - now.getTime();
  }

  /** Grows with every change recorded, so a waiting loop can tell its deadlines may have moved. */
  get revision(): number {
    return this.streamVersion + this.rulesRevision;
  }

  /** Would the domain accept what this task decision amounts to? Throws its refusal (an Update validator's check). */
  tryTaskDecision(
    task: Task,
    attempt: DecisionAttempt & { readonly actor: { readonly id: string; readonly displayName: string } },
  ): void {
    const command = commandOfDecision(task, attempt, vietnamDateOf(this.deps.now()));
    if (command) this.decide(command);
  }

  /** Applies an officer's decision on a task (after the task has recorded it). */
  applyTaskDecision(task: Task): Promise<CooperativeEvent[]> {
    return this.serializer.run(async () => {
      const decision = task.decision;
      if (!decision) return [];
      const command = commandOfDecision(
        task,
        { ...decision, actor: decision.decidedBy },
        vietnamDateOf(new Date(decision.decidedAt)),
      );
      return command ? this.record(this.decide(command), decision.decidedBy) : [];
    });
  }

  requestSupport({ request, actor }: RequestSupportRequest): Promise<SupportRecord> {
    return this.serializer.run(async () => {
      await this.record(this.decide({ type: 'RequestSupport', data: { ...request, requestedBy: actor.id } }), actor);
      return this.supportRecord(request.supportId);
    });
  }

  validateSupportRequest({ request, actor }: RequestSupportRequest): void {
    this.decide({ type: 'RequestSupport', data: { ...request, requestedBy: actor.id } });
  }

  recordDisbursement(request: RecordDisbursementRequest): Promise<SupportRecord> {
    return this.serializer.run(async () => {
      const { supportId, amount, disbursedOn, actor } = request;
      await this.record(this.decide({ type: 'RecordDisbursement', data: { supportId, amount, disbursedOn } }), actor);
      return this.supportRecord(supportId);
    });
  }

  validateDisbursement({ supportId, amount, disbursedOn }: RecordDisbursementRequest): void {
    this.decide({ type: 'RecordDisbursement', data: { supportId, amount, disbursedOn } });
  }

  openDissolution({
    request,
    actor,
  }: OpenDissolutionRequest): Promise<{ dissolution: DissolutionCase; events: CooperativeEvent[] }> {
    return this.serializer.run(async () => {
      const events = await this.record(this.decide({ type: 'OpenDissolution', data: request }), actor);
      const open = openDissolution(this.registered().dissolutions);
      const dissolution = open ?? this.registered().dissolutions!.find((found) => found.caseId === request.caseId)!;
      return { dissolution, events };
    });
  }

  validateOpenDissolution({ request }: OpenDissolutionRequest): void {
    this.decide({ type: 'OpenDissolution', data: request });
  }

  recordDissolutionStep({
    record,
    actor,
  }: RecordDissolutionStepRequest): Promise<{ dissolution: DissolutionCase; events: CooperativeEvent[] }> {
    return this.serializer.run(async () => {
      const events = await this.record(
        this.decide({ type: 'RecordDissolutionStep', data: { ...record, via: 'evidence' } }),
        actor,
      );
      const dissolution = this.registered().dissolutions!.find((found) => found.caseId === record.caseId)!;
      return { dissolution, events };
    });
  }

  validateDissolutionStep({ record }: RecordDissolutionStepRequest): void {
    this.decide({ type: 'RecordDissolutionStep', data: { ...record, via: 'evidence' } });
  }

  /** Dissolved: nothing more happens to the cooperative, and its workflow ends. */
  /** Dissolved, or converted to another legal form: nothing is left for this workflow to do. */
  get isDissolved(): boolean {
    return this.cooperative?.status === 'dissolved' || this.cooperative?.status === 'converted-out';
  }

  /** A conversion campaign enrolled the cooperative: its workflow is told if the cooperative leaves. */
  enrolConversion(conversionWorkflowId: string): void {
    if (!this.conversions.includes(conversionWorkflowId)) this.conversions.push(conversionWorkflowId);
  }

  /**
   * The conversions to tell, once: when a dissolution opens or the cooperative leaves the registry, every conversion
   * under way ends; the list is then cleared.
   */
  conversionsToEnd(): string[] {
    const leaving = this.cooperative && (openDissolution(this.cooperative.dissolutions) || this.isDissolved);
    if (!leaving || this.conversions.length === 0) return [];
    return this.conversions.splice(0);
  }

  /** Appends task events within a turn the serializer already gave (the task book's own). */
  async appendTaskEvents(events: LifecycleEvent[], actor: Actor): Promise<void> {
    const appended = await this.deps.eventLog.appendLifecycleEvents({
      streamId: this.registered().cooperativeId,
      workflowId: this.deps.workflowId,
      actor,
      occurredAt: this.deps.now().toISOString(),
      events,
    });
    this.streamVersion = appended.streamVersion;
  }

  private async registerNow(request: RegisterCooperativeRequest, assignedId?: string) {
    const cooperativeId = this.cooperative?.cooperativeId ?? assignedId ?? uuid4();
    const events = this.decide({ type: 'RegisterCooperative', data: { ...request.details, cooperativeId } });
    await this.record(events, request.actor, startOfVietnamDay(request.details.registeredOn));
    return { cooperative: this.registered(), created: events.length > 0 };
  }

  /** A fact the domain refuses (the state moved on since the API checked it) is kept in the log as refused. */
  private async applyFact(signal: FactSignal): Promise<CooperativeEvent[]> {
    this.applied.add(signal.factId);
    const occurredAt = startOfVietnamDay(factDate(signal.fact));
    try {
      const events = this.decide({ type: 'RecordFact', data: { factId: signal.factId, fact: signal.fact } }, false);
      return await this.record(events, signal.actor, occurredAt);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return this.record([factRefused(signal.factId, signal.fact.kind, error)], signal.actor);
    }
  }

  private supportRecord(supportId: string): SupportRecord {
    return this.registered().support.find((record) => record.supportId === supportId)!;
  }

  private decide(command: CooperativeCommand, asFailure = true): CooperativeEvent[] {
    const decideNow = () => this.decideFor(this.cooperative, command);
    return asFailure ? decideOrFail(decideNow) : decideNow();
  }

  /** The domain's decision against a given state (throws its DomainError). */
  private decideFor(state: Cooperative | null, command: CooperativeCommand): CooperativeEvent[] {
    const context = {
      today: vietnamDateOf(this.deps.now()),
      calendar: this.calendar,
      rules: this.rules,
      reminderPolicy: this.reminderPolicy,
    };
    return cooperativeDecider.decide(command, state, context);
  }

  /** Appends, then folds. */
  private async record(
    events: CooperativeEvent[],
    actor: Actor,
    occurredAt?: string,
    log: EventLogActivityContract = this.deps.eventLog,
  ): Promise<CooperativeEvent[]> {
    if (events.length === 0) return events;
    const appended = await log.appendLifecycleEvents({
      streamId: this.cooperative?.cooperativeId ?? cooperativeIdOf(events),
      workflowId: this.deps.workflowId,
      actor,
      occurredAt: occurredAt ?? this.deps.now().toISOString(),
      events,
    });
    this.cooperative = foldEvents(cooperativeDecider, events, this.cooperative);
    this.streamVersion = appended.streamVersion;
    return events;
  }

  private registered(): Cooperative {
    if (this.cooperative === null) throw new Error('Invariant: a registration left no cooperative behind');
    return this.cooperative;
  }
}

/** A fact the domain refused, kept in the log with the reasons. */
function factRefused(factId: string, kind: string, error: DomainError): CooperativeEvent {
  return {
    type: 'FactRefused',
    data: { factId, kind, reasons: [error.detail, ...error.problems.map((problem) => problem.reason)] },
    legalBasis: null,
  };
}

function cooperativeIdOf(events: CooperativeEvent[]): string {
  const registered = events.find((event) => event.type === 'CooperativeRegistered');
  if (!registered || registered.type !== 'CooperativeRegistered') throw new Error('Invariant: no stream to append to');
  return registered.data.cooperativeId;
}
