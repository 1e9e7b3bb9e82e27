import { LunarDate } from '@nghiavuive/lunar_date_vi';
import type { IsoDate } from '../shared/iso-date';
import { addDays, isoDate } from './calendar-date';

/**
 * Vietnamese lunar dates (computed for UTC+7, which is why Tết 1985 and 2007 differ from China's), from the
 * `@nghiavuive/lunar_date_vi` library. Nothing here is typed in: every holiday date is the library's conversion.
 */
export function solarDateOfLunar(lunarYear: number, lunarMonth: number, lunarDay: number): IsoDate {
  const lunar = new LunarDate({ day: lunarDay, month: lunarMonth, year: lunarYear });
  lunar.init();
  const solar = lunar.toSolarDate().get();
  return isoDate(solar.year, solar.month, solar.day);
}

/** Mùng 1 Tết: the first day of the lunar year that begins in the given solar year. */
export function lunarNewYear(year: number): IsoDate {
  return solarDateOfLunar(year, 1, 1);
}

/** The last day of the lunar year before (29 or 30 tháng Chạp). */
export function lunarNewYearsEve(year: number): IsoDate {
  return addDays(lunarNewYear(year), -1);
}

/** Giỗ Tổ Hùng Vương, 10 tháng 3 âm lịch. */
export function hungKingsDay(year: number): IsoDate {
  return solarDateOfLunar(year, 3, 10);
}
