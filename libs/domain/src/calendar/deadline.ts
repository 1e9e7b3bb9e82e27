import type { LegalBasis } from '../legal/legal-basis';
import type { IsoDate } from '../shared/iso-date';
import { text, type LocalizedText } from '../shared/localized-text';
import { addDays, addMonths, formatVietnamese, yearOf } from './calendar-date';
import type { DayOff } from './public-holidays';
import type { WorkingCalendar, YearBasis } from './working-calendar';

/** "within N working days" (ngày làm việc), "within N days" (calendar days, ngày), "within N months" (tháng). */
export type Period =
  | { readonly unit: 'working-days'; readonly count: number }
  | { readonly unit: 'days'; readonly count: number }
  | { readonly unit: 'months'; readonly count: number };

/** How a due date came about, kept with it and shown to the officer. */
export type DeadlineProvenance = {
  readonly period: Period;
  /** The day of the event the period runs from; not itself counted. */
  readonly from: IsoDate;
  readonly due: IsoDate;
  /** Days passed over without counting (working-day periods), or the days the end was moved past. */
  readonly skipped: readonly DayOff[];
  /** A calendar period whose last day is a day off ends on the next working day instead. */
  readonly rolledForwardFrom: IsoDate | null;
  /** Whether each year's holidays came from the official schedule or the statutory default. */
  readonly calendar: readonly YearBasis[];
  /** The rule that sets the period, when there is one. */
  readonly legalBasis: LegalBasis | null;
  readonly explanation: LocalizedText;
};

export const COUNTING_RULE = text(
  'Bộ luật Dân sự 2015, Điều 147–148: không tính ngày bắt đầu; hạn rơi vào ngày nghỉ thì kết thúc vào cuối ngày làm việc tiếp theo',
  'Civil Code 2015, Art. 147–148: the first day is not counted; a period ending on a day off ends at the end of the next working day',
);

export function periodLabel(period: Period): LocalizedText {
  switch (period.unit) {
    case 'working-days':
      return text(`${period.count} ngày làm việc`, `${period.count} working day${period.count === 1 ? '' : 's'}`);
    case 'days':
      return text(`${period.count} ngày`, `${period.count} day${period.count === 1 ? '' : 's'}`);
    case 'months':
      return text(`${period.count} tháng`, `${period.count} month${period.count === 1 ? '' : 's'}`);
  }
}

/**
 * The due date of a period that starts with an event on `from` (Civil Code 2015 Art. 147–148): working days are
 * counted one by one over the calendar; calendar days and months run straight and, ending on a day off, move to
 * the next working day.
 */
export function computeDeadline(
  calendar: WorkingCalendar,
  from: IsoDate,
  period: Period,
  legalBasis: LegalBasis | null = null,
): DeadlineProvenance {
  if (!Number.isInteger(period.count) || period.count < 0) throw new RangeError(`Invalid period count ${period.count}`);
  const skipped: DayOff[] = [];
  let due: IsoDate;
  let rolledForwardFrom: IsoDate | null = null;

  if (period.unit === 'working-days') {
    due = from;
    for (let counted = 0; counted < period.count;) {
      due = addDays(due, 1);
      const off = calendar.dayOff(due);
      if (off) skipped.push(off);
      else counted += 1;
    }
  } else {
    const end = period.unit === 'days' ? addDays(from, period.count) : addMonths(from, period.count);
    due = end;
    for (let off = calendar.dayOff(due); off; off = calendar.dayOff(due)) {
      skipped.push(off);
      due = addDays(due, 1);
    }
    if (due !== end) rolledForwardFrom = end;
  }

  const years = [...new Set([yearOf(from), yearOf(due)])];
  return {
    period,
    from,
    due,
    skipped,
    rolledForwardFrom,
    calendar: years.map((year) => calendar.basisOf(year)),
    legalBasis,
    explanation: explain(period, from, due, skipped, rolledForwardFrom),
  };
}

function ranges(days: readonly DayOff[]): string[] {
  const spans: [IsoDate, IsoDate][] = [];
  for (const day of days) {
    const last = spans[spans.length - 1];
    if (last && addDays(last[1], 1) === day.date) last[1] = day.date;
    else spans.push([day.date, day.date]);
  }
  const short = (date: IsoDate) => formatVietnamese(date).slice(0, 5);
  return spans.map(([start, end]) => (start === end ? short(start) : `${short(start)}–${short(end)}`));
}

function explain(
  period: Period,
  from: IsoDate,
  due: IsoDate,
  skipped: readonly DayOff[],
  rolledForwardFrom: IsoDate | null,
): LocalizedText {
  const label = periodLabel(period);
  const holidays = skipped.filter((day) => day.kind !== 'weekend');
  const reasonsVi = [...new Set(holidays.map((day) => day.reason.vi))];
  const reasonsEn = [...new Set(holidays.map((day) => day.reason.en))];
  if (skipped.some((day) => day.kind === 'weekend')) {
    reasonsVi.push('nghỉ cuối tuần');
    reasonsEn.push('weekend');
  }
  const start = text(
    `${label.vi} kể từ ngày ${formatVietnamese(from)} (không tính ngày đó)`,
    `${label.en} from ${formatVietnamese(from)} (that day not counted)`,
  );
  const skip =
    skipped.length === 0
      ? text('', '')
      : rolledForwardFrom
        ? text(
            `; ngày ${formatVietnamese(rolledForwardFrom)} là ngày nghỉ (${reasonsVi.join(', ')}) nên hạn lùi sang ngày làm việc tiếp theo`,
            `; ${formatVietnamese(rolledForwardFrom)} is a day off (${reasonsEn.join(', ')}), so it moves to the next working day`,
          )
        : text(
            `, bỏ qua ${ranges(skipped).join(', ')} (${reasonsVi.join(', ')})`,
            `, skipping ${ranges(skipped).join(', ')} (${reasonsEn.join(', ')})`,
          );
  return text(
    `${start.vi}${skip.vi}: hạn cuối ${formatVietnamese(due)}.`,
    `${start.en}${skip.en}: due ${formatVietnamese(due)}.`,
  );
}
