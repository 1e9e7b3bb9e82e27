import { compareIsoDates, type IsoDate } from '../shared/iso-date';
import type { Cooperative } from './cooperative';

/** One reporting year of the yearly reports the registry tracked: how each obligation of that year ended up. */
export type ReportingYear = {
  readonly year: number;
  /** Filed on or before its due date. */
  readonly onTime: number;
  /** Filed after its due date. */
  readonly late: number;
  /** Still not filed, past its due date on `asOf`. */
  readonly notFiled: number;
  /** Not filed yet, and not due yet on `asOf`. */
  readonly notYetDue: number;
};

/**
 * Counts, per year asked, the report obligations of these cooperatives: filed on time, filed late, not filed past the
 * due date, or not due yet on `asOf`. Only years the registry tracked count (an obligation is opened when a year's
 * report is asked for); a year reported before tracking began has no obligation and is not in these counts.
 */
export function reportingHistory(
  cooperatives: readonly Pick<Cooperative, 'reporting'>[],
  years: readonly number[],
  asOf: IsoDate,
): ReportingYear[] {
  return years.map((year) => {
    const counts = { year, onTime: 0, late: 0, notFiled: 0, notYetDue: 0 };
    for (const cooperative of cooperatives) {
      for (const obligation of cooperative.reporting?.obligations ?? []) {
        if (obligation.year !== year) continue;
        if (obligation.status === 'filed' && obligation.filedOn) {
          if (compareIsoDates(obligation.filedOn, obligation.dueOn) <= 0) counts.onTime += 1;
          else counts.late += 1;
        } else if (compareIsoDates(obligation.dueOn, asOf) < 0) counts.notFiled += 1;
        else counts.notYetDue += 1;
      }
    }
    return counts;
  });
}
