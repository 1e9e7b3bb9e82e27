/** A calendar date, `YYYY-MM-DD`, with no time zone: the way Vietnamese law counts days. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): value is IsoDate {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Vietnam has used UTC+7 all year, with no daylight saving, since 1975. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The date on the wall calendar in Vietnam at the given instant. */
export function vietnamDateOf(instant: Date): IsoDate {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** Midnight at the start of a Vietnamese calendar date, as an ISO instant with its offset. */
export function startOfVietnamDay(date: IsoDate): string {
  return `${date}T00:00:00+07:00`;
}

/** The last instant of a Vietnamese calendar date: what had happened "by" that day. */
export function endOfVietnamDay(date: IsoDate): Date {
  return new Date(Date.parse(startOfVietnamDay(date)) + 86_400_000 - 1);
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
