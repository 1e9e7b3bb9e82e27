import { formatVietnamese } from '../calendar/calendar-date';
import type { DeadlineProvenance } from '../calendar/deadline';
import type { EscalationPolicy, TaskSpec } from '../tasks/task';
import { text, type LocalizedText } from '../shared/localized-text';
import type { Cooperative } from './cooperative';
import {
  DISSOLUTION_KIND_LABELS,
  STEP_LABELS,
  stepDefinition,
  type DissolutionCase,
  type DissolutionStepId,
} from './dissolution';
import { DECISION_OPTIONS, describeGround } from './dissolution.rules';

const STEP_ESCALATION: EscalationPolicy = {
  remindBefore: { unit: 'working-days', count: 1 },
  escalateAfter: { unit: 'working-days', count: 1 },
  expireAfter: null,
};

/** A task's reference within its cooperative: the case and the step it moves. */
export const stepReference = (caseId: string, stepId: DissolutionStepId) => `${caseId}/${stepId}`;

export function parseStepReference(reference: string | null): { caseId: string; stepId: DissolutionStepId } | null {
  if (!reference) return null;
  const cut = reference.lastIndexOf('/');
  return cut < 0 ? null : { caseId: reference.slice(0, cut), stepId: reference.slice(cut + 1) as DissolutionStepId };
}

const CONSEQUENCES: Readonly<Record<string, LocalizedText>> = {
  done: text(
    'Ghi nhận bước đã hoàn thành; các bước sau bắt đầu tính hạn.',
    'The step is done; the next steps’ deadlines start.',
  ),
  decide: text(
    'Hợp tác xã chuyển sang "đang làm thủ tục giải thể"; hội đồng giải thể có 60 ngày.',
    'The cooperative is "dissolution in progress"; the council has 60 days.',
  ),
  decline: text(
    'Không giải thể: đóng thủ tục, hợp tác xã trở lại tình trạng trước đó; thời hạn ngừng hoạt động tính lại từ hôm nay.',
    'No dissolution: the case closes, the cooperative returns to its former status; the dormancy clocks restart today.',
  ),
  revoke: text(
    'Thu hồi giấy chứng nhận; trong 03 ngày làm việc đăng tải và chuyển "đang làm thủ tục giải thể".',
    'The certificate is revoked; within 3 working days it is published and set to "dissolution in progress".',
  ),
  withdraw: text(
    'Không thu hồi: đóng thủ tục, hợp tác xã trở lại tình trạng trước đó.',
    'No revocation: the case closes, the cooperative returns to its former status.',
  ),
  confirm: text(
    'Hợp tác xã "đã giải thể"; xóa tên khỏi sổ đăng ký; quy trình kết thúc.',
    'The cooperative is dissolved and removed from the register; its workflow ends.',
  ),
  return: text(
    'Trả hồ sơ giải thể để bổ sung; hạn xác nhận tính lại khi nộp lại.',
    'The dossier goes back for completion; confirmation restarts when it is filed again.',
  ),
};

const OPTION_LABELS: Readonly<Record<string, LocalizedText>> = {
  done: text('Đã thực hiện', 'Done'),
  decide: text('Quyết định giải thể bắt buộc', 'Decide the compulsory dissolution'),
  decline: text('Không giải thể', 'Do not dissolve'),
  revoke: text('Thu hồi giấy chứng nhận', 'Revoke the certificate'),
  withdraw: text('Không thu hồi', 'Do not revoke'),
  confirm: text('Xác nhận đã giải thể', 'Confirm the dissolution'),
  return: text('Trả hồ sơ để bổ sung', 'Return the dossier'),
};

const subjectOf = (cooperative: Cooperative) => ({
  type: 'cooperative' as const,
  id: cooperative.cooperativeId,
  name: cooperative.name,
  territoryCode: cooperative.territoryCode,
});

/**
 * The officer's task for an office step (publish, notify) or the head's for a decision (the compulsory dissolution,
 * the revocation, the confirmation). Whoever opened the case or prepared its dossier may not take its decisions.
 */
export function dissolutionStepTask(
  cooperative: Cooperative,
  dissolution: DissolutionCase,
  stepId: DissolutionStepId,
  taskId: string,
  due: DeadlineProvenance,
  at: string,
): TaskSpec {
  const definition = stepDefinition(dissolution.plan, stepId)!;
  const labels = STEP_LABELS[stepId];
  const decision = definition.kind === 'decision';
  const options = DECISION_OPTIONS[stepId];
  const optionIds = decision && options ? [options.positive, options.negative] : ['done'];
  const basis = due.legalBasis ?? dissolution.groundBasis;
  const kind = DISSOLUTION_KIND_LABELS[dissolution.kind];
  const preparer = dissolution.steps.find((current) => current.stepId === 'dossier-submitted')?.completion?.by;
  const excluded = [
    { actorId: dissolution.openedBy.id, reason: text('mở thủ tục này', 'opened this case') },
    ...(preparer && preparer.id !== dissolution.openedBy.id
      ? [{ actorId: preparer.id, reason: text('lập hồ sơ trình', 'prepared the dossier') }]
      : []),
  ].filter((entry) => entry.actorId !== 'system');
  return {
    taskId,
    kind: decision ? 'dissolution-decision' : 'dissolution-step',
    title: text(`${labels.label.vi}: ${cooperative.name}`, `${labels.label.en}: ${cooperative.name}`),
    subject: subjectOf(cooperative),
    reference: stepReference(dissolution.caseId, stepId),
    candidateRole: decision ? 'head-of-authority' : 'registration-officer',
    priority: decision ? 80 : 75,
    due,
    followUpOn: null,
    form: [
      {
        name: 'reference',
        label: text('Số, ký hiệu văn bản', 'Document number'),
        type: 'text',
        requiredFor: [optionIds[0]],
        maxLength: 100,
      },
    ],
    options: optionIds.map((id, index) => ({
      id,
      label: OPTION_LABELS[id],
      binding: decision,
      requiresComment: index > 0,
      consequence: CONSEQUENCES[id],
      legalBasis: index === 0 ? basis : null,
    })),
    why: {
      trigger: {
        event: 'DissolutionOpened',
        occurredAt: at,
        summary: text(
          `${kind.vi} mở ngày ${formatVietnamese(dissolution.openedOn)}; căn cứ: ${describeGround(dissolution.ground, dissolution.groundBasis).vi}.`,
          `${kind.en} opened on ${dissolution.openedOn}; ground: ${describeGround(dissolution.ground, dissolution.groundBasis).en}.`,
        ),
      },
      rule: {
        ruleId: basis.ruleId,
        summary: text(
          `${labels.who.vi}: ${labels.label.vi.toLowerCase()}.`,
          `${labels.who.en}: ${labels.label.en.toLowerCase()}.`,
        ),
        legalBasis: basis,
      },
      ifIgnored: text(
        'Nhắc việc trước hạn một ngày làm việc và đúng hạn; quá hạn một ngày làm việc thì chuyển lãnh đạo cơ quan.',
        'A reminder the working day before and on the due date; one working day late it goes to the head of the authority.',
      ),
    },
    excludedDeciders: decision ? excluded : [],
    escalation: STEP_ESCALATION,
  };
}

/** A council or representative missed a statutory deadline: the head of the authority is told and decides what follows. */
export function dissolutionFollowUpTask(
  cooperative: Cooperative,
  dissolution: DissolutionCase,
  missed: readonly DissolutionStepId[],
  taskId: string,
  due: DeadlineProvenance,
  at: string,
): TaskSpec {
  const steps = missed.map((id) => dissolution.steps.find((current) => current.stepId === id)!);
  const first = steps[0];
  const lines = steps.map((current) => STEP_LABELS[current.stepId].label);
  return {
    taskId,
    kind: 'dissolution-follow-up',
    title: text(`Quá hạn giải thể: ${cooperative.name}`, `Dissolution deadline missed: ${cooperative.name}`),
    subject: subjectOf(cooperative),
    reference: stepReference(dissolution.caseId, missed[0]),
    candidateRole: 'head-of-authority',
    priority: 85,
    due,
    followUpOn: null,
    form: [],
    options: [
      {
        id: 'acknowledge',
        label: text('Ghi nhận và chỉ đạo', 'Acknowledge and direct'),
        binding: false,
        requiresComment: true,
        consequence: text(
          'Ghi nhận chỉ đạo vào hồ sơ; các bước còn lại vẫn chờ bằng chứng.',
          'The direction is recorded; the remaining steps still wait for their evidence.',
        ),
        legalBasis: first?.due?.legalBasis ?? null,
      },
    ],
    why: {
      trigger: {
        event: 'DissolutionDeadlineMissed',
        occurredAt: at,
        summary: text(
          `Đã quá hạn ${first?.due ? formatVietnamese(first.due.due) : ''}: ${lines.map((line) => line.vi.toLowerCase()).join('; ')}.`,
          `Past the deadline ${first?.due?.due ?? ''}: ${lines.map((line) => line.en.toLowerCase()).join('; ')}.`,
        ),
      },
      rule: {
        ruleId: first?.due?.legalBasis?.ruleId ?? 'dissolution.deadline',
        summary: first?.due?.explanation ?? text('Thời hạn giải thể.', 'The dissolution deadline.'),
        legalBasis: first?.due?.legalBasis ?? null,
      },
      ifIgnored: text('Nhắc việc trước hạn và đúng hạn.', 'Reminders before and on the due date.'),
    },
    excludedDeciders: [],
    escalation: { ...STEP_ESCALATION, escalateAfter: null },
  };
}
