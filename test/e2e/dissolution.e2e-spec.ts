import { addDays, vietnamDateOf } from '@htx/domain';
import type { DataSource } from 'typeorm';
import { registrationDetails } from '../support/events';
import { until } from '../support/eventually';
import { seedIdentity, TEST_PASSWORD, USERS } from '../support/identity';
import { readBack } from '../support/pdf-text';
import { createTestDatabase, openDataSource, type TestDatabase } from '../support/postgres';
import { signedIn, startServices, type HttpClient, type RunningServices } from '../support/services';

type LocalizedText = { vi: string; en: string };
type Step = { stepId: string; status: string; kind: string; due: { due: string } | null; legalBasis: unknown };
type Case = {
  caseId: string;
  kind: string;
  plan: string;
  stage: string;
  groundBasis: { confirmed: boolean };
  steps: Step[];
  documents: { key: string; href: string }[];
};
type Task = { id: string; kind: string; subject: { id: string }; spec?: unknown };
type ApiError = { statusCode: number; code: string; fields: { field: string; reason: LocalizedText }[] };
type EventView = { type: string };

let database: TestDatabase;
let dataSource: DataSource;
let services: RunningServices;
let officer: HttpClient;
let head: HttpClient;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await openDataSource(database.url);
  await seedIdentity(dataSource);
  services = await startServices({ databaseUrl: database.url });
  [officer, head] = await Promise.all(
    [USERS.officer, USERS.head].map((user) => signedIn(services.baseUrl, user.id, TEST_PASSWORD)),
  );
});
afterAll(async () => {
  await services?.stop();
  await dataSource?.destroy();
  await database?.drop();
});

const today = () => vietnamDateOf(new Date());

async function register(overrides = {}): Promise<string> {
  const created = await officer.post<{ id: string }>('/cooperatives', registrationDetails(overrides));
  expect(created.status).toBe(201);
  return created.body.id;
}

const eventCount = async (id: string) => (await officer.get<EventView[]>(`/cooperatives/${id}/events`)).body.length;

/** The case's office or decision task for a step, once the workflow has opened it. */
async function taskFor(client: HttpClient, cooperativeId: string, kind: string): Promise<Task> {
  const page = await until(
    () => client.get<{ items: Task[] }>(`/tasks?kind=${kind}&limit=100`),
    (response) => response.body.items.some((task) => task.subject.id === cooperativeId),
    `the ${kind} task in the inbox`,
  );
  return page.body.items.find((task) => task.subject.id === cooperativeId)!;
}

async function complete(client: HttpClient, task: Task, optionId: string, reference: string) {
  expect((await client.post(`/tasks/${task.id}/claim`, {})).status).toBe(200);
  const done = await client.post(`/tasks/${task.id}/complete`, { optionId, comment: '', formData: { reference } });
  expect(done.status).toBe(200);
}

const caseOf = (id: string, caseId: string) => officer.get<Case>(`/cooperatives/${id}/dissolutions/${caseId}`);
const stepStatus = (dissolution: Case, stepId: string) =>
  dissolution.steps.find((step) => step.stepId === stepId)?.status;

describe('dissolution and revocation through the api', () => {
  it('voluntary under the 2023 Law: resolution checked, publication, settlement, dossier, the head confirms; the record stays verifiable', async () => {
    const id = await register();
    const resolution = { adoptedOn: today(), membersPresent: 40, votesFor: 29, minutesReference: '05/BB-ĐHTV' };
    const short = await officer.post<ApiError>(`/cooperatives/${id}/dissolutions`, { kind: 'voluntary', resolution });
    expect(short.status).toBe(400);
    expect(short.body.fields.map((field) => field.field)).toEqual(['resolution.votesFor']);
    expect(short.body.fields[0].reason.vi).toContain('30/40');

    const body = { kind: 'voluntary', resolution: { ...resolution, votesFor: 36 } };
    const opened = await officer.post<Case>(`/cooperatives/${id}/dissolutions`, body, {
      'idempotency-key': 'giai-the-1',
    });
    expect(opened.status).toBe(201);
    const again = await officer.post<Case>(`/cooperatives/${id}/dissolutions`, body, {
      'idempotency-key': 'giai-the-1',
    });
    expect(again.status).toBe(200);
    expect(again.body.caseId).toBe(opened.body.caseId);
    const caseId = opened.body.caseId;

    await complete(officer, await taskFor(officer, id, 'dissolution-step'), 'done', 'Cổng TTQG số 123');
    await until(
      () => caseOf(id, caseId),
      (response) => stepStatus(response.body, 'debts-settled') === 'due',
      'publication',
    );
    const onRecord = await officer.get<{
      status: string;
      dissolution: { caseId: string; stepsDue: string[] };
      deadlines: { kind: string; legalBasis: unknown }[];
    }>(`/cooperatives/${id}`);
    expect(onRecord.body).toMatchObject({ status: 'dissolving', dissolution: { caseId, stepsDue: ['debts-settled'] } });

    const early = await officer.post<ApiError>(`/cooperatives/${id}/dissolutions/${caseId}/steps/dossier-filed`, {
      completedOn: today(),
      reference: 'HS-01',
    });
    expect(early.status).toBe(400);
    expect(early.body.fields[0].reason.vi).toContain('chờ các bước trước');
    for (const stepId of ['debts-settled', 'dossier-filed']) {
      const recorded = await officer.post<Case>(`/cooperatives/${id}/dissolutions/${caseId}/steps/${stepId}`, {
        completedOn: today(),
        reference: `${stepId}-01`,
      });
      expect(recorded.status).toBe(201);
    }
    const confirmation = await taskFor(head, id, 'dissolution-decision');
    await complete(head, confirmation, 'confirm', '15/GXN-GT');
    await until(
      () => officer.get<{ status: string }>(`/cooperatives/${id}`),
      (response) => response.body.status === 'dissolved',
      'the dissolution',
    );
    const pdf = await officer.download(`/cooperatives/${id}/dissolutions/${caseId}/documents/dissolution-confirmation`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const { text } = await readBack(pdf.body);
    expect(text).toContain('GIẤY XÁC NHẬN');
    expect(text).toContain('15/GXN-GT');
    expect((await officer.get<{ valid: boolean }>(`/cooperatives/${id}/events/verify`)).body.valid).toBe(true);
    const late = await officer.post<ApiError>(`/cooperatives/${id}/activities`, {
      on: today(),
      activity: 'contract',
      description: 'Hợp đồng mới',
    });
    expect(late.status).toBe(400);
  });

  it('revocation under the 2023 Law: forbidden acts refused with their basis, the notice printed, a court decision takes over', async () => {
    const id = await register();
    const from = addDays(today(), 10);
    const suspended = await officer.post(`/cooperatives/${id}/suspensions`, {
      noticeOn: today(),
      from,
      until: addDays(from, 60),
    });
    expect(suspended.status).toBe(202);
    await until(
      () => officer.get<{ suspension: unknown }>(`/cooperatives/${id}`),
      (response) => response.body.suspension !== null,
      'the suspension notice',
    );
    const opened = await officer.post<Case>(`/cooperatives/${id}/dissolutions`, {
      kind: 'revocation',
      ground: 'falsified-dossier',
    });
    expect(opened.status).toBe(201);
    expect(opened.body.groundBasis.confirmed).toBe(true);

    const noticeTask = await taskFor(officer, id, 'dissolution-step');
    const before = await eventCount(id);
    const resumption = await officer.post<ApiError>(`/cooperatives/${id}/resumptions`, {
      noticeOn: today(),
      resumeOn: addDays(today(), 5),
    });
    expect(resumption.status).toBe(400);
    expect(resumption.body.fields.map((field) => field.reason.vi).join(' ')).toContain('Điều 33');
    const refused = await Promise.all([
      officer.post<ApiError>(`/cooperatives/${id}/members`, { changedOn: today(), memberCount: 60 }),
      officer.post<ApiError>(`/cooperatives/${id}/capital-raises`, { raisedOn: today(), amount: 50_000_000 }),
      officer.post<ApiError>(`/cooperatives/${id}/registration-changes`, {
        filedOn: today(),
        change: 'name',
        description: 'Đổi tên',
      }),
    ]);
    expect(refused.map((response) => response.status)).toEqual([400, 400, 400]);
    expect(refused[1].body.fields[0].reason.vi).toContain('Điều 100');
    expect(await eventCount(id)).toBe(before);

    await complete(officer, noticeTask, 'done', '07/TB-ĐKKD');
    const notice = await until(
      () => officer.download(`/cooperatives/${id}/dissolutions/${opened.body.caseId}/documents/revocation-notice`),
      (response) => response.status === 200,
      'the notice',
    );
    expect((await readBack(notice.body)).text).toContain('07/TB-ĐKKD');

    const court = await officer.post<Case>(`/cooperatives/${id}/dissolutions`, {
      kind: 'court',
      courtDecision: { court: 'TAND tỉnh Bắc Giang', reference: '12/QĐ-TA', decidedOn: today(), receivedOn: today() },
    });
    expect(court.status).toBe(200);
    expect(court.body).toMatchObject({ caseId: opened.body.caseId, plan: 'court-2023' });
    expect(stepStatus(court.body, 'response-window')).toBe('superseded');
  });

  it('compulsory under the 2012 Law: the dossier names the council, the head decides, both decisions print', async () => {
    const id = await register({ regime: 'law-2012', registeredOn: '2019-04-01' });
    const refusedKind = await officer.post<ApiError>(`/cooperatives/${id}/dissolutions`, {
      kind: 'compulsory',
      ground: 'no-general-meeting-18m',
    });
    expect(refusedKind.status).toBe(400);
    expect(refusedKind.body.fields[0].field).toBe('kind');

    const opened = await officer.post<Case>(`/cooperatives/${id}/dissolutions`, {
      kind: 'compulsory',
      ground: 'no-general-meeting-18m',
      groundOn: '2024-03-01',
    });
    expect(opened.status).toBe(201);
    const caseId = opened.body.caseId;
    const council = [
      { name: 'Nguyễn Hữu Phong', role: 'chair', organisation: 'UBND huyện Tân Yên' },
      { name: 'Đào Thị Hạnh', role: 'standing-member', organisation: 'Phòng Tài chính – Kế hoạch' },
      { name: 'Vi Văn Toàn', role: 'commune-committee', organisation: 'UBND xã Cao Xá' },
    ];
    const incomplete = await officer.post<ApiError>(
      `/cooperatives/${id}/dissolutions/${caseId}/steps/dossier-submitted`,
      {
        completedOn: today(),
        reference: 'TTr-01',
        council: council.slice(0, 2),
      },
    );
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.fields[0].reason.vi).toContain('Ủy ban nhân dân cấp xã');
    await officer.post(`/cooperatives/${id}/dissolutions/${caseId}/steps/dossier-submitted`, {
      completedOn: today(),
      reference: 'TTr-01',
      council,
    });
    await complete(head, await taskFor(head, id, 'dissolution-decision'), 'decide', '1234/QĐ-UBND');
    const documents = await until(
      () => caseOf(id, caseId),
      (response) => response.body.documents.length === 2,
      'the decisions',
    );
    expect(documents.body.documents.map((document) => document.key)).toEqual([
      'compulsory-dissolution-decision',
      'council-decision',
    ]);
    const councilPdf = await officer.download(`/cooperatives/${id}/dissolutions/${caseId}/documents/council-decision`);
    expect((await readBack(councilPdf.body)).text).toContain('Vi Văn Toàn');
    expect(documents.body.steps.find((step) => step.stepId === 'newspaper-notices')?.due).not.toBeNull();
    const deadlines = (
      await officer.get<{ deadlines: { kind: string; explanation: LocalizedText }[] }>(`/cooperatives/${id}`)
    ).body.deadlines;
    expect(deadlines.filter((deadline) => deadline.kind === 'dissolution-step')).toHaveLength(3);
    expect(deadlines[0].explanation.vi).toContain('60 ngày');
  });
});
