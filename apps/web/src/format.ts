/** Vietnamese collation (đ after d, tones after the base letter), for every sort a person reads. */
export const viCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export const byVietnamese =
  <T>(key: (item: T) => string) =>
  (a: T, b: T): number =>
    viCollator.compare(key(a), key(b));

/** Lower case without tones or marks (đ as d): how a search box matches what people type. */
export function foldVietnamese(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

const pad = (value: number) => String(value).padStart(2, '0');
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** A calendar date (YYYY-MM-DD, or the date part of an instant) as dd/mm/yyyy; '—' when missing. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) return `${match[3]}/${match[2]}/${match[1]}`;
  const instant = Date.parse(value);
  if (Number.isNaN(instant)) return value;
  const local = new Date(instant + VIETNAM_OFFSET_MS);
  return `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}

/** An instant as officers read it: Vietnam's wall clock (UTC+7), dd/mm/yyyy HH:mm. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const instant = Date.parse(value);
  if (Number.isNaN(instant)) return value;
  const local = new Date(instant + VIETNAM_OFFSET_MS);
  return `${formatDate(value)} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/** Today in Vietnam, YYYY-MM-DD. */
export function todayInVietnam(): string {
  return new Date(Date.now() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

export function formatNumber(value: number, lang: 'vi' | 'en'): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(value);
}

export function formatMoney(value: number, lang: 'vi' | 'en'): string {
  return `${formatNumber(value, lang)} ₫`;
}
