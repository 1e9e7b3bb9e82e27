import { formatVietnamese } from '../calendar/calendar-date';
import type { DeadlineProvenance } from '../calendar/deadline';
import type { LegalBasis } from '../legal/legal-basis';
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

/** A 32-bit FNV-1a hash of a text, seeded (pure: the domain draws no randomness). */
function fnv1a(value: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The stream and subject id of a territory's yearly aggregate: the same uuid for the same territory and year. */
export function territoryReportId(territoryCode: string, year: number): string {
  const key = `territory-report/${territoryCode}/${year}`;
  const hex = [1, 2, 3, 4].map((seed) => fnv1a(key, seed).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The cascade upward (LIFECYCLE §7): the district registration agency consolidates the cooperatives' reports by
 * 18 December, the province by 21 December; the aggregate is at GET /reports/annual, the task records it was sent.
 */
export function reportCascadeTask(
  territory: { readonly code: string; readonly name: string; readonly level: 'district' | 'province' },
  year: number,
  due: { readonly dueOn: string; readonly legalBasis: LegalBasis },
  taskId: string,
  at: string,
): TaskSpec {
  const upward = territory.level === 'district' ? text('cấp tỉnh', 'the province') : text('Bộ', 'the ministry');
  return {
    taskId,
    kind: 'report-cascade',
    title: text(
      `Tổng hợp báo cáo hợp tác xã năm ${year} của ${territory.name} gửi ${upward.vi} (hạn ${formatVietnamese(due.dueOn)})`,
      `Send ${territory.name}'s cooperative report for ${year} to ${upward.en} (due ${due.dueOn})`,
    ),
    subject: {
      type: 'territory-report',
      id: territoryReportId(territory.code, year),
      name: `${territory.name} — ${year}`,
      territoryCode: territory.code,
    },
    reference: reportReference(year),
    candidateRole: 'registration-officer',
    priority: 60,
    due: {
      period: { unit: 'days', count: 0 },
      from: due.dueOn,
      due: due.dueOn,
      skipped: [],
      rolledForwardFrom: null,
      calendar: [],
      legalBasis: due.legalBasis,
      explanation: text(
        `Hạn ${formatVietnamese(due.dueOn)} theo ${due.legalBasis.citation.vi}${due.legalBasis.confirmed ? '' : ' (căn cứ chưa được xác nhận)'}.`,
        `Due ${due.dueOn} under ${due.legalBasis.citation.en}${due.legalBasis.confirmed ? '' : ' (unconfirmed basis)'}.`,
      ),
    },
    followUpOn: null,
    form: [
      {
        name: 'reference',
        label: text('Số, ký hiệu văn bản gửi đi', 'Reference of the report sent'),
        type: 'text',
        requiredFor: ['sent'],
        maxLength: 200,
      },
    ],
    options: [
      {
        id: 'sent',
        label: text('Đã gửi báo cáo tổng hợp', 'The aggregate was sent'),
        binding: false,
        requiresComment: false,
        consequence: text(
          `Ghi nhận đã gửi ${upward.vi}; số liệu tại GET /reports/annual?territoryCode=${territory.code}&year=${year}.`,
          `Records that it went to ${upward.en}; the figures are at GET /reports/annual?territoryCode=${territory.code}&year=${year}.`,
        ),
        legalBasis: due.legalBasis,
      },
    ],
    why: {
      trigger: {
        event: 'ReportCascadeOpened',
        occurredAt: at,
        summary: text(
          `Các hợp tác xã nộp báo cáo năm ${year}; ${territory.name} tổng hợp và gửi ${upward.vi}.`,
          `The cooperatives report on ${year}; ${territory.name} consolidates and sends it to ${upward.en}.`,
        ),
      },
      rule: { ruleId: due.legalBasis.ruleId, summary: due.legalBasis.citation, legalBasis: due.legalBasis },
      ifIgnored: text(
        'Nhắc việc trước hạn một ngày làm việc và đúng hạn; quá hạn thì chuyển lãnh đạo cơ quan.',
        'A reminder the working day before and on the due date; once late it goes to the head of the authority.',
      ),
    },
    excludedDeciders: [],
    escalation: {
      remindBefore: { unit: 'working-days', count: 1 },
      escalateAfter: { unit: 'working-days', count: 1 },
      expireAfter: null,
    },
  };
}
