import { BUILT_IN_RULES } from '../legal/rule-packs';
import type { EstablishmentDossier, FoundingMember } from './establishment';
import {
  checkDossier,
  checkEstablishment,
  decisionPeriod,
  NOTHING_FOUND,
  regimeForFiling,
  sameDossier,
} from './establishment.rules';

const member = (contribution: number, extra: Partial<FoundingMember> = {}): FoundingMember => ({
  name: 'Thành viên',
  type: 'individual',
  membership: 'official',
  contribution,
  ...extra,
});

function dossier(members: FoundingMember[], extra: Partial<EstablishmentDossier> = {}): EstablishmentDossier {
  return {
    kind: 'cooperative',
    proposedName: 'Hợp tác xã Nông nghiệp Ngọc Vân',
    territoryCode: '216',
    sector: 'agriculture',
    headOfficeAddress: 'Thôn Đông, xã Ngọc Vân',
    businessLines: ['Trồng cây ăn quả'],
    charterCapital: members.reduce((sum, founder) => sum + founder.contribution, 0),
    members,
    foundingConferenceOn: '2024-06-01',
    authorisedFiler: 'Thành viên',
    legalRepresentative: 'Thành viên',
    management: { board: ['Thành viên'], director: 'Thành viên', supervisors: ['Thành viên'] },
    documents: (['application-form', 'charter', 'business-plan', 'member-list', 'founding-resolution'] as const).map(
      (kind, index) => ({
        documentId: `document-${index}`,
        kind,
        fileName: `${kind}.pdf`,
        contentType: 'application/pdf',
        size: 100,
        sha256: 'a'.repeat(64),
      }),
    ),
    ...extra,
  };
}

const equal = (count: number, contribution = 10_000_000) => Array.from({ length: count }, () => member(contribution));
const check = (checks: ReturnType<typeof checkEstablishment>, ruleId: string) =>
  checks.find((candidate) => candidate.ruleId === ruleId)!;

describe('regimeForFiling', () => {
  it('decides a dossier under the law in force on its filing day: the 2023 Law from 1 July 2024', () => {
    expect(regimeForFiling('2024-06-30')).toBe('law-2012');
    expect(regimeForFiling('2024-07-01')).toBe('law-2023');
  });
});

describe('decisionPeriod', () => {
  it('gives the authority 5 working days under the 2012 Law and 3 under Decree 92/2024', () => {
    expect(decisionPeriod(BUILT_IN_RULES, 'law-2012', '2026-11-23').period).toEqual({ unit: 'working-days', count: 5 });
    expect(decisionPeriod(BUILT_IN_RULES, 'law-2023', '2026-11-23').period).toEqual({ unit: 'working-days', count: 3 });
    expect(decisionPeriod(BUILT_IN_RULES, 'law-2023', '2026-11-23').basis.citation.vi).toContain('92/2024');
  });
});

describe('checkEstablishment', () => {
  it.each([
    ['law-2012', 'cooperative', 7],
    ['law-2023', 'cooperative', 5],
    ['law-2012', 'group', 2],
    ['law-2023', 'group', 2],
  ] as const)('under the %s a %s needs %i founding members', (regime, kind, minimum) => {
    const enough = checkEstablishment(
      dossier(equal(minimum), { kind }),
      regime,
      NOTHING_FOUND,
      BUILT_IN_RULES,
      '2026-11-23',
    );
    const short = checkEstablishment(
      dossier(equal(minimum - 1), { kind }),
      regime,
      NOTHING_FOUND,
      BUILT_IN_RULES,
      '2026-11-23',
    );
    expect(check(enough, 'establishment.min-members').passed).toBe(true);
    expect(check(short, 'establishment.min-members').passed).toBe(false);
  });

  it('counts only member cooperatives for a union, and under the 2023 Law only official members', () => {
    const cooperatives = equal(3).map((founder) => ({ ...founder, type: 'cooperative' as const }));
    const union = dossier([...cooperatives, member(10_000_000)], { kind: 'union' });
    expect(
      check(
        checkEstablishment(union, 'law-2023', NOTHING_FOUND, BUILT_IN_RULES, '2026-11-23'),
        'establishment.min-members',
      ).passed,
    ).toBe(true);
    expect(
      check(
        checkEstablishment(union, 'law-2012', NOTHING_FOUND, BUILT_IN_RULES, '2026-11-23'),
        'establishment.min-members',
      ),
    ).toMatchObject({
      passed: false,
      detail: { en: 'The dossier lists 3 member cooperatives.' },
    });

    const associates = [...equal(4), member(10_000_000, { membership: 'associate' })];
    expect(
      check(
        checkEstablishment(dossier(associates), 'law-2023', NOTHING_FOUND, BUILT_IN_RULES, '2026-11-23'),
        'establishment.min-members',
      ).passed,
    ).toBe(false);
  });

  it('caps one member at 20% of the capital under the 2012 Law, 30% under the 2023 Law; exactly the cap passes', () => {
    const twenty = dossier([member(20_000_000), ...equal(8, 10_000_000)]);
    expect(
      check(
        checkEstablishment(twenty, 'law-2012', NOTHING_FOUND, BUILT_IN_RULES, '2026-11-23'),
        'establishment.capital-share',
      ).passed,
    ).toBe(true);
    const above = dossier([member(20_100_000), ...equal(8, 10_000_000)]);
    const checks = checkEstablishment(above, 'law-2012', NOTHING_FOUND, BUILT_IN_RULES, '2026-11-23');
    expect(check(checks, 'establishment.capital-share')).toMatchObject({
      passed: false,
      detail: { vi: expect.stringContaining('20.100.000 đồng') as unknown },
    });
    expect(
      check(
        checkEstablishment(above, 'law-2023', NOTHING_FOUND, BUILT_IN_RULES, '2026-11-23'),
        'establishment.capital-share',
      ).passed,
    ).toBe(true);
  });

  it('wants the name to begin with its kind, and says where the rule is unconfirmed', () => {
    const wrong = dossier(equal(7), { proposedName: 'Công ty Nông nghiệp Ngọc Vân' });
    expect(
      check(
        checkEstablishment(wrong, 'law-2012', NOTHING_FOUND, BUILT_IN_RULES, '2026-11-23'),
        'establishment.name-form',
      ),
    ).toMatchObject({
      passed: false,
      legalBasis: { confirmed: true },
    });
    expect(
      check(
        checkEstablishment(wrong, 'law-2023', NOTHING_FOUND, BUILT_IN_RULES, '2026-11-23'),
        'establishment.name-form',
      ).legalBasis.confirmed,
    ).toBe(false);
  });
});

describe('checkDossier', () => {
  it('reports every problem at once, field by field', () => {
    const problems = checkDossier(
      dossier([member(10_000_000, { name: ' ' })], {
        charterCapital: 5,
        territoryCode: 'Tân Yên',
        businessLines: [],
      }),
      '2024-07-01',
    );
    expect(problems.map((problem) => problem.field)).toEqual(
      expect.arrayContaining(['territoryCode', 'businessLines', 'members[0].name', 'charterCapital']),
    );
  });

  it('accepts a sound dossier', () => {
    expect(checkDossier(dossier(equal(7)), '2024-07-01')).toEqual([]);
  });
});

describe('sameDossier', () => {
  it('sees the same filing whatever the order of its fields, and a different one when a figure changes', () => {
    const filed = dossier(equal(7));
    const reordered = Object.fromEntries(Object.entries(filed).reverse()) as EstablishmentDossier;
    expect(sameDossier(filed, reordered)).toBe(true);
    expect(sameDossier(filed, { ...filed, charterCapital: filed.charterCapital + 1 })).toBe(false);
  });
});
