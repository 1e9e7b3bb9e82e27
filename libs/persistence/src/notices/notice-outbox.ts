import { SYSTEM_ACTOR, type NoticeAttemptEvent, type NoticeDeliveryAttempted, type NoticeOutcome } from '@htx/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { NoticeOutboxEntity } from '../entities/notice-outbox.entity';
import { LifecycleRecorder } from '../lifecycle-recorder';

/** A notice as the mail transport needs it. */
export type OutgoingNotice = {
  readonly noticeId: string;
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly messageId: string;
};

/** What the mail server said: accepted, refused for good (5xx: a bounce), or not now (4xx, a connection lost…). */
export type SendResult = { readonly outcome: 'delivered' | 'bounced' | 'failed'; readonly response: string };

export type DeliveryResult = {
  readonly recorded: readonly NoticeAttemptEvent[];
  readonly outcome: NoticeOutcome | 'pending';
  readonly final: boolean;
};

/** A notice and how its delivery went, as an officer reads it. */
export type NoticeRecord = {
  readonly noticeId: string;
  readonly cooperativeId: string;
  readonly kind: string;
  readonly year: number;
  readonly recipient: string | null;
  readonly status: string;
  readonly attempts: number;
  readonly lastResponse: string | null;
  readonly decidedAt: string;
  readonly lastAttemptAt: string | null;
};

/**
 * The outbox's delivery side. One attempt is one transaction: the notice's row is locked (a second deliverer waits,
 * then finds it done), the mail is sent, and the attempt joins its stream's log (the cooperative's, or its enrolment's) with the row's new state. A
 * process that dies mid-way commits nothing, so the retry sends it again; only a death between the server's
 * acceptance and the commit can repeat a mail, and the repeat carries the same Message-ID.
 */
@Injectable()
export class NoticeOutbox {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly recorder: LifecycleRecorder,
  ) {}

  async deliver(
    noticeId: string,
    send: ((notice: OutgoingNotice) => Promise<SendResult>) | null,
    options: { readonly attemptLimit: number; readonly now: () => Date },
  ): Promise<DeliveryResult> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager
        .getRepository(NoticeOutboxEntity)
        .createQueryBuilder('notice')
        .setLock('pessimistic_write')
        .where('notice.notice_id = :noticeId', { noticeId })
        .getOne();
      if (!row) throw new Error(`Notice ${noticeId} is not in the outbox`);
      if (row.status !== 'pending') return { recorded: [], outcome: row.status as NoticeOutcome, final: true };
      const attempt = row.attempts + 1;
      const result: { outcome: NoticeOutcome; response: string } = !row.recipient
        ? { outcome: 'no-address', response: 'Chưa có địa chỉ nhận thông báo / no notice address on file' }
        : !send
          ? { outcome: 'failed', response: 'Gửi thư đang tắt (SMTP_URL chưa đặt) / mail is off (SMTP_URL unset)' }
          : await send({
              noticeId,
              to: row.recipient,
              subject: row.subject,
              body: row.body,
              messageId: row.messageId,
            });
      const final = result.outcome !== 'failed' || !send || attempt >= options.attemptLimit;
      const at = options.now();
      const attempted: NoticeDeliveryAttempted['data'] = {
        noticeId,
        attempt,
        outcome: result.outcome,
        recipient: row.recipient,
        response: result.response.slice(0, 500),
        messageId: result.outcome === 'delivered' ? row.messageId : null,
        final,
        at: at.toISOString(),
      };
      const event: NoticeAttemptEvent = row.kind.startsWith('conversion-')
        ? { type: 'ConversionNoticeAttempted', data: { enrolmentId: row.streamId, ...attempted }, legalBasis: null }
        : { type: 'NoticeDeliveryAttempted', data: attempted, legalBasis: null };
      await this.recorder.recordWithin(
        manager,
        {
          streamId: row.streamId,
          workflowId: row.workflowId,
          idempotencyKey: `notice/${noticeId}/attempt-${attempt}`,
          actor: SYSTEM_ACTOR,
          occurredAt: at.toISOString(),
          events: [event],
        },
        at,
      );
      await manager.getRepository(NoticeOutboxEntity).update(
        { noticeId },
        {
          attempts: attempt,
          status: final ? result.outcome : 'pending',
          lastResponse: attempted.response,
          lastAttemptAt: at,
        },
      );
      return { recorded: [event], outcome: final ? result.outcome : 'pending', final };
    });
  }

  /** The notices sent to these cooperatives, oldest first. */
  async forCooperatives(cooperativeIds: readonly string[]): Promise<NoticeRecord[]> {
    if (cooperativeIds.length === 0) return [];
    const rows = await this.dataSource
      .getRepository(NoticeOutboxEntity)
      .find({ where: { cooperativeId: In([...cooperativeIds]) }, order: { createdAt: 'ASC', noticeId: 'ASC' } });
    return rows.map((row) => ({
      noticeId: row.noticeId,
      cooperativeId: row.cooperativeId,
      kind: row.kind,
      year: row.year,
      recipient: row.recipient,
      status: row.status,
      attempts: row.attempts,
      lastResponse: row.lastResponse,
      decidedAt: row.createdAt.toISOString(),
      lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
    }));
  }
}
