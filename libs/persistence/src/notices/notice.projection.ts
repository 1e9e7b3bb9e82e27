import { createHash } from 'node:crypto';
import {
  conversionNoticeMail,
  reportNotice,
  text,
  yearOf,
  type ConversionEvent,
  type ConversionNotice,
  type Cooperative,
  type CooperativeEvent,
  type Enrolment,
  type LocalizedText,
  type NoticeDeliveryAttempted,
} from '@htx/domain';
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
      await addToOutbox(manager, {
        noticeId: event.data.noticeId,
        cooperativeId: cooperative.cooperativeId,
        streamId: cooperative.cooperativeId,
        workflowId,
        territoryCode: cooperative.territoryCode,
        kind: event.type === 'ReportOverdueWarned' ? 'report-warning' : 'report-reminder',
        year: obligation.year,
        recipient: cooperative.noticeEmail ?? null,
        mail: reportNotice(cooperative, obligation, step),
      });
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
    if (event.type === 'NoticeDeliveryAttempted') await notifyIfUndelivered(manager, cooperative, event.data);
  }
}

/**
 * In the transaction that records a conversion's events: a notice it decided joins the outbox, addressed to the
 * cooperative's notice address as the registry holds it now; one that could not be delivered tells the officers.
 */
export async function projectConversionNotices(
  manager: EntityManager,
  input: { readonly enrolment: Enrolment; readonly workflowId: string; readonly events: readonly ConversionEvent[] },
): Promise<void> {
  const { enrolment, workflowId } = input;
  for (const event of input.events) {
    const notice = conversionNoticeOf(event);
    if (notice) {
      const [registry] = await manager.query<{ email: string | null }[]>(
        `SELECT state->>'noticeEmail' AS email FROM cooperatives WHERE id = $1`,
        [enrolment.cooperativeId],
      );
      await addToOutbox(manager, {
        noticeId: notice.noticeId,
        cooperativeId: enrolment.cooperativeId,
        streamId: enrolment.enrolmentId,
        workflowId,
        territoryCode: enrolment.territoryCode,
        kind: `conversion-${notice.kind}`,
        year: yearOf(notice.on),
        recipient: registry?.email ?? null,
        mail: conversionNoticeMail(enrolment, notice),
      });
    }
    if (event.type === 'ConversionNoticeAttempted') await notifyIfUndelivered(manager, enrolment, event.data);
  }
}

/** The notice a conversion event decided, if it decided one. */
function conversionNoticeOf(event: ConversionEvent): Omit<ConversionNotice, 'delivery'> | null {
  if (event.type === 'ConversionReminderRecorded' || event.type === 'ConversionOverdue') {
    const { noticeId, on } = event.data;
    return noticeId ? { noticeId, on, kind: event.type === 'ConversionOverdue' ? 'overdue' : 'reminder' } : null;
  }
  if (event.type === 'ConversionViolationNotified') {
    return { noticeId: event.data.noticeId, on: event.data.on, kind: 'violation', note: event.data.note };
  }
  return null;
}

function addToOutbox(
  manager: EntityManager,
  notice: Omit<
    NoticeOutboxEntity,
    'subject' | 'body' | 'messageId' | 'status' | 'attempts' | 'lastResponse' | 'createdAt' | 'lastAttemptAt'
  > & {
    readonly mail: { readonly subject: LocalizedText; readonly body: LocalizedText };
  },
) {
  const { mail, ...row } = notice;
  return manager
    .createQueryBuilder()
    .insert()
    .into(NoticeOutboxEntity)
    .values({
      ...row,
      subject: bilingual(mail.subject, ' / '),
      body: bilingual(mail.body, '\n\n— English —\n\n'),
      messageId: messageIdOf(notice.noticeId),
    })
    .orIgnore()
    .execute();
}

type Addressee = Pick<Cooperative, 'cooperativeId' | 'territoryCode' | 'name'>;

/** A notice that reached a final outcome other than delivered: the territory's officers must reach the cooperative. */
function notifyIfUndelivered(manager: EntityManager, addressee: Addressee, attempt: NoticeDeliveryAttempted['data']) {
  if (!attempt.final || attempt.outcome === 'delivered') return Promise.resolve();
  const why =
    attempt.outcome === 'no-address'
      ? text('chưa có địa chỉ nhận thông báo', 'no notice address on file')
      : attempt.outcome === 'bounced'
        ? text(`máy chủ thư từ chối (${attempt.response})`, `the mail server refused it (${attempt.response})`)
        : text(`gửi không thành công (${attempt.response})`, `delivery failed (${attempt.response})`);
  return notifyOfficers(
    manager,
    addressee,
    'notice-undelivered',
    text(
      `Không gửi được thông báo tới ${addressee.name}: ${why.vi}. Cần liên hệ trực tiếp.`,
      `A notice to ${addressee.name} was not delivered: ${why.en}. Contact the cooperative directly.`,
    ),
  );
}

function notifyOfficers(manager: EntityManager, cooperative: Addressee, kind: string, message: LocalizedText) {
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
