import { undeliveredNotices } from '@htx/domain';
import { log } from '@temporalio/workflow';
import { noticeDelivery } from '../shared/activities';
import type { CooperativeLifecycle } from './cooperative-lifecycle.state';

/**
 * Delivers the notices the reminder ladder put in the outbox, one activity per notice, each folded back into the
 * record once its attempts are on the log. What is still to deliver is read from the record itself, so a notice whose
 * delivery was cut short (a continue-as-new, a worker lost) is picked up again; the outbox makes a repeat send nothing.
 */
export class NoticeDeliveries {
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(private readonly lifecycle: CooperativeLifecycle) {}

  deliverPending(): void {
    const cooperative = this.lifecycle.current;
    if (!cooperative) return;
    for (const noticeId of undeliveredNotices(cooperative)) {
      if (this.inFlight.has(noticeId)) continue;
      const delivery = noticeDelivery
        .deliverNotice({ noticeId, streamId: cooperative.cooperativeId })
        .then((result) => this.lifecycle.absorb(result.recorded))
        .catch((error: unknown) => log.warn('Notice delivery stopped', { noticeId, error: String(error) }))
        .finally(() => this.inFlight.delete(noticeId));
      this.inFlight.set(noticeId, delivery);
    }
  }

  /** Waits for the deliveries under way (before the run continues as new). */
  async settled(): Promise<void> {
    await Promise.all([...this.inFlight.values()]);
  }
}
