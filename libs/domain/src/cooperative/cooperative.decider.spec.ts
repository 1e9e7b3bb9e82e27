import { BUILT_IN_RULES } from '../legal/rule-packs';
import { WorkingCalendar } from '../calendar/working-calendar';
import { type DomainError } from '../shared/domain-error';
import { deciderSpecification } from '../testing/decider-specification';
import type { RegisterCooperative } from './cooperative.commands';
import { cooperativeDecider } from './cooperative.decider';
import type { CooperativeRegistered } from './cooperative.events';

const spec = deciderSpecification(cooperativeDecider);
const today = '2026-11-22';
const calendar = new WorkingCalendar();

const registerTanYen: RegisterCooperative = {
  type: 'RegisterCooperative',
  data: {
    cooperativeId: '7d1b2f0e-1111-4c1a-9a55-1a2b3c4d5e6f',
    registrationCode: '2400123456',
    name: 'Hợp tác xã Nông nghiệp Ngọc Thiện',
    kind: 'cooperative',
    sector: 'agriculture',
    territoryCode: '221',
    regime: 'law-2012',
    registeredOn: '2015-03-20',
    memberCount: 42,
  },
};

const registered: CooperativeRegistered = {
  type: 'CooperativeRegistered',
  // The minimum it was judged against is recorded with it, so a later correction of the rule does not rewrite history.
  data: { ...registerTanYen.data, memberMinimum: 7 },
  legalBasis: {
    ruleId: 'registry.record-registration',
    regime: 'law-2012',
    rulePackVersion: '1',
    citation: {
      vi: 'Luật Hợp tác xã 2012, Điều 23–24; Nghị định 193/2013/NĐ-CP, Điều 6',
      en: 'Law on Cooperatives 2012, Art. 23–24; Decree 193/2013/ND-CP, Art. 6',
    },
    confirmed: true,
  },
};

describe('registering a cooperative', () => {
  it('records the registration with the legal basis of the law in force on its registration date', () => {
    spec.given([]).when(registerTanYen, { today, calendar, rules: BUILT_IN_RULES }).then([registered]);
  });

  it('normalizes what people type: spacing, case of the code, Unicode composition', () => {
    const typed: RegisterCooperative = {
      type: 'RegisterCooperative',
      data: {
        ...registerTanYen.data,
        registrationCode: ' 2400123456 ',
        // "Hợp" with a combining dot below (NFD), doubled spaces
        name: '  Ho\u0323\u031bp tác xã  Nông nghiệp Ngọc Thiện ',
      },
    };
    spec.given([]).when(typed, { today, calendar, rules: BUILT_IN_RULES }).then([registered]);
  });

  it('is harmless when repeated with the same details', () => {
    spec.given([registered]).when(registerTanYen, { today, calendar, rules: BUILT_IN_RULES }).then([]);
  });

  it('refuses the same code with different details, naming the cooperative that holds it', () => {
    const other = { ...registerTanYen, data: { ...registerTanYen.data, name: 'Hợp tác xã Dịch vụ Khác' } };
    spec
      .given([registered])
      .when(other, { today, calendar, rules: BUILT_IN_RULES })
      .thenThrows<DomainError>((error) => {
        expect(error.code).toBe('REGISTRATION_CODE_TAKEN');
        expect(error.detail.vi).toContain('Hợp tác xã Nông nghiệp Ngọc Thiện');
        expect(error.problems.map((p) => p.field)).toEqual(['registrationCode']);
      });
  });

  it('reports every invalid field at once', () => {
    const bad: RegisterCooperative = {
      type: 'RegisterCooperative',
      data: {
        ...registerTanYen.data,
        registrationCode: 'x',
        name: '   ',
        territoryCode: '1234',
        memberCount: 0,
        registeredOn: '2027-01-01',
      },
    };
    spec
      .given([])
      .when(bad, { today, calendar, rules: BUILT_IN_RULES })
      .thenThrows<DomainError>((error) => {
        expect(error.code).toBe('INVALID_COMMAND');
        expect(error.problems.map((p) => p.field)).toEqual([
          'registrationCode',
          'name',
          'territoryCode',
          'memberCount',
          'registeredOn',
        ]);
      });
  });

  it('cites the 2023 Law transitional article for a 2012 cooperative now under the 2023 Law', () => {
    const converted = { ...registerTanYen, data: { ...registerTanYen.data, regime: 'law-2023' as const } };
    const [event] = cooperativeDecider.decide(converted, null, { today, calendar, rules: BUILT_IN_RULES });
    expect(event.legalBasis!.citation.en).toBe(
      'Law on Cooperatives 2012, Art. 23–24; Decree 193/2013/ND-CP, Art. 6; ' +
        'Law on Cooperatives 2023, Art. 115(1) (continues operating without re-registration)',
    );
    expect(event.legalBasis!.confirmed).toBe(true);
  });

  it('a registered cooperative is active, its registration the first evidence of operating', () => {
    expect(cooperativeDecider.evolve(null, registered)).toMatchObject({
      ...registered.data,
      registeredMemberCount: 42,
      status: 'active',
      evidence: { lastOperatingOn: '2015-03-20', lastGeneralMeetingOn: null, belowMinimumSince: null },
      suspension: null,
      dormancy: null,
    });
  });
});
