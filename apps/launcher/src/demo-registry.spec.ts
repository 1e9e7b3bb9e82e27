import { checkRegistration, parseRegistry, readCsv } from '@htx/domain';
import { demoHistory, demoProfile, demoRegistry, demoRegistryCsv } from './demo-registry';

describe('the demo registry', () => {
  const registry = demoRegistry();

  it('is a realistic district: 101 cooperatives in the proportions of Tân Yên, and 12 next door in Việt Yên', () => {
    const tanYen = registry.filter((entry) => entry.territoryCode === '216');
    expect(tanYen).toHaveLength(101);
    expect(registry.filter((entry) => entry.territoryCode === '222')).toHaveLength(12);
    const bySector = tanYen.reduce<Record<string, number>>(
      (counts, entry) => ({ ...counts, [entry.sector]: (counts[entry.sector] ?? 0) + 1 }),
      {},
    );
    expect(bySector).toMatchObject({ agriculture: 69, 'industry-handicraft': 11, credit: 4 });
  });

  it('passes the registry rules, with unique codes and names', () => {
    expect(registry.flatMap((entry) => checkRegistration(entry, '2026-11-22'))).toEqual([]);
    expect(new Set(registry.map((entry) => entry.registrationCode)).size).toBe(registry.length);
    expect(new Set(registry.map((entry) => entry.name)).size).toBe(registry.length);
  });

  it('is the same on every run (loading it twice changes nothing)', () => {
    expect(demoRegistry()).toEqual(registry);
  });
});

describe('the demo registry as a CSV export with history', () => {
  const today = '2026-11-22';

  it('is a file the registry import takes whole: every row valid, the same codes as the registry', () => {
    const parsed = parseRegistry(readCsv(demoRegistryCsv(today)), today);
    expect(parsed.headerProblems).toEqual([]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((row) => row.details.registrationCode)).toEqual(
      demoRegistry().map((entry) => entry.registrationCode),
    );
  });

  it('has some half-dormant, some suspended and a few cooperatives silent for over a year', () => {
    const profiles = demoRegistry().map((details, index) => demoProfile(details, index));
    const count = (profile: string) => profiles.filter((candidate) => candidate === profile).length;
    expect(count('half-dormant')).toBeGreaterThanOrEqual(8);
    expect(count('suspended')).toBeGreaterThanOrEqual(8);
    expect(count('dormant')).toBeGreaterThanOrEqual(2);
    const silent = demoRegistry().flatMap((details, index) =>
      demoProfile(details, index) === 'dormant' ? [demoHistory(details, index, today).lastActivityOn!] : [],
    );
    expect(silent.every((on) => on <= '2025-11-22')).toBe(true);
  });
});

describe('the demo notice addresses', () => {
  it('gives nine in ten cooperatives an address at a reserved domain, and leaves the rest without one', () => {
    const parsed = parseRegistry(readCsv(demoRegistryCsv('2026-11-22')), '2026-11-22');
    const addresses = parsed.rows.flatMap((row) =>
      row.facts.flatMap((entry) => (entry.fact.kind === 'notice-address' ? [entry.fact.email] : [])),
    );
    expect(addresses.length).toBe(parsed.rows.length - Math.floor(parsed.rows.length / 10));
    expect(addresses.every((email) => email.endsWith('@demo-hoptacxa.test'))).toBe(true);
  });
});
