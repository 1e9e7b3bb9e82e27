import { addDays, vietnamDateOf } from '@htx/domain';
import type { DataSource } from 'typeorm';
import { registrationDetails } from '../support/events';
import { seedIdentity, TEST_PASSWORD, USERS } from '../support/identity';
import { besideReporting } from '../support/reporting-events';
import { createTestDatabase, openDataSource, type TestDatabase } from '../support/postgres';
import { until } from '../support/eventually';
import { signedIn, startServices, type HttpClient, type RunningServices } from '../support/services';

type LocalizedText = { vi: string; en: string };
type Deadline = { kind: string; dueOn: string; explanation: LocalizedText; legalBasis: { ruleId: string } | null };
type Record = {
  id: string;
  registeredOn: string;
  status: string;
  streamVersion: number;
  evidence: { lastOperatingOn: string; lastReport: { year: number; filedOn: string } | null };
  dormancy: { stage: string; grounds: { ground: string; effect: string }[] } | null;
  deadlines: Deadline[];
  support: { supportId: string; status: string; approvedAmount: number; disbursements: unknown[] }[];
};
type Receipt = { factId: string; status: string };
type Task = { id: string; kind: string; subject: { id: string }; why: { trigger: { summary: LocalizedText } } };
type ApiError = { statusCode: number; fields: { field: string; reason: LocalizedText }[] };
type EventView = { type: string; data: { [key: string]: unknown } };

let database: TestDatabase;
let dataSource: DataSource;
let services: RunningServices;
let officer: HttpClient;
let secondOfficer: HttpClient;
let head: HttpClient;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await openDataSource(database.url);
  await seedIdentity(dataSource);
  services = await startServices({ databaseUrl: database.url });
  [officer, secondOfficer, head] = await Promise.all(
    [USERS.officer, USERS.secondOfficer, USERS.head].map((user) => signedIn(services.baseUrl, user.id, TEST_PASSWORD)),
  );
});
afterAll(async () => {
  await services?.stop();
  await dataSource?.destroy();
  await database?.drop();
});

const today = () => vietnamDateOf(new Date());

const record = async (id: string) => (await officer.get<Record>(`/cooperatives/${id}`)).body;
/** The log's event types beside the yearly report obligations (which time brings on any cooperative). */
const eventTypes = async (id: string) =>
  besideReporting((await officer.get<EventView[]>(`/cooperatives/${id}/events`)).body).map((event) => event.type);

async function register(overrides = {}): Promise<Record> {
  const created = await officer.post<Record>('/cooperatives', registrationDetails(overrides));
  expect(created.status).toBe(201);
  return created.body;
}

async function taskFor(client: HttpClient, cooperativeId: string, kind: string): Promise<Task> {
  const page = await until(
    () => client.get<{ items: Task[] }>(`/tasks?kind=${kind}&limit=100`),
    (response) => response.body.items.some((task) => task.subject.id === cooperativeId),
    'the task in the inbox',
  );
  return page.body.items.find((task) => task.subject.id === cooperativeId)!;
}

describe('the living record of a cooperative', () => {
  it('records an annual report once however often it is sent, and shows it with the deadlines that follow', async () => {
    const cooperative = await register();
    const report = { year: Number(cooperative.registeredOn.slice(0, 4)), filedOn: today(), reference: 'BC-01' };
    const sent = await officer.post<Receipt>(`/cooperatives/${cooperative.id}/reports`, report);
    expect(sent.status).toBe(202);
    expect(sent.body.status).toBe('accepted');
    const again = await officer.post<Receipt>(`/cooperatives/${cooperative.id}/reports`, report);
    expect(again.body.factId).toBe(sent.body.factId);

    const updated = await until(
      () => record(cooperative.id),
      (body) => body.evidence.lastReport !== null,
      'the report on the record',
    );
    expect(updated.evidence).toMatchObject({ lastOperatingOn: today(), lastReport: { filedOn: today() } });
    const inactivity = updated.deadlines.find((deadline) => deadline.legalBasis?.ruleId === 'dormancy.inactive-12m');
    expect(inactivity?.explanation.vi).toContain('12 tháng');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await eventTypes(cooperative.id)).filter((type) => type === 'AnnualReportFiled')).toHaveLength(1);
  });

  it('answers bad facts with 400 and the field, recording nothing', async () => {
    const cooperative = await register();
    const before = await eventTypes(cooperative.id);
    const future = await officer.post<ApiError>(`/cooperatives/${cooperative.id}/activities`, {
      on: addDays(today(), 3),
      activity: 'contract',
      description: 'Hợp đồng',
    });
    expect(future.status).toBe(400);
    expect(future.body.fields.map((field) => field.field)).toEqual(['on']);

    const shortNotice = await officer.post<ApiError>(`/cooperatives/${cooperative.id}/suspensions`, {
      noticeOn: today(),
      from: addDays(today(), 1),
      until: addDays(today(), 60),
    });
    expect(shortNotice.status).toBe(400);
    expect(shortNotice.body.fields[0].reason.vi).toContain('03 ngày làm việc');

    const wrongShape = await officer.post<ApiError>(`/cooperatives/${cooperative.id}/members`, {
      changedOn: today(),
      memberCount: 'bốn mươi',
    });
    expect(wrongShape.status).toBe(400);
    expect(wrongShape.body.fields.map((field) => field.field)).toEqual(['memberCount']);
    expect(await eventTypes(cooperative.id)).toEqual(before);
  });

  it('rebuilds the record as it stood on a date', async () => {
    const cooperative = await register();
    const meetingOn = addDays(today(), -2);
    await officer.post(`/cooperatives/${cooperative.id}/general-meetings`, { heldOn: meetingOn, meeting: 'annual' });
    await until(
      () => eventTypes(cooperative.id),
      (types) => types.includes('GeneralMeetingHeld'),
      'the general meeting in the log',
    );
    type AsOf = { asOf: string; record: Record; events: EventView[] };
    const before = await officer.get<AsOf>(`/cooperatives/${cooperative.id}/events?asOf=${addDays(meetingOn, -1)}`);
    expect(before.body.record.evidence.lastOperatingOn).toBe(cooperative.evidence.lastOperatingOn);
    expect(before.body.events.map((event) => event.type)).toEqual(['CooperativeRegistered']);
    const after = await officer.get<AsOf>(`/cooperatives/${cooperative.id}/events?asOf=${meetingOn}`);
    expect(after.body.record.evidence.lastOperatingOn).toBe(meetingOn);
    expect((await officer.get(`/cooperatives/${cooperative.id}/events?asOf=2025-02-30`)).status).toBe(400);
  });

  it('flags a cooperative with no evidence since 2015 at once; an officer confirms the review', async () => {
    const cooperative = await register({ regime: 'law-2012', registeredOn: '2015-03-20' });
    const flagged = await until(
      () => record(cooperative.id),
      (body) => body.dormancy !== null,
      'the dormancy flag',
    );
    expect(flagged.dormancy?.stage).toBe('under-review');
    expect(flagged.dormancy?.grounds.map((ground) => ground.ground)).toEqual(
      expect.arrayContaining(['inactive-12m', 'no-general-meeting-18m']),
    );
    const review = await taskFor(officer, cooperative.id, 'dormancy-review');
    expect(review.why.trigger.summary.vi).toContain('tháng');
    const confirmed = await secondOfficer.post(`/tasks/${review.id}/complete`, {
      optionId: 'confirm',
      comment: 'Không có báo cáo, không có đại hội từ năm 2015; xác minh tại xã Cao Xá.',
    });
    expect(confirmed.status).toBe(200);
    const after = await until(
      () => record(cooperative.id),
      (body) => body.dormancy?.stage === 'confirmed',
      'the confirmed review',
    );
    expect(after.dormancy?.stage).toBe('confirmed');
  });

  it('requests support, the head approves it, payments are recorded and summed for the territory and year', async () => {
    const cooperative = await register();
    const request = {
      kind: 'grant',
      description: 'Hỗ trợ thành lập mới hợp tác xã nông nghiệp',
      programme: 'Nghị quyết HĐND huyện Tân Yên',
      requestedAmount: 20_000_000,
    };
    const key = { 'Idempotency-Key': `support-${cooperative.id}` };
    const requested = await officer.post<Record['support'][number]>(
      `/cooperatives/${cooperative.id}/support-requests`,
      request,
      key,
    );
    expect(requested.status).toBe(201);
    const repeated = await officer.post<Record['support'][number]>(
      `/cooperatives/${cooperative.id}/support-requests`,
      request,
      key,
    );
    expect(repeated.status).toBe(200);
    expect(repeated.body.supportId).toBe(requested.body.supportId);

    const approval = await taskFor(head, cooperative.id, 'support-approval');
    const approved = await head.post(`/tasks/${approval.id}/complete`, {
      optionId: 'approve',
      formData: { approvedAmount: 20_000_000 },
    });
    expect(approved.status).toBe(200);
    await until(
      () => record(cooperative.id),
      (body) => body.support[0]?.status === 'approved',
      'the approval',
    );
    const pay = (amount: number) =>
      officer.post<Record['support'][number]>(
        `/cooperatives/${cooperative.id}/support-requests/${requested.body.supportId}/disbursements`,
        { amount, disbursedOn: today() },
      );
    expect((await pay(20_000_000)).status).toBe(201);
    expect((await pay(1)).status).toBe(400);

    type Summary = { rows: { territoryCode: string; disbursedAmount: number }[]; total: { disbursedAmount: number } };
    const summary = await until(
      () => officer.get<Summary>(`/establishment-support/summary?year=${today().slice(0, 4)}`),
      (response) => response.body.total.disbursedAmount >= 20_000_000,
      'the payment in the summary',
    );
    expect(summary.body.total.disbursedAmount).toBe(20_000_000);
    expect(summary.body.rows[0].territoryCode).toBe('216');
  });
});
