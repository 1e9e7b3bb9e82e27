import { formatVietnamese } from '../calendar/calendar-date';
import type { DeadlineProvenance } from '../calendar/deadline';
import { text } from '../shared/localized-text';
import type { TaskSpec } from '../tasks/task';
import type { Cooperative } from './cooperative';
import { daysOverdue, type ReportObligation } from './reporting';

/** What a report follow-up task decides within its cooperative: the year. */
export const reportReference = (year: number) => `report-${year}`;

/**
 * The ladder's reminders went unanswered: an officer contacts the cooperative (phone, visit) and records what was
 * done. Filing the report closes the task; left alone, the warning (REPORT_OVERDUE) follows on its date.
 */
export function reportFollowUpTask(
  cooperative: Cooperative,
  obligation: ReportObligation,
  taskId: string,
  due: DeadlineProvenance,
  at: string,
  today: string,
): TaskSpec {
  const { year, dueOn, legalBasis } = obligation;
  const sent = obligation.steps.filter((step) => step.kind === 'reminder' && step.status === 'done');
  const warning = obligation.steps.find((step) => step.kind === 'warning');
  return {
    taskId,
    kind: 'report-follow-up',
    title: text(
      `Đôn đốc báo cáo năm ${year}: ${cooperative.name}`,
      `Follow up the annual report ${year}: ${cooperative.name}`,
    ),
    subject: {
      type: 'cooperative',
      id: cooperative.cooperativeId,
      name: cooperative.name,
      territoryCode: cooperative.territoryCode,
    },
    reference: reportReference(year),
    candidateRole: 'registration-officer',
    priority: 40,
    due,
    followUpOn: null,
    form: [],
    options: [
      {
        id: 'contacted',
        label: text('Đã liên hệ hợp tác xã', 'The cooperative was contacted'),
        binding: false,
        requiresComment: true,
        consequence: text(
          'Ghi nhận việc đôn đốc vào hồ sơ; báo cáo nộp thì thôi cảnh báo.',
          'The follow-up is recorded on the file; a report filed stops the warning.',
        ),
        legalBasis,
      },
    ],
    why: {
      trigger: {
        event: 'ReportFollowUpOpened',
        occurredAt: at,
        summary: text(
          `Báo cáo năm ${year} hạn ${formatVietnamese(dueOn)} chưa nộp, quá hạn ${daysOverdue(obligation, today)} ngày; đã gửi ${sent.length} lần nhắc.`,
          `The ${year} report due ${dueOn} has not been filed, ${daysOverdue(obligation, today)} days late; ${sent.length} reminders sent.`,
        ),
      },
      rule: {
        ruleId: legalBasis.ruleId,
        summary: text(
          'Quy định nhắc việc của cơ quan: sau các lần nhắc, cán bộ đôn đốc trực tiếp.',
          "The authority's reminder policy: after the reminders, an officer follows up in person.",
        ),
        legalBasis,
      },
      ifIgnored: warning
        ? text(
            `Ngày ${formatVietnamese(warning.on)} hợp tác xã bị cảnh báo "quá hạn báo cáo", xem xét cùng dấu hiệu ngừng hoạt động.`,
            `On ${warning.on} the cooperative is warned "report overdue", weighed with the signs of not operating.`,
          )
        : text('Không có cảnh báo tiếp theo.', 'No warning follows.'),
    },
    excludedDeciders: [],
    escalation: {
      remindBefore: { unit: 'working-days', count: 1 },
      escalateAfter: null,
      expireAfter: null,
    },
  };
}
