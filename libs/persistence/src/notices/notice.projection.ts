import { createHash } from 'node:crypto';
import { reportNotice, text, type Cooperative, type CooperativeEvent, type LocalizedText } from '@htx/domain';
import type { EntityManager } from 'typeorm';
import { NoticeOutboxEntity } from '../entities/notice-outbox.entity';
import { NotificationEntity } from '../entities/notification.entity';

/** Both languages in one mail: Vietnamese first. */
const bilingual = (value: LocalizedText, separator: string) => `${value.vi}${separator}${value.en}`;

/** The Message-ID every attempt of a notice carries (stable, so a receiver can tell a repeat). */
export const messageIdOf = (noticeId: string) =>
  `<${createHash('sha256').update(noticeId).digest('hex').slice(0, 32)}@htx-lifecycle>`;

/**
 * In the transaction that records the events: a notice the ladder decided joins the outbox, addressed to the
 * cooperative's notice address as it is now; a warning, or a notice that could not be delivered, tells the
 * territory's officers in the app.
 */
export async function projectNotices(
  manager: EntityManager,
  input: {
    readonly cooperative: Cooperative;
    readonly workflowId: string;
    readonly events: readonly CooperativeEvent[];
  },
): Promise<void> {
  const { cooperative, workflowId } = input;
  for (const event of input.events) {
    if (event.type === 'ReportReminderIssued' || event.type === 'ReportOverdueWarned') {
      const obligation = cooperative.reporting?.obligations.find((found) => found.year === event.data.year);
      const step = obligation?.steps.find((found) => found.stepId === event.data.stepId);
      if (!obligation || !step) continue;
      const notice = reportNotice(cooperative, obligation, step);
      await manager
        .createQueryBuilder()
        .insert()
        .into(NoticeOutboxEntity)
        .values({
          noticeId: event.data.noticeId,
          cooperativeId: cooperative.cooperativeId,
          workflowId,
          territoryCode: cooperative.territoryCode,
          kind: event.type === 'ReportOverdueWarned' ? 'report-warning' : 'report-reminder',
          year: obligation.year,
          recipient: cooperative.noticeEmail ?? null,
          subject: bilingual(notice.subject, ' / '),
          body: bilingual(notice.body, '\n\n— English —\n\n'),
          messageId: messageIdOf(event.data.noticeId),
        })
        .orIgnore()
        .execute();
    }
    if (event.type === 'ReportOverdueWarned') {
      await notifyOfficers(
        manager,
        cooperative,
        'report-overdue',
        text(
          `Quá hạn báo cáo năm ${event.data.year}: ${cooperative.name} (${event.data.daysOverdue} ngày); đã cảnh báo hợp tác xã.`,
          `Annual report ${event.data.year} overdue: ${cooperative.name} (${event.data.daysOverdue} days); the cooperative was warned.`,
        ),
      );
    }
    if (event.type === 'NoticeDeliveryAttempted' && event.data.final && event.data.outcome !== 'delivered') {
      const why =
        event.data.outcome === 'no-address'
          ? text('chưa có địa chỉ nhận thông báo', 'no notice address on file')
          : event.data.outcome === 'bounced'
            ? text(
                `máy chủ thư từ chối (${event.data.response})`,
                `the mail server refused it (${event.data.response})`,
              )
            : text(`gửi không thành công (${event.data.response})`, `delivery failed (${event.data.response})`);
      await notifyOfficers(
        manager,
        cooperative,
        'notice-undelivered',
        text(
          `Không gửi được thông báo tới ${cooperative.name}: ${why.vi}. Cần liên hệ trực tiếp.`,
          `A notice to ${cooperative.name} was not delivered: ${why.en}. Contact the cooperative directly.`,
        ),
      );
    }
  }
}

function notifyOfficers(manager: EntityManager, cooperative: Cooperative, kind: string, message: LocalizedText) {
  return manager.getRepository(NotificationEntity).insert({
    userId: null,
    role: 'registration-officer',
    territoryCode: cooperative.territoryCode,
    taskId: null,
    cooperativeId: cooperative.cooperativeId,
    kind,
    message,
  });
}
