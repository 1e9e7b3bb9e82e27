import type { NoticeAttemptEvent } from '@htx/domain';
import { log } from '@temporalio/workflow';
import { noticeDelivery } from './activities';

/** A workflow's stream that notices are sent from: what is still to deliver, and how attempts fold back into it. */
export type NoticeStream = {
  /** The stream's id; null while it has not been recorded yet. */
  readonly streamId: () => string | null;
  /** The notices decided whose delivery has not reached a final outcome, read from the state itself. */
  readonly undelivered: () => readonly string[];
  /** Folds the attempts the delivery activity already appended to the stream. */
  readonly absorb: (recorded: readonly NoticeAttemptEvent[]) => Promise<void>;
};

/**
 * Delivers the notices a workflow put in the outbox, one activity per notice, each folded back into the state once
 * its attempts are on the log. What is still to deliver is read from the state, so a notice whose delivery was cut
 * short (a continue-as-new, a worker lost) is picked up again; the outbox makes a repeat send nothing.
 */
export class NoticeDeliveries {
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(private readonly stream: NoticeStream) {}

  deliverPending(): void {
    const streamId = this.stream.streamId();
    if (!streamId) return;
    for (const noticeId of this.stream.undelivered()) {
      if (this.inFlight.has(noticeId)) continue;
      const delivery = noticeDelivery
        .deliverNotice({ noticeId, streamId })
        .then((result) => this.stream.absorb(result.recorded))
        .catch((error: unknown) => log.warn('Notice delivery stopped', { noticeId, error: String(error) }))
        .finally(() => this.inFlight.delete(noticeId));
      this.inFlight.set(noticeId, delivery);
    }
  }

  /** Waits for the deliveries under way (before the run continues as new or ends). */
  async settled(): Promise<void> {
    await Promise.all([...this.inFlight.values()]);
  }
}
