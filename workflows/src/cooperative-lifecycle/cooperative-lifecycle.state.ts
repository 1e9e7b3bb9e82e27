import type {
  CarriedLifecycleState,
  EventLogActivityContract,
  RegisterCooperativeRequest,
  RegisterCooperativeResult,
} from '@htx/contracts';
import {
  cooperativeDecider,
  foldEvents,
  startOfVietnamDay,
  vietnamDateOf,
  type Actor,
  type Cooperative,
  type CooperativeCommand,
  type CooperativeEvent,
} from '@htx/domain';
import { condition, uuid4 } from '@temporalio/workflow';
import { decideOrFail } from '../shared/domain-failure';

type Dependencies = {
  readonly eventLog: EventLogActivityContract;
  readonly workflowId: string;
  /** Workflow time (deterministic inside the sandbox). */
  readonly now: () => Date;
};

/**
 * The in-flight state of one cooperative and the rules for changing it. Handlers call in here; every decision is
 * the pure domain decider's, and every change reaches the event log before the state moves.
 */
export class CooperativeLifecycle {
  private cooperative: Cooperative | null;
  private streamVersion: number;
  /** A handler is deciding and appending; others wait their turn. */
  private appending = false;

  constructor(
    carried: CarriedLifecycleState | undefined,
    private readonly deps: Dependencies,
  ) {
    this.cooperative = carried?.cooperative ?? null;
    this.streamVersion = carried?.streamVersion ?? 0;
  }

  /** Registered, or being registered right now. */
  get hasBegun(): boolean {
    return this.cooperative !== null || this.appending;
  }

  snapshot(): CarriedLifecycleState {
    return { cooperative: this.cooperative, streamVersion: this.streamVersion };
  }

  /** Update validator: rejects without writing history. Must not change state or draw randomness. */
  validateRegistration(request: RegisterCooperativeRequest): void {
    const cooperativeId = this.cooperative?.cooperativeId ?? 'to-be-assigned';
    this.decide({ type: 'RegisterCooperative', data: { ...request.details, cooperativeId } });
  }

  register(request: RegisterCooperativeRequest): Promise<RegisterCooperativeResult> {
    return this.oneAtATime(async () => {
      const cooperativeId = this.cooperative?.cooperativeId ?? uuid4();
      const events = this.decide({ type: 'RegisterCooperative', data: { ...request.details, cooperativeId } });
      if (events.length > 0) {
        await this.record(cooperativeId, events, request.actor, startOfVietnamDay(request.details.registeredOn));
      }
      return { cooperative: this.registered(), created: events.length > 0 };
    });
  }

  /**
   * Handlers that decide and then append run one at a time, each deciding on the state the previous one left.
   * The check and the claim happen in one synchronous step: handlers woken in the same activation cannot both pass.
   */
  private async oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    while (this.appending) await condition(() => !this.appending);
    this.appending = true;
    try {
      return await work();
    } finally {
      this.appending = false;
    }
  }

  private decide(command: CooperativeCommand): CooperativeEvent[] {
    const today = vietnamDateOf(this.deps.now());
    return decideOrFail(() => cooperativeDecider.decide(command, this.cooperative, { today }));
  }

  private async record(
    cooperativeId: string,
    events: CooperativeEvent[],
    actor: Actor,
    occurredAt: string,
  ): Promise<void> {
    const appended = await this.deps.eventLog.appendLifecycleEvents({
      cooperativeId,
      workflowId: this.deps.workflowId,
      expectedVersion: this.streamVersion,
      actor,
      occurredAt,
      events,
    });
    this.cooperative = foldEvents(cooperativeDecider, events, this.cooperative);
    this.streamVersion = appended.streamVersion;
  }

  private registered(): Cooperative {
    if (this.cooperative === null) throw new Error('Invariant: a registration left no cooperative behind');
    return this.cooperative;
  }
}
