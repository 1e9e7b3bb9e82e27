import { isIsoDate, startOfVietnamDay, vietnamDateOf } from './iso-date';

describe('dates', () => {
  it('knows leap years', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
  });

  it('reads the Vietnamese wall calendar (UTC+7) from an instant', () => {
    expect(vietnamDateOf(new Date('2026-11-21T16:59:59Z'))).toBe('2026-11-21');
    expect(vietnamDateOf(new Date('2026-11-21T17:00:00Z'))).toBe('2026-11-22');
  });

  it('starts a Vietnamese day at local midnight', () => {
    expect(new Date(startOfVietnamDay('2026-11-22')).toISOString()).toBe('2026-11-21T17:00:00.000Z');
  });
});
