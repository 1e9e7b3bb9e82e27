import { BUILT_IN_RULES } from '../legal/rule-packs';
import { WorkingCalendar } from '../calendar/working-calendar';
import { foldEvents } from '../shared/decider';
import type { IsoDate } from '../shared/iso-date';
import type { Cooperative } from './cooperative';
import type { CooperativeCommand, RegistrationDetails } from './cooperative.commands';
import { cooperativeDecider } from './cooperative.decider';
import type { CooperativeEvent } from './cooperative.events';
import { nextDueDate, pendingDeadlines } from './deadlines';
import { assessDormancy } from './dormancy';
import {
  checkReminderPolicy,
  DEFAULT_REMINDER_POLICY,
  overdueReports,
  reportingNextDue,
  reportNotice,
  type ReminderPolicy,
  type ReportDocument,
} from './reporting';
import { undeliveredNotices } from './reporting.decider';
import { cascadeDueOn, reportDueOn } from './reporting.rules';

const calendar = new WorkingCalendar();

const details = (overrides: Partial<RegistrationDetails> = {}): RegistrationDetails => ({
  registrationCode: '2416000001',
  name: 'Hợp tác xã Nông nghiệp Cao Xá',
  kind: 'cooperative',
  sector: 'agriculture',
  territoryCode: '216',
  regime: 'law-2023',
  registeredOn: '2025-03-20',
  memberCount: 42,
  ...overrides,
});

function history(
  registration: RegistrationDetails,
  policy: ReminderPolicy | null = DEFAULT_REMINDER_POLICY,
  carriedOverOn?: IsoDate,
) {
  let state = foldEvents(cooperativeDecider, []);
  let sequence = 0;
  const run = (command: CooperativeCommand, today: IsoDate) => {
    const decided = cooperativeDecider.decide(command, state, {
      today,
      calendar,
      rules: BUILT_IN_RULES,
      reminderPolicy: policy,
    });
    state = foldEvents(cooperativeDecider, decided, state);
    return decided;
  };
  run(
    { type: 'RegisterCooperative', data: { ...registration, cooperativeId: 'c1', carriedOver: !!carriedOverOn } },
    carriedOverOn ?? registration.registeredOn,
  );
  return {
    state: () => state as Cooperative,
    advance: (today: IsoDate) => run({ type: 'AdvanceTime' }, today),
    file: (year: number, filedOn: IsoDate, document?: ReportDocument) =>
      run(
        {
          type: 'RecordFact',
          data: { factId: `f${++sequence}`, fact: { kind: 'annual-report', year, filedOn, reference: 'BC', document } },
        },
        filedOn,
      ),
    apply: (events: CooperativeEvent[]) => (state = foldEvents(cooperativeDecider, events, state)),
  };
}

const types = (events: CooperativeEvent[]) => events.map((event) => event.type);
const yearIn = (event: CooperativeEvent) => ('year' in event.data ? event.data.year : '');

describe('the reporting rules table (LIFECYCLE §7)', () => {
  it('2012 Law: 15 December of the year reported on, confirmed; Decree 107/2017 (15 January) kept as the conflict', () => {
    expect(reportDueOn(2019, BUILT_IN_RULES)).toMatchObject({
      dueOn: '2019-12-15',
      legalBasis: { regime: 'law-2012', confirmed: true, ruleId: 'reporting.annual-report.due' },
    });
    expect(reportDueOn(2019, BUILT_IN_RULES).legalBasis.citation.vi).toContain('07/2019/TT-BKHĐT');
    // Decree 107/2017's 15 January stays in the 2012 pack as the conflicting older rule, not applied.
    expect(
      BUILT_IN_RULES.rule('law-2012', 'reporting.annual-report.due.decree-107-2017', '2019-12-31').citation.vi,
    ).toContain('15/01 năm sau');
  });

  it('2023 Law: the best current value (15 December), flagged unconfirmed', () => {
    expect(reportDueOn(2025, BUILT_IN_RULES)).toMatchObject({
      dueOn: '2025-12-15',
      legalBasis: { regime: 'law-2023', confirmed: false },
    });
  });

  it('the cascade: district by 18 December, province by 21 December', () => {
    expect(cascadeDueOn(2020, 'district', BUILT_IN_RULES)).toMatchObject({
      dueOn: '2020-12-18',
      legalBasis: { confirmed: true },
    });
    expect(cascadeDueOn(2020, 'province', BUILT_IN_RULES)?.dueOn).toBe('2020-12-21');
    expect(cascadeDueOn(2026, 'province', BUILT_IN_RULES)).toMatchObject({
      dueOn: '2026-12-21',
      legalBasis: { confirmed: false },
    });
  });

  it('refuses a ladder out of order, with the reason', () => {
    expect(checkReminderPolicy(DEFAULT_REMINDER_POLICY)).toEqual([]);
    expect(checkReminderPolicy({ reminderOffsetsDays: [0, -15], followUpAfterDays: 10, warningAfterDays: 5 })).toEqual([
      'reminder offsets in increasing order',
      'the warning comes after the follow-up',
    ]);
  });
});

describe('the yearly report obligation and its reminder ladder', () => {
  it('is tracked from the first day time is advanced, and wakes the workflow on its first reminder', () => {
    const coop = history(details());
    const events = coop.advance('2025-06-01');
    expect(types(events)).toEqual(['ReportObligationOpened']);
    expect(coop.state().reporting?.obligations[0]).toMatchObject({ year: 2025, dueOn: '2025-12-15', status: 'open' });
    expect(nextDueDate(coop.state(), BUILT_IN_RULES)).toBe('2025-11-30');
    expect(pendingDeadlines(coop.state(), BUILT_IN_RULES).map((deadline) => [deadline.kind, deadline.dueOn])).toEqual(
      expect.arrayContaining([
        ['report-ladder', '2025-11-30'],
        ['annual-report', '2025-12-15'],
      ]),
    );
  });

  it('reminds 15 days before and on the due date; a report filed between two reminders stops the rest', () => {
    const coop = history(details());
    coop.advance('2025-06-01');
    const first = coop.advance('2025-11-30');
    expect(first).toMatchObject([
      { type: 'ReportReminderIssued', data: { stepId: 'reminder-15', noticeId: 'report-2025-reminder-15/c1' } },
    ]);
    expect(coop.advance('2025-12-15')).toMatchObject([
      { type: 'ReportReminderIssued', data: { stepId: 'reminder+0' } },
    ]);
    coop.file(2025, '2025-12-20');
    expect(coop.state().reporting?.obligations[0]).toMatchObject({ status: 'filed', filedOn: '2025-12-20' });
    expect(types(coop.advance('2025-12-30'))).toEqual([]);
    expect(types(coop.advance('2026-03-01'))).toEqual(['ReportObligationOpened']);
    expect(coop.state().reporting?.obligations.map((obligation) => obligation.year)).toEqual([2025, 2026]);
  });

  it('a financial statement is evidence of operating but does not satisfy the activity report', () => {
    const coop = history(details());
    coop.advance('2025-06-01');
    coop.file(2025, '2025-12-01', 'financial-statement');
    expect(coop.state().evidence.lastOperatingOn).toBe('2025-12-01');
    expect(coop.state().evidence.lastReport).toBeNull();
    expect(types(coop.advance('2025-12-15'))).toEqual(['ReportReminderIssued']);
  });

  it('unanswered: reminders at +15 and +30, an officer follow-up at +45, the warning (REPORT_OVERDUE) at +60', () => {
    const coop = history(details());
    coop.advance('2025-06-01');
    for (const day of ['2025-11-30', '2025-12-15', '2025-12-30', '2026-01-14']) {
      expect(types(coop.advance(day))).toEqual(
        day === '2026-01-14' ? ['ReportObligationOpened', 'ReportReminderIssued'] : ['ReportReminderIssued'],
      );
    }
    expect(coop.advance('2026-01-29')).toMatchObject([
      { type: 'ReportFollowUpOpened', data: { year: 2025, daysOverdue: 45 } },
    ]);
    expect(overdueReports(coop.state())).toEqual([]);
    expect(coop.advance('2026-02-13')).toMatchObject([
      { type: 'ReportOverdueWarned', data: { year: 2025, daysOverdue: 60, noticeId: 'report-2025-warning+60/c1' } },
    ]);
    expect(overdueReports(coop.state()).map((obligation) => obligation.year)).toEqual([2025]);
    coop.file(2025, '2026-02-20');
    expect(overdueReports(coop.state())).toEqual([]);
  });

  it('catching up after a long sleep sends one reminder, not a burst, and records the others as superseded', () => {
    const coop = history(details({ registeredOn: '2024-06-10', regime: 'law-2023' }));
    const events = coop.advance('2025-03-01');
    expect(types(events)).toEqual([
      'ReportObligationOpened',
      'ReportObligationOpened',
      'ReportReminderIssued',
      'ReportFollowUpOpened',
      'ReportOverdueWarned',
    ]);
    expect(events[2]).toMatchObject({
      data: { year: 2024, stepId: 'reminder+30', superseded: ['reminder-15', 'reminder+0', 'reminder+15'] },
    });
    expect(undeliveredNotices(coop.state())).toEqual(['report-2024-reminder+30/c1', 'report-2024-warning+60/c1']);
    expect(reportingNextDue(coop.state())).toBe('2025-11-30');
  });

  it('asks nothing for a year already reported, nor one whose due date came before the registration', () => {
    const coop = history(details({ registeredOn: '2025-12-20' }));
    expect(types(coop.advance('2026-01-05'))).toEqual(['ReportObligationOpened']);
    expect(coop.state().reporting?.obligations.map((obligation) => obligation.year)).toEqual([2026]);
  });

  it('does not chase a report due before the import when the register said nothing of reports', () => {
    // Registered in 2019 and never heard of since: dormancy is flagged too, so only the report events are compared.
    const reports = (events: CooperativeEvent[]) =>
      events.flatMap((event) => (event.type.startsWith('Report') ? [`${event.type} ${yearIn(event)}`] : []));
    const imported = history(details({ registeredOn: '2019-05-02' }), DEFAULT_REMINDER_POLICY, '2026-11-23');
    expect(imported.state().carriedOverOn).toBe('2026-11-23');
    expect(reports(imported.advance('2026-11-23'))).toEqual(['ReportObligationOpened 2026']);
    expect(reports(imported.advance('2027-01-20'))).toEqual([
      'ReportObligationOpened 2027',
      'ReportReminderIssued 2026',
    ]);

    // Registered here, or carried over with its last report known, the same cooperative is chased for 2025.
    const registeredHere = history(details({ registeredOn: '2019-05-02' }));
    expect(reports(registeredHere.advance('2026-11-23'))).toContain('ReportOverdueWarned 2025');
    const lastKnown = history(details({ registeredOn: '2019-05-02' }), DEFAULT_REMINDER_POLICY, '2026-11-23');
    lastKnown.file(2024, '2024-12-10');
    expect(reports(lastKnown.advance('2026-11-23'))).toContain('ReportOverdueWarned 2025');
  });

  it('tracks nothing without a policy (runs recorded before reporting was tracked replay unchanged)', () => {
    const coop = history(details(), null);
    expect(coop.advance('2026-01-20')).toEqual([]);
    expect(coop.state().reporting).toBeUndefined();
  });

  it('records every delivery attempt on the step it belongs to, and knows what is still to deliver', () => {
    const coop = history(details());
    coop.advance('2025-06-01');
    coop.advance('2025-11-30');
    const attempt = (n: number, outcome: 'failed' | 'delivered', final: boolean): CooperativeEvent => ({
      type: 'NoticeDeliveryAttempted',
      data: {
        noticeId: 'report-2025-reminder-15/c1',
        attempt: n,
        outcome,
        recipient: 'htx@example.vn',
        response: outcome === 'failed' ? '421 try later' : '250 OK',
        messageId: null,
        final,
        at: '2025-11-30T01:00:00.000Z',
      },
      legalBasis: null,
    });
    coop.apply([attempt(1, 'failed', false)]);
    expect(undeliveredNotices(coop.state())).toEqual(['report-2025-reminder-15/c1']);
    coop.apply([attempt(2, 'delivered', true)]);
    expect(undeliveredNotices(coop.state())).toEqual([]);
    expect(coop.state().reporting?.obligations[0].steps[0].delivery).toMatchObject({
      outcome: 'delivered',
      attempts: 2,
    });
  });

  it('writes the notice Vietnamese first, with the basis and whether it is confirmed', () => {
    const notice = reportNotice(
      { name: 'HTX Cao Xá', registrationCode: '216-2025-0001' },
      { year: 2025, ...reportDueOn(2025, BUILT_IN_RULES) },
      { kind: 'reminder', offsetDays: -15 },
    );
    expect(notice.subject.vi).toBe('Nhắc nộp báo cáo năm 2025 — HTX Cao Xá');
    expect(notice.body.vi).toContain('Còn 15 ngày đến hạn 15/12/2025');
    expect(notice.body.vi).toContain('căn cứ chưa được xác nhận');
  });
});

describe('REPORT_OVERDUE beside the dormancy grounds', () => {
  it('is named in the dormancy assessment an officer reads', () => {
    const coop = history(details());
    for (const day of ['2025-06-01', '2025-11-30', '2026-01-29', '2026-02-13']) coop.advance(day);
    const { explanation } = assessDormancy(coop.state(), '2026-02-13', BUILT_IN_RULES);
    expect(explanation.vi).toContain('Quá hạn báo cáo năm 2025 (hạn 15/12/2025, đã cảnh báo ngày 13/02/2026)');
  });
});
