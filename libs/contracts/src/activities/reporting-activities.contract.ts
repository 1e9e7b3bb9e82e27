import type { NoticeAttemptEvent, NoticeOutcome, ReminderPolicy } from '@htx/domain';

export type DeliverNoticeInput = {
  /** The notice an event put in the outbox (a report reminder or warning, a conversion reminder or overdue notice). */
  readonly noticeId: string;
  /** The notice's stream (the cooperative's, or its enrolment's), where every attempt is recorded as proof of notice. */
  readonly streamId: string;
};

export type DeliverNoticeResult = {
  /** The attempts this call recorded (none when the notice had already reached its outcome). */
  readonly recorded: readonly NoticeAttemptEvent[];
  /** The outcome as the outbox holds it now. */
  readonly outcome: NoticeOutcome | 'pending';
  readonly final: boolean;
};

/** Yearly reports: the reminder policy in force, and the delivery of the notices the ladder puts in the outbox. */
export interface ReportingActivityContract {
  /** The authority's reminder ladder (configuration, not law), read once per run. */
  loadReminderPolicy(): Promise<ReminderPolicy>;

  /**
   * Sends one notice from the outbox through SMTP and records the attempt on its stream's log. Idempotent: a
   * notice already delivered, bounced or out of attempts is not sent again; a transient failure is recorded, then
   * thrown so Temporal retries it.
   */
  deliverNotice(input: DeliverNoticeInput): Promise<DeliverNoticeResult>;
}
