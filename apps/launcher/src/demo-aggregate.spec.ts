import {
  annualAggregate,
  cooperativeDecider,
  DEFAULT_REMINDER_POLICY,
  factDate,
  foldEvents,
  parseRegistry,
  readCsv,
  WorkingCalendar,
  type Cooperative,
  type CooperativeState,
  BUILT_IN_RULES,
} from '@htx/domain';
import { demoRegistryCsv } from './demo-registry';

/**
 * The yearly aggregate checked against a known registry: the demo export of Tân Yên (101 cooperatives in the
 * proportions of its 2021–2025 plan) and Việt Yên (12), imported as the import does it (registration, then its history
 * in date order, then time), counted by the same pure function the api uses.
 */
describe('the yearly aggregate over the demo registry', () => {
  const today = '2026-11-22';
  const calendar = new WorkingCalendar();
  const parsed = parseRegistry(readCsv(demoRegistryCsv(today)), today);
  const registry: Cooperative[] = parsed.rows.map((row, index) => {
    let state: CooperativeState = null;
    const run = (command: Parameters<typeof cooperativeDecider.decide>[0], on: string) => {
      const events = cooperativeDecider.decide(command, state, {
        today: on,
        calendar,
        rules: BUILT_IN_RULES,
        reminderPolicy: DEFAULT_REMINDER_POLICY,
      });
      state = foldEvents(cooperativeDecider, events, state);
    };
    run({ type: 'RegisterCooperative', data: { ...row.details, cooperativeId: `c${index}` } }, today);
    const history = [...row.facts].sort((a, b) => factDate(a.fact).localeCompare(factDate(b.fact)));
    for (const fact of history) run({ type: 'RecordFact', data: fact }, today);
    run({ type: 'AdvanceTime' }, today);
    return state!;
  });
  const tanYen = registry.filter((cooperative) => cooperative.territoryCode === '216');

  it('counts the district as its plan does: 101 cooperatives, 69 agricultural, 11 handicraft, 4 credit funds', () => {
    const aggregate = annualAggregate(tanYen, 2025, today, BUILT_IN_RULES);
    expect(parsed.errors).toEqual([]);
    expect(aggregate.cooperatives).toBe(101);
    expect(aggregate.bySector).toMatchObject({ agriculture: 69, 'industry-handicraft': 11, credit: 4 });
    expect(aggregate.byKind.cooperative + aggregate.byKind.union + aggregate.byKind.group).toBe(101);
    expect(aggregate.members).toBe(tanYen.reduce((sum, cooperative) => sum + cooperative.memberCount, 0));
    expect(aggregate.byStatus.suspended).toBe(
      tanYen.filter((cooperative) => cooperative.status === 'suspended').length,
    );
  });

  it('splits the 2025 reports into filed and overdue exactly as the rows say', () => {
    const aggregate = annualAggregate(tanYen, 2025, today, BUILT_IN_RULES);
    const lines = readCsv(demoRegistryCsv(today)).slice(1);
    const rows216 = lines.filter((cells) => cells[4] === '216');
    const filed2025 = rows216.filter((cells) => Number(cells[8]) >= 2025).length;
    expect(aggregate.reportsFiled).toBe(filed2025);
    // Everyone else owes the 2025 report (all were registered before 15 December 2025) unless not operating.
    const owing = tanYen.filter(
      (cooperative) =>
        (cooperative.evidence.lastReport?.year ?? 0) < 2025 &&
        cooperative.registeredOn < '2025-12-15' &&
        ['active', 'suspended'].includes(cooperative.status),
    ).length;
    expect(aggregate.reportsOverdue).toBe(owing);
    expect(aggregate.reportsFiled + aggregate.reportsOverdue).toBeLessThanOrEqual(101);
    expect(aggregate.reportsOverdue).toBeGreaterThan(0);
  });

  it('gives the cascade deadlines with their basis: district by 18 December, province by 21 December', () => {
    const { cascade, reportDue } = annualAggregate(registry, 2025, today, BUILT_IN_RULES);
    expect(reportDue.dueOn).toBe('2025-12-15');
    expect(cascade.district?.dueOn).toBe('2025-12-18');
    expect(cascade.province?.dueOn).toBe('2025-12-21');
  });

  it('leaves out a cooperative dissolved before the year, and counts one registered in it as new', () => {
    const base = tanYen[0];
    const dissolved: Cooperative = {
      ...base,
      status: 'dissolved',
      dissolutions: [
        { ...({} as NonNullable<Cooperative['dissolutions']>[number]), stage: 'dissolved', closedOn: '2024-05-01' },
      ],
    };
    const founded: Cooperative = { ...base, cooperativeId: 'new', registeredOn: '2025-04-01' };
    const aggregate = annualAggregate([dissolved, founded], 2025, today, BUILT_IN_RULES);
    expect(aggregate.cooperatives).toBe(1);
    expect(aggregate.registeredInYear).toBe(1);
  });
});
