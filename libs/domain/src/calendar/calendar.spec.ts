import { text } from '../shared/localized-text';
import { computeDeadline } from './deadline';
import { hungKingsDay, lunarNewYear } from './lunar';
import { statutoryDaysOff } from './public-holidays';
import { checkOfficialSchedule, WorkingCalendar, type OfficialSchedule } from './working-calendar';

const statutory = new WorkingCalendar();

describe('the Vietnamese lunar calendar', () => {
  it.each([
    [1985, '1985-01-21'], // China: 20 February (the calendars disagree that year)
    [2007, '2007-02-17'], // China: 18 February
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
  ])('puts Tết %i on %s', (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
  });

  it.each([
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])("puts the Hùng Kings' day of %i on %s", (year, date) => {
    expect(hungKingsDay(year)).toBe(date);
  });
});

describe('statutory days off (Labour Code 2019 Art. 111–112)', () => {
  it('lists the eleven holidays of 2026 and the weekday compensations', () => {
    const days = statutoryDaysOff(2026).map((day) => `${day.date} ${day.kind}`);
    expect(days).toEqual([
      '2026-01-01 holiday',
      '2026-02-16 holiday', // 29 tháng Chạp, the last day of the lunar year
      '2026-02-17 holiday',
      '2026-02-18 holiday',
      '2026-02-19 holiday',
      '2026-02-20 holiday',
      '2026-04-26 holiday', // Hùng Kings, a Sunday…
      '2026-04-27 compensatory', // …taken on Monday
      '2026-04-30 holiday',
      '2026-05-01 holiday',
      '2026-09-02 holiday',
      '2026-09-03 holiday',
    ]);
  });

  it('compensates a Tết that falls on a weekend on the next working days (2027)', () => {
    const off = statutoryDaysOff(2027).filter((day) => day.date.startsWith('2027-02'));
    expect(off.map((day) => `${day.date} ${day.kind}`)).toEqual([
      '2027-02-05 holiday',
      '2027-02-06 holiday',
      '2027-02-07 holiday',
      '2027-02-08 holiday',
      '2027-02-09 holiday',
      '2027-02-10 compensatory',
      '2027-02-11 compensatory',
    ]);
  });

  it('adds the National Day neighbour that joins a weekend, as the Prime Minister did in 2021–2025', () => {
    const adjacent = (year: number) =>
      statutoryDaysOff(year)
        .filter((day) => day.date.startsWith(`${year}-09`) && day.date !== `${year}-09-02` && day.kind === 'holiday')
        .map((day) => day.date);
    expect(adjacent(2021)).toEqual(['2021-09-03']);
    expect(adjacent(2022)).toEqual(['2022-09-01']);
    expect(adjacent(2023)).toEqual(['2023-09-01']);
    expect(adjacent(2024)).toEqual(['2024-09-03']);
    expect(adjacent(2025)).toEqual(['2025-09-01']);
  });
});

describe('working-day deadlines across Tết', () => {
  it('2026: 3 working days from Friday 13 February skip the whole Tết week', () => {
    const deadline = computeDeadline(statutory, '2026-02-13', { unit: 'working-days', count: 3 });
    expect(deadline.due).toBe('2026-02-25');
    expect(deadline.skipped.map((day) => day.date)).toEqual([
      '2026-02-14',
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
    ]);
    expect(deadline.explanation.vi).toBe(
      '3 ngày làm việc kể từ ngày 13/02/2026 (không tính ngày đó), bỏ qua 14/02–22/02 ' +
        '(Tết Nguyên đán, nghỉ cuối tuần): hạn cuối 25/02/2026.',
    );
    expect(deadline.calendar).toEqual([
      { year: 2026, basis: 'statutory-default', source: expect.any(String) as unknown },
    ]);
  });

  it('2027: 2 working days from 4 February wait out Tết and its compensation days', () => {
    expect(computeDeadline(statutory, '2027-02-04', { unit: 'working-days', count: 2 }).due).toBe('2027-02-15');
  });

  it("2025: the year's official schedule, once loaded, replaces the statutory default", () => {
    const official2025: OfficialSchedule = {
      year: 2025,
      source: 'Test fixture shaped like the ministry notice for 2025',
      daysOff: [
        '2025-01-01',
        '2025-01-27',
        '2025-01-28',
        '2025-01-29',
        '2025-01-30',
        '2025-01-31',
        '2025-04-07',
        '2025-04-30',
        '2025-05-01',
        '2025-09-01',
        '2025-09-02',
      ].map((date) => ({ date, reason: text('Nghỉ theo thông báo', 'Day off by notice') })),
      workingDays: [{ date: '2025-02-08', reason: text('Làm bù cho 27/01', 'Worked in lieu of 27 January') }],
    };
    const from = '2025-01-24';
    expect(computeDeadline(statutory, from, { unit: 'working-days', count: 3 }).due).toBe('2025-02-05');
    const withSchedule = computeDeadline(new WorkingCalendar([official2025]), from, { unit: 'working-days', count: 3 });
    expect(withSchedule.due).toBe('2025-02-05');
    expect(withSchedule.calendar).toEqual([{ year: 2025, basis: 'official', source: official2025.source }]);
    // The swap shows: Saturday 8 February is a working day, Monday 27 January is not.
    expect(
      computeDeadline(new WorkingCalendar([official2025]), '2025-02-06', { unit: 'working-days', count: 2 }).due,
    ).toBe('2025-02-08');
    expect(computeDeadline(statutory, '2025-02-06', { unit: 'working-days', count: 2 }).due).toBe('2025-02-10');
  });

  it('counts nothing for zero working days', () => {
    expect(computeDeadline(statutory, '2026-02-17', { unit: 'working-days', count: 0 }).due).toBe('2026-02-17');
  });
});

describe('calendar-day and month periods (Civil Code 2015 Art. 147–148)', () => {
  it('moves a period ending on a holiday to the next working day', () => {
    const deadline = computeDeadline(statutory, '2026-04-20', { unit: 'days', count: 10 });
    expect(deadline.due).toBe('2026-05-04');
    expect(deadline.rolledForwardFrom).toBe('2026-04-30');
    expect(deadline.explanation.en).toBe(
      '10 days from 20/04/2026 (that day not counted); 30/04/2026 is a day off (Reunification Day (30 April), International Labour Day (1 May), weekend), so it moves to the next working day: due 04/05/2026.',
    );
  });

  it('ends a month period on the corresponding day, or the last day of a shorter month', () => {
    expect(computeDeadline(statutory, '2026-03-16', { unit: 'months', count: 1 }).due).toBe('2026-04-16');
    expect(computeDeadline(statutory, '2026-01-30', { unit: 'months', count: 1 })).toMatchObject({
      due: '2026-03-02', // 28 February is a Saturday
      rolledForwardFrom: '2026-02-28',
    });
  });

  it('gives the 2023 Law charter deadline: 18 months from 1 July 2024, a holiday, so 2 January 2026', () => {
    expect(computeDeadline(statutory, '2024-07-01', { unit: 'months', count: 18 })).toMatchObject({
      due: '2026-01-02',
      rolledForwardFrom: '2026-01-01',
    });
  });
});

describe('official schedules', () => {
  it('must list the fixed public holidays and swap only weekend days', () => {
    const problems = checkOfficialSchedule({
      year: 2026,
      source: 'incomplete',
      daysOff: [{ date: '2026-01-01', reason: text('Tết', 'New Year') }],
      workingDays: [{ date: '2026-02-25', reason: text('?', '?') }],
    });
    expect(problems.map((problem) => problem.field)).toEqual(['workingDays[0].date', 'daysOff']);
    expect(problems[1].reason.en).toContain('2026-04-30');
  });
});
