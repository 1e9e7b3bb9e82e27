import type { IsoDate } from '../shared/iso-date';
import { text, type LocalizedText } from '../shared/localized-text';
import { addDays, dayOfWeek, isoDate } from './calendar-date';
import { hungKingsDay, lunarNewYear, lunarNewYearsEve } from './lunar';

export type DayOffKind = 'weekend' | 'holiday' | 'compensatory' | 'swapped';

export type DayOff = {
  readonly date: IsoDate;
  readonly kind: DayOffKind;
  readonly reason: LocalizedText;
};

export const isWeekend = (date: IsoDate): boolean => [0, 6].includes(dayOfWeek(date));

const HOLIDAY = {
  newYear: text('Tết Dương lịch', "New Year's Day"),
  tet: text('Tết Nguyên đán', 'Lunar New Year'),
  hungKings: text('Giỗ Tổ Hùng Vương (10/3 âm lịch)', "Hùng Kings' Commemoration (10th day, 3rd lunar month)"),
  victory: text('Ngày Chiến thắng (30/4)', 'Reunification Day (30 April)'),
  labour: text('Ngày Quốc tế lao động (1/5)', 'International Labour Day (1 May)'),
  national: text('Quốc khánh (2/9)', 'National Day (2 September)'),
  nationalAdjacent: text('Quốc khánh (ngày liền kề 2/9)', 'National Day (the day next to 2 September)'),
};

/**
 * The day next to 2 September that the Prime Minister usually adds (Labour Code 2019 Art. 112(1)(đ), (3)): a working
 * day, preferably one that joins the holiday to a weekend; otherwise the day after. Matches 2021–2025.
 */
function nationalDayAdjacent(year: number): IsoDate {
  const before = isoDate(year, 9, 1);
  const after = isoDate(year, 9, 3);
  const candidates = [before, after].filter((date) => !isWeekend(date));
  const bridging = candidates.find((date) => isWeekend(addDays(date, date === before ? -1 : 1)));
  return bridging ?? candidates[candidates.length - 1];
}

/**
 * The public holidays of Labour Code 2019 Art. 112(1) for a solar year, with the weekday compensation of Art. 111(3)
 * (a holiday on a weekly rest day is taken on the next working day). The Tết and National Day days are the usual
 * pattern; the Prime Minister fixes them each year (Art. 112(3)), so an official schedule, once loaded, replaces
 * this whole list.
 */
export function statutoryDaysOff(year: number): DayOff[] {
  const holiday = (date: IsoDate, reason: LocalizedText): DayOff => ({ date, kind: 'holiday', reason });
  const tet = [lunarNewYearsEve(year), ...[0, 1, 2, 3].map((offset) => addDays(lunarNewYear(year), offset))];
  const holidays: DayOff[] = [
    holiday(isoDate(year, 1, 1), HOLIDAY.newYear),
    holiday(isoDate(year, 4, 30), HOLIDAY.victory),
    holiday(isoDate(year, 5, 1), HOLIDAY.labour),
    holiday(isoDate(year, 9, 2), HOLIDAY.national),
    holiday(nationalDayAdjacent(year), HOLIDAY.nationalAdjacent),
    holiday(hungKingsDay(year), HOLIDAY.hungKings),
    ...tet.map((date) => holiday(date, HOLIDAY.tet)),
  ].sort((a, b) => a.date.localeCompare(b.date));

  const taken = new Set(holidays.map((holiday) => holiday.date));
  const compensations: DayOff[] = [];
  for (const holiday of holidays) {
    if (!isWeekend(holiday.date)) continue;
    let date = addDays(holiday.date, 1);
    while (isWeekend(date) || taken.has(date)) date = addDays(date, 1);
    taken.add(date);
    compensations.push({
      date,
      kind: 'compensatory',
      reason: text(`Nghỉ bù ${holiday.reason.vi}`, `Day off in lieu of ${holiday.reason.en}`),
    });
  }
  return [...holidays, ...compensations].sort((a, b) => a.date.localeCompare(b.date));
}

/** The fixed-date holidays every year's official schedule must contain. */
export function fixedHolidays(year: number): IsoDate[] {
  return [isoDate(year, 1, 1), isoDate(year, 4, 30), isoDate(year, 5, 1), isoDate(year, 9, 2), hungKingsDay(year)];
}
