import { BUILT_IN_RULES } from '../legal/rule-packs';
import type { IsoDate } from '../shared/iso-date';
import type { Cooperative } from './cooperative';
import { DEFAULT_REMINDER_POLICY, plannedLadder, type ReportObligation } from './reporting';
import { reportingHistory } from './reporting-history';
import { reportDueOn } from './reporting.rules';

/** A year's obligation as the registry holds it: open, or filed on a day. */
function obligation(year: number, filedOn: IsoDate | null = null): ReportObligation {
  const { dueOn, legalBasis } = reportDueOn(year, BUILT_IN_RULES);
  return {
    year,
    dueOn,
    legalBasis,
    openedOn: `${year}-01-01`,
    status: filedOn ? 'filed' : 'open',
    filedOn,
    warnedOn: null,
    steps: plannedLadder(year, DEFAULT_REMINDER_POLICY, BUILT_IN_RULES),
  };
}
const cooperative = (...obligations: ReportObligation[]): Pick<Cooperative, 'reporting'> => ({
  reporting: { obligations, filed: [] },
});

describe('annual reports over the years', () => {
  it('counts each tracked year: filed on time (the due day included), late, not filed, not due yet', () => {
    // Given four cooperatives' obligations (reports due on 15 December)
    const registry = [
      cooperative(obligation(2024, '2024-12-15'), obligation(2025, '2026-01-20'), obligation(2026)),
      cooperative(obligation(2024, '2024-11-30'), obligation(2025), obligation(2026, '2026-06-01')),
      cooperative(obligation(2025, '2025-12-01'), obligation(2026)),
      cooperative(),
      {},
    ];
    // When counted on 23 November 2026 for 2023 to 2026
    const history = reportingHistory(registry, [2023, 2024, 2025, 2026], '2026-11-23');
    // Then
    expect(history).toEqual([
      { year: 2023, onTime: 0, late: 0, notFiled: 0, notYetDue: 0 },
      { year: 2024, onTime: 2, late: 0, notFiled: 0, notYetDue: 0 },
      { year: 2025, onTime: 1, late: 1, notFiled: 1, notYetDue: 0 },
      { year: 2026, onTime: 1, late: 0, notFiled: 0, notYetDue: 2 },
    ]);
  });

  it('counts an unfiled report as not filed from the day after its due date', () => {
    const registry = [cooperative(obligation(2026))];
    expect(reportingHistory(registry, [2026], '2026-12-15')[0]).toMatchObject({ notFiled: 0, notYetDue: 1 });
    expect(reportingHistory(registry, [2026], '2026-12-16')[0]).toMatchObject({ notFiled: 1, notYetDue: 0 });
  });
});
