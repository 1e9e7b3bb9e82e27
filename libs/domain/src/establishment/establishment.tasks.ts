import type { RuleBook } from '../legal/rule-pack';
import type { DeadlineProvenance } from '../calendar/deadline';
import { COOPERATIVE_KIND_LABELS } from '../cooperative/cooperative';
import type { EscalationPolicy, TaskSpec } from '../tasks/task';
import { formatVietnamese } from '../calendar/calendar-date';
import { text, type LocalizedText } from '../shared/localized-text';
import type { EstablishmentApplication } from './establishment';
import { amendmentPeriod, approvalBasis, refusalBasis } from './establishment.rules';

/** A statutory step: remind the day before and on the day, hand to the head two working days late. */
const STATUTORY_STEP: EscalationPolicy = {
  remindBefore: { unit: 'working-days', count: 1 },
  escalateAfter: { unit: 'working-days', count: 2 },
  expireAfter: null,
};

const subjectOf = (application: EstablishmentApplication) => ({
  type: 'establishment-application' as const,
  id: application.applicationId,
  name: application.dossier.proposedName,
  territoryCode: application.dossier.territoryCode,
});

const PROPOSALS: Readonly<Record<string, LocalizedText>> = {
  'propose-approval': text('đề xuất cấp giấy chứng nhận.', 'proposes issuing the certificate.'),
  'propose-refusal': text('đề xuất từ chối.', 'proposes refusing.'),
};

const failedChecks = (application: EstablishmentApplication) =>
  application.checks.filter((check) => !check.passed).length;

/** The registration officer's review (thẩm định hồ sơ): a proposal for the head of the authority, not yet binding. */
export function establishmentReviewTask(
  application: EstablishmentApplication,
  taskId: string,
  due: DeadlineProvenance,
  submittedAt: string,
  rules: RuleBook,
): TaskSpec {
  const kind = COOPERATIVE_KIND_LABELS[application.dossier.kind];
  const failed = failedChecks(application);
  const amendment = amendmentPeriod(rules, application.regime, application.receivedOn);
  const resubmitted = application.amendments.length > 0;
  return {
    taskId,
    kind: 'establishment-review',
    title: text(
      `Thẩm định hồ sơ đăng ký ${kind.vi.toLowerCase()}`,
      `Review the ${kind.en.toLowerCase()} registration dossier`,
    ),
    subject: subjectOf(application),
    reference: null,
    candidateRole: 'registration-officer',
    priority: failed > 0 ? 70 : 50,
    due,
    followUpOn: null,
    form: [
      {
        name: 'originalsChecked',
        label: text('Đã đối chiếu giấy tờ gốc', 'Original documents checked'),
        type: 'boolean',
        requiredFor: ['propose-approval'],
      },
    ],
    options: [
      {
        id: 'propose-approval',
        label: text('Đề xuất cấp giấy chứng nhận', 'Propose issuing the certificate'),
        binding: false,
        requiresComment: false,
        consequence: text('Chuyển lãnh đạo ký quyết định cấp.', 'Goes to the head of the authority to sign.'),
        legalBasis: approvalBasis(application.regime),
      },
      {
        id: 'request-amendments',
        label: text('Yêu cầu sửa đổi, bổ sung hồ sơ', 'Ask for amendments'),
        binding: false,
        requiresComment: true,
        consequence: text(
          `Gửi thông báo nêu rõ nội dung cần sửa đổi, bổ sung; quá ${amendment.period.count} ngày không nộp lại thì hồ sơ hết hiệu lực.`,
          `A notice lists what to amend; not resubmitted within ${amendment.period.count} days, the dossier lapses.`,
        ),
        legalBasis: amendment.basis,
      },
      {
        id: 'propose-refusal',
        label: text('Đề xuất từ chối', 'Propose refusing'),
        binding: false,
        requiresComment: true,
        consequence: text(
          'Chuyển lãnh đạo ký văn bản từ chối kèm lý do.',
          'Goes to the head of the authority to sign a reasoned refusal.',
        ),
        legalBasis: refusalBasis(application.regime),
      },
    ],
    why: {
      trigger: {
        event: resubmitted ? 'ApplicationResubmitted' : 'ApplicationSubmitted',
        occurredAt: submittedAt,
        summary: text(
          `Hồ sơ ${resubmitted ? 'nộp lại' : 'nộp'} ngày ${formatVietnamese(application.receivedOn)}; ${failed} kiểm tra tự động không đạt.`,
          `Dossier ${resubmitted ? 'resubmitted' : 'filed'} on ${application.receivedOn}; ${failed} automatic check(s) failed.`,
        ),
      },
      rule: {
        ruleId: 'establishment.decision-deadline',
        summary: text(
          'Cơ quan đăng ký cấp hoặc từ chối trong thời hạn luật định kể từ khi nhận hồ sơ hợp lệ.',
          'The authority issues or refuses within the statutory period from a valid dossier.',
        ),
        legalBasis: due.legalBasis,
      },
      ifIgnored: text(
        'Nhắc việc trước hạn một ngày làm việc và đúng hạn; quá hạn hai ngày làm việc thì chuyển lãnh đạo cơ quan.',
        'A reminder the working day before and on the due date; two working days late it goes to the head of the authority.',
      ),
    },
    excludedDeciders: [],
    escalation: STATUTORY_STEP,
  };
}

/** The head of the authority's binding decision; whoever reviewed the dossier may not take it. */
export function establishmentDecisionTask(
  application: EstablishmentApplication,
  taskId: string,
  due: DeadlineProvenance,
  reviewedAt: string,
): TaskSpec {
  const proposal = application.proposal;
  const kind = COOPERATIVE_KIND_LABELS[application.dossier.kind];
  return {
    taskId,
    kind: 'establishment-decision',
    title: text(`Quyết định đăng ký ${kind.vi.toLowerCase()}`, `Decide on the ${kind.en.toLowerCase()} registration`),
    subject: subjectOf(application),
    reference: null,
    candidateRole: 'head-of-authority',
    priority: 60,
    due,
    followUpOn: null,
    form: [],
    options: [
      {
        id: 'approve',
        label: text('Cấp giấy chứng nhận đăng ký', 'Issue the registration certificate'),
        binding: true,
        requiresComment: false,
        consequence: text(
          'Cấp mã số, hợp tác xã vào sổ đăng ký và bắt đầu vòng đời.',
          'A registration code is issued; the cooperative enters the registry and its lifecycle begins.',
        ),
        legalBasis: approvalBasis(application.regime),
      },
      {
        id: 'refuse',
        label: text('Từ chối đăng ký', 'Refuse the registration'),
        binding: true,
        requiresComment: true,
        consequence: text('Gửi thông báo từ chối nêu rõ lý do.', 'A refusal with written reasons is sent.'),
        legalBasis: refusalBasis(application.regime),
      },
    ],
    why: {
      trigger: {
        event: 'ApplicationReviewed',
        occurredAt: reviewedAt,
        summary: proposal
          ? text(
              `Cán bộ thẩm định ${PROPOSALS[proposal.optionId]?.vi ?? proposal.optionId}. ${proposal.comment}`.trim(),
              `The reviewer ${PROPOSALS[proposal.optionId]?.en ?? proposal.optionId}. ${proposal.comment}`.trim(),
            )
          : text('Đã thẩm định.', 'Reviewed.'),
      },
      rule: {
        ruleId: 'establishment.decision-deadline',
        summary: text(
          'Quyết định có giá trị pháp lý do lãnh đạo cơ quan ký.',
          'The binding decision is signed by the head of the authority.',
        ),
        legalBasis: due.legalBasis,
      },
      ifIgnored: text('Nhắc việc trước hạn và đúng hạn.', 'Reminders before and on the due date.'),
    },
    excludedDeciders: proposal
      ? [{ actorId: proposal.by, reason: text('thẩm định hồ sơ này', 'reviewed this dossier') }]
      : [],
    escalation: { ...STATUTORY_STEP, escalateAfter: null },
  };
}
