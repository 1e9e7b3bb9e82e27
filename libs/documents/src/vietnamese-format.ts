import { isIsoDate, type IsoDate } from '@htx/domain';

export { formatVnd } from '@htx/domain';

/**
 * The place and date line of a document: "Tân Yên, ngày 05 tháng 3 năm 2026". As Decree 30/2020/NĐ-CP (Appendix I)
 * writes it, days below 10 and the months January and February take a leading zero, other months do not.
 */
export function vietnameseLongDate(isoDate: IsoDate, place: string): string {
  assertCalendarDate(isoDate);
  const [year, month, day] = isoDate.split('-');
  const monthNumber = Number(month);
  return `${place}, ngày ${day} tháng ${monthNumber <= 2 ? month : String(monthNumber)} năm ${year}`;
}

/** Throws unless the date is a real calendar date written `YYYY-MM-DD`. */
export function assertCalendarDate(date: string): asserts date is IsoDate {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
}
