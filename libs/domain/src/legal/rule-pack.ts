import type { Period } from '../calendar/deadline';
import { compareIsoDates, isIsoDate, type IsoDate } from '../shared/iso-date';
import { text, type LocalizedText } from '../shared/localized-text';
import type { LegalBasis } from './legal-basis';
import { LEGAL_REGIMES, type LegalRegime } from './legal-regime';

/** What a parameter measures. `provision` is a rule with no number: a ground, a step or a prohibition. */
export const RULE_UNITS = [
  'members',
  'days',
  'working-days',
  'months',
  'date',
  'day-of-year',
  'share',
  'provision',
] as const;
export type RuleUnit = (typeof RULE_UNITS)[number];

export const RULE_TOPICS = [
  'establishment',
  'membership',
  'capital',
  'suspension',
  'evidence',
  'dormancy',
  'dissolution',
  'revocation',
  'conversion',
  'support',
  'reporting',
] as const;
export type RuleTopic = (typeof RULE_TOPICS)[number];

/** A number for counts, periods and shares; a date for fixed deadlines, MM-DD for a yearly day; nothing for a provision. */
export type RuleValue = number | IsoDate | null;

/** One rule of a regime as the law (or our best reading of it) states it, before any correction. */
export type RuleParameter = {
  readonly regime: LegalRegime;
  readonly parameterId: string;
  readonly topic: RuleTopic;
  readonly label: LocalizedText;
  readonly unit: RuleUnit;
  readonly value: RuleValue;
  readonly citation: LocalizedText;
  readonly confirmed: boolean;
};

/**
 * An administrator's correction of a parameter: from `effectiveFrom` on, deadlines that start and checks made on or
 * after that day use it. Corrections are kept, never edited; the latest one in force on a day wins.
 */
export type RuleCorrection = {
  readonly regime: LegalRegime;
  readonly parameterId: string;
  /** 1, 2, … within the regime: the pack's version after the correction. */
  readonly sequence: number;
  readonly value: RuleValue;
  readonly citation: LocalizedText;
  readonly confirmed: boolean;
  readonly effectiveFrom: IsoDate;
  readonly reason: string;
  readonly correctedBy: string;
  readonly correctedAt: string;
};

/** A parameter as it applies on a day: its value and the basis recorded with whatever it decides. */
export type AppliedRule = RuleParameter & {
  readonly basis: LegalBasis;
  readonly correction: RuleCorrection | null;
};

export const UNIT_LABELS: Readonly<Record<RuleUnit, LocalizedText>> = {
  members: text('thành viên', 'members'),
  days: text('ngày', 'days'),
  'working-days': text('ngày làm việc', 'working days'),
  months: text('tháng', 'months'),
  date: text('ngày (thời hạn cố định)', 'date (fixed deadline)'),
  'day-of-year': text('ngày, tháng hằng năm', 'day of the year'),
  share: text('tỷ lệ', 'share'),
  provision: text('quy định', 'provision'),
};

/**
 * The rule packs in force, the built-in parameters of each regime with the corrections saved so far. Everything the
 * product decides by law reads its values here, for the day the period starts or the check is made.
 */
export class RuleBook {
  private readonly byKey: ReadonlyMap<string, RuleParameter>;

  constructor(
    readonly parameters: readonly RuleParameter[],
    readonly corrections: readonly RuleCorrection[] = [],
  ) {
    this.byKey = new Map(parameters.map((parameter) => [keyOf(parameter.regime, parameter.parameterId), parameter]));
  }

  withCorrections(corrections: readonly RuleCorrection[]): RuleBook {
    return new RuleBook(this.parameters, corrections);
  }

  /** The pack's version: "1" as built, "1.n" after n corrections. */
  version(regime: LegalRegime): string {
    const count = this.corrections.filter((correction) => correction.regime === regime).length;
    return count === 0 ? '1' : `1.${count}`;
  }

  has(regime: LegalRegime, parameterId: string): boolean {
    return this.byKey.has(keyOf(regime, parameterId));
  }

  /**
   * A parameter as it applies on a day. The legacy pack holds only what the 1996/2003 Laws set themselves; for the
   * rest a legacy cooperative is read with the 2012 Law's pack, the law its conversion brought it under.
   */
  rule(regime: LegalRegime, parameterId: string, on: IsoDate): AppliedRule {
    if (regime === 'law-2003' && !this.has(regime, parameterId)) return this.rule('law-2012', parameterId, on);
    const parameter = this.byKey.get(keyOf(regime, parameterId));
    if (!parameter) throw new RangeError(`No rule ${parameterId} in the ${regime} pack`);
    const correction =
      this.corrections
        .filter(
          (candidate) =>
            candidate.regime === regime &&
            candidate.parameterId === parameterId &&
            compareIsoDates(candidate.effectiveFrom, on) <= 0,
        )
        .sort((a, b) => b.sequence - a.sequence)[0] ?? null;
    const stated = correction
      ? { ...parameter, value: correction.value, citation: correction.citation, confirmed: correction.confirmed }
      : parameter;
    return {
      ...stated,
      correction,
      basis: {
        ruleId: parameterId,
        regime,
        rulePackVersion: this.version(regime),
        citation: stated.citation,
        confirmed: stated.confirmed,
      },
    };
  }

  basis(regime: LegalRegime, parameterId: string, on: IsoDate): LegalBasis {
    return this.rule(regime, parameterId, on).basis;
  }

  count(regime: LegalRegime, parameterId: string, on: IsoDate): number {
    const { value } = this.rule(regime, parameterId, on);
    if (typeof value !== 'number') throw new TypeError(`${regime} ${parameterId} is not a number`);
    return value;
  }

  date(regime: LegalRegime, parameterId: string, on: IsoDate): IsoDate {
    const { value } = this.rule(regime, parameterId, on);
    if (typeof value !== 'string') throw new TypeError(`${regime} ${parameterId} is not a date`);
    return value;
  }

  /** A yearly day (MM-DD) in a given year, with its basis. */
  dayOfYear(regime: LegalRegime, parameterId: string, year: number): { dueOn: IsoDate; legalBasis: LegalBasis } {
    const applied = this.rule(regime, parameterId, `${year}-12-31`);
    if (applied.unit !== 'day-of-year') throw new TypeError(`${regime} ${parameterId} is not a day of the year`);
    return { dueOn: `${year}-${applied.value as string}`, legalBasis: applied.basis };
  }

  /** A period parameter (days, working days or months) with its basis, for `computeDeadline`. */
  period(regime: LegalRegime, parameterId: string, on: IsoDate): { period: Period; basis: LegalBasis } {
    const applied = this.rule(regime, parameterId, on);
    if (applied.unit !== 'days' && applied.unit !== 'working-days' && applied.unit !== 'months') {
      throw new TypeError(`${regime} ${parameterId} is not a period`);
    }
    return { period: { unit: applied.unit, count: applied.value as number }, basis: applied.basis };
  }

  /** Every rule of a regime as it applies on a day. */
  pack(regime: LegalRegime, on: IsoDate): AppliedRule[] {
    return this.parameters
      .filter((parameter) => parameter.regime === regime)
      .map((parameter) => this.rule(regime, parameter.parameterId, on));
  }
}

const keyOf = (regime: LegalRegime, parameterId: string) => `${regime}/${parameterId}`;

export type CorrectionRequest = {
  readonly value: RuleValue;
  readonly citation?: LocalizedText;
  readonly confirmed?: boolean;
  readonly effectiveFrom: IsoDate;
  readonly reason: string;
};

export type CorrectionProblem = { readonly field: string; readonly reason: LocalizedText };

/** Every problem with a requested correction; an empty list means it may be saved. */
export function checkCorrection(
  book: RuleBook,
  regime: LegalRegime,
  parameterId: string,
  request: CorrectionRequest,
): CorrectionProblem[] {
  if (!LEGAL_REGIMES.includes(regime)) {
    return [{ field: 'regime', reason: text(`Không có bộ quy tắc ${regime}.`, `There is no ${regime} rule pack.`) }];
  }
  if (!book.has(regime, parameterId)) {
    return [
      {
        field: 'parameterId',
        reason: text(
          `Bộ quy tắc ${regime} không có tham số ${parameterId}.`,
          `The ${regime} rule pack has no parameter ${parameterId}.`,
        ),
      },
    ];
  }
  const problems: CorrectionProblem[] = [];
  const { unit } = book.rule(regime, parameterId, request.effectiveFrom ?? '9999-12-31');
  const problem = (field: string, vi: string, en: string) => problems.push({ field, reason: text(vi, en) });
  if (!isIsoDate(request.effectiveFrom)) {
    problem('effectiveFrom', 'Ngày hiệu lực phải là ngày dạng YYYY-MM-DD.', 'effectiveFrom must be a YYYY-MM-DD date.');
  }
  if ((request.reason ?? '').trim().length < 10) {
    problem(
      'reason',
      'Ghi lý do sửa (ít nhất 10 ký tự), ví dụ văn bản đã đối chiếu.',
      'Give the reason (at least 10 characters), e.g. the text checked.',
    );
  }
  const { value } = request;
  switch (unit) {
    case 'provision':
      if (value !== null) {
        problem('value', 'Quy định này không có giá trị số; để trống.', 'This provision has no value; leave it null.');
      }
      break;
    case 'date':
      if (typeof value !== 'string' || !isIsoDate(value)) {
        problem('value', 'Giá trị phải là ngày dạng YYYY-MM-DD.', 'The value must be a YYYY-MM-DD date.');
      }
      break;
    case 'day-of-year':
      if (typeof value !== 'string' || !isIsoDate(`2024-${value}`)) {
        problem(
          'value',
          'Giá trị phải là ngày, tháng dạng MM-DD, ví dụ 12-15.',
          'The value must be a MM-DD day, e.g. 12-15.',
        );
      }
      break;
    case 'share':
      if (typeof value !== 'number' || !(value > 0 && value <= 1)) {
        problem(
          'value',
          'Tỷ lệ phải lớn hơn 0 và không quá 1 (ví dụ 0.75).',
          'A share must be above 0 and at most 1 (e.g. 0.75).',
        );
      }
      break;
    case 'members':
    case 'days':
    case 'working-days':
    case 'months':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 10_000) {
        problem(
          'value',
          `Giá trị phải là số nguyên dương (${UNIT_LABELS[unit].vi}).`,
          `The value must be a positive whole number (${UNIT_LABELS[unit].en}).`,
        );
      }
  }
  return problems;
}

/** The correction a checked request becomes, numbered after the regime's earlier corrections. */
export function correctionOf(
  book: RuleBook,
  regime: LegalRegime,
  parameterId: string,
  request: CorrectionRequest,
  correctedBy: string,
  correctedAt: string,
): RuleCorrection {
  const current = book.rule(regime, parameterId, request.effectiveFrom);
  return {
    regime,
    parameterId,
    sequence: book.corrections.filter((correction) => correction.regime === regime).length + 1,
    value: request.value,
    citation: request.citation ?? current.citation,
    confirmed: request.confirmed ?? current.confirmed,
    effectiveFrom: request.effectiveFrom,
    reason: request.reason.trim(),
    correctedBy,
    correctedAt,
  };
}
