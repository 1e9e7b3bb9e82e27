import { BUILT_IN_RULES } from '../legal/rule-packs';
import { WorkingCalendar } from '../calendar/working-calendar';
import { foldEvents } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import type { IsoDate } from '../shared/iso-date';
import type { Cooperative } from './cooperative';
import type { CooperativeCommand, RegistrationDetails } from './cooperative.commands';
import { cooperativeDecider } from './cooperative.decider';
import type { CooperativeEvent } from './cooperative.events';
import type { CouncilMember, DissolutionStepId } from './dissolution';
import type { DissolutionRequest } from './dissolution.rules';

const calendar = new WorkingCalendar();
const officer = { id: 'can-bo', displayName: 'Cán bộ' };
const head = { id: 'lanh-dao', displayName: 'Lãnh đạo' };

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

const VOLUNTARY_COUNCIL: CouncilMember[] = [
  { name: 'Nguyễn Văn A', role: 'board', organisation: 'HĐQT' },
  { name: 'Trần Thị B', role: 'supervisory', organisation: 'BKS' },
  { name: 'Lê Văn C', role: 'members', organisation: 'Thành viên' },
];
const COMPULSORY_COUNCIL: CouncilMember[] = [
  { name: 'Phó Chủ tịch UBND huyện', role: 'chair', organisation: 'UBND huyện Tân Yên' },
  { name: 'Trưởng phòng TCKH', role: 'standing-member', organisation: 'Phòng Tài chính – Kế hoạch' },
  { name: 'Chủ tịch UBND xã', role: 'commune-committee', organisation: 'UBND xã Cao Xá' },
];

function cooperativeOn(registration = details()) {
  let state = foldEvents(cooperativeDecider, []);
  const run = (command: CooperativeCommand, today: IsoDate): CooperativeEvent[] => {
    const decided = cooperativeDecider.decide(command, state, { today, calendar, rules: BUILT_IN_RULES });
    state = foldEvents(cooperativeDecider, decided, state);
    return decided;
  };
  run({ type: 'RegisterCooperative', data: { ...registration, cooperativeId: 'c1' } }, registration.registeredOn);
  const open = () => (state as Cooperative).dissolutions!.find((candidate) => candidate.stage === 'open')!;
  return {
    state: () => state as Cooperative,
    open,
    step: (stepId: DissolutionStepId) => open().steps.find((candidate) => candidate.stepId === stepId)!,
    request: (request: Omit<DissolutionRequest, 'caseId' | 'openedBy'> & { caseId?: string }, today: IsoDate) =>
      run({ type: 'OpenDissolution', data: { caseId: 'k1', openedBy: officer, ...request } }, today),
    evidence: (stepId: DissolutionStepId, today: IsoDate, extra: { council?: CouncilMember[] } = {}) =>
      run(
        {
          type: 'RecordDissolutionStep',
          data: {
            caseId: open().caseId,
            stepId,
            outcome: 'done',
            completedOn: today,
            reference: `${stepId}-1`,
            note: '',
            by: officer,
            via: 'evidence',
            ...extra,
          },
        },
        today,
      ),
    task: (stepId: DissolutionStepId, outcome: string, today: IsoDate) =>
      run(
        {
          type: 'RecordDissolutionStep',
          data: {
            caseId: open().caseId,
            stepId,
            outcome,
            completedOn: today,
            reference: `${stepId}/QĐ`,
            note: 'Lý do',
            by: head,
            via: 'task',
          },
        },
        today,
      ),
    advance: (today: IsoDate) => run({ type: 'AdvanceTime' }, today),
    fact: (fact: Extract<CooperativeCommand, { type: 'RecordFact' }>['data']['fact'], today: IsoDate) =>
      run({ type: 'RecordFact', data: { factId: `f-${today}`, fact } }, today),
  };
}

const types = (events: CooperativeEvent[]) => events.map((event) => event.type);

function problemsOf(act: () => unknown) {
  try {
    act();
  } catch (error) {
    if (error instanceof DomainError) return error.problems;
    throw error;
  }
  throw new Error('accepted');
}

describe('voluntary dissolution under the 2012 Law', () => {
  const resolution = { adoptedOn: '2020-03-02', membersPresent: 40, votesFor: 31, minutesReference: 'BB-01' };

  it('refuses a resolution short of three quarters and a council without the members the law lists', () => {
    const cooperative = cooperativeOn();
    const refusal = (request: Omit<DissolutionRequest, 'caseId' | 'openedBy'>) => {
      try {
        cooperative.request(request, '2020-03-05');
      } catch (error) {
        return (error as DomainError).problems.map((problem) => problem.field);
      }
      return [];
    };
    expect(
      refusal({ kind: 'voluntary', resolution: { ...resolution, votesFor: 29 }, council: VOLUNTARY_COUNCIL }),
    ).toEqual(['resolution.votesFor']);
    expect(refusal({ kind: 'voluntary', resolution, council: VOLUNTARY_COUNCIL.slice(0, 2) })).toEqual(['council']);
    expect(cooperative.state().dissolutions ?? []).toEqual([]);
  });

  it('gives the council 60 days from the resolution, escalates once when missed, then the authority confirms', () => {
    const cooperative = cooperativeOn();
    cooperative.request({ kind: 'voluntary', resolution, council: VOLUNTARY_COUNCIL }, '2020-03-05');
    expect(cooperative.state().status).toBe('dissolving');
    expect(cooperative.step('newspaper-notices').due).toMatchObject({ from: '2020-03-02', due: '2020-05-04' });
    expect(cooperative.step('dossier-filed').status).toBe('waiting');

    for (const stepId of ['authority-notified', 'newspaper-notices', 'creditors-notified'] as const) {
      cooperative.evidence(stepId, '2020-04-01');
    }
    expect(cooperative.advance('2020-05-04')).toEqual([]);
    const [missed] = cooperative.advance('2020-05-05');
    expect(missed).toMatchObject({
      type: 'DissolutionDeadlineMissed',
      data: { stepIds: ['assets-settled', 'branches-terminated'] },
    });
    expect(cooperative.advance('2020-05-06')).toEqual([]);

    cooperative.evidence('assets-settled', '2020-05-10');
    const [completed] = cooperative.evidence('branches-terminated', '2020-05-11');
    expect(completed).toMatchObject({ data: { becameDue: [{ stepId: 'dossier-filed', due: null }] } });
    const [filed] = cooperative.evidence('dossier-filed', '2020-05-12');
    expect(filed).toMatchObject({ data: { becameDue: [{ stepId: 'confirmation', due: { due: '2020-05-15' } }] } });
    expect(types(cooperative.task('confirmation', 'confirm', '2020-05-14'))).toEqual([
      'DissolutionStepCompleted',
      'DissolutionCompleted',
    ]);
    expect(cooperative.state().status).toBe('dissolved');
  });

  it('forbids new members, capital raising and filings while dissolving, citing the rule', () => {
    const cooperative = cooperativeOn();
    cooperative.request({ kind: 'voluntary', resolution, council: VOLUNTARY_COUNCIL }, '2020-03-05');
    expect(() =>
      cooperative.fact({ kind: 'member-count', changedOn: '2020-03-06', memberCount: 50, note: '' }, '2020-03-06'),
    ).toThrow(DomainError);
    expect(() =>
      cooperative.fact({ kind: 'capital-raised', raisedOn: '2020-03-06', amount: 1_000_000, note: '' }, '2020-03-06'),
    ).toThrow(DomainError);
    // Members leaving is part of winding up.
    expect(
      types(
        cooperative.fact({ kind: 'member-count', changedOn: '2020-03-06', memberCount: 30, note: '' }, '2020-03-06'),
      ),
    ).toEqual(['MemberCountChanged']);
  });
});

describe('voluntary dissolution under the 2023 Law', () => {
  const resolution = { adoptedOn: '2026-03-02', membersPresent: 8, votesFor: 8, minutesReference: 'BB-02' };

  it('publishes within 3 working days, then the dossier within 5 working days of the settlement, then dissolved', () => {
    const cooperative = cooperativeOn(details({ regime: 'law-2023', registeredOn: '2024-09-02', memberCount: 8 }));
    cooperative.request({ kind: 'voluntary', resolution }, '2026-03-03');
    expect(cooperative.open()).toMatchObject({ plan: 'voluntary-2023', regime: 'law-2023' });
    expect(cooperative.state().status).toBe('active');
    expect(cooperative.step('publication').due).toMatchObject({ due: '2026-03-06' });
    expect(problemsOf(() => cooperative.evidence('publication', '2026-03-04'))[0].reason.en).toMatch(/task inbox/);

    cooperative.task('publication', 'done', '2026-03-04');
    expect(cooperative.state().status).toBe('dissolving');
    cooperative.evidence('debts-settled', '2026-04-10'); // a Friday
    expect(cooperative.step('dossier-filed').due).toMatchObject({ due: '2026-04-17' });
    cooperative.evidence('dossier-filed', '2026-04-15');
    cooperative.task('confirmation', 'return', '2026-04-16');
    expect(cooperative.step('dossier-filed').status).toBe('due');
    cooperative.evidence('dossier-filed', '2026-04-20');
    cooperative.task('confirmation', 'confirm', '2026-04-21');
    expect(cooperative.state().status).toBe('dissolved');
  });

  it('has no compulsory dissolution by the People’s Committee: revocation or a court instead', () => {
    const cooperative = cooperativeOn(details({ regime: 'law-2023', registeredOn: '2024-09-02' }));
    expect(
      problemsOf(() => cooperative.request({ kind: 'compulsory', ground: 'inactive-12m' }, '2026-03-03')).map(
        (problem) => problem.field,
      ),
    ).toEqual(['kind']);
  });
});

describe('compulsory dissolution under the 2012 Law', () => {
  it('opens from a confirmed 2012 dormancy ground: dossier with the council, the decision, 60 days, the register', () => {
    const cooperative = cooperativeOn(details({ registeredOn: '2021-01-10' }));
    // Silent since registration: the 12 months were met on 2022-01-10, under the 2012 Law.
    expect(types(cooperative.advance('2022-01-10'))).toEqual(['DormancyFlagged']);
    let state = cooperative.state();
    const confirmed = cooperativeDecider.decide(
      { type: 'DecideDormancy', data: { decision: 'confirm', comment: 'Xác minh', by: officer } },
      state,
      { today: '2022-01-20', calendar, rules: BUILT_IN_RULES },
    );
    expect(types(confirmed)).toEqual(['DormancyConfirmed', 'DissolutionOpened']);
    state = foldEvents(cooperativeDecider, confirmed, state)!;
    expect(state.dissolutions![0]).toMatchObject({
      plan: 'compulsory-2012',
      ground: 'inactive-12m',
      openedBy: officer,
    });
  });

  it('runs the People’s Committee decision and the council’s 60 days, and a court decision changes nothing of it', () => {
    const cooperative = cooperativeOn();
    cooperative.request({ kind: 'compulsory', ground: 'no-general-meeting-18m', groundOn: '2022-05-01' }, '2022-06-01');
    expect(() => cooperative.evidence('dossier-submitted', '2022-06-02')).toThrow(DomainError);
    cooperative.evidence('dossier-submitted', '2022-06-02', { council: COMPULSORY_COUNCIL });
    expect(cooperative.open().council).toEqual(COMPULSORY_COUNCIL);
    const [decided] = cooperative.task('dissolution-decision', 'decide', '2022-06-10');
    expect(decided).toMatchObject({ data: { stepId: 'dissolution-decision' } });
    expect(cooperative.state().status).toBe('dissolving');
    expect(cooperative.step('completion-minutes').status).toBe('waiting');
    expect(cooperative.step('newspaper-notices').due).toMatchObject({ due: '2022-08-09' });
    cooperative.request(
      {
        caseId: 'k2',
        kind: 'court',
        courtDecision: {
          court: 'TAND huyện Tân Yên',
          reference: '01/QĐ',
          decidedOn: '2022-06-20',
          receivedOn: '2022-06-21',
        },
      },
      '2022-06-21',
    );
    expect(cooperative.open()).toMatchObject({ plan: 'compulsory-2012', courtDecision: { reference: '01/QĐ' } });
  });

  it('a declined decision drops the case and the cooperative is active again', () => {
    const cooperative = cooperativeOn();
    cooperative.request({ kind: 'compulsory', ground: 'inactive-12m', groundOn: '2022-05-01' }, '2022-06-01');
    cooperative.evidence('dossier-submitted', '2022-06-02', { council: COMPULSORY_COUNCIL });
    expect(types(cooperative.task('dissolution-decision', 'decline', '2022-06-10'))).toEqual([
      'DissolutionStepCompleted',
      'DissolutionDropped',
    ]);
    expect(cooperative.state()).toMatchObject({ status: 'active', dissolutions: [{ stage: 'dropped' }] });
  });
});

describe('revocation under the 2023 Law', () => {
  const suspended = () => {
    const cooperative = cooperativeOn(details({ regime: 'law-2023', registeredOn: '2024-09-02' }));
    cooperative.fact(
      { kind: 'suspension-notice', noticeOn: '2026-01-05', from: '2026-01-12', until: '2026-12-31', note: '' },
      '2026-01-05',
    );
    cooperative.advance('2026-01-12');
    return cooperative;
  };

  it('notice, answer window, decision, publication: a resumption attempt meanwhile is refused with its basis', () => {
    const cooperative = suspended();
    cooperative.request({ kind: 'revocation', ground: 'falsified-dossier' }, '2026-03-02');
    expect(cooperative.open().groundBasis.confirmed).toBe(true);
    expect(cooperative.step('revocation-notice').due).toMatchObject({ due: '2026-03-05' });
    cooperative.task('revocation-notice', 'done', '2026-03-03');
    expect(cooperative.step('response-window').due).toMatchObject({ due: '2026-03-17' });
    try {
      cooperative.fact(
        { kind: 'resumption-notice', noticeOn: '2026-03-04', resumeOn: '2026-03-10', note: '' },
        '2026-03-04',
      );
      throw new Error('accepted');
    } catch (error) {
      expect((error as DomainError).problems.map((problem) => problem.reason.vi).join(' ')).toContain('Điều 33');
    }
    expect(cooperative.advance('2026-03-17')).toEqual([]);
    const [ended] = cooperative.advance('2026-03-18');
    expect(ended).toMatchObject({ data: { stepId: 'response-window', completion: { outcome: 'window-ended' } } });
    cooperative.task('revocation-decision', 'revoke', '2026-03-20');
    expect(cooperative.state().status).toBe('revoked');
    cooperative.task('publication', 'done', '2026-03-23');
    expect(cooperative.state().status).toBe('dissolving');
  });

  it('distinguishes an unconfirmed ground (dormancy) from a confirmed one', () => {
    const cooperative = cooperativeOn(details({ regime: 'law-2023', registeredOn: '2024-09-02' }));
    cooperative.request({ kind: 'revocation', ground: 'inactive-12m' }, '2026-03-02');
    expect(cooperative.open().groundBasis.confirmed).toBe(false);
  });

  it('gives way to a court decision arriving mid-proceeding: the court’s steps follow, the notice stays on record', () => {
    const cooperative = suspended();
    cooperative.request({ kind: 'revocation', ground: 'tax-enforcement' }, '2026-03-02');
    cooperative.task('revocation-notice', 'done', '2026-03-03');
    const [recorded] = cooperative.request(
      {
        caseId: 'k2',
        kind: 'court',
        courtDecision: {
          court: 'TAND tỉnh Bắc Giang',
          reference: '12/2026/QĐ',
          decidedOn: '2026-03-05',
          receivedOn: '2026-03-06',
        },
      },
      '2026-03-06',
    );
    expect(recorded.type).toBe('DissolutionCourtDecisionRecorded');
    const open = cooperative.open();
    expect(open).toMatchObject({ kind: 'court', plan: 'court-2023', caseId: 'k1' });
    expect(open.steps.map((step) => [step.stepId, step.status])).toEqual([
      ['revocation-notice', 'done'],
      ['response-window', 'superseded'],
      ['revocation-decision', 'superseded'],
      ['publication', 'due'],
      ['debts-settled', 'waiting'],
      ['dossier-filed', 'waiting'],
      ['confirmation', 'waiting'],
    ]);
    expect(cooperative.step('publication').due).toMatchObject({ from: '2026-03-06', due: '2026-03-11' });
  });
});
