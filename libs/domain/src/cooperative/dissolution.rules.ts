import type { LegalBasis } from '../legal/legal-basis';
import type { RuleBook } from '../legal/rule-pack';
import { addDays, formatVietnamese } from '../calendar/calendar-date';
import type { DeadlineProvenance } from '../calendar/deadline';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { regimeInForceOn } from '../legal/legal-regime';
import type { FieldProblem } from '../shared/domain-error';
import { compareIsoDates, isIsoDate, type IsoDate } from '../shared/iso-date';
import { text, type LocalizedText } from '../shared/localized-text';
import type { Cooperative } from './cooperative';
import {
  anchorOf,
  COUNCIL_ROLE_LABELS,
  COUNCIL_ROLES,
  DISSOLUTION_GROUND_LABELS,
  DISSOLUTION_KIND_LABELS,
  groundBasis,
  GROUNDS_BY_PLAN,
  openDissolution,
  planDefinitions,
  planOf,
  REQUIRED_COUNCIL,
  stepDefinition,
  stepsBecomingDue,
  STEP_LABELS,
  type CouncilMember,
  type CourtDecision,
  type DissolutionCase,
  type DissolutionGround,
  type DissolutionKind,
  type DissolutionRegime,
  type DissolutionResolution,
  type DissolutionStep,
  type DissolutionStepId,
  type StepCompletion,
} from './dissolution';

/** What opens a case: the kind, its ground, and the papers the kind needs. */
export type DissolutionRequest = {
  readonly caseId: string;
  readonly kind: DissolutionKind;
  readonly ground?: DissolutionGround;
  /** The day the ground was established (compulsory and revocation); today when not given. */
  readonly groundOn?: IsoDate;
  readonly resolution?: DissolutionResolution;
  readonly council?: readonly CouncilMember[];
  readonly courtDecision?: CourtDecision;
  readonly note?: string;
  readonly openedBy: { readonly id: string; readonly displayName: string };
};

/** A step done: evidence recorded, an office task done, a decision taken (its option), or a window answered. */
export type DissolutionStepRecord = {
  readonly caseId: string;
  readonly stepId: DissolutionStepId;
  /** `done` for evidence and office steps; a decision's option (confirm, return, decide, decline, revoke, withdraw). */
  readonly outcome: string;
  readonly completedOn: IsoDate;
  readonly reference: string;
  readonly note: string;
  /** The council the dossier proposes (2012 compulsory: with the dossier to the People's Committee). */
  readonly council?: readonly CouncilMember[];
  readonly by: { readonly id: string; readonly displayName: string };
};

/** The options of each decision step: the first goes the positive way (it sets the status), the other drops or returns. */
export const DECISION_OPTIONS: Readonly<
  Partial<Record<DissolutionStepId, { readonly positive: string; readonly negative: string }>>
> = {
  'dissolution-decision': { positive: 'decide', negative: 'decline' },
  'revocation-decision': { positive: 'revoke', negative: 'withdraw' },
  confirmation: { positive: 'confirm', negative: 'return' },
};

/** Whether a step went the way that moves the case on: a decision's positive option, any completion of another step. */
export function wentAhead(stepId: DissolutionStepId, outcome: string): boolean {
  const options = DECISION_OPTIONS[stepId];
  return !options || outcome === options.positive;
}

const problem = (field: string, vi: string, en: string, fix?: LocalizedText): FieldProblem =>
  fix ? { field, reason: text(vi, en), fix } : { field, reason: text(vi, en) };

const TERMINAL = ['dissolved', 'revoked', 'converted-out'];

/** The day whose law governs the case: the resolution's, the court decision's, the ground's, else today's. */
function originOf(request: DissolutionRequest, today: IsoDate): IsoDate {
  if (request.kind === 'voluntary' && request.resolution) return request.resolution.adoptedOn;
  if (request.kind === 'court' && request.courtDecision) return request.courtDecision.decidedOn;
  return request.groundOn ?? today;
}

/** The regime a request would run under, or null for dates before the 2012 Law. */
export function regimeOfRequest(request: DissolutionRequest, today: IsoDate): DissolutionRegime | null {
  const origin = originOf(request, today);
  if (!isIsoDate(origin)) return null;
  const regime = regimeInForceOn(origin);
  return regime === 'law-2003' ? null : regime;
}

function checkDate(field: string, date: IsoDate | undefined, cooperative: Cooperative, today: IsoDate): FieldProblem[] {
  if (date === undefined || !isIsoDate(date)) return [problem(field, 'Ngày không hợp lệ.', 'Not a valid date.')];
  if (compareIsoDates(date, today) > 0) {
    return [problem(field, 'Ngày không được ở tương lai.', 'The date cannot be in the future.')];
  }
  if (compareIsoDates(date, cooperative.registeredOn) < 0) {
    return [
      problem(
        field,
        `Trước ngày đăng ký (${formatVietnamese(cooperative.registeredOn)}).`,
        `Before the registration (${cooperative.registeredOn}).`,
      ),
    ];
  }
  return [];
}

function checkCouncil(council: readonly CouncilMember[] | undefined, required: readonly string[]): FieldProblem[] {
  const members = council ?? [];
  const problems: FieldProblem[] = [];
  members.forEach((member, index) => {
    if (!member || typeof member.name !== 'string' || member.name.trim() === '') {
      problems.push(problem(`council[${index}].name`, 'Thiếu họ tên.', 'The name is missing.'));
    }
    if (!member || !(COUNCIL_ROLES as readonly string[]).includes(member.role)) {
      problems.push(
        problem(
          `council[${index}].role`,
          `Vai trò phải là một trong: ${COUNCIL_ROLES.join(', ')}.`,
          `The role must be one of: ${COUNCIL_ROLES.join(', ')}.`,
        ),
      );
    }
  });
  const missing = required.filter((role) => !members.some((member) => member?.role === role));
  if (missing.length > 0) {
    const labels = missing.map((role) => COUNCIL_ROLE_LABELS[role as CouncilMember['role']]);
    problems.push(
      problem(
        'council',
        `Hội đồng giải thể còn thiếu: ${labels.map((label) => label.vi).join('; ')}.`,
        `The dissolution council lacks: ${labels.map((label) => label.en).join('; ')}.`,
        text('Bổ sung thành viên theo quy định rồi gửi lại.', 'Add the members the law lists and send again.'),
      ),
    );
  }
  if (required.includes('chair') && members.filter((member) => member?.role === 'chair').length > 1) {
    problems.push(problem('council', 'Hội đồng chỉ có một chủ tịch.', 'A council has one chair.'));
  }
  return problems;
}

function checkResolution(
  resolution: DissolutionResolution | undefined,
  regime: DissolutionRegime,
  cooperative: Cooperative,
  today: IsoDate,
  rules: RuleBook,
): FieldProblem[] {
  if (!resolution) {
    return [
      problem(
        'resolution',
        'Giải thể tự nguyện cần nghị quyết của đại hội thành viên.',
        'A voluntary dissolution needs the general meeting’s resolution.',
        text(
          'Gửi ngày thông qua, số có mặt, số tán thành và số biên bản.',
          'Send its date, attendance, votes and minutes.',
        ),
      ),
    ];
  }
  const problems = checkDate('resolution.adoptedOn', resolution.adoptedOn, cooperative, today);
  const { membersPresent, votesFor } = resolution;
  if (!Number.isInteger(membersPresent) || membersPresent < 1) {
    problems.push(
      problem(
        'resolution.membersPresent',
        'Số có mặt phải là số nguyên dương.',
        'Attendance must be a positive whole number.',
      ),
    );
  } else if (!Number.isInteger(votesFor) || votesFor < 0 || votesFor > membersPresent) {
    problems.push(
      problem(
        'resolution.votesFor',
        'Số tán thành phải từ 0 đến số có mặt.',
        'Votes for must be between 0 and the attendance.',
      ),
    );
  } else if (votesFor < threshold(rules, regime, resolution.adoptedOn).share * membersPresent) {
    const { share, basis } = threshold(rules, regime, resolution.adoptedOn);
    const needed = Math.ceil(share * membersPresent);
    problems.push(
      problem(
        'resolution.votesFor',
        `Nghị quyết chưa đủ tỷ lệ: cần ít nhất ${needed}/${membersPresent} tán thành (${basis.citation.vi}).`,
        `Not enough votes: at least ${needed} of ${membersPresent} needed (${basis.citation.en}).`,
      ),
    );
  }
  if (typeof resolution.minutesReference !== 'string' || resolution.minutesReference.trim() === '') {
    problems.push(
      problem('resolution.minutesReference', 'Thiếu số biên bản họp.', 'The minutes’ reference is missing.'),
    );
  }
  return problems;
}

function checkCourtDecision(
  court: CourtDecision | undefined,
  cooperative: Cooperative,
  today: IsoDate,
): FieldProblem[] {
  if (!court) {
    return [problem('courtDecision', 'Thiếu quyết định của Tòa án.', 'The court decision is missing.')];
  }
  const problems = [
    ...checkDate('courtDecision.decidedOn', court.decidedOn, cooperative, today),
    ...checkDate('courtDecision.receivedOn', court.receivedOn, cooperative, today),
  ];
  if (problems.length === 0 && compareIsoDates(court.receivedOn, court.decidedOn) < 0) {
    problems.push(
      problem('courtDecision.receivedOn', 'Ngày nhận trước ngày quyết định.', 'Received before it was decided.'),
    );
  }
  for (const field of ['court', 'reference'] as const) {
    if (typeof court[field] !== 'string' || court[field].trim() === '') {
      problems.push(problem(`courtDecision.${field}`, 'Không được để trống.', 'Must not be empty.'));
    }
  }
  return problems;
}

/**
 * Every problem with opening a case, against the cooperative as it stands. A court decision while a case is open
 * is not a new case: it is recorded on the open one (see `courtDecisionOnOpenCase`).
 */
export function checkDissolutionRequest(
  cooperative: Cooperative,
  request: DissolutionRequest,
  today: IsoDate,
  rules: RuleBook,
): FieldProblem[] {
  if (TERMINAL.includes(cooperative.status)) {
    return [
      problem(
        'cooperative',
        'Hợp tác xã đã giải thể hoặc bị thu hồi giấy chứng nhận: không mở thêm thủ tục.',
        'The cooperative is dissolved or revoked: no further case can be opened.',
      ),
    ];
  }
  const open = openDissolution(cooperative.dissolutions);
  if (open && request.kind !== 'court') {
    return [
      problem(
        'kind',
        `Đã có thủ tục đang mở: ${DISSOLUTION_KIND_LABELS[open.kind].vi.toLowerCase()} từ ${formatVietnamese(open.openedOn)}.`,
        `A case is already open: ${DISSOLUTION_KIND_LABELS[open.kind].en.toLowerCase()} since ${open.openedOn}.`,
        text('Tiếp tục các bước của thủ tục đó.', 'Carry on with that case’s steps.'),
      ),
    ];
  }
  if (request.kind === 'court') return checkCourtDecision(request.courtDecision, cooperative, today);
  const problems: FieldProblem[] = [];
  if (request.kind === 'voluntary') {
    const regime = regimeOfRequest(request, today) ?? 'law-2012';
    problems.push(...checkResolution(request.resolution, regime, cooperative, today, rules));
    if (problems.length === 0 && regime === 'law-2012')
      problems.push(...checkCouncil(request.council, REQUIRED_COUNCIL.voluntary));
    return problems;
  }
  if (request.groundOn !== undefined) problems.push(...checkDate('groundOn', request.groundOn, cooperative, today));
  if (problems.length > 0) return problems;
  const regime = regimeOfRequest(request, today);
  const plan = regime && planOf(request.kind, regime);
  if (!regime || !plan) {
    return [
      problem(
        'kind',
        request.kind === 'compulsory'
          ? 'Từ 01/7/2024 (Luật Hợp tác xã 2023) không còn giải thể bắt buộc theo quyết định của Ủy ban nhân dân: giải thể bắt buộc chỉ khi bị thu hồi giấy chứng nhận hoặc có quyết định của Tòa án.'
          : 'Thủ tục thu hồi giấy chứng nhận ở đây theo Luật Hợp tác xã 2023 (từ 01/7/2024).',
        request.kind === 'compulsory'
          ? 'Since 1 July 2024 (2023 Law) there is no compulsory dissolution by the People’s Committee: only by revocation of the certificate or by a court.'
          : 'Revocation here follows the 2023 Law (from 1 July 2024).',
        text(
          request.kind === 'compulsory'
            ? 'Chọn loại "revocation" hoặc "court".'
            : 'Chọn loại "compulsory" cho căn cứ trước 01/7/2024.',
          request.kind === 'compulsory'
            ? 'Choose kind "revocation" or "court".'
            : 'Choose kind "compulsory" for a ground before 1 July 2024.',
        ),
      ),
    ];
  }
  if (!request.ground || !GROUNDS_BY_PLAN[plan].includes(request.ground)) {
    return [
      problem(
        'ground',
        `Căn cứ phải là một trong: ${GROUNDS_BY_PLAN[plan].join(', ')}.`,
        `The ground must be one of: ${GROUNDS_BY_PLAN[plan].join(', ')}.`,
      ),
    ];
  }
  return [];
}

type CaseContext = { readonly today: IsoDate; readonly calendar: WorkingCalendar; readonly rules: RuleBook };

/** The share of those present a resolution to dissolve needs, under the regime and on the day it was adopted. */
function threshold(rules: RuleBook, regime: DissolutionRegime, on: IsoDate): { share: number; basis: LegalBasis } {
  const rule = rules.rule(regime, 'dissolution.voluntary.vote', isIsoDate(on) ? on : '9999-12-31');
  return { share: rule.value as number, basis: rule.basis };
}

/** The case a request opens, with the steps that can start at once due. */
export function openedCase(
  cooperative: Cooperative,
  request: DissolutionRequest,
  context: CaseContext,
): DissolutionCase {
  const { today, calendar, rules } = context;
  const regime = regimeOfRequest(request, today)!;
  const plan = planOf(request.kind, regime)!;
  const ground: DissolutionGround =
    request.kind === 'voluntary'
      ? 'general-meeting-resolution'
      : request.kind === 'court'
        ? 'court-decision'
        : request.ground!;
  const draft: DissolutionCase = {
    caseId: request.caseId,
    kind: request.kind,
    plan,
    regime,
    ground,
    groundBasis: groundBasis(rules, ground, regime, request.groundOn ?? today),
    stage: 'open',
    openedOn: today,
    openedBy: request.openedBy,
    resolution: request.resolution ?? null,
    council: request.council ?? [],
    courtDecision: request.courtDecision ?? null,
    statusBefore: cooperative.status,
    steps: planDefinitions(plan, ground).map((definition) => waiting(definition.stepId)),
    closedOn: null,
  };
  return withDue(draft, stepsBecomingDue(draft, anchorOf(draft), calendar, rules));
}

const waiting = (stepId: DissolutionStepId): DissolutionStep => ({
  stepId,
  status: 'waiting',
  due: null,
  missedOn: null,
  completion: null,
});

export function withDue(
  dissolution: DissolutionCase,
  becameDue: readonly { stepId: DissolutionStepId; due: DeadlineProvenance | null }[],
): DissolutionCase {
  return {
    ...dissolution,
    steps: dissolution.steps.map((current) => {
      const found = becameDue.find((entry) => entry.stepId === current.stepId);
      return found ? { ...current, status: 'due', due: found.due } : current;
    }),
  };
}

/** Every problem with recording a step: the case is open, the step is due, its kind allows it, the papers are there. */
export function checkStepRecord(
  cooperative: Cooperative,
  record: DissolutionStepRecord,
  today: IsoDate,
  via: 'evidence' | 'task',
): FieldProblem[] {
  const dissolution = (cooperative.dissolutions ?? []).find((candidate) => candidate.caseId === record.caseId);
  if (!dissolution || dissolution.stage !== 'open') {
    return [
      problem(
        'caseId',
        'Không có thủ tục giải thể đang mở với mã này.',
        'There is no open dissolution case with this id.',
      ),
    ];
  }
  const current = dissolution.steps.find((candidate) => candidate.stepId === record.stepId);
  const definition = stepDefinition(dissolution.plan, record.stepId);
  if (!current || !definition) {
    return [
      problem(
        'stepId',
        `Thủ tục này không có bước ${record.stepId}.`,
        `This case has no step ${record.stepId}.`,
        text(
          `Các bước: ${dissolution.steps.map((candidate) => candidate.stepId).join(', ')}.`,
          `Its steps: ${dissolution.steps.map((candidate) => candidate.stepId).join(', ')}.`,
        ),
      ),
    ];
  }
  if (current.status !== 'due') {
    const waitingFor = definition.after.filter(
      (id) => dissolution.steps.find((candidate) => candidate.stepId === id)?.status !== 'done',
    );
    return [
      current.status === 'done'
        ? problem('stepId', 'Bước này đã hoàn thành.', 'This step is done already.')
        : current.status === 'superseded'
          ? problem('stepId', 'Bước này không còn áp dụng.', 'This step no longer applies.')
          : problem(
              'stepId',
              `Bước này chờ các bước trước: ${waitingFor.map((id) => STEP_LABELS[id].label.vi).join('; ')}.`,
              `This step waits for: ${waitingFor.map((id) => STEP_LABELS[id].label.en).join('; ')}.`,
            ),
    ];
  }
  const evidenceKinds = ['evidence', 'window'];
  if ((via === 'evidence') !== evidenceKinds.includes(definition.kind)) {
    return [
      problem(
        'stepId',
        'Bước này do cơ quan đăng ký thực hiện qua hộp công việc.',
        'This step is the authority’s, done from the task inbox.',
      ),
    ];
  }
  const problems = checkDate('completedOn', record.completedOn, cooperative, today);
  if (
    problems.length === 0 &&
    compareIsoDates(record.completedOn, dissolution.openedOn) < 0 &&
    record.stepId !== 'authority-notified'
  ) {
    problems.push(
      problem(
        'completedOn',
        `Trước ngày mở thủ tục (${formatVietnamese(dissolution.openedOn)}).`,
        `Before the case opened (${dissolution.openedOn}).`,
      ),
    );
  }
  if (
    wentAhead(record.stepId, record.outcome) &&
    definition.kind !== 'window' &&
    (typeof record.reference !== 'string' || record.reference.trim() === '')
  ) {
    problems.push(
      problem(
        'reference',
        'Thiếu số, ký hiệu của văn bản.',
        'The document’s number is missing.',
        text('Ghi số văn bản làm căn cứ.', 'Give the document number.'),
      ),
    );
  }
  if (record.stepId === 'dossier-submitted')
    problems.push(...checkCouncil(record.council, REQUIRED_COUNCIL.compulsory));
  return problems;
}

/** What is due by `today` without anyone acting: answer windows end, and missed deadlines are escalated once. */
export function dissolutionTimeEffects(
  dissolution: DissolutionCase,
  today: IsoDate,
): { windowsEnded: DissolutionStepId[]; missed: DissolutionStepId[] } {
  const late = (current: DissolutionStep) =>
    current.status === 'due' && current.due !== null && compareIsoDates(current.due.due, today) < 0;
  const kindOf = (id: DissolutionStepId) => stepDefinition(dissolution.plan, id)?.kind;
  return {
    windowsEnded: dissolution.steps
      .filter((current) => late(current) && kindOf(current.stepId) === 'window')
      .map((current) => current.stepId),
    missed: dissolution.steps
      .filter((current) => late(current) && kindOf(current.stepId) === 'evidence' && current.missedOn === null)
      .map((current) => current.stepId),
  };
}

/** The next day time alone moves an open case: the day after a due date (a window ends, a deadline is missed). */
export function dissolutionNextDue(cooperative: Cooperative): IsoDate | null {
  const open = openDissolution(cooperative.dissolutions);
  if (!open) return null;
  const dates = open.steps
    .filter((current) => {
      const kind = stepDefinition(open.plan, current.stepId)?.kind;
      return (
        current.status === 'due' && current.due && (kind === 'window' || (kind === 'evidence' && !current.missedOn))
      );
    })
    .map((current) => addDays(current.due!.due, 1));
  return dates.sort(compareIsoDates)[0] ?? null;
}

export function completionOf(record: DissolutionStepRecord): StepCompletion {
  return {
    completedOn: record.completedOn,
    reference: record.reference,
    note: record.note,
    outcome: record.outcome,
    by: record.by,
  };
}

/**
 * A court decision reaching an open case. A revocation not yet decided gives way to it (its remaining steps are
 * superseded, the court's steps follow); any other case records it and carries on.
 */
export function courtDecisionOnOpenCase(
  dissolution: DissolutionCase,
  court: CourtDecision,
  context: CaseContext,
): DissolutionCase {
  const revocationPending =
    dissolution.plan === 'revocation-2023' &&
    dissolution.steps.find((current) => current.stepId === 'revocation-decision')?.status !== 'done';
  if (!revocationPending) return { ...dissolution, courtDecision: court };
  const superseded = dissolution.steps.map((current): DissolutionStep =>
    current.status === 'done' ? current : { ...current, status: 'superseded', due: null },
  );
  const switched: DissolutionCase = {
    ...dissolution,
    kind: 'court',
    plan: 'court-2023',
    ground: 'court-decision',
    groundBasis: groundBasis(context.rules, 'court-decision', 'law-2023', court.receivedOn),
    courtDecision: court,
    steps: [
      ...superseded.filter(
        (current) =>
          !planDefinitions('court-2023', 'court-decision').some((definition) => definition.stepId === current.stepId),
      ),
      ...planDefinitions('court-2023', 'court-decision').map((definition) => waiting(definition.stepId)),
    ],
  };
  return withDue(switched, stepsBecomingDue(switched, anchorOf(switched), context.calendar, context.rules));
}

/** Labels for a ground, with whether the law behind it is confirmed (shown as such). */
export function describeGround(ground: DissolutionGround, basis: LegalBasis): LocalizedText {
  const label = DISSOLUTION_GROUND_LABELS[ground];
  return text(
    `${label.vi} (${basis.citation.vi}${basis.confirmed ? '' : ' — căn cứ chưa được xác nhận'})`,
    `${label.en} (${basis.citation.en}${basis.confirmed ? '' : ' — unconfirmed basis'})`,
  );
}
