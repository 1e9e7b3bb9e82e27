import type { RuleBook } from '../legal/rule-pack';
import { addDays, addMonths, formatVietnamese, yearOf } from '../calendar/calendar-date';
import { computeDeadline, periodLabel, type Period } from '../calendar/deadline';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { LegalBasis } from '../legal/legal-basis';
import { isSameOrLaterRegime, LEGAL_REGIMES, REGIMES, regimeInForceOn, type LegalRegime } from '../legal/legal-regime';
import type { FieldProblem } from '../shared/domain-error';
import { compareIsoDates, isIsoDate, type IsoDate } from '../shared/iso-date';
import { text, type LocalizedText } from '../shared/localized-text';
import { COOPERATIVE_STATUS_LABELS, type Cooperative } from './cooperative';
import type { ReportDocument } from './reporting';
import { DISSOLUTION_KIND_LABELS, openDissolution } from './dissolution';

export const OPERATING_ACTIVITIES = ['revenue-declared', 'contract', 'inspection', 'other'] as const;
export type OperatingActivity = (typeof OPERATING_ACTIVITIES)[number];

export const ACTIVITY_LABELS: Readonly<Record<OperatingActivity, LocalizedText>> = {
  'revenue-declared': text('kê khai doanh thu', 'revenue declared'),
  contract: text('hợp đồng', 'a contract'),
  inspection: text('kết quả kiểm tra', 'an inspection finding'),
  other: text('bằng chứng khác', 'other evidence'),
};

/** Something that happened to a cooperative, as an officer (or an import) reports it, with its own id. */
export type OperatingFact =
  | {
      readonly kind: 'annual-report';
      readonly year: number;
      readonly filedOn: IsoDate;
      readonly reference: string;
      /** Absent: the activity report (báo cáo tình hình hoạt động). */
      readonly document?: ReportDocument;
      /** Revenue of the year reported (VND), when the report states it. */
      readonly revenue?: number;
    }
  | {
      readonly kind: 'general-meeting';
      readonly heldOn: IsoDate;
      readonly meeting: 'annual' | 'extraordinary';
      readonly note: string;
    }
  | { readonly kind: 'member-count'; readonly changedOn: IsoDate; readonly memberCount: number; readonly note: string }
  | {
      readonly kind: 'activity';
      readonly on: IsoDate;
      readonly activity: OperatingActivity;
      readonly description: string;
    }
  | {
      readonly kind: 'suspension-notice';
      readonly noticeOn: IsoDate;
      readonly from: IsoDate;
      readonly until: IsoDate;
      readonly note: string;
    }
  | {
      readonly kind: 'resumption-notice';
      readonly noticeOn: IsoDate;
      readonly resumeOn: IsoDate;
      readonly note: string;
    }
  | {
      readonly kind: 'registration-change';
      readonly filedOn: IsoDate;
      readonly change: RegistrationChange;
      readonly description: string;
    }
  | { readonly kind: 'capital-raised'; readonly raisedOn: IsoDate; readonly amount: number; readonly note: string }
  /** A conversion campaign's sign-off: the charter now conforms to a later law (T18, T19). */
  | {
      readonly kind: 'regime-converted';
      readonly to: LegalRegime;
      readonly convertedOn: IsoDate;
      readonly reference: string;
      readonly campaignId: string | null;
    }
  /** Not converted: the cooperative became another legal form (T18) and leaves the registry of cooperatives. */
  | {
      readonly kind: 'converted-out';
      readonly convertedOn: IsoDate;
      readonly note: string;
      readonly campaignId: string | null;
    }
  | {
      /** Where the cooperative receives the registry's notices (not evidence of operating). */
      readonly kind: 'notice-address';
      readonly changedOn: IsoDate;
      readonly email: string;
    };

/** What a registration of changes (đăng ký thay đổi) changes on the certificate. */
export const REGISTRATION_CHANGES = [
  'name',
  'head-office',
  'business-lines',
  'charter-capital',
  'legal-representative',
  'branches',
] as const;
export type RegistrationChange = (typeof REGISTRATION_CHANGES)[number];

export const REGISTRATION_CHANGE_LABELS: Readonly<Record<RegistrationChange, LocalizedText>> = {
  name: text('đổi tên', 'change of name'),
  'head-office': text('đổi trụ sở chính', 'change of head office'),
  'business-lines': text('đổi ngành, nghề kinh doanh', 'change of business lines'),
  'charter-capital': text('đổi vốn điều lệ', 'change of charter capital'),
  'legal-representative': text('đổi người đại diện theo pháp luật', 'change of legal representative'),
  branches: text('chi nhánh, văn phòng đại diện', 'branches and offices'),
};

export type FactKind = OperatingFact['kind'];

/** The day a fact happened on (a notice: the day it was given). */
export function factDate(fact: OperatingFact): IsoDate {
  switch (fact.kind) {
    case 'annual-report':
      return fact.filedOn;
    case 'general-meeting':
      return fact.heldOn;
    case 'member-count':
      return fact.changedOn;
    case 'activity':
      return fact.on;
    case 'suspension-notice':
    case 'resumption-notice':
      return fact.noticeOn;
    case 'registration-change':
      return fact.filedOn;
    case 'capital-raised':
      return fact.raisedOn;
    case 'regime-converted':
    case 'converted-out':
      return fact.convertedOn;
    case 'notice-address':
      return fact.changedOn;
  }
}

/** The field of a fact that holds its date. */
function dateFieldOf(fact: OperatingFact): string {
  switch (fact.kind) {
    case 'annual-report':
    case 'registration-change':
      return 'filedOn';
    case 'general-meeting':
      return 'heldOn';
    case 'member-count':
    case 'notice-address':
      return 'changedOn';
    case 'activity':
      return 'on';
    case 'capital-raised':
      return 'raisedOn';
    case 'regime-converted':
    case 'converted-out':
      return 'convertedOn';
    case 'suspension-notice':
    case 'resumption-notice':
      return 'noticeOn';
  }
}

/** How much notice a suspension or a resumption needs, under the regime in force on the notice day. */
export function noticePeriod(rules: RuleBook, noticeOn: IsoDate): { period: Period; basis: LegalBasis } {
  return rules.period(packRegime(noticeOn), 'suspension.notice-period', noticeOn);
}

/** The longest a suspension may run: one year in a row in total (2012), twelve months per notice (2023). */
export function suspensionCap(
  rules: RuleBook,
  noticeOn: IsoDate,
): { months: number; consecutive: boolean; basis: LegalBasis } {
  const regime = packRegime(noticeOn);
  const { period, basis } = rules.period(regime, 'suspension.max-duration', noticeOn);
  return { months: period.count, consecutive: regime !== 'law-2023', basis };
}

/** The earliest day a suspension or resumption notified on `noticeOn` may take effect. */
export function earliestEffectiveDate(calendar: WorkingCalendar, rules: RuleBook, noticeOn: IsoDate): IsoDate {
  return computeDeadline(calendar, noticeOn, noticePeriod(rules, noticeOn).period).due;
}

/** Notices before the 2012 Law are read with its rules, the first the registry applies to them. */
const packRegime = (on: IsoDate): LegalRegime => {
  const regime = regimeInForceOn(on);
  return regime === 'law-2003' ? 'law-2012' : regime;
};

/** Where the basis of each kind of fact lies (what makes it evidence, or what allows the notice). */
export function factBasis(fact: OperatingFact, cooperative: Cooperative, rules: RuleBook): LegalBasis | null {
  const on = factDate(fact);
  switch (fact.kind) {
    case 'suspension-notice':
    case 'resumption-notice':
      return noticePeriod(rules, on).basis;
    case 'general-meeting':
      return cooperative.kind === 'group' ? null : rules.basis(packRegime(on), 'evidence.general-meeting', on);
    case 'annual-report':
    case 'member-count':
    case 'activity':
    case 'registration-change':
    case 'capital-raised':
    case 'notice-address':
      return null;
    case 'regime-converted':
      return rules.basis(fact.to, 'registration.transition', on);
    case 'converted-out':
      return rules.basis(packRegime(on), 'registration.transition', on);
  }
}

type Context = { readonly today: IsoDate; readonly calendar: WorkingCalendar; readonly rules: RuleBook };

/** A plain address (name@domain.tld), at most 254 characters. */
export function isEmailAddress(value: string): boolean {
  return (
    typeof value === 'string' && value.length <= 254 && /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/.test(value)
  );
}

const problem = (field: string, vi: string, en: string, fix?: LocalizedText): FieldProblem =>
  fix ? { field, reason: text(vi, en), fix } : { field, reason: text(vi, en) };

/**
 * Every problem with a fact, against the cooperative as it stands: dates in range, counts sane, and the notices
 * within the rules of the regime in force on the notice day. Field names are the fact's own.
 */
export function checkFact(cooperative: Cooperative, fact: OperatingFact, context: Context): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const dateField = dateFieldOf(fact);
  const on = factDate(fact);
  if (!isIsoDate(on)) {
    problems.push(problem(dateField, 'Ngày không hợp lệ.', 'Not a valid date.'));
    return problems;
  }
  if (compareIsoDates(on, context.today) > 0) {
    problems.push(
      problem(dateField, 'Không thể ghi nhận sự việc ở ngày tương lai.', 'A fact cannot be dated in the future.'),
    );
  }
  if (compareIsoDates(on, cooperative.registeredOn) < 0) {
    problems.push(
      problem(
        dateField,
        `Trước ngày đăng ký (${formatVietnamese(cooperative.registeredOn)}).`,
        `Before the registration (${cooperative.registeredOn}).`,
      ),
    );
  }
  if (['dissolved', 'revoked', 'converted-out'].includes(cooperative.status)) {
    problems.push(
      problem(
        'cooperative',
        `Hợp tác xã ${COOPERATIVE_STATUS_LABELS[cooperative.status].vi.toLowerCase()}: không ghi nhận thêm.`,
        `The cooperative is ${COOPERATIVE_STATUS_LABELS[cooperative.status].en.toLowerCase()}: nothing more is recorded.`,
      ),
    );
  }
  switch (fact.kind) {
    case 'annual-report':
      if (
        !Number.isInteger(fact.year) ||
        fact.year < yearOf(cooperative.registeredOn) ||
        fact.year > yearOf(context.today)
      ) {
        problems.push(
          problem(
            'year',
            `Năm báo cáo phải từ ${yearOf(cooperative.registeredOn)} đến ${yearOf(context.today)}.`,
            `The report year must be from ${yearOf(cooperative.registeredOn)} to ${yearOf(context.today)}.`,
          ),
        );
      }
      if (fact.revenue !== undefined && (!Number.isSafeInteger(fact.revenue) || fact.revenue < 0)) {
        problems.push(
          problem(
            'revenue',
            'Doanh thu phải là số nguyên không âm (đồng).',
            'The revenue must be a whole, non-negative number of VND.',
          ),
        );
      }
      break;
    case 'member-count':
      if (!Number.isInteger(fact.memberCount) || fact.memberCount < 0 || fact.memberCount > 1_000_000) {
        problems.push(
          problem(
            'memberCount',
            'Số thành viên phải là số nguyên không âm.',
            'The member count must be a whole number, not negative.',
          ),
        );
      }
      break;
    case 'suspension-notice':
      problems.push(...checkSuspension(cooperative, fact, context));
      break;
    case 'resumption-notice':
      problems.push(...checkResumption(cooperative, fact, context));
      break;
    case 'converted-out':
      // Only a conversion's follow-up sends it: the status check above is all it needs.
      break;
    case 'regime-converted':
      if (!LEGAL_REGIMES.includes(fact.to) || isSameOrLaterRegime(cooperative.regime, fact.to)) {
        problems.push(
          problem(
            'to',
            `Hợp tác xã đã theo ${REGIMES[cooperative.regime].title.vi}: chỉ chuyển sang luật mới hơn.`,
            `The cooperative already follows the ${REGIMES[cooperative.regime].title.en}: it can only move to a later law.`,
          ),
        );
      } else if (compareIsoDates(on, REGIMES[fact.to].inForceFrom!) < 0) {
        problems.push(
          problem(
            'convertedOn',
            `Trước ngày ${REGIMES[fact.to].title.vi} có hiệu lực.`,
            `Before the ${REGIMES[fact.to].title.en} took effect.`,
          ),
        );
      }
      break;
    case 'capital-raised':
      if (!Number.isSafeInteger(fact.amount) || fact.amount <= 0) {
        problems.push(
          problem(
            'amount',
            'Số vốn phải là số nguyên dương (đồng).',
            'The amount must be a positive whole number of VND.',
          ),
        );
      }
      break;
    case 'notice-address':
      if (!isEmailAddress(fact.email)) {
        problems.push(
          problem(
            'email',
            'Địa chỉ thư điện tử không hợp lệ.',
            'Not a valid e-mail address.',
            text('Ví dụ: htx.caoxa@gmail.com', 'For example: htx.caoxa@gmail.com'),
          ),
        );
      }
      break;
    case 'general-meeting':
    case 'activity':
    case 'registration-change':
      break;
  }
  problems.push(...prohibitedWhileDissolving(cooperative, fact, context.rules));
  return problems;
}

/**
 * While a dissolution or revocation is open, the acts the law forbids are refused, with the legal basis: filings of
 * changes, suspension and resumption notices (Decree 92 Art. 33), new members and capital raising (2023 Law Art. 100).
 */
function prohibitedWhileDissolving(cooperative: Cooperative, fact: OperatingFact, rules: RuleBook): FieldProblem[] {
  const open = openDissolution(cooperative.dissolutions);
  if (!open) return [];
  const forbidden =
    fact.kind === 'registration-change' ||
    fact.kind === 'capital-raised' ||
    fact.kind === 'suspension-notice' ||
    fact.kind === 'resumption-notice' ||
    (fact.kind === 'member-count' && fact.memberCount > cooperative.memberCount);
  if (!forbidden) return [];
  const on = factDate(fact);
  const basis =
    open.regime === 'law-2012' || fact.kind === 'capital-raised' || fact.kind === 'member-count'
      ? rules.basis(open.regime, 'dissolution.prohibited-acts', on)
      : rules.basis(open.regime, 'revocation.filings-blocked', on);
  const field =
    fact.kind === 'member-count' ? 'memberCount' : fact.kind === 'capital-raised' ? 'amount' : dateFieldOf(fact);
  const kind = DISSOLUTION_KIND_LABELS[open.kind];
  return [
    problem(
      field,
      `Hợp tác xã đang trong thủ tục ${kind.vi.toLowerCase()} (từ ${formatVietnamese(open.openedOn)}): việc này bị cấm — ${basis.citation.vi}${basis.confirmed ? '' : ' (căn cứ chưa được xác nhận)'}.`,
      `The cooperative is under ${kind.en.toLowerCase()} (since ${open.openedOn}): this is forbidden — ${basis.citation.en}${basis.confirmed ? '' : ' (unconfirmed basis)'}.`,
      text(
        'Chỉ thực hiện các việc để giải thể; nếu thủ tục được rút hoặc bác bỏ thì gửi lại sau đó.',
        'Only acts that serve the dissolution are allowed; if the case is withdrawn or declined, send it again then.',
      ),
    ),
  ];
}

function checkSuspension(
  cooperative: Cooperative,
  notice: Extract<OperatingFact, { kind: 'suspension-notice' }>,
  context: Context,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isIsoDate(notice.from) || !isIsoDate(notice.until)) {
    return [problem(isIsoDate(notice.from) ? 'until' : 'from', 'Ngày không hợp lệ.', 'Not a valid date.')];
  }
  const current = cooperative.suspension;
  const extending = current !== null && cooperative.status === 'suspended';
  if (cooperative.status !== 'active' && !extending) {
    problems.push(
      problem(
        'from',
        `Chỉ hợp tác xã đang hoạt động (hoặc đang tạm ngừng, để gia hạn) mới thông báo tạm ngừng; hiện: ${COOPERATIVE_STATUS_LABELS[cooperative.status].vi}.`,
        `Only an active cooperative (or a suspended one, extending) may notify a suspension; now: ${COOPERATIVE_STATUS_LABELS[cooperative.status].en}.`,
      ),
    );
  }
  if (current && !current.started && !extending) {
    problems.push(
      problem(
        'from',
        `Đã có thông báo tạm ngừng từ ${formatVietnamese(current.from)}.`,
        `A suspension from ${current.from} is already notified.`,
        text(
          'Gửi thông báo tiếp tục kinh doanh để hủy, rồi thông báo lại.',
          'Send a resumption notice to cancel it, then notify again.',
        ),
      ),
    );
  }
  const earliest = earliestEffectiveDate(context.calendar, context.rules, notice.noticeOn);
  const noticeRule = noticePeriod(context.rules, notice.noticeOn);
  if (compareIsoDates(notice.from, earliest) < 0) {
    const ahead = periodLabel(noticeRule.period);
    problems.push(
      problem(
        'from',
        `Phải thông báo trước ít nhất ${ahead.vi}: sớm nhất từ ${formatVietnamese(earliest)} (${noticeRule.basis.citation.vi}).`,
        `Notice must be given at least ${ahead.en} ahead: ${earliest} at the earliest (${noticeRule.basis.citation.en}).`,
      ),
    );
  }
  if (compareIsoDates(notice.until, notice.from) <= 0) {
    problems.push(problem('until', 'Ngày kết thúc phải sau ngày bắt đầu.', 'The end must come after the start.'));
  } else {
    const cap = suspensionCap(context.rules, notice.noticeOn);
    const runsFrom = cap.consecutive && extending && current ? current.consecutiveSince : notice.from;
    const latest = addDays(addMonths(runsFrom, cap.months), -1);
    if (compareIsoDates(notice.until, latest) > 0) {
      problems.push(
        problem(
          'until',
          `Quá thời hạn tạm ngừng cho phép: chậm nhất đến ${formatVietnamese(latest)} (${cap.basis.citation.vi}).`,
          `Longer than allowed: until ${latest} at the latest (${cap.basis.citation.en}).`,
        ),
      );
    }
  }
  return problems;
}

function checkResumption(
  cooperative: Cooperative,
  notice: Extract<OperatingFact, { kind: 'resumption-notice' }>,
  context: Context,
): FieldProblem[] {
  const suspension = cooperative.suspension;
  if (!suspension) {
    return [problem('resumeOn', 'Hợp tác xã không tạm ngừng kinh doanh.', 'The cooperative is not suspended.')];
  }
  if (!isIsoDate(notice.resumeOn)) return [problem('resumeOn', 'Ngày không hợp lệ.', 'Not a valid date.')];
  const problems: FieldProblem[] = [];
  // Only the 2023 rules ask for notice before resuming; under the 2012 Law it may be the same day.
  const needsNotice = regimeInForceOn(notice.noticeOn) === 'law-2023';
  const earliest = needsNotice
    ? earliestEffectiveDate(context.calendar, context.rules, notice.noticeOn)
    : notice.noticeOn;
  if (compareIsoDates(notice.resumeOn, earliest) < 0) {
    const ahead = periodLabel(noticePeriod(context.rules, notice.noticeOn).period);
    problems.push(
      problem(
        'resumeOn',
        `Phải thông báo trước ít nhất ${ahead.vi}: sớm nhất ngày ${formatVietnamese(earliest)}.`,
        `Notice must be given at least ${ahead.en} ahead: ${earliest} at the earliest.`,
      ),
    );
  }
  if (compareIsoDates(notice.resumeOn, suspension.until) > 0) {
    problems.push(
      problem(
        'resumeOn',
        `Thời hạn tạm ngừng đã hết ngày ${formatVietnamese(suspension.until)}: hợp tác xã tự hoạt động trở lại.`,
        `The suspension ends on ${suspension.until} anyway.`,
      ),
    );
  }
  return problems;
}
