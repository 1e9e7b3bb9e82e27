import { WorkingCalendar } from '../calendar/working-calendar';
import type { Cooperative } from '../cooperative/cooperative';
import { cooperativeDecider } from '../cooperative/cooperative.decider';
import { pendingDeadlines } from '../cooperative/deadlines';
import { dormancyClocks } from '../cooperative/dormancy';
import { regimeStanding } from '../cooperative/regime-standing';
import { correctionEffect } from '../cooperative/rule-correction-preview';
import { foldEvents } from '../shared/decider';
import { LEGAL_REGIMES } from './legal-regime';
import { checkCorrection, correctionOf, type CorrectionRequest, type RuleBook } from './rule-pack';
import { BUILT_IN_RULES, RULE_PARAMETERS } from './rule-packs';

const calendar = new WorkingCalendar();

const correct = (book: RuleBook, parameterId: string, request: CorrectionRequest) => {
  expect(checkCorrection(book, 'law-2023', parameterId, request)).toEqual([]);
  return book.withCorrections([
    ...book.corrections,
    correctionOf(book, 'law-2023', parameterId, request, 'quan-tri', '2026-11-23T02:00:00.000Z'),
  ]);
};

/** A 2023-Law cooperative whose last evidence of operating is `lastOperatingOn`. */
function cooperativeOperatingLastOn(lastOperatingOn: string): Cooperative {
  const registered = cooperativeDecider.decide(
    {
      type: 'RegisterCooperative',
      data: {
        cooperativeId: 'c1',
        registrationCode: '2416000001',
        name: 'Hợp tác xã Nông nghiệp Cao Xá',
        kind: 'cooperative',
        sector: 'agriculture',
        territoryCode: '216',
        regime: 'law-2023',
        registeredOn: '2024-08-01',
        memberCount: 12,
      },
    },
    null,
    { today: '2024-08-01', calendar, rules: BUILT_IN_RULES },
  );
  const state = foldEvents(cooperativeDecider, registered);
  const fact = cooperativeDecider.decide(
    {
      type: 'RecordFact',
      data: {
        factId: 'f1',
        fact: { kind: 'general-meeting', heldOn: lastOperatingOn, meeting: 'annual', note: '' },
      },
    },
    state,
    { today: lastOperatingOn, calendar, rules: BUILT_IN_RULES },
  );
  return foldEvents(cooperativeDecider, fact, state) as Cooperative;
}

describe('rule packs', () => {
  it('hold every parameter once per regime, each with a citation in both languages', () => {
    const keys = RULE_PARAMETERS.map((parameter) => `${parameter.regime}/${parameter.parameterId}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const regime of LEGAL_REGIMES) expect(BUILT_IN_RULES.pack(regime, '2026-11-23').length).toBeGreaterThan(0);
    for (const parameter of RULE_PARAMETERS) {
      expect(parameter.citation.vi.length).toBeGreaterThan(5);
      expect(parameter.citation.en.length).toBeGreaterThan(5);
    }
  });

  it('give the values the law states, flagged where the text is not confirmed', () => {
    expect(BUILT_IN_RULES.count('law-2012', 'members.minimum.cooperative', '2015-01-01')).toBe(7);
    expect(BUILT_IN_RULES.count('law-2023', 'members.minimum.cooperative', '2025-01-01')).toBe(5);
    expect(BUILT_IN_RULES.date('law-2012', 'conversion.deadline', '2014-01-01')).toBe('2016-07-01');
    expect(BUILT_IN_RULES.date('law-2023', 'conversion.deadline', '2025-01-01')).toBe('2026-01-01');
    expect(BUILT_IN_RULES.rule('law-2023', 'revocation.response-window', '2026-01-01')).toMatchObject({
      value: 10,
      unit: 'working-days',
      confirmed: false,
      correction: null,
      basis: { ruleId: 'revocation.response-window', rulePackVersion: '1', confirmed: false },
    });
  });

  it('apply a correction from its effective date on, not the day before, and number the pack’s version', () => {
    const corrected = correct(BUILT_IN_RULES, 'revocation.response-window', {
      value: 15,
      confirmed: true,
      effectiveFrom: '2026-12-01',
      reason: 'Đã đối chiếu Nghị định 92/2024/NĐ-CP Điều 64.',
    });
    expect(corrected.count('law-2023', 'revocation.response-window', '2026-11-30')).toBe(10);
    expect(corrected.rule('law-2023', 'revocation.response-window', '2026-12-01')).toMatchObject({
      value: 15,
      confirmed: true,
      correction: { sequence: 1, correctedBy: 'quan-tri' },
      basis: { rulePackVersion: '1.1', confirmed: true },
    });
    expect(corrected.version('law-2012')).toBe('1');
    const again = correct(corrected, 'revocation.response-window', {
      value: 12,
      effectiveFrom: '2026-12-01',
      reason: 'Sửa lại theo văn bản hợp nhất.',
    });
    expect(again.count('law-2023', 'revocation.response-window', '2027-01-01')).toBe(12);
    expect(again.rule('law-2023', 'revocation.response-window', '2027-01-01').confirmed).toBe(true);
    expect(again.version('law-2023')).toBe('1.2');
  });

  it('refuse a correction that does not fit the parameter, naming each field', () => {
    const problems = checkCorrection(BUILT_IN_RULES, 'law-2023', 'dissolution.voluntary.vote', {
      value: 75,
      effectiveFrom: '2026-13-01',
      reason: 'x',
    });
    expect(problems.map((problem) => problem.field).sort()).toEqual(['effectiveFrom', 'reason', 'value']);
    expect(
      checkCorrection(BUILT_IN_RULES, 'law-2023', 'no.such-rule', {
        value: 1,
        effectiveFrom: '2026-12-01',
        reason: 'a long enough reason',
      }),
    ).toEqual([expect.objectContaining({ field: 'parameterId' })]);
    expect(
      checkCorrection(BUILT_IN_RULES, 'law-2023', 'conversion.deadline', {
        value: 18,
        effectiveFrom: '2026-12-01',
        reason: 'a long enough reason',
      }),
    ).toEqual([expect.objectContaining({ field: 'value' })]);
  });

  it('move only the dormancy clocks that start on or after the effective date, and preview exactly that', () => {
    const corrected = correct(BUILT_IN_RULES, 'dormancy.inactive-12m', {
      value: 6,
      effectiveFrom: '2026-06-01',
      reason: 'Thử nghiệm: ngưỡng 6 tháng theo văn bản mới.',
    });
    const before = cooperativeOperatingLastOn('2026-05-31');
    const after = cooperativeOperatingLastOn('2026-06-01');
    const inactive = (cooperative: Cooperative, book: RuleBook) =>
      dormancyClocks(cooperative, book).find((running) => running.ground === 'inactive-12m')!;
    expect(inactive(before, corrected).dueOn).toBe('2027-05-31');
    expect(inactive(after, corrected)).toMatchObject({ dueOn: '2026-12-01', months: 6 });
    expect(inactive(after, corrected).legalBasis.rulePackVersion).toBe('1.1');

    expect(correctionEffect(before, '2026-11-23', BUILT_IN_RULES, corrected)).toEqual({ deadlines: [], outcomes: [] });
    expect(correctionEffect(after, '2026-11-23', BUILT_IN_RULES, corrected).deadlines).toEqual([
      expect.objectContaining({ before: '2027-06-01', after: '2026-12-01' }),
    ]);
    // Saved later, the same correction finds the ground already met: an outcome, not only a date, changes.
    expect(correctionEffect(after, '2026-12-02', BUILT_IN_RULES, corrected).outcomes).toEqual([
      expect.objectContaining({ before: false, after: true }),
    ]);
    expect(pendingDeadlines(after, corrected).map((deadline) => deadline.dueOn)).toContain('2026-12-01');
  });
});

describe('regimeStanding', () => {
  const coop = (regime: Cooperative['regime'], kind: Cooperative['kind'] = 'cooperative') => ({
    regime,
    kind,
    registeredOn: '2010-05-04',
  });

  it('puts an existing cooperative under each new law from its entry into force, with the charter deadline', () => {
    expect(regimeStanding(coop('law-2003'), '2013-06-30', BUILT_IN_RULES)).toMatchObject({
      governedBy: 'law-2003',
      conforming: true,
    });
    expect(regimeStanding(coop('law-2003'), '2013-07-01', BUILT_IN_RULES)).toMatchObject({
      governedBy: 'law-2012',
      charterConformsTo: 'law-2003',
      conformityDueOn: '2016-07-01',
      overdue: false,
    });
    expect(regimeStanding(coop('law-2012'), '2025-12-31', BUILT_IN_RULES)).toMatchObject({
      governedBy: 'law-2023',
      conformityDueOn: '2026-01-01',
      overdue: false,
    });
    const late = regimeStanding(coop('law-2012'), '2026-01-01', BUILT_IN_RULES);
    expect(late).toMatchObject({ overdue: true, legalBasis: { ruleId: 'conversion.deadline', confirmed: true } });
    expect(late.explanation.vi).toContain('đã quá hạn chuyển đổi 01/01/2026');
    expect(regimeStanding(coop('law-2012', 'group'), '2026-03-01', BUILT_IN_RULES).legalBasis.ruleId).toBe(
      'conversion.group-registration-deadline',
    );
    expect(regimeStanding(coop('law-2023'), '2026-11-23', BUILT_IN_RULES)).toMatchObject({
      governedBy: 'law-2023',
      conforming: true,
      conformityDueOn: null,
    });
  });
});

describe('the legacy pack', () => {
  it('holds what the 1996/2003 Laws set and reads the rest from the 2012 Law’s pack', () => {
    expect(BUILT_IN_RULES.rule('law-2003', 'members.minimum.cooperative', '2005-01-01').confirmed).toBe(false);
    expect(BUILT_IN_RULES.rule('law-2003', 'dormancy.inactive-12m', '2005-01-01')).toMatchObject({
      regime: 'law-2012',
      value: 12,
      basis: { ruleId: 'dormancy.inactive-12m', regime: 'law-2012' },
    });
  });
});
