import type { RuleBook } from '../legal/rule-pack';
import { computeDeadline, type DeadlineProvenance, type Period } from '../calendar/deadline';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { LegalBasis } from '../legal/legal-basis';
import type { LegalRegime } from '../legal/legal-regime';
import { text, type LocalizedText } from '../shared/localized-text';
import type { IsoDate } from '../shared/iso-date';
import type { CooperativeStatus } from './cooperative';
import { GROUND_LABELS } from './dormancy';

/**
 * How a dissolution comes about (LIFECYCLE §5–§6, T11–T16): the general meeting decides (voluntary); the People's
 * Committee decides on a ground of the 2012 Law (compulsory); the registration authority revokes the certificate
 * under the 2023 Law (revocation); or a court decides (court).
 */
export const DISSOLUTION_KINDS = ['voluntary', 'compulsory', 'revocation', 'court'] as const;
export type DissolutionKind = (typeof DISSOLUTION_KINDS)[number];

/** The regimes a dissolution runs under: the 2012 Law's procedure, or the 2023 Law's. */
export type DissolutionRegime = Extract<LegalRegime, 'law-2012' | 'law-2023'>;

/** The step plan a case follows: its kind under its regime (a court decision under the 2012 Law is a compulsory ground). */
export const DISSOLUTION_PLANS = [
  'voluntary-2012',
  'voluntary-2023',
  'compulsory-2012',
  'revocation-2023',
  'court-2023',
] as const;
export type DissolutionPlan = (typeof DISSOLUTION_PLANS)[number];

export const DISSOLUTION_GROUNDS = [
  'general-meeting-resolution',
  'inactive-12m',
  'below-minimum-12m',
  'no-general-meeting-18m',
  'certificate-revoked',
  'court-decision',
  'falsified-dossier',
  'tax-enforcement',
] as const;
export type DissolutionGround = (typeof DISSOLUTION_GROUNDS)[number];

export const DISSOLUTION_STEPS = [
  'authority-notified',
  'newspaper-notices',
  'creditors-notified',
  'assets-settled',
  'branches-terminated',
  'dossier-submitted',
  'dissolution-decision',
  'completion-minutes',
  'revocation-notice',
  'response-window',
  'revocation-decision',
  'publication',
  'debts-settled',
  'dossier-filed',
  'confirmation',
] as const;
export type DissolutionStepId = (typeof DISSOLUTION_STEPS)[number];

/**
 * Who moves a step: `evidence` is recorded by an officer or the cooperative with its document; `office` is an
 * officer's task (publish, notify); `decision` is a binding decision of the head of the authority; `window` is a
 * period the cooperative may answer in, which ends by itself.
 */
export type StepKind = 'evidence' | 'office' | 'decision' | 'window';

export const COUNCIL_ROLES = [
  'chair',
  'standing-member',
  'sector-agency',
  'cooperative-alliance',
  'commune-committee',
  'board',
  'supervisory',
  'executive',
  'members',
] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];
export type CouncilMember = {
  readonly name: string;
  readonly role: CouncilRole;
  readonly organisation: string;
};

/** The general meeting's resolution to dissolve (nghị quyết đại hội thành viên). */
export type DissolutionResolution = {
  readonly adoptedOn: IsoDate;
  readonly membersPresent: number;
  readonly votesFor: number;
  /** The minutes' reference (số biên bản) as attached. */
  readonly minutesReference: string;
};

/** A court's decision to dissolve (quyết định của Tòa án). */
export type CourtDecision = {
  readonly court: string;
  readonly reference: string;
  readonly decidedOn: IsoDate;
  readonly receivedOn: IsoDate;
};

/** How a step was completed: when, on what document, by whom, and which way a decision went. */
export type StepCompletion = {
  readonly completedOn: IsoDate;
  readonly reference: string;
  readonly note: string;
  readonly outcome: string;
  readonly by: { readonly id: string; readonly displayName: string };
};

export type DissolutionStep = {
  readonly stepId: DissolutionStepId;
  readonly status: 'waiting' | 'due' | 'done' | 'superseded';
  /** Set once the step can start: the period, where it runs from, and the rule behind it. */
  readonly due: DeadlineProvenance | null;
  /** The day after its due date passed without it (the case was escalated). */
  readonly missedOn: IsoDate | null;
  readonly completion: StepCompletion | null;
};

export type DissolutionCase = {
  readonly caseId: string;
  readonly kind: DissolutionKind;
  readonly plan: DissolutionPlan;
  readonly regime: DissolutionRegime;
  readonly ground: DissolutionGround;
  readonly groundBasis: LegalBasis;
  readonly stage: 'open' | 'dissolved' | 'dropped';
  readonly openedOn: IsoDate;
  readonly openedBy: { readonly id: string; readonly displayName: string };
  readonly resolution: DissolutionResolution | null;
  readonly council: readonly CouncilMember[];
  readonly courtDecision: CourtDecision | null;
  /** The status the cooperative had before the case changed it, restored if the case is dropped. */
  readonly statusBefore: CooperativeStatus;
  readonly steps: readonly DissolutionStep[];
  readonly closedOn: IsoDate | null;
};

type DueRule = {
  /** `anchor`: the case's starting date (the resolution, the receipt, the court decision); else a step's completion. */
  readonly from: 'anchor' | DissolutionStepId;
  /** The rule-pack parameter that sets the period; `null` where no statute does and the office keeps its own pace. */
  readonly parameterId: string | null;
};

export type StepDefinition = {
  readonly stepId: DissolutionStepId;
  readonly kind: StepKind;
  readonly after: readonly DissolutionStepId[];
  readonly due: DueRule | null;
  /** The cooperative's status once the step is done (a decision: once it goes the positive way). */
  readonly sets: CooperativeStatus | null;
  readonly documents: readonly DissolutionDocument[];
};

export const DISSOLUTION_DOCUMENTS = [
  'compulsory-dissolution-decision',
  'council-decision',
  'revocation-notice',
  'revocation-decision',
  'dissolution-confirmation',
] as const;
export type DissolutionDocument = (typeof DISSOLUTION_DOCUMENTS)[number];

/** The authority's own pace where no statute sets one (preparing a dossier, deciding): ten working days. */
const OFFICE_PERIOD: Period = { unit: 'working-days', count: 10 };
const OFFICE_DUE = (from: 'anchor' | DissolutionStepId): DueRule => ({ from, parameterId: null });
const due = (from: 'anchor' | DissolutionStepId, parameterId: string): DueRule => ({ from, parameterId });

const step = (
  stepId: DissolutionStepId,
  kind: StepKind,
  after: readonly DissolutionStepId[],
  due: DueRule | null,
  sets: CooperativeStatus | null = null,
  documents: readonly DissolutionDocument[] = [],
): StepDefinition => ({ stepId, kind, after, due, sets, documents });

/** What follows the status "dissolving" under the 2023 Law: debts and taxes, the dossier within 5 working days, the status. */
const SETTLEMENT_2023: readonly StepDefinition[] = [
  step('debts-settled', 'evidence', ['publication'], null),
  step('dossier-filed', 'evidence', ['debts-settled'], due('debts-settled', 'dissolution.dossier-after-settlement')),
  step('confirmation', 'decision', ['dossier-filed'], due('dossier-filed', 'dissolution.confirmation'), 'dissolved', [
    'dissolution-confirmation',
  ]),
];

const COUNCIL_TASKS_2012 = ['newspaper-notices', 'creditors-notified', 'assets-settled'] as const;

export const PLANS: Readonly<Record<DissolutionPlan, readonly StepDefinition[]>> = {
  'voluntary-2012': [
    step('authority-notified', 'evidence', [], due('anchor', 'dissolution.voluntary.council-period')),
    ...COUNCIL_TASKS_2012.map((id) => step(id, 'evidence', [], due('anchor', 'dissolution.voluntary.council-period'))),
    step('branches-terminated', 'evidence', [], due('anchor', 'dissolution.voluntary.council-period')),
    step('dossier-filed', 'evidence', ['authority-notified', ...COUNCIL_TASKS_2012, 'branches-terminated'], null),
    step(
      'confirmation',
      'decision',
      ['dossier-filed'],
      due('dossier-filed', 'dissolution.voluntary.confirmation'),
      'dissolved',
      ['dissolution-confirmation'],
    ),
  ],
  'voluntary-2023': [
    step('publication', 'office', [], due('anchor', 'dissolution.voluntary.publication'), 'dissolving'),
    ...SETTLEMENT_2023,
  ],
  'compulsory-2012': [
    step('dossier-submitted', 'evidence', [], OFFICE_DUE('anchor')),
    step('dissolution-decision', 'decision', ['dossier-submitted'], OFFICE_DUE('dossier-submitted'), 'dissolving', [
      'compulsory-dissolution-decision',
      'council-decision',
    ]),
    ...COUNCIL_TASKS_2012.map((id) =>
      step(
        id,
        'evidence',
        ['dissolution-decision'],
        due('dissolution-decision', 'dissolution.compulsory.council-period'),
      ),
    ),
    step(
      'completion-minutes',
      'evidence',
      COUNCIL_TASKS_2012,
      due('dissolution-decision', 'dissolution.compulsory.council-period'),
    ),
    step('confirmation', 'decision', ['completion-minutes'], OFFICE_DUE('completion-minutes'), 'dissolved', [
      'dissolution-confirmation',
    ]),
  ],
  'revocation-2023': [
    step('revocation-notice', 'office', [], OFFICE_DUE('anchor'), null, ['revocation-notice']),
    step('response-window', 'window', ['revocation-notice'], due('revocation-notice', 'revocation.response-window')),
    step('revocation-decision', 'decision', ['response-window'], OFFICE_DUE('response-window'), 'revoked', [
      'revocation-decision',
    ]),
    step(
      'publication',
      'office',
      ['revocation-decision'],
      due('revocation-decision', 'dissolution.compulsory.publication'),
      'dissolving',
    ),
    ...SETTLEMENT_2023,
  ],
  'court-2023': [
    step('publication', 'office', [], due('anchor', 'dissolution.compulsory.publication'), 'dissolving'),
    ...SETTLEMENT_2023,
  ],
};

export function stepDefinition(plan: DissolutionPlan, stepId: DissolutionStepId): StepDefinition | undefined {
  return PLANS[plan].find((definition) => definition.stepId === stepId);
}

/** A falsified dossier is handled within 3 working days of the request (Decree 92 Art. 23); other grounds at the office's pace. */
export function planDefinitions(plan: DissolutionPlan, ground: DissolutionGround): readonly StepDefinition[] {
  if (plan !== 'revocation-2023' || ground !== 'falsified-dossier') return PLANS[plan];
  return PLANS[plan].map((definition) =>
    definition.stepId === 'revocation-notice'
      ? {
          ...definition,
          due: due('anchor', 'revocation.falsified-dossier'),
        }
      : definition,
  );
}

export function planOf(kind: DissolutionKind, regime: DissolutionRegime): DissolutionPlan | null {
  if (kind === 'voluntary') return regime === 'law-2012' ? 'voluntary-2012' : 'voluntary-2023';
  if (kind === 'compulsory') return regime === 'law-2012' ? 'compulsory-2012' : null;
  if (kind === 'revocation') return regime === 'law-2023' ? 'revocation-2023' : null;
  return regime === 'law-2012' ? 'compulsory-2012' : 'court-2023';
}

/** The grounds each kind of case may rest on, under each regime. */
export const GROUNDS_BY_PLAN: Readonly<Record<DissolutionPlan, readonly DissolutionGround[]>> = {
  'voluntary-2012': ['general-meeting-resolution'],
  'voluntary-2023': ['general-meeting-resolution'],
  'compulsory-2012': [
    'inactive-12m',
    'below-minimum-12m',
    'no-general-meeting-18m',
    'certificate-revoked',
    'court-decision',
  ],
  'revocation-2023': [
    'falsified-dossier',
    'tax-enforcement',
    'inactive-12m',
    'below-minimum-12m',
    'no-general-meeting-18m',
  ],
  'court-2023': ['court-decision'],
};

/** Where each ground stands in law, under each regime (the 2023 Law's dormancy grounds for revocation are unconfirmed). */
export function groundBasis(
  rules: RuleBook,
  ground: DissolutionGround,
  regime: DissolutionRegime,
  on: IsoDate,
): LegalBasis {
  const parameterId =
    ground === 'general-meeting-resolution'
      ? 'dissolution.ground.general-meeting-resolution'
      : regime === 'law-2012'
        ? 'dissolution.ground.compulsory'
        : ground === 'court-decision'
          ? 'dissolution.ground.court-decision'
          : ground === 'falsified-dossier' || ground === 'tax-enforcement'
            ? `revocation.ground.${ground}`
            : 'revocation.ground.dormancy';
  return rules.basis(regime, parameterId, on);
}

export const DISSOLUTION_KIND_LABELS: Readonly<Record<DissolutionKind, LocalizedText>> = {
  voluntary: text('Giải thể tự nguyện', 'Voluntary dissolution'),
  compulsory: text('Giải thể bắt buộc', 'Compulsory dissolution'),
  revocation: text('Thu hồi giấy chứng nhận đăng ký', 'Revocation of the registration certificate'),
  court: text('Giải thể theo quyết định của Tòa án', 'Dissolution by court decision'),
};

export const DISSOLUTION_GROUND_LABELS: Readonly<Record<DissolutionGround, LocalizedText>> = {
  'general-meeting-resolution': text('Nghị quyết của đại hội thành viên', 'Resolution of the general meeting'),
  ...GROUND_LABELS,
  'certificate-revoked': text('Bị thu hồi giấy chứng nhận đăng ký', 'Registration certificate revoked'),
  'court-decision': text('Quyết định giải thể của Tòa án', 'Court decision to dissolve'),
  'falsified-dossier': text('Hồ sơ đăng ký giả mạo', 'Falsified registration dossier'),
  'tax-enforcement': text('Theo yêu cầu của cơ quan thuế', 'At the tax authority’s request'),
};

export const STEP_LABELS: Readonly<
  Record<DissolutionStepId, { readonly label: LocalizedText; readonly who: LocalizedText }>
> = {
  'authority-notified': {
    label: text('Thông báo cho cơ quan đăng ký về việc giải thể', 'Notify the registration authority'),
    who: text('Hội đồng giải thể', 'Dissolution council'),
  },
  'newspaper-notices': {
    label: text('Đăng báo địa phương 03 số liên tiếp', 'Publish in a local newspaper, three consecutive issues'),
    who: text('Hội đồng giải thể', 'Dissolution council'),
  },
  'creditors-notified': {
    label: text('Thông báo thời hạn thanh toán nợ, thanh lý hợp đồng', 'Notify creditors of the deadline to claim'),
    who: text('Hội đồng giải thể', 'Dissolution council'),
  },
  'assets-settled': {
    label: text('Xử lý tài sản, vốn, quỹ', 'Handle assets, capital and funds'),
    who: text('Hội đồng giải thể', 'Dissolution council'),
  },
  'branches-terminated': {
    label: text('Chấm dứt chi nhánh, văn phòng đại diện, địa điểm kinh doanh', 'Terminate branches and offices'),
    who: text('Hội đồng giải thể', 'Dissolution council'),
  },
  'dossier-submitted': {
    label: text('Lập hồ sơ giải thể bắt buộc trình Ủy ban nhân dân', 'Submit the dossier to the People’s Committee'),
    who: text('Cơ quan đăng ký', 'Registration authority'),
  },
  'dissolution-decision': {
    label: text(
      'Quyết định giải thể bắt buộc và thành lập hội đồng giải thể',
      'Decide the compulsory dissolution and form the council',
    ),
    who: text('Chủ tịch Ủy ban nhân dân', 'Chairman of the People’s Committee'),
  },
  'completion-minutes': {
    label: text('Biên bản hoàn thành việc giải thể', 'Minutes of completion'),
    who: text('Hội đồng giải thể', 'Dissolution council'),
  },
  'revocation-notice': {
    label: text('Thông báo vi phạm thuộc trường hợp thu hồi', 'Notice of a violation subject to revocation'),
    who: text('Cơ quan đăng ký', 'Registration authority'),
  },
  'response-window': {
    label: text('Hợp tác xã giải trình', 'The cooperative responds'),
    who: text('Hợp tác xã', 'Cooperative'),
  },
  'revocation-decision': {
    label: text('Quyết định thu hồi giấy chứng nhận đăng ký', 'Decide to revoke the certificate'),
    who: text('Lãnh đạo cơ quan đăng ký', 'Head of the registration authority'),
  },
  publication: {
    label: text(
      'Đăng tải và chuyển tình trạng "đang làm thủ tục giải thể"',
      'Publish and set the status "dissolution in progress"',
    ),
    who: text('Cơ quan đăng ký', 'Registration authority'),
  },
  'debts-settled': {
    label: text('Thanh toán hết các khoản nợ và nghĩa vụ thuế', 'Settle all debts and taxes'),
    who: text('Người đại diện theo pháp luật', 'Legal representative'),
  },
  'dossier-filed': {
    label: text('Nộp hồ sơ giải thể', 'File the dissolution dossier'),
    who: text('Hội đồng giải thể / người đại diện theo pháp luật', 'Council / legal representative'),
  },
  confirmation: {
    label: text('Xác nhận giải thể, xóa tên khỏi sổ đăng ký', 'Confirm the dissolution, remove from the register'),
    who: text('Lãnh đạo cơ quan đăng ký', 'Head of the registration authority'),
  },
};

export const COUNCIL_ROLE_LABELS: Readonly<Record<CouncilRole, LocalizedText>> = {
  chair: text('Chủ tịch hội đồng (đại diện Ủy ban nhân dân)', 'Chair (People’s Committee)'),
  'standing-member': text('Ủy viên thường trực (cơ quan đăng ký)', 'Standing member (registration authority)'),
  'sector-agency': text('Đại diện cơ quan chuyên ngành', 'Sector agency'),
  'cooperative-alliance': text('Đại diện Liên minh hợp tác xã', 'Cooperative alliance'),
  'commune-committee': text('Đại diện Ủy ban nhân dân cấp xã', 'Commune People’s Committee'),
  board: text('Đại diện hội đồng quản trị', 'Board of directors'),
  supervisory: text('Đại diện ban kiểm soát, kiểm soát viên', 'Supervisory board or controller'),
  executive: text('Đại diện ban điều hành', 'Executive board'),
  members: text('Đại diện thành viên', 'Members'),
};

/** Whom the law puts on each council: the 2012 voluntary council (Art. 54(1)), the compulsory one (Decree 193 Art. 19(2)). */
export const REQUIRED_COUNCIL: Readonly<Record<'voluntary' | 'compulsory', readonly CouncilRole[]>> = {
  voluntary: ['board', 'supervisory', 'members'],
  compulsory: ['chair', 'standing-member', 'commune-committee'],
};

/** The open case, if there is one (records carried from before dissolutions existed have none). */
export function openDissolution(cases: readonly DissolutionCase[] | undefined): DissolutionCase | null {
  return cases?.find((candidate) => candidate.stage === 'open') ?? null;
}

/**
 * The steps whose prerequisites are now done and which had not started: they become due, with their deadlines
 * computed from the anchor or the step they follow.
 */
export function stepsBecomingDue(
  dissolution: Pick<DissolutionCase, 'plan' | 'ground' | 'steps' | 'regime'>,
  anchorOn: IsoDate,
  calendar: WorkingCalendar,
  rules: RuleBook,
): { stepId: DissolutionStepId; due: DeadlineProvenance | null }[] {
  const byId = new Map(dissolution.steps.map((current) => [current.stepId, current]));
  const doneOn = (id: DissolutionStepId) => byId.get(id)?.completion?.completedOn ?? null;
  return planDefinitions(dissolution.plan, dissolution.ground)
    .filter((definition) => byId.get(definition.stepId)?.status === 'waiting')
    .filter((definition) => definition.after.every((id) => byId.get(id)?.status === 'done'))
    .map((definition) => {
      const rule = definition.due;
      const from = rule ? (rule.from === 'anchor' ? anchorOn : doneOn(rule.from)) : null;
      if (!rule || !from) return { stepId: definition.stepId, due: null };
      const { period, basis } = rule.parameterId
        ? rules.period(dissolution.regime, rule.parameterId, from)
        : { period: OFFICE_PERIOD, basis: null };
      return { stepId: definition.stepId, due: computeDeadline(calendar, from, period, basis) };
    });
}

/** The rule a step's deadline will follow, for a step not yet due (`null` at the office's own pace). */
export function stepRuleBasis(
  rules: RuleBook,
  dissolution: Pick<DissolutionCase, 'plan' | 'ground' | 'regime'>,
  stepId: DissolutionStepId,
  on: IsoDate,
): LegalBasis | null {
  const parameterId = planDefinitions(dissolution.plan, dissolution.ground).find(
    (definition) => definition.stepId === stepId,
  )?.due?.parameterId;
  return parameterId ? rules.basis(dissolution.regime, parameterId, on) : null;
}

/** The date periods run from: the resolution (2012 voluntary), the court decision's receipt, else the case's opening. */
export function anchorOf(
  dissolution: Pick<DissolutionCase, 'plan' | 'resolution' | 'courtDecision' | 'openedOn'>,
): IsoDate {
  if (dissolution.plan === 'voluntary-2012' && dissolution.resolution) return dissolution.resolution.adoptedOn;
  if (dissolution.plan === 'court-2023' && dissolution.courtDecision) return dissolution.courtDecision.receivedOn;
  return dissolution.openedOn;
}
