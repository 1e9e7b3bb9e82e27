import { regimeInForceOn } from './legal-regime';

describe('regimeInForceOn', () => {
  it.each([
    ['1998-01-01', 'law-2003'],
    ['2013-06-30', 'law-2003'],
    ['2013-07-01', 'law-2012'],
    ['2024-06-30', 'law-2012'],
    ['2024-07-01', 'law-2023'],
    ['2026-11-22', 'law-2023'],
  ])('on %s the %s regime applies', (date, regime) => {
    expect(regimeInForceOn(date)).toBe(regime);
  });
});
