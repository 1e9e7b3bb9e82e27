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
import { uuid4 } from '@temporalio/workflow';
import { decideOrFail } from '../shared/domain-failure';
import { OneAtATime } from '../shared/one-at-a-time';

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
  private readonly serializer = new OneAtATime();

  constructor(
    carried: CarriedLifecycleState | undefined,
    private readonly deps: Dependencies,
  ) {
    this.cooperative = carried?.cooperative ?? null;
    this.streamVersion = carried?.streamVersion ?? 0;
  }

  /** Registered, or being registered right now. */
  get hasBegun(): boolean {
    return this.cooperative !== null || this.serializer.isBusy;
  }

  snapshot(): CarriedLifecycleState {
    return { cooperative: this.cooperative, streamVersion: this.streamVersion };
  }

  /** Update validator: rejects without writing history. Must not change state or draw randomness. */
  validateRegistration(request: RegisterCooperativeRequest): void {
    const cooperativeId = this.cooperative?.cooperativeId ?? 'to-be-assigned';
    this.decide({ type: 'RegisterCooperative', data: { ...request.details, cooperativeId } });
  }

  /** Registers the cooperative; `assignedId` is the id an establishment application already gave it. */
  register(request: RegisterCooperativeRequest, assignedId?: string): Promise<RegisterCooperativeResult> {
    return this.serializer.run(async () => {
      const cooperativeId = this.cooperative?.cooperativeId ?? assignedId ?? uuid4();
      const events = this.decide({ type: 'RegisterCooperative', data: { ...request.details, cooperativeId } });
      if (events.length > 0) {
        await this.record(cooperativeId, events, request.actor, startOfVietnamDay(request.details.registeredOn));
      }
      return { cooperative: this.registered(), created: events.length > 0 };
    });
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
      streamId: cooperativeId,
      workflowId: this.deps.workflowId,
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
