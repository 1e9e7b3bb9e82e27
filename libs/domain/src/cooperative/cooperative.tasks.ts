import type { RuleBook } from '../legal/rule-pack';
import { formatVietnamese } from '../calendar/calendar-date';
import type { DeadlineProvenance } from '../calendar/deadline';
import type { EscalationPolicy, TaskSpec } from '../tasks/task';
import { formatVnd } from '../shared/money';
import { text } from '../shared/localized-text';
import type { Cooperative } from './cooperative';
import { assessDormancy, GROUND_LABELS } from './dormancy';
import { SUPPORT_KIND_LABELS, supportBasis, type SupportRecord } from './support';

/** Work of the authority's own pace (no statute sets it): remind the day before and on the day, escalate two days late. */
const OFFICE_STEP: EscalationPolicy = {
  remindBefore: { unit: 'working-days', count: 1 },
  escalateAfter: { unit: 'working-days', count: 2 },
  expireAfter: null,
};

/** How long an officer has for a dormancy case or a support decision: the authority's own target, not the law's. */
export const OFFICE_PERIOD = { unit: 'working-days', count: 10 } as const;

const subjectOf = (cooperative: Cooperative) => ({
  type: 'cooperative' as const,
  id: cooperative.cooperativeId,
  name: cooperative.name,
  territoryCode: cooperative.territoryCode,
});

/**
 * The dormancy review (T13/T14 prelude): confirm, which opens the regime's path (compulsory dissolution under the
 * 2012 Law, a revocation proceeding under the 2023 Law); dismiss with the evidence seen; or ask the cooperative for
 * evidence by a date. Whoever flagged the case (a sweep's officer) may not decide it.
 */
export function dormancyReviewTask(
  cooperative: Cooperative,
  taskId: string,
  due: DeadlineProvenance,
  flaggedAt: string,
  rules: RuleBook,
): TaskSpec {
  const open = cooperative.dormancy!;
  const assessment = assessDormancy(cooperative, open.openedOn, rules);
  const grounds = open.grounds.map((ground) => GROUND_LABELS[ground.ground]);
  const dissolution = open.grounds.some((ground) => ground.effect === 'dissolution-ground');
  return {
    taskId,
    kind: 'dormancy-review',
    title: text(
      `Xem xét hợp tác xã ngừng hoạt động: ${cooperative.name}`,
      `Review a dormant cooperative: ${cooperative.name}`,
    ),
    subject: subjectOf(cooperative),
    reference: null,
    candidateRole: 'registration-officer',
    priority: dissolution ? 70 : 60,
    due,
    followUpOn: null,
    form: [
      {
        name: 'evidenceOn',
        label: text('Ngày của bằng chứng hoạt động', 'Date of the evidence of operating'),
        type: 'date',
        requiredFor: ['dismiss'],
      },
      {
        name: 'evidenceDueOn',
        label: text('Hạn hợp tác xã nộp bằng chứng', 'Deadline for the cooperative’s evidence'),
        type: 'date',
        requiredFor: ['request-evidence'],
      },
    ],
    options: [
      {
        id: 'confirm',
        label: text('Xác nhận ngừng hoạt động', 'Confirm it is dormant'),
        binding: false,
        requiresComment: true,
        consequence: dissolution
          ? text(
              'Mở thủ tục giải thể bắt buộc theo Luật Hợp tác xã 2012 (lập hồ sơ trình Ủy ban nhân dân).',
              'Opens the compulsory dissolution of the 2012 Law (a dossier for the People’s Committee).',
            )
          : text(
              'Mở thủ tục xem xét thu hồi giấy chứng nhận đăng ký theo Luật Hợp tác xã 2023.',
              'Opens a proceeding to consider revoking the certificate under the 2023 Law.',
            ),
        legalBasis: open.grounds[0]?.legalBasis ?? null,
      },
      {
        id: 'dismiss',
        label: text('Bác bỏ: vẫn còn hoạt động', 'Dismiss: it operates'),
        binding: false,
        requiresComment: true,
        consequence: text(
          'Đóng hồ sơ; các thời hạn tính lại từ ngày của bằng chứng.',
          'Closes the case; every clock restarts from the evidence date.',
        ),
        legalBasis: null,
      },
      {
        id: 'request-evidence',
        label: text('Yêu cầu hợp tác xã nộp bằng chứng', 'Ask the cooperative for evidence'),
        binding: false,
        requiresComment: false,
        consequence: text(
          'Chờ bằng chứng đến hạn; có bằng chứng thì hồ sơ tự đóng, quá hạn thì quay lại cán bộ.',
          'Waits for evidence until the deadline; evidence closes the case, none sends it back to the officer.',
        ),
        legalBasis: null,
      },
    ],
    why: {
      trigger: { event: 'DormancyFlagged', occurredAt: flaggedAt, summary: assessment.explanation },
      rule: {
        ruleId: open.grounds[0]?.legalBasis.ruleId ?? 'dormancy',
        summary: text(
          `Căn cứ: ${grounds.map((ground) => ground.vi.toLowerCase()).join('; ')}.`,
          `Grounds: ${grounds.map((ground) => ground.en.toLowerCase()).join('; ')}.`,
        ),
        legalBasis: open.grounds[0]?.legalBasis ?? null,
      },
      ifIgnored: text(
        'Nhắc việc trước hạn một ngày làm việc và đúng hạn; quá hạn hai ngày làm việc thì chuyển lãnh đạo cơ quan.',
        'A reminder the working day before and on the due date; two working days late it goes to the head of the authority.',
      ),
    },
    excludedDeciders:
      open.flaggedBy === 'system'
        ? []
        : [{ actorId: open.flaggedBy, reason: text('đưa hợp tác xã vào diện xem xét', 'flagged this cooperative') }],
    escalation: OFFICE_STEP,
  };
}

/** The head of the authority decides support a registration officer asked for (never the one who asked). */
export function supportApprovalTask(
  cooperative: Cooperative,
  record: SupportRecord,
  taskId: string,
  due: DeadlineProvenance,
  requestedAt: string,
  rules: RuleBook,
): TaskSpec {
  const kind = SUPPORT_KIND_LABELS[record.kind];
  const basis = supportBasis(rules, record.requestedOn);
  return {
    taskId,
    kind: 'support-approval',
    title: text(
      `Duyệt hỗ trợ: ${kind.vi} — ${cooperative.name}`,
      `Decide on support: ${kind.en} — ${cooperative.name}`,
    ),
    subject: subjectOf(cooperative),
    reference: record.supportId,
    candidateRole: 'head-of-authority',
    priority: 50,
    due,
    followUpOn: null,
    form: [
      {
        name: 'approvedAmount',
        label: text('Số tiền được duyệt (đồng)', 'Amount approved (VND)'),
        type: 'number',
        requiredFor: ['approve'],
      },
    ],
    options: [
      {
        id: 'approve',
        label: text('Duyệt hỗ trợ', 'Approve'),
        binding: true,
        requiresComment: false,
        consequence: text(
          'Ghi nhận khoản hỗ trợ được duyệt; sau đó ghi nhận chi trả.',
          'The support is approved; payments are recorded next.',
        ),
        legalBasis: basis,
      },
      {
        id: 'refuse',
        label: text('Không duyệt', 'Refuse'),
        binding: true,
        requiresComment: true,
        consequence: text('Ghi nhận lý do không duyệt.', 'The refusal is recorded with its reason.'),
        legalBasis: null,
      },
    ],
    why: {
      trigger: {
        event: 'SupportRequested',
        occurredAt: requestedAt,
        summary: text(
          `${kind.vi}: ${record.description} (${formatVnd(record.requestedAmount)}, theo ${record.programme || 'chưa nêu chương trình'}); hợp tác xã đăng ký ngày ${formatVietnamese(cooperative.registeredOn)}.`,
          `${kind.en}: ${record.description} (${record.requestedAmount} VND, under ${record.programme || 'no programme named'}); registered on ${cooperative.registeredOn}.`,
        ),
      },
      rule: {
        ruleId: 'support.new-cooperative',
        summary: text('Hỗ trợ hợp tác xã thành lập mới.', 'Support for newly established cooperatives.'),
        legalBasis: basis,
      },
      ifIgnored: text('Nhắc việc trước hạn và đúng hạn.', 'Reminders before and on the due date.'),
    },
    excludedDeciders: [
      { actorId: record.requestedBy, reason: text('đề nghị khoản hỗ trợ này', 'requested this support') },
    ],
    escalation: { ...OFFICE_STEP, escalateAfter: null },
  };
}
