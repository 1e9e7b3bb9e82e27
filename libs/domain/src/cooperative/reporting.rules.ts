import { isoDate } from '../calendar/calendar-date';
import type { LegalBasis } from '../legal/legal-basis';
import { regimeInForceOn } from '../legal/legal-regime';
import type { RuleBook } from '../legal/rule-pack';
import type { IsoDate } from '../shared/iso-date';

/**
 * The dates of periodic reporting (LIFECYCLE §7), read from the rule pack of the law in force at the end of the year
 * reported on: 15 December of that year under the 2012 Law (Circular 03/2014 Art. 25 as amended by Circular 07/2019;
 * Decree 107/2017's 15 January is kept in the pack as the conflicting older rule, not applied), the district by 18
 * and the province by 21 December; under the 2023 Law the same dates, flagged unconfirmed.
 */
const regimeOfYear = (year: number) => regimeInForceOn(isoDate(year, 12, 31));

/** When the report on `year` is due, and why. */
export function reportDueOn(
  year: number,
  rules: RuleBook,
): { readonly dueOn: IsoDate; readonly legalBasis: LegalBasis } {
  return rules.dayOfYear(regimeOfYear(year), 'reporting.annual-report.due', year);
}

/** The cascade upward for `year`: district, then province. */
export function cascadeDueOn(
  year: number,
  level: 'district' | 'province',
  rules: RuleBook,
): { readonly dueOn: IsoDate; readonly legalBasis: LegalBasis } {
  return rules.dayOfYear(regimeOfYear(year), `reporting.cascade.${level}`, year);
}
