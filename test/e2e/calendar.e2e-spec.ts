import type { DataSource } from 'typeorm';
import { seedIdentity, TEST_PASSWORD, USERS } from '../support/identity';
import { createTestDatabase, openDataSource, type TestDatabase } from '../support/postgres';
import { signedIn, startServices, type HttpClient, type RunningServices } from '../support/services';

type Deadline = { due: string; explanation: { vi: string; en: string }; calendar: { basis: string; source: string }[] };
type ApiError = { code: string; fields: { field: string; reason: { en: string } }[] };

let database: TestDatabase;
let dataSource: DataSource;
let services: RunningServices;
let officer: HttpClient;
let admin: HttpClient;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await openDataSource(database.url);
  await seedIdentity(dataSource);
  services = await startServices({ databaseUrl: database.url });
  officer = await signedIn(services.baseUrl, USERS.officer.id, TEST_PASSWORD);
  admin = await signedIn(services.baseUrl, USERS.admin.id, TEST_PASSWORD);
});
afterAll(async () => {
  await services?.stop();
  await dataSource?.destroy();
  await database?.drop();
});

const day = (date: string, vi: string) => ({ date, reason: { vi, en: vi } });

describe('the calendar for officers', () => {
  it('computes a working-day deadline across Tết and says how', async () => {
    const { status, body } = await officer.get<Deadline>('/calendar/deadline?from=2026-02-13&workingDays=3');
    expect(status).toBe(200);
    expect(body.due).toBe('2026-02-25');
    expect(body.explanation.vi).toContain('bỏ qua 14/02–22/02 (Tết Nguyên đán, nghỉ cuối tuần)');
    expect(body.calendar).toEqual([expect.objectContaining({ basis: 'statutory-default' })]);
  });

  it('computes calendar-day and month periods, moved off a day off', async () => {
    expect((await officer.get<Deadline>('/calendar/deadline?from=2026-04-20&days=10')).body.due).toBe('2026-05-04');
    expect((await officer.get<Deadline>('/calendar/deadline?from=2024-07-01&months=18')).body.due).toBe('2026-01-02');
  });

  it('asks for exactly one kind of period, and a real date', async () => {
    const both = await officer.get<ApiError>('/calendar/deadline?from=2026-02-13&workingDays=3&days=3');
    expect(both.status).toBe(400);
    const badDate = await officer.get<ApiError>('/calendar/deadline?from=2026-02-30&workingDays=3');
    expect(badDate.status).toBe(400);
    expect(badDate.body.fields.map((problem) => problem.field)).toEqual(['from']);
  });
});

describe("a year's official schedule", () => {
  const schedule2026 = {
    source: 'Thông báo thử nghiệm về lịch nghỉ năm 2026',
    daysOff: [
      day('2026-01-01', 'Tết Dương lịch'),
      ...['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23'].map((date) =>
        day(date, 'Tết Nguyên đán'),
      ),
      day('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương'),
      day('2026-04-30', 'Ngày Chiến thắng'),
      day('2026-05-01', 'Quốc tế lao động'),
      day('2026-09-02', 'Quốc khánh'),
      day('2026-09-03', 'Quốc khánh'),
    ],
    workingDays: [day('2026-03-07', 'Làm bù ngày 23/02')],
  };

  it('is loaded by an administrator only, checked, and then used for every deadline', async () => {
    expect((await officer.put('/calendar/schedules/2026', schedule2026)).status).toBe(403);
    const incomplete = await admin.put<ApiError>('/calendar/schedules/2026', {
      ...schedule2026,
      daysOff: schedule2026.daysOff.slice(1),
    });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.fields[0].reason.en).toContain('2026-01-01');

    expect((await admin.put('/calendar/schedules/2026', schedule2026)).status).toBe(204);
    const after = await officer.get<Deadline>('/calendar/deadline?from=2026-02-13&workingDays=3');
    expect(after.body.due).toBe('2026-02-26'); // Monday 23 February is now a day off
    expect(after.body.calendar).toEqual([{ year: 2026, basis: 'official', source: schedule2026.source }]);

    const records = await admin.get<{ action: string; subject: { id: string } }[]>(
      '/audit/records?action=calendar-schedule-loaded',
    );
    expect(records.body.map((record) => record.subject.id)).toContain('2026');
  });
});
