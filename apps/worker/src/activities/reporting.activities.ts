import { AppConfig } from '@htx/config';
import type { DeliverNoticeInput, DeliverNoticeResult, ReportingActivityContract } from '@htx/contracts';
import type { ReminderPolicy } from '@htx/domain';
import { NoticeOutbox } from '@htx/persistence';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { smtpSender, type SmtpSender } from '../mail/smtp-sender';

/** After this many attempts a notice that keeps failing is recorded as not delivered, for good. */
export const NOTICE_ATTEMPT_LIMIT = 6;

@Injectable()
export class ReportingActivities implements ReportingActivityContract, OnModuleDestroy {
  private readonly logger = new Logger(ReportingActivities.name);
  private readonly sender: SmtpSender | null;

  constructor(
    private readonly config: AppConfig,
    private readonly outbox: NoticeOutbox,
  ) {
    this.sender = config.mail.smtpUrl ? smtpSender(config.mail.smtpUrl, config.mail.from) : null;
    if (!this.sender) {
      this.logger.warn('Mail is off (SMTP_URL unset): notices are recorded on the log as not sent / Gửi thư đang tắt');
    }
  }

  loadReminderPolicy(): Promise<ReminderPolicy> {
    return Promise.resolve(this.config.reporting);
  }

  async deliverNotice(input: DeliverNoticeInput): Promise<DeliverNoticeResult> {
    const result = await this.outbox.deliver(input.noticeId, this.sender?.send ?? null, {
      attemptLimit: NOTICE_ATTEMPT_LIMIT,
      now: () => new Date(),
    });
    if (!result.final) {
      // Recorded on the log; Temporal tries again later.
      const attempt = result.recorded[0]?.data;
      throw ApplicationFailure.retryable(
        `Notice ${input.noticeId} not delivered on attempt ${attempt?.attempt ?? Context.current().info.attempt}: ${attempt?.response ?? ''}`,
        'NOTICE_DELIVERY_FAILED',
      );
    }
    return result;
  }

  onModuleDestroy(): void {
    this.sender?.close();
  }
}
