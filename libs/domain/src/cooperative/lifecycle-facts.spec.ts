import { BUILT_IN_RULES } from '../legal/rule-packs';
import { WorkingCalendar } from '../calendar/working-calendar';
import { foldEvents } from '../shared/decider';
import type { DomainError } from '../shared/domain-error';
import type { IsoDate } from '../shared/iso-date';
import type { Cooperative } from './cooperative';
import type { CooperativeCommand, RegistrationDetails } from './cooperative.commands';
import { cooperativeDecider } from './cooperative.decider';
import type { CooperativeEvent } from './cooperative.events';
import { assessDormancy, groundsMet, monthsBetween } from './dormancy';
import { needsFlag, recordOf, sweepFinding } from './dormancy-sweep';
import type { OperatingFact } from './facts';

const calendar = new WorkingCalendar();

const details = (overrides: Partial<RegistrationDetails> = {}): RegistrationDetails => ({
  registrationCode: '2416000001',
  name: 'Hợp tác xã Nông nghiệp Cao Xá',
  kind: 'cooperative',
  sector: 'agriculture',
  territoryCode: '216',
  regime: 'law-2012',
  registeredOn: '2015-03-20',
  memberCount: 42,
  ...overrides,
});

/** A cooperative's history driven through the decider, as the workflow drives it; returns every event. */
function history(registration: RegistrationDetails) {
  const events: CooperativeEvent[] = [];
  let state = foldEvents(cooperativeDecider, []);
  let sequence = 0;
  const run = (command: CooperativeCommand, today: IsoDate) => {
    const decided = cooperativeDecider.decide(command, state, { today, calendar, rules: BUILT_IN_RULES });
    events.push(...decided);
    state = foldEvents(cooperativeDecider, decided, state);
    return decided;
  };
  run({ type: 'RegisterCooperative', data: { ...registration, cooperativeId: 'c1' } }, registration.registeredOn);
  return {
    events,
    state: () => state as Cooperative,
    fact: (fact: OperatingFact, today: IsoDate) =>
      run({ type: 'RecordFact', data: { factId: `f${++sequence}`, fact } }, today),
    advance: (today: IsoDate) => run({ type: 'AdvanceTime' }, today),
    decideDormancy: (data: Extract<CooperativeCommand, { type: 'DecideDormancy' }>['data'], today: IsoDate) =>
      run({ type: 'DecideDormancy', data }, today),
  };
}

const activity = (on: IsoDate): OperatingFact => ({ kind: 'activity', on, activity: 'contract', description: '' });

describe('dormancy: 12 months without evidence of operating', () => {
  it('keeps a cooperative with evidence at month 11 active, and flags it exactly 12 months after, not a day earlier', () => {
    const cooperative = history(details({ registeredOn: '2023-01-10' }));
    cooperative.fact(activity('2023-02-10'), '2023-12-10'); // month 11 after registration
    expect(cooperative.advance('2024-01-10')).toEqual([]);
    expect(cooperative.advance('2024-02-09')).toEqual([]);
    const [flagged] = cooperative.advance('2024-02-10');
    expect(flagged).toMatchObject({
      type: 'DormancyFlagged',
      data: { on: '2024-02-10', flaggedBy: 'system', grounds: [{ ground: 'inactive-12m', since: '2023-02-10' }] },
    });
    expect(cooperative.state().dormancy?.stage).toBe('under-review');
  });

  it('applies the rule of the law in force when the ground is met: a ground under 2012, a flag under 2023', () => {
    const before = history(details({ registeredOn: '2023-06-30' }));
    expect(groundsMet(before.state(), '2024-06-30', BUILT_IN_RULES)[0]).toMatchObject({
      regime: 'law-2012',
      effect: 'dissolution-ground',
      legalBasis: { confirmed: true },
    });
    const after = history(details({ registeredOn: '2023-07-01' }));
    expect(groundsMet(after.state(), '2024-07-01', BUILT_IN_RULES)[0]).toMatchObject({
      regime: 'law-2023',
      effect: 'monitoring-flag',
      legalBasis: { confirmed: false },
    });
  });

  it('explains in plain Vietnamese why a cooperative is or is not flagged', () => {
    const cooperative = history(details({ registeredOn: '2024-07-15', regime: 'law-2023' }));
    cooperative.fact({ kind: 'annual-report', year: 2024, filedOn: '2025-01-10', reference: 'BC-2024' }, '2025-01-10');
    cooperative.fact({ kind: 'general-meeting', heldOn: '2024-12-20', meeting: 'annual', note: '' }, '2024-12-20');
    const early = assessDormancy(cooperative.state(), '2025-09-30', BUILT_IN_RULES);
    expect(early.flagged).toBe(false);
    expect(early.explanation.vi).toContain('Lần cuối có bằng chứng hoạt động ngày 10/01/2025: báo cáo năm 2024');
    expect(early.explanation.vi).toContain('mới 8 tháng; đến 10/01/2026 mới đủ 12 tháng');
    const late = assessDormancy(cooperative.state(), '2026-01-10', BUILT_IN_RULES);
    expect(late.flagged).toBe(true);
    expect(late.explanation.vi).toContain('đã 12 tháng');
  });

  it('lists for a sweep what the record held on its day: the verdict, the case already open, whether to ask for a flag', () => {
    const cooperative = history(details({ registeredOn: '2024-08-01', regime: 'law-2023' }));
    cooperative.fact({ kind: 'general-meeting', heldOn: '2024-09-01', meeting: 'annual', note: '' }, '2024-09-01');
    const before = sweepFinding(recordOf(cooperative.events)!, '2025-08-31', BUILT_IN_RULES);
    expect(before).toMatchObject({ registrationCode: '2416000001', lastOperatingOn: '2024-09-01', dormancyCase: null });
    expect([before.assessment.flagged, needsFlag(before)]).toEqual([false, false]);

    const due = sweepFinding(recordOf(cooperative.events)!, '2025-09-01', BUILT_IN_RULES);
    expect([due.assessment.flagged, needsFlag(due)]).toEqual([true, true]);

    cooperative.advance('2025-09-01');
    const flagged = sweepFinding(recordOf(cooperative.events)!, '2025-09-02', BUILT_IN_RULES);
    expect(flagged.dormancyCase).toEqual({ stage: 'under-review', openedOn: '2025-09-01', flaggedBy: 'system' });
    expect([flagged.assessment.flagged, needsFlag(flagged)]).toEqual([true, false]);
    expect(flagged.assessment.explanation.vi).toContain('Đã có hồ sơ xem xét từ 01/09/2025 (đang xem xét).');
    expect(recordOf([])).toBeNull();
  });

  it('counts whole months as the calendar does', () => {
    expect(monthsBetween('2025-01-31', '2025-02-28')).toBe(1);
    expect(monthsBetween('2025-03-10', '2026-03-09')).toBe(11);
    expect(monthsBetween('2025-03-10', '2026-03-10')).toBe(12);
  });
});

describe('the other grounds', () => {
  it('flags a cooperative below its minimum membership for 12 consecutive months (2012: 7 members)', () => {
    const cooperative = history(details({ registeredOn: '2019-01-05', memberCount: 9 }));
    cooperative.fact({ kind: 'general-meeting', heldOn: '2022-03-01', meeting: 'annual', note: '' }, '2022-03-01');
    cooperative.fact({ kind: 'member-count', changedOn: '2022-04-01', memberCount: 6, note: '' }, '2022-04-01');
    cooperative.fact(activity('2023-02-01'), '2023-02-01');
    expect(cooperative.advance('2023-03-31')).toEqual([]);
    const [flagged] = cooperative.advance('2023-04-01');
    expect(flagged).toMatchObject({ data: { grounds: [{ ground: 'below-minimum-12m', since: '2022-04-01' }] } });
  });

  it('flags 18 months without an annual general meeting; an extraordinary one does not reset that clock', () => {
    const cooperative = history(details({ registeredOn: '2020-05-01' }));
    cooperative.fact({ kind: 'general-meeting', heldOn: '2021-06-01', meeting: 'annual', note: '' }, '2021-06-01');
    cooperative.fact(
      { kind: 'general-meeting', heldOn: '2022-06-01', meeting: 'extraordinary', note: '' },
      '2022-06-01',
    );
    cooperative.fact(activity('2022-11-01'), '2022-11-01');
    const [flagged] = cooperative.advance('2022-12-01');
    expect(flagged).toMatchObject({ data: { grounds: [{ ground: 'no-general-meeting-18m', since: '2021-06-01' }] } });
  });
});

describe('a dormancy case', () => {
  const flaggedCase = () => {
    const cooperative = history(details({ registeredOn: '2024-08-01', regime: 'law-2023' }));
    cooperative.advance('2025-08-01');
    return cooperative;
  };

  it('closes by itself when new evidence ends its grounds', () => {
    const cooperative = flaggedCase();
    const events = cooperative.fact(activity('2025-08-05'), '2025-08-06');
    expect(events.map((event) => event.type)).toEqual(['OperatingActivityRecorded', 'DormancyResolvedByEvidence']);
    expect(cooperative.state().dormancy).toBeNull();
  });

  it('is dismissed with a reason and the evidence date, which restarts every clock from it', () => {
    const cooperative = flaggedCase();
    cooperative.decideDormancy(
      { decision: 'dismiss', reason: 'Có hợp đồng tiêu thụ', evidenceOn: '2025-07-20' },
      '2025-08-04',
    );
    expect(cooperative.state().dormancy).toBeNull();
    expect(cooperative.advance('2026-07-19')).toEqual([]);
    expect(cooperative.advance('2026-07-20').map((event) => event.type)).toEqual(['DormancyFlagged']);
  });

  it('asks for evidence with a deadline and comes back for review when none arrived in time', () => {
    const cooperative = flaggedCase();
    cooperative.decideDormancy({ decision: 'request-evidence', dueOn: '2025-09-01', comment: '' }, '2025-08-04');
    expect(cooperative.advance('2025-09-01')).toEqual([]);
    expect(cooperative.advance('2025-09-02').map((event) => event.type)).toEqual(['DormancyEvidenceOverdue']);
    expect(cooperative.state().dormancy?.stage).toBe('under-review');
  });

  it('opens the path of the regime on confirmation: revocation under the 2023 Law', () => {
    const cooperative = flaggedCase();
    const by = { id: 'can-bo', displayName: 'Cán bộ' };
    const [confirmed, opened] = cooperative.decideDormancy(
      { decision: 'confirm', comment: 'Đã xác minh tại địa phương', by },
      '2025-08-04',
    );
    expect(confirmed).toMatchObject({ type: 'DormancyConfirmed', data: { path: 'revocation-proceeding' } });
    expect(opened).toMatchObject({
      type: 'DissolutionOpened',
      data: { dissolution: { kind: 'revocation', plan: 'revocation-2023', openedBy: by } },
    });
    expect(() => cooperative.decideDormancy({ decision: 'confirm', comment: '', by }, '2025-08-05')).toThrow(
      /no open dormancy case/,
    );
  });
});

describe('suspension notices', () => {
  it('needs 15 days of notice under the 2012 Law: the 15th day after the notice is the first day allowed', () => {
    const cooperative = history(details({ registeredOn: '2015-03-20' }));
    const notice = (from: IsoDate): OperatingFact => ({
      kind: 'suspension-notice',
      noticeOn: '2023-03-01',
      from,
      until: '2023-09-01',
      note: '',
    });
    expect(() => cooperative.fact(notice('2023-03-15'), '2023-03-01')).toThrow();
    try {
      cooperative.fact(notice('2023-03-15'), '2023-03-01');
    } catch (error) {
      expect((error as DomainError).problems[0]).toMatchObject({ field: 'from' });
      expect((error as DomainError).problems[0].reason.vi).toContain('16/03/2023');
    }
    expect(cooperative.fact(notice('2023-03-16'), '2023-03-01').map((event) => event.type)).toEqual([
      'SuspensionNoticed',
    ]);
  });

  it('needs 3 working days under the 2023 Law, counted past weekends and holidays', () => {
    const cooperative = history(details({ registeredOn: '2024-08-01', regime: 'law-2023' }));
    // Friday 2025-08-29; 1–2 September are the National Day holidays: three working days end on Friday 5 September.
    const notice = (from: IsoDate): OperatingFact => ({
      kind: 'suspension-notice',
      noticeOn: '2025-08-29',
      from,
      until: '2026-01-01',
      note: '',
    });
    expect(() => cooperative.fact(notice('2025-09-04'), '2025-08-29')).toThrow();
    expect(cooperative.fact(notice('2025-09-05'), '2025-08-29')).toHaveLength(1);
  });

  it('caps a suspension at 12 months per notice (2023) and one year in a row in total (2012)', () => {
    const recent = history(details({ registeredOn: '2024-08-01', regime: 'law-2023' }));
    const tooLong: OperatingFact = {
      kind: 'suspension-notice',
      noticeOn: '2025-01-02',
      from: '2025-01-10',
      until: '2026-01-10',
      note: '',
    };
    expect(() => recent.fact(tooLong, '2025-01-02')).toThrow(/not valid/);
    expect(recent.fact({ ...tooLong, until: '2026-01-09' }, '2025-01-02')).toHaveLength(1);

    const older = history(details());
    older.fact(
      { kind: 'suspension-notice', noticeOn: '2020-01-01', from: '2020-02-01', until: '2020-08-31', note: '' },
      '2020-01-01',
    );
    older.advance('2020-02-01');
    const extension: OperatingFact = {
      kind: 'suspension-notice',
      noticeOn: '2020-08-01',
      from: '2020-09-01',
      until: '2021-02-01',
      note: '',
    };
    expect(() => older.fact(extension, '2020-08-01')).toThrow();
    expect(older.fact({ ...extension, until: '2021-01-31' }, '2020-08-01')).toHaveLength(1);
  });

  it('suspends on the first day and resumes on the day after the last, and the pause does not count as dormancy', () => {
    const cooperative = history(details({ registeredOn: '2022-01-10' }));
    cooperative.fact(
      { kind: 'suspension-notice', noticeOn: '2022-02-01', from: '2022-03-01', until: '2023-02-28', note: '' },
      '2022-02-01',
    );
    // The annual meeting clock does not pause: the members met during the suspension.
    cooperative.fact({ kind: 'general-meeting', heldOn: '2022-12-01', meeting: 'annual', note: '' }, '2022-12-01');
    expect(cooperative.advance('2022-02-28')).toEqual([]);
    expect(cooperative.advance('2022-03-01').map((event) => event.type)).toEqual(['SuspensionStarted']);
    expect(cooperative.state().status).toBe('suspended');
    expect(cooperative.advance('2023-01-10')).toEqual([]);
    expect(cooperative.advance('2023-03-01')).toMatchObject([
      { type: 'SuspensionEnded', data: { on: '2023-03-01', reason: 'period-ended' } },
    ]);
    expect(cooperative.state().evidence.lastOperatingOn).toBe('2023-03-01');
    expect(cooperative.advance('2024-02-29')).toEqual([]);
  });

  it('refuses facts dated in the future or before the registration, each field named', () => {
    const cooperative = history(details({ registeredOn: '2022-01-10' }));
    try {
      cooperative.fact({ kind: 'annual-report', year: 2030, filedOn: '2030-01-01', reference: '' }, '2026-11-22');
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as DomainError).problems.map((problem) => problem.field)).toEqual(['filedOn', 'year']);
    }
  });
});

describe('support for a new cooperative', () => {
  const newCooperative = () => history(details({ registeredOn: '2026-03-02', regime: 'law-2023' }));
  const run = (cooperative: ReturnType<typeof history>, command: CooperativeCommand, today: IsoDate) =>
    cooperativeDecider.decide(command, cooperative.state(), { today, calendar, rules: BUILT_IN_RULES });

  it('records a grant requested, approved up to what was asked, and paid up to what was approved', () => {
    const cooperative = newCooperative();
    const request: CooperativeCommand = {
      type: 'RequestSupport',
      data: {
        supportId: 's1',
        kind: 'grant',
        description: 'Hỗ trợ thành lập mới hợp tác xã nông nghiệp',
        programme: 'Kế hoạch phát triển kinh tế tập thể huyện Tân Yên 2021–2025',
        requestedAmount: 20_000_000,
        requestedBy: 'can-bo.tanyen',
      },
    };
    const [requested] = run(cooperative, request, '2026-04-01');
    expect(requested).toMatchObject({ type: 'SupportRequested', data: { monthsSinceRegistration: 0 } });
    const state = foldEvents(cooperativeDecider, [requested], cooperative.state());
    const approve = (approvedAmount: number): CooperativeCommand => ({
      type: 'DecideSupport',
      data: { supportId: 's1', decision: 'approve', approvedAmount, by: 'lanh-dao.tanyen' },
    });
    expect(() =>
      cooperativeDecider.decide(approve(25_000_000), state, { today: '2026-04-03', calendar, rules: BUILT_IN_RULES }),
    ).toThrow();
    const approved = foldEvents(
      cooperativeDecider,
      cooperativeDecider.decide(approve(20_000_000), state, { today: '2026-04-03', calendar, rules: BUILT_IN_RULES }),
      state,
    );
    const pay = (amount: number): CooperativeCommand => ({
      type: 'RecordDisbursement',
      data: { supportId: 's1', amount, disbursedOn: '2026-04-10' },
    });
    const paid = foldEvents(
      cooperativeDecider,
      cooperativeDecider.decide(pay(15_000_000), approved, { today: '2026-04-10', calendar, rules: BUILT_IN_RULES }),
      approved,
    );
    expect(() =>
      cooperativeDecider.decide(pay(5_000_001), paid, { today: '2026-04-10', calendar, rules: BUILT_IN_RULES }),
    ).toThrow(/not valid/);
    expect(paid!.support[0]).toMatchObject({
      status: 'approved',
      approvedAmount: 20_000_000,
      disbursements: [{ amount: 15_000_000 }],
    });
  });

  it('needs an amount for a grant and a description for any support', () => {
    const cooperative = newCooperative();
    try {
      run(
        cooperative,
        {
          type: 'RequestSupport',
          data: {
            supportId: 's2',
            kind: 'grant',
            description: ' ',
            programme: '',
            requestedAmount: 0,
            requestedBy: 'x',
          },
        },
        '2026-04-01',
      );
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as DomainError).problems.map((problem) => problem.field)).toEqual([
        'requestedAmount',
        'description',
      ]);
    }
  });
});
