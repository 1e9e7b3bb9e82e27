import { checkRegistration } from '@htx/domain';
import { demoRegistry } from './demo-registry';

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
