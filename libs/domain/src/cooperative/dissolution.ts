import { computeDeadline, type DeadlineProvenance, type Period } from '../calendar/deadline';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { legalBasis, type LegalBasis } from '../legal/legal-basis';
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
  readonly period: Period;
  readonly basis: LegalBasis | null;
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

const basis2012 = (ruleId: string, vi: string, en: string, confirmed: boolean) =>
  legalBasis('law-2012', ruleId, text(vi, en), confirmed);
const basis2023 = (ruleId: string, vi: string, en: string, confirmed: boolean) =>
  legalBasis('law-2023', ruleId, text(vi, en), confirmed);

/**
 * The parameters of the procedures, with their citations and whether they are confirmed (LIFECYCLE §5–§6). Values
 * marked unconfirmed are the best current reading; the rule packs (issue 7) will make them correctable.
 */
export const DISSOLUTION_RULES = {
  councilPeriod2012: {
    period: { unit: 'days', count: 60 } as Period,
    voluntary: basis2012(
      'dissolution.voluntary.council-period',
      'Luật Hợp tác xã 2012, Điều 54 khoản 1: hội đồng giải thể tự nguyện thực hiện trong 60 ngày kể từ ngày có nghị quyết',
      'Law on Cooperatives 2012, Art. 54(1): the voluntary dissolution council acts within 60 days of the resolution',
      true,
    ),
    compulsory: basis2012(
      'dissolution.compulsory.council-period',
      'Nghị định 193/2013/NĐ-CP, Điều 19 khoản 2: hội đồng giải thể bắt buộc thực hiện trong 60 ngày kể từ ngày có quyết định',
      'Decree 193/2013/ND-CP, Art. 19(2): the compulsory dissolution council acts within 60 days of the decision',
      true,
    ),
  },
  confirmation2012: {
    period: { unit: 'working-days', count: 3 } as Period,
    basis: basis2012(
      'dissolution.voluntary.confirmation',
      'Nghị định 193/2013/NĐ-CP, Điều 19 khoản 1; thủ tục hành chính cấp huyện: xác nhận giải thể trong 03 ngày làm việc',
      'Decree 193/2013/ND-CP, Art. 19(1); district procedure: dissolution confirmed within 3 working days',
      false,
    ),
  },
  publication2023: {
    period: { unit: 'working-days', count: 3 } as Period,
    voluntary: basis2023(
      'dissolution.voluntary.publication',
      'Nghị định 92/2024/NĐ-CP, Điều 50 khoản 1: đăng tải nghị quyết và chuyển tình trạng "đang làm thủ tục giải thể" trong 03 ngày làm việc',
      'Decree 92/2024/ND-CP, Art. 50(1): publish the resolution and set "dissolution in progress" within 3 working days',
      true,
    ),
    compulsory: basis2023(
      'dissolution.compulsory.publication',
      'Nghị định 92/2024/NĐ-CP, Điều 50 khoản 2: đăng tải quyết định thu hồi hoặc quyết định của Tòa án và chuyển tình trạng trong 03 ngày làm việc',
      'Decree 92/2024/ND-CP, Art. 50(2): publish the revocation or court decision and set the status within 3 working days',
      true,
    ),
  },
  dossierAfterSettlement2023: {
    period: { unit: 'working-days', count: 5 } as Period,
    basis: basis2023(
      'dissolution.dossier-after-settlement',
      'Nghị định 92/2024/NĐ-CP, Điều 50: nộp hồ sơ đăng ký giải thể trong 05 ngày làm việc kể từ ngày thanh toán hết nợ và nghĩa vụ thuế',
      'Decree 92/2024/ND-CP, Art. 50: file the dissolution dossier within 5 working days of settling all debts and taxes',
      true,
    ),
  },
  confirmation2023: {
    period: { unit: 'working-days', count: 3 } as Period,
    basis: basis2023(
      'dissolution.confirmation',
      'Nghị định 92/2024/NĐ-CP, Điều 50: chuyển tình trạng "đã giải thể" (thời hạn chưa được đối chiếu)',
      'Decree 92/2024/ND-CP, Art. 50: set the status "dissolved" (time limit not confirmed)',
      false,
    ),
  },
  falsifiedDossier2023: {
    period: { unit: 'working-days', count: 3 } as Period,
    basis: basis2023(
      'revocation.falsified-dossier',
      'Nghị định 92/2024/NĐ-CP, Điều 23, 64: xử lý yêu cầu thu hồi do giả mạo hồ sơ trong 03 ngày làm việc',
      'Decree 92/2024/ND-CP, Art. 23, 64: a request to revoke for a falsified dossier is handled within 3 working days',
      true,
    ),
  },
  responseWindow2023: {
    period: { unit: 'working-days', count: 10 } as Period,
    basis: basis2023(
      'revocation.response-window',
      'Nghị định 92/2024/NĐ-CP, Điều 33, 64: thông báo vi phạm thuộc trường hợp thu hồi; thời hạn giải trình 10 ngày làm việc (chưa được đối chiếu)',
      'Decree 92/2024/ND-CP, Art. 33, 64: notice of a violation subject to revocation; 10 working days to respond (not confirmed)',
      false,
    ),
  },
  resolutionThreshold: {
    /** Share of the members (delegates) present who must vote for dissolution. */
    share: 0.75,
    'law-2012': basis2012(
      'dissolution.voluntary.vote',
      'Luật Hợp tác xã 2012, Điều 32: nghị quyết giải thể được ít nhất 3/4 thành viên, đại biểu có mặt biểu quyết tán thành (chưa được đối chiếu)',
      'Law on Cooperatives 2012, Art. 32: dissolution needs at least three quarters of the members or delegates present (not confirmed)',
      false,
    ),
    'law-2023': basis2023(
      'dissolution.voluntary.vote',
      'Luật Hợp tác xã 2023, Điều 98: nghị quyết giải thể của đại hội thành viên; tỷ lệ biểu quyết 3/4 (chưa được đối chiếu)',
      'Law on Cooperatives 2023, Art. 98: the general meeting’s resolution to dissolve; three quarters of the votes (not confirmed)',
      false,
    ),
  },
  prohibitedActs2023: basis2023(
    'dissolution.prohibited-acts',
    'Luật Hợp tác xã 2023, Điều 100: các hoạt động bị cấm kể từ khi có nghị quyết giải thể, quyết định thu hồi hoặc quyết định của Tòa án',
    'Law on Cooperatives 2023, Art. 100: acts prohibited from the dissolution resolution, the revocation or the court decision',
    true,
  ),
  filingsBlocked2023: basis2023(
    'revocation.filings-blocked',
    'Nghị định 92/2024/NĐ-CP, Điều 33: không giải quyết hồ sơ đăng ký của hợp tác xã đã có thông báo vi phạm thuộc trường hợp thu hồi, bị thu hồi hoặc đang làm thủ tục giải thể',
    'Decree 92/2024/ND-CP, Art. 33: no filing is processed for a cooperative notified of a violation subject to revocation, revoked, or dissolving',
    true,
  ),
  prohibitedActs2012: basis2012(
    'dissolution.prohibited-acts',
    'Luật Hợp tác xã 2012, Điều 54; Nghị định 193/2013/NĐ-CP, Điều 19: hợp tác xã đang giải thể chỉ thực hiện các việc để giải thể (chưa được đối chiếu)',
    'Law on Cooperatives 2012, Art. 54; Decree 193/2013/ND-CP, Art. 19: a dissolving cooperative acts only to dissolve (not confirmed)',
    false,
  ),
} as const;

/** The authority's own pace where no statute sets one (preparing a dossier, deciding): ten working days. */
const OFFICE_DUE = (from: 'anchor' | DissolutionStepId): DueRule => ({
  from,
  period: { unit: 'working-days', count: 10 },
  basis: null,
});

const step = (
  stepId: DissolutionStepId,
  kind: StepKind,
  after: readonly DissolutionStepId[],
  due: DueRule | null,
  sets: CooperativeStatus | null = null,
  documents: readonly DissolutionDocument[] = [],
): StepDefinition => ({ stepId, kind, after, due, sets, documents });

const R = DISSOLUTION_RULES;
const councilDue2012 = (from: 'anchor' | DissolutionStepId, basis: LegalBasis): DueRule => ({
  from,
  period: R.councilPeriod2012.period,
  basis,
});

/** What follows the status "dissolving" under the 2023 Law: debts and taxes, the dossier within 5 working days, the status. */
const SETTLEMENT_2023: readonly StepDefinition[] = [
  step('debts-settled', 'evidence', ['publication'], null),
  step('dossier-filed', 'evidence', ['debts-settled'], {
    from: 'debts-settled',
    period: R.dossierAfterSettlement2023.period,
    basis: R.dossierAfterSettlement2023.basis,
  }),
  step(
    'confirmation',
    'decision',
    ['dossier-filed'],
    { from: 'dossier-filed', period: R.confirmation2023.period, basis: R.confirmation2023.basis },
    'dissolved',
    ['dissolution-confirmation'],
  ),
];

const COUNCIL_TASKS_2012 = ['newspaper-notices', 'creditors-notified', 'assets-settled'] as const;

export const PLANS: Readonly<Record<DissolutionPlan, readonly StepDefinition[]>> = {
  'voluntary-2012': [
    step('authority-notified', 'evidence', [], councilDue2012('anchor', R.councilPeriod2012.voluntary)),
    ...COUNCIL_TASKS_2012.map((id) =>
      step(id, 'evidence', [], councilDue2012('anchor', R.councilPeriod2012.voluntary)),
    ),
    step('branches-terminated', 'evidence', [], councilDue2012('anchor', R.councilPeriod2012.voluntary)),
    step('dossier-filed', 'evidence', ['authority-notified', ...COUNCIL_TASKS_2012, 'branches-terminated'], null),
    step(
      'confirmation',
      'decision',
      ['dossier-filed'],
      { from: 'dossier-filed', period: R.confirmation2012.period, basis: R.confirmation2012.basis },
      'dissolved',
      ['dissolution-confirmation'],
    ),
  ],
  'voluntary-2023': [
    step(
      'publication',
      'office',
      [],
      { from: 'anchor', period: R.publication2023.period, basis: R.publication2023.voluntary },
      'dissolving',
    ),
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
        councilDue2012('dissolution-decision', R.councilPeriod2012.compulsory),
      ),
    ),
    step(
      'completion-minutes',
      'evidence',
      COUNCIL_TASKS_2012,
      councilDue2012('dissolution-decision', R.councilPeriod2012.compulsory),
    ),
    step('confirmation', 'decision', ['completion-minutes'], OFFICE_DUE('completion-minutes'), 'dissolved', [
      'dissolution-confirmation',
    ]),
  ],
  'revocation-2023': [
    step('revocation-notice', 'office', [], OFFICE_DUE('anchor'), null, ['revocation-notice']),
    step('response-window', 'window', ['revocation-notice'], {
      from: 'revocation-notice',
      period: R.responseWindow2023.period,
      basis: R.responseWindow2023.basis,
    }),
    step('revocation-decision', 'decision', ['response-window'], OFFICE_DUE('response-window'), 'revoked', [
      'revocation-decision',
    ]),
    step(
      'publication',
      'office',
      ['revocation-decision'],
      { from: 'revocation-decision', period: R.publication2023.period, basis: R.publication2023.compulsory },
      'dissolving',
    ),
    ...SETTLEMENT_2023,
  ],
  'court-2023': [
    step(
      'publication',
      'office',
      [],
      { from: 'anchor', period: R.publication2023.period, basis: R.publication2023.compulsory },
      'dissolving',
    ),
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
          due: { from: 'anchor', period: R.falsifiedDossier2023.period, basis: R.falsifiedDossier2023.basis },
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
export function groundBasis(ground: DissolutionGround, regime: DissolutionRegime): LegalBasis {
  const ruleId = `dissolution.ground.${ground}`;
  if (ground === 'general-meeting-resolution') {
    return regime === 'law-2012'
      ? basis2012(ruleId, 'Luật Hợp tác xã 2012, Điều 54 khoản 1', 'Law on Cooperatives 2012, Art. 54(1)', true)
      : basis2023(
          ruleId,
          'Luật Hợp tác xã 2023, Điều 97 khoản 1 điểm a; Điều 98',
          'Law on Cooperatives 2023, Art. 97(1)(a); Art. 98',
          true,
        );
  }
  if (regime === 'law-2012') {
    return basis2012(
      ruleId,
      'Luật Hợp tác xã 2012, Điều 54 khoản 2; Nghị định 193/2013/NĐ-CP, Điều 19 khoản 2',
      'Law on Cooperatives 2012, Art. 54(2); Decree 193/2013/ND-CP, Art. 19(2)',
      true,
    );
  }
  switch (ground) {
    case 'court-decision':
      return basis2023(
        ruleId,
        'Luật Hợp tác xã 2023, Điều 97 khoản 1 điểm b',
        'Law on Cooperatives 2023, Art. 97(1)(b)',
        true,
      );
    case 'falsified-dossier':
      return basis2023(
        ruleId,
        'Nghị định 92/2024/NĐ-CP, Điều 23: hồ sơ đăng ký giả mạo',
        'Decree 92/2024/ND-CP, Art. 23: a falsified registration dossier',
        true,
      );
    case 'tax-enforcement':
      return basis2023(
        ruleId,
        'Nghị định 92/2024/NĐ-CP, Điều 28: thu hồi theo yêu cầu của cơ quan thuế (cưỡng chế quản lý thuế)',
        'Decree 92/2024/ND-CP, Art. 28: revoked at the tax authority’s request (tax enforcement)',
        true,
      );
    case 'inactive-12m':
    case 'below-minimum-12m':
    case 'no-general-meeting-18m':
    case 'certificate-revoked':
      return basis2023(
        ruleId,
        'Luật Hợp tác xã 2023: căn cứ thu hồi giấy chứng nhận chưa được đối chiếu (ngừng hoạt động, thiếu thành viên, không họp đại hội)',
        'Law on Cooperatives 2023: this ground for revocation is not confirmed (not operating, too few members, no general meeting)',
        false,
      );
  }
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
  dissolution: Pick<DissolutionCase, 'plan' | 'ground' | 'steps'>,
  anchorOn: IsoDate,
  calendar: WorkingCalendar,
): { stepId: DissolutionStepId; due: DeadlineProvenance | null }[] {
  const byId = new Map(dissolution.steps.map((current) => [current.stepId, current]));
  const doneOn = (id: DissolutionStepId) => byId.get(id)?.completion?.completedOn ?? null;
  return planDefinitions(dissolution.plan, dissolution.ground)
    .filter((definition) => byId.get(definition.stepId)?.status === 'waiting')
    .filter((definition) => definition.after.every((id) => byId.get(id)?.status === 'done'))
    .map((definition) => {
      const rule = definition.due;
      const from = rule ? (rule.from === 'anchor' ? anchorOn : doneOn(rule.from)) : null;
      return {
        stepId: definition.stepId,
        due: rule && from ? computeDeadline(calendar, from, rule.period, rule.basis) : null,
      };
    });
}

/** The date periods run from: the resolution (2012 voluntary), the court decision's receipt, else the case's opening. */
export function anchorOf(
  dissolution: Pick<DissolutionCase, 'plan' | 'resolution' | 'courtDecision' | 'openedOn'>,
): IsoDate {
  if (dissolution.plan === 'voluntary-2012' && dissolution.resolution) return dissolution.resolution.adoptedOn;
  if (dissolution.plan === 'court-2023' && dissolution.courtDecision) return dissolution.courtDecision.receivedOn;
  return dissolution.openedOn;
}
