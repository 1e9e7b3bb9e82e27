import { DomainError, type FieldProblem } from '../shared/domain-error';
import type { IsoDate } from '../shared/iso-date';
import { text, type LocalizedText } from '../shared/localized-text';
import { yearOf } from './calendar-date';
import { fixedHolidays, isWeekend, statutoryDaysOff, type DayOff } from './public-holidays';

/**
 * A year's schedule as the government announced it (the Prime Minister's decision and the ministry's notice on the
 * Tết and National Day days, swapped working days): loaded by an administrator, it replaces the statutory default
 * for that year.
 */
export type OfficialSchedule = {
  readonly year: number;
  /** The notice it comes from, e.g. "Thông báo 6150/TB-BLĐTBXH ngày 13/11/2024". */
  readonly source: string;
  /** Every day off that is not a Saturday or Sunday: the holidays, the compensations, the swapped days. */
  readonly daysOff: readonly { readonly date: IsoDate; readonly reason: LocalizedText }[];
  /** Saturdays or Sundays made working days (the other half of a swap). */
  readonly workingDays: readonly { readonly date: IsoDate; readonly reason: LocalizedText }[];
};

export type YearBasis = {
  readonly year: number;
  readonly basis: 'official' | 'statutory-default';
  readonly source: string;
};

export function checkOfficialSchedule(schedule: OfficialSchedule): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const inYear = (date: IsoDate) => yearOf(date) === schedule.year;
  schedule.daysOff.forEach((day, index) => {
    if (!inYear(day.date)) {
      problems.push({
        field: `daysOff[${index}].date`,
        reason: text(`Ngày ${day.date} không thuộc năm ${schedule.year}.`, `${day.date} is not in ${schedule.year}.`),
      });
    }
  });
  schedule.workingDays.forEach((day, index) => {
    if (!inYear(day.date) || !isWeekend(day.date)) {
      problems.push({
        field: `workingDays[${index}].date`,
        reason: text(
          `Ngày làm bù ${day.date} phải là thứ Bảy hoặc Chủ nhật trong năm ${schedule.year}.`,
          `A swapped working day (${day.date}) must be a Saturday or Sunday in ${schedule.year}.`,
        ),
      });
    }
  });
  const declared = new Set(schedule.daysOff.map((day) => day.date));
  const missing = fixedHolidays(schedule.year).filter((date) => !isWeekend(date) && !declared.has(date));
  if (missing.length > 0) {
    problems.push({
      field: 'daysOff',
      reason: text(
        `Thiếu ngày nghỉ lễ theo Điều 112 Bộ luật Lao động 2019: ${missing.join(', ')}.`,
        `Missing public holidays of Labour Code 2019 Art. 112: ${missing.join(', ')}.`,
      ),
      fix: text(
        'Lịch chính thức phải liệt kê mọi ngày nghỉ không rơi vào thứ Bảy, Chủ nhật.',
        'An official schedule lists every day off that is not a Saturday or Sunday.',
      ),
    });
  }
  return problems;
}

/**
 * Which days state agencies work: Monday to Friday, less the public holidays (Labour Code 2019 Art. 111–112) of
 * each year, taken from the official schedule where one is loaded and computed otherwise.
 */
export class WorkingCalendar {
  private readonly schedules: ReadonlyMap<number, OfficialSchedule>;
  private readonly statutory = new Map<number, Map<IsoDate, DayOff>>();

  constructor(schedules: readonly OfficialSchedule[] = []) {
    for (const schedule of schedules) {
      const problems = checkOfficialSchedule(schedule);
      if (problems.length > 0) {
        throw new DomainError(
          'INVALID_COMMAND',
          text(`Lịch nghỉ năm ${schedule.year} không hợp lệ.`, `The ${schedule.year} schedule is not valid.`),
          problems,
        );
      }
    }
    this.schedules = new Map(schedules.map((schedule) => [schedule.year, schedule]));
  }

  /** Why `date` is not a working day, or null when it is one. */
  dayOff(date: IsoDate): DayOff | null {
    const schedule = this.schedules.get(yearOf(date));
    if (schedule) {
      const swapped = schedule.workingDays.find((day) => day.date === date);
      if (swapped) return null;
      const off = schedule.daysOff.find((day) => day.date === date);
      if (off) return { date, kind: 'holiday', reason: off.reason };
    } else {
      const off = this.statutoryFor(yearOf(date)).get(date);
      if (off) return off;
    }
    return isWeekend(date) ? { date, kind: 'weekend', reason: WEEKEND } : null;
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.dayOff(date) === null;
  }

  basisOf(year: number): YearBasis {
    const schedule = this.schedules.get(year);
    return schedule
      ? { year, basis: 'official', source: schedule.source }
      : {
          year,
          basis: 'statutory-default',
          source: 'Bộ luật Lao động 2019, Điều 111–112 / Labour Code 2019, Art. 111–112',
        };
  }

  /** Days off of a year other than plain weekends, in date order. */
  holidays(year: number): DayOff[] {
    const schedule = this.schedules.get(year);
    if (!schedule) return [...this.statutoryFor(year).values()];
    return schedule.daysOff
      .map((day): DayOff => ({ date: day.date, kind: 'holiday', reason: day.reason }))
      .sort((a, b) => a.date.localeCompare(b.date));
  }

  private statutoryFor(year: number): Map<IsoDate, DayOff> {
    let days = this.statutory.get(year);
    if (!days) {
      days = new Map(statutoryDaysOff(year).map((day) => [day.date, day]));
      this.statutory.set(year, days);
    }
    return days;
  }
}

const WEEKEND = text('Nghỉ cuối tuần', 'Weekend');
