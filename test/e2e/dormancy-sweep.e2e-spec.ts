import { cooperativeLifecycleWorkflowId, dormancySweepScheduleId } from '@htx/contracts';
import { addDays, addMonths, monthsBetween, scheduledSweepId, vietnamDateOf } from '@htx/domain';
import { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { until } from '../support/eventually';
import { seedIdentity, TEST_PASSWORD, USERS } from '../support/identity';
import { createTestDatabase, openDataSource, type TestDatabase } from '../support/postgres';
import { signedIn, startServices, type HttpClient, type RunningServices } from '../support/services';
import { signalHandled } from '../support/temporal';

type Clock = { ground: string; since: string; dueOn: string; monthsElapsed: number; effect: string };
type Finding = {
  cooperativeId: string;
  registrationCode: string;
  lastOperatingOn: string;
  assessment: { flagged: boolean; clocks: Clock[]; explanation: { vi: string; en: string } };
  review: { taskId: string; status: string; decision: { optionId: string } | null } | null;
};
type Sweep = {
  sweepId: string;
  asOf: string;
  territoryCode: string | null;
  status: string;
  requestedBy: { id: string };
  counts: { assessed: number; flagged: number };
  items: Finding[];
  nextCursor: string | null;
};
type Outcome = { cooperativeId: string; outcome: string; code?: string };
type Decisions = { decided: number; unchanged: number; refused: number; results: Outcome[] };
type Cooperative = { id: string; registrationCode: string; dormancy: { stage: string; path: string | null } | null };
type ApiError = { code: string; fields: { field: string; reason: { vi: string } }[] };

let database: TestDatabase;
let dataSource: DataSource;
let services: RunningServices;
let officer: HttpClient;
let secondOfficer: HttpClient;
let otherOfficer: HttpClient;

const today = vietnamDateOf(new Date());
const suffix = String(Date.now() % 1e5).padStart(5, '0');
const CODES = {
  exactly12: `2497${suffix}1`,
  dayShort: `2497${suffix}2`,
  since2024: `2497${suffix}3`,
  recent: `2497${suffix}4`,
  elsewhere: `2497${suffix}5`,
};
const HEADER =
  'Mã số HTX,Tên HTX,Loại hình,Lĩnh vực,Mã địa bàn,Luật áp dụng,Ngày đăng ký,Số thành viên,Ngày đại hội gần nhất,Ngày hoạt động gần nhất';
const row = (code: string, lastEvidenceOn: string, territory = '216') =>
  [
    code,
    `Hợp tác xã Dịch vụ ${code}`,
    'Hợp tác xã',
    'agriculture',
    territory,
    '2012',
    '20/03/2015',
    '30',
    lastEvidenceOn,
    lastEvidenceOn,
  ].join(',');

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await openDataSource(database.url);
  await seedIdentity(dataSource);
  // The daily schedule on, as in production: the test below fires it by hand.
  services = await startServices({ databaseUrl: database.url, env: { DORMANCY_SWEEP_AT: '06:00' } });
  [officer, secondOfficer, otherOfficer] = await Promise.all(
    [USERS.officer, USERS.secondOfficer, USERS.otherOfficer].map((user) =>
      signedIn(services.baseUrl, user.id, TEST_PASSWORD),
    ),
  );
  const content = Buffer.from(
    [
      HEADER,
      row(CODES.exactly12, addMonths(today, -12)),
      row(CODES.dayShort, addDays(addMonths(today, -12), 1)),
      row(CODES.since2024, '2024-05-01'),
      row(CODES.recent, addDays(today, -30)),
      row(CODES.elsewhere, '2024-05-01', '222'),
    ].join('\r\n'),
    'utf8',
  );
  // The administrator covers the province: one upload enters both districts.
  const admin = await signedIn(services.baseUrl, USERS.admin.id, TEST_PASSWORD);
  const started = await admin.upload<{ id: string }>(
    '/cooperatives/import',
    {},
    { name: 'so.csv', type: 'text/csv', content },
  );
  expect(started.status).toBe(202);
  await until(
    () => admin.get<{ status: string }>(`/cooperatives/import/${started.body.id}`),
    (response) => response.body.status === 'completed',
    'the import',
  );
  // The three silent ones (two here, one in Việt Yên) have their review tasks open before anything is swept.
  await until(
    () => dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM tasks WHERE kind = 'dormancy-review'`),
    ([{ n }]) => n === 3,
    'the review tasks',
  );
});
afterAll(async () => {
  await services?.api
    .get(Client)
    .schedule.getHandle(dormancySweepScheduleId(services.config.temporal.taskQueue))
    .delete();
  await services?.stop();
  await dataSource?.destroy();
  await database?.drop();
});

const completed = (client: HttpClient, sweepId: string, query = '') =>
  until(
    () => client.get<Sweep>(`/dormancy-sweeps/${sweepId}${query}`),
    (response) => response.body.status === 'completed',
    `sweep ${sweepId} to complete`,
  ).then((response) => response.body);

const byCode = (sweep: Sweep) => new Map(sweep.items.map((item) => [item.registrationCode, item]));
const record = async (id: string) => (await officer.get<Cooperative>(`/cooperatives/${id}`)).body;

describe('dormancy sweeps', () => {
  let sweep: Sweep;

  it('sweeps the officer’s district as of today, once however often it is asked, agreeing with every timer', async () => {
    const asked = await officer.post<Sweep>('/dormancy-sweeps', {});
    expect(asked.status).toBe(202);
    expect(asked.headers.get('location')).toBe(`/dormancy-sweeps/${asked.body.sweepId}`);
    expect(asked.body).toMatchObject({ asOf: today, territoryCode: '216', requestedBy: { id: USERS.officer.id } });
    const again = await officer.post<Sweep>('/dormancy-sweeps', {});
    expect(again.body.sweepId).toBe(asked.body.sweepId);

    sweep = await completed(officer, asked.body.sweepId);
    expect(sweep.counts).toEqual({ assessed: 4, flagged: 2 });
    const found = byCode(sweep);
    expect(found.has(CODES.elsewhere)).toBe(false);

    const exactly12 = found.get(CODES.exactly12)!;
    expect(exactly12.assessment.flagged).toBe(true);
    expect(exactly12.assessment.clocks[0]).toMatchObject({ ground: 'inactive-12m', dueOn: today, monthsElapsed: 12 });
    expect(exactly12.assessment.explanation.vi).toContain('đã 12 tháng');
    const dayShort = found.get(CODES.dayShort)!;
    expect(dayShort.assessment.flagged).toBe(false);
    expect(dayShort.assessment.clocks[0]).toMatchObject({ dueOn: addDays(today, 1), monthsElapsed: 11 });
    expect(dayShort.assessment.explanation.vi).toContain('Không đưa vào diện xem xét');
    expect(found.get(CODES.since2024)!.assessment.flagged).toBe(true);
    expect(found.get(CODES.recent)!.assessment.flagged).toBe(false);

    // The same data, two ways: what the sweep found is what each cooperative's own clocks did.
    for (const finding of sweep.items) {
      const flaggedByTimers = (await record(finding.cooperativeId)).dormancy !== null;
      expect([finding.registrationCode, flaggedByTimers]).toEqual([
        finding.registrationCode,
        finding.assessment.flagged,
      ]);
    }
    const onlyFlagged = await officer.get<Sweep>(`/dormancy-sweeps/${sweep.sweepId}?flagged=true`);
    expect(onlyFlagged.body.items.map((item) => item.registrationCode).sort()).toEqual(
      [CODES.exactly12, CODES.since2024].sort(),
    );
    expect(onlyFlagged.body.items.every((item) => item.review?.status === 'open')).toBe(true);
  });

  it('confirms in bulk; what the sweep did not flag is refused by name; a repeat changes nothing', async () => {
    const ids = [CODES.exactly12, CODES.since2024, CODES.dayShort].map(
      (code) => byCode(sweep).get(code)!.cooperativeId,
    );
    const body = { decision: 'confirm', cooperativeIds: ids, comment: 'Kiểm tra thực địa: không còn hoạt động.' };
    const decided = await secondOfficer.post<Decisions>(`/dormancy-sweeps/${sweep.sweepId}/decisions`, body);
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ decided: 2, unchanged: 0, refused: 1 });
    expect(decided.body.results[2]).toMatchObject({
      cooperativeId: ids[2],
      outcome: 'refused',
      code: 'NOT_FLAGGED_BY_SWEEP',
    });

    const again = await secondOfficer.post<Decisions>(`/dormancy-sweeps/${sweep.sweepId}/decisions`, body);
    expect(again.body).toMatchObject({ decided: 0, unchanged: 2, refused: 1 });

    const confirmed = await until(
      () => record(ids[0]),
      (cooperative) => cooperative.dormancy?.stage === 'confirmed',
      'the confirmation',
    );
    // 12 months complete under the 2023 Law: a flag that opens a revocation proceeding, not a dissolution ground.
    expect(confirmed.dormancy?.path).toBe('revocation-proceeding');
    const reviewed = await officer.get<Sweep>(`/dormancy-sweeps/${sweep.sweepId}?flagged=true`);
    expect(reviewed.body.items.map((item) => item.review?.decision?.optionId)).toEqual(['confirm', 'confirm']);
  });

  it('explains what is wrong with a request, and stores nothing', async () => {
    const future = await officer.post<ApiError>('/dormancy-sweeps', { asOf: addDays(today, 1) });
    expect(future.status).toBe(400);
    expect(future.body.fields.map((field) => field.field)).toEqual(['asOf']);
    const elsewhere = await officer.post<ApiError>('/dormancy-sweeps', { territoryCode: '222' });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.fields[0].reason.vi).toContain('không thuộc phạm vi');
    const dismiss = await secondOfficer.post<ApiError>(`/dormancy-sweeps/${sweep.sweepId}/decisions`, {
      decision: 'dismiss',
      cooperativeIds: [sweep.items[0].cooperativeId],
      comment: 'Có hoạt động.',
    });
    expect(dismiss.status).toBe(400);
    expect(dismiss.body.fields.map((field) => field.field)).toEqual(['evidenceOn']);
    const sweeps = await dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM dormancy_sweeps');
    expect(sweeps[0].n).toBe(1);

    expect((await otherOfficer.get(`/dormancy-sweeps/${sweep.sweepId}`)).status).toBe(404);
  });

  it('sweeps a past day as the registry stood then; a workflow whose clocks disagree today is left as it is', async () => {
    const asOf = addDays(today, -60);
    const asked = await officer.post<Sweep>('/dormancy-sweeps', { asOf });
    const past = await completed(officer, asked.body.sweepId, '?flagged=true');
    // Sixty days ago the register knew nothing of the recent one since its registration in 2015, and the one silent
    // since May 2024 was already dormant; the other two were within their year.
    const found = byCode(past);
    expect([...found.keys()].sort()).toEqual([CODES.since2024, CODES.recent].sort());
    expect(found.get(CODES.since2024)!.assessment.clocks[0]).toMatchObject({
      since: '2024-05-01',
      monthsElapsed: monthsBetween('2024-05-01', asOf),
    });
    // The recent one's workflow was asked to flag it, and did not: its evidence of 30 days ago counts today.
    const recent = found.get(CODES.recent)!;
    const workflow = services.api.get(Client).workflow.getHandle(cooperativeLifecycleWorkflowId(CODES.recent));
    await signalHandled(workflow, 'flagDormancy');
    expect((await record(recent.cooperativeId)).dormancy).toBeNull();
  });

  it('runs every day on a Temporal Schedule, as the system, over the whole registry', async () => {
    const client = services.api.get(Client);
    const schedule = client.schedule.getHandle(dormancySweepScheduleId(services.config.temporal.taskQueue));
    const description = await schedule.describe();
    // 06:00 in Vietnam is 23:00 UTC.
    expect(description.spec.calendars?.[0]).toMatchObject({ hour: [{ start: 23, end: 23, step: 1 }] });

    await schedule.trigger();
    const scheduled = await completed(secondOfficer, scheduledSweepId(today));
    expect(scheduled).toMatchObject({ territoryCode: null, requestedBy: { id: 'system' } });
    // Within the officer's reach: the four of Tân Yên; the Việt Yên one is swept too, but not shown here.
    expect(scheduled.counts).toEqual({ assessed: 4, flagged: 2 });
    const mine = await otherOfficer.get<Sweep>(`/dormancy-sweeps/${scheduledSweepId(today)}`);
    expect(mine.body.items.map((item) => item.registrationCode)).toEqual([CODES.elsewhere]);
    const listed = await officer.get<{ items: Sweep[] }>('/dormancy-sweeps');
    expect(listed.body.items.map((item) => item.sweepId)).toContain(scheduledSweepId(today));
  });
});
