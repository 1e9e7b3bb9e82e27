import { isoDate } from '../calendar/calendar-date';
import { legalBasis, type LegalBasis } from '../legal/legal-basis';
import { regimeInForceOn, type LegalRegime } from '../legal/legal-regime';
import type { IsoDate } from '../shared/iso-date';
import { text } from '../shared/localized-text';

/**
 * A day of the year relative to the year reported on: `yearOffset` 0 is that year (15 December of the year reported
 * on), 1 the next (15 January of the following year).
 */
export type YearlyDate = { readonly month: number; readonly day: number; readonly yearOffset: 0 | 1 };

/** The statutory dates of the yearly report for one regime: the cooperative's, then the cascade upward. */
export type ReportingRule = {
  readonly regime: LegalRegime;
  readonly cooperativeDue: YearlyDate;
  readonly dueBasis: LegalBasis;
  /** The district registration agency consolidates by this date, then the province; null where unknown. */
  readonly districtDue: YearlyDate | null;
  readonly provinceDue: YearlyDate | null;
  readonly cascadeBasis: LegalBasis | null;
  /** An older or competing rule kept on record (LIFECYCLE §7, open question 4), not applied. */
  readonly conflicting: { readonly due: YearlyDate; readonly basis: LegalBasis } | null;
};

/**
 * THE table of legal values for periodic reporting (LIFECYCLE §7). Every date the reporting workflow applies comes
 * from here, with its citation and whether it is confirmed; it is meant to move as is into the regime's rule pack.
 *
 * - 2012 Law: 15 December of the year reported on, Circular 03/2014/TT-BKHĐT Art. 25 as amended by Circular
 *   07/2019/TT-BKHĐT (confirmed by secondary sources, [S21], [S22]); district by 18 December, province by 21 December.
 *   Decree 107/2017 (15 January of the following year) is the conflicting older rule, kept, not applied.
 * - 2023 Law: deadline UNCONFIRMED; the best current value continues the 15 December practice, flagged unconfirmed.
 * - 1996/2003 regime: cooperatives under it report under the 2012 rules once the 2012 Law is in force.
 */
export const REPORTING_RULES: Readonly<Record<LegalRegime, ReportingRule>> = {
  'law-2003': {
    regime: 'law-2003',
    cooperativeDue: { month: 12, day: 15, yearOffset: 0 },
    dueBasis: legalBasis(
      'law-2003',
      'reporting.annual-report.due',
      text(
        'Áp dụng Thông tư 03/2014/TT-BKHĐT, Điều 25 (sửa đổi bởi Thông tư 07/2019/TT-BKHĐT): nộp trước 15/12 (nguồn thứ cấp)',
        'Circular 03/2014/TT-BKHDT Art. 25 as amended by Circular 07/2019/TT-BKHDT applies: by 15 December (secondary sources)',
      ),
      true,
    ),
    districtDue: { month: 12, day: 18, yearOffset: 0 },
    provinceDue: { month: 12, day: 21, yearOffset: 0 },
    cascadeBasis: legalBasis(
      'law-2003',
      'reporting.cascade',
      text(
        'Thông tư 03/2014/TT-BKHĐT, Điều 25 (sửa đổi): cấp huyện tổng hợp trước 18/12, cấp tỉnh trước 21/12',
        'Circular 03/2014/TT-BKHDT Art. 25 (amended): district by 18 December, province by 21 December',
      ),
      true,
    ),
    conflicting: null,
  },
  'law-2012': {
    regime: 'law-2012',
    cooperativeDue: { month: 12, day: 15, yearOffset: 0 },
    dueBasis: legalBasis(
      'law-2012',
      'reporting.annual-report.due',
      text(
        'Thông tư 03/2014/TT-BKHĐT, Điều 25 (sửa đổi bởi Thông tư 07/2019/TT-BKHĐT): báo cáo năm nộp trước 15/12 của năm báo cáo (nguồn thứ cấp)',
        'Circular 03/2014/TT-BKHDT Art. 25 as amended by Circular 07/2019/TT-BKHDT: the annual report by 15 December of the year reported on (secondary sources)',
      ),
      true,
    ),
    districtDue: { month: 12, day: 18, yearOffset: 0 },
    provinceDue: { month: 12, day: 21, yearOffset: 0 },
    cascadeBasis: legalBasis(
      'law-2012',
      'reporting.cascade',
      text(
        'Thông tư 03/2014/TT-BKHĐT, Điều 25 (sửa đổi): cơ quan đăng ký cấp huyện tổng hợp trước 18/12, cấp tỉnh trước 21/12',
        'Circular 03/2014/TT-BKHDT Art. 25 (amended): district registration agency by 18 December, province by 21 December',
      ),
      true,
    ),
    conflicting: {
      due: { month: 1, day: 15, yearOffset: 1 },
      basis: legalBasis(
        'law-2012',
        'reporting.annual-report.due.decree-107-2017',
        text(
          'Nghị định 107/2017/NĐ-CP sửa đổi Nghị định 193/2013/NĐ-CP: báo cáo trước 15/01 năm sau (quy định cũ, mâu thuẫn, không áp dụng)',
          'Decree 107/2017/ND-CP amending Decree 193/2013/ND-CP: by 15 January of the following year (older, conflicting rule, not applied)',
        ),
        true,
      ),
    },
  },
  'law-2023': {
    regime: 'law-2023',
    cooperativeDue: { month: 12, day: 15, yearOffset: 0 },
    dueBasis: legalBasis(
      'law-2023',
      'reporting.annual-report.due',
      text(
        'Luật Hợp tác xã 2023: thời hạn báo cáo năm chưa được xác nhận; tạm áp dụng 15/12 như Thông tư 03/2014/TT-BKHĐT (sửa đổi)',
        'Law on Cooperatives 2023: the annual report deadline is unconfirmed; 15 December as under Circular 03/2014/TT-BKHDT (amended) is applied meanwhile',
      ),
      false,
    ),
    districtDue: { month: 12, day: 18, yearOffset: 0 },
    provinceDue: { month: 12, day: 21, yearOffset: 0 },
    cascadeBasis: legalBasis(
      'law-2023',
      'reporting.cascade',
      text(
        'Luật Hợp tác xã 2023: thời hạn tổng hợp chưa được xác nhận; tạm áp dụng 18/12 (huyện) và 21/12 (tỉnh)',
        'Law on Cooperatives 2023: consolidation deadlines unconfirmed; 18 December (district) and 21 December (province) meanwhile',
      ),
      false,
    ),
    conflicting: null,
  },
};

const onYear = (date: YearlyDate, year: number): IsoDate => isoDate(year + date.yearOffset, date.month, date.day);

/** The rule for the report on a year: the law in force at the end of that year (the 2023 Law from 2024). */
export function reportingRuleFor(year: number): ReportingRule {
  return REPORTING_RULES[regimeInForceOn(isoDate(year, 12, 31))];
}

/** When the report on `year` is due, and why. */
export function reportDueOn(year: number): { readonly dueOn: IsoDate; readonly legalBasis: LegalBasis } {
  const rule = reportingRuleFor(year);
  return { dueOn: onYear(rule.cooperativeDue, year), legalBasis: rule.dueBasis };
}

/** The cascade upward for `year`: district, then province; null where the regime sets none. */
export function cascadeDueOn(
  year: number,
  level: 'district' | 'province',
): { readonly dueOn: IsoDate; readonly legalBasis: LegalBasis } | null {
  const rule = reportingRuleFor(year);
  const date = level === 'district' ? rule.districtDue : rule.provinceDue;
  return date && rule.cascadeBasis ? { dueOn: onYear(date, year), legalBasis: rule.cascadeBasis } : null;
}
