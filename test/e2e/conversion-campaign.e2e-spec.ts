import { addDays, vietnamDateOf } from '@htx/domain';
import type { DataSource } from 'typeorm';
import { registrationDetails } from '../support/events';
import { until } from '../support/eventually';
import { seedIdentity, TEST_PASSWORD, USERS } from '../support/identity';
import { LocalMailServer } from '../support/mail-server';
import { createTestDatabase, openDataSource, type TestDatabase } from '../support/postgres';
import { signedIn, startServices, type HttpClient, type RunningServices } from '../support/services';

type Campaign = {
  campaignId: string;
  legalDeadline: string;
  followUpBy: string;
  enrolled: number | null;
  daysToFollowUp: number;
  progress: { bucket: string; count: number }[];
  links: { self: string; csv: string };
};
type Enrolment = {
  enrolmentId: string;
  cooperativeId: string;
  stage: string;
  bucket: string;
  checklist: { itemId: string; status: string; legalBasis: { citation: { vi: string } } }[];
  notices: {
    noticeId: string;
    kind: string;
    on: string;
    delivery: { outcome: string; recipient: string | null } | null;
  }[];
};
type Task = { id: string; kind: string; subject: { id: string } };
type ApiError = { code: string; fields: { field: string }[] };
type Record = { regime: string; regimeStanding: { conforming: boolean; overdue: boolean } };

let database: TestDatabase;
let dataSource: DataSource;
let services: RunningServices;
let mail: LocalMailServer;
let officer: HttpClient;
let other: HttpClient;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await openDataSource(database.url);
  await seedIdentity(dataSource);
  mail = new LocalMailServer();
  await mail.start();
  services = await startServices({ databaseUrl: database.url, env: { SMTP_URL: mail.url } });
  [officer, other] = await Promise.all(
    [USERS.officer, USERS.otherOfficer].map((user) => signedIn(services.baseUrl, user.id, TEST_PASSWORD)),
  );
});
afterAll(async () => {
  await services?.stop();
  await mail?.stop();
  await dataSource?.destroy();
  await database?.drop();
});

const today = () => vietnamDateOf(new Date());
const count = (campaign: Campaign, bucket: string) =>
  campaign.progress.find((entry) => entry.bucket === bucket)?.count ?? 0;

async function register(regime: 'law-2012' | 'law-2023'): Promise<string> {
  const created = await officer.post<{ id: string }>(
    '/cooperatives',
    registrationDetails({ regime, registeredOn: '2018-05-04' }),
  );
  expect(created.status).toBe(201);
  return created.body.id;
}

describe('a conversion campaign through the api', () => {
  it('enrols the cohort, takes a checklist and a charter, signs off from the inbox, and counts a dissolution apart', async () => {
    const [conforming, dissolving, idle] = [
      await register('law-2012'),
      await register('law-2012'),
      await register('law-2012'),
    ];
    const alreadyUnder2023 = await register('law-2023');
    expect((await officer.put(`/cooperatives/${idle}/notice-address`, { email: 'htx.idle@example.vn' })).status).toBe(
      202,
    );
    await until(
      () => officer.get<{ noticeEmail?: string }>(`/cooperatives/${idle}`),
      (response) => response.body.noticeEmail === 'htx.idle@example.vn',
      'the notice address on the record',
    );
    const body = {
      name: 'Sửa đổi điều lệ theo Luật Hợp tác xã 2023 — Tân Yên',
      territoryCode: '216',
      target: 'law-2023',
    };

    const late = await officer.post<ApiError>('/conversion-campaigns', body);
    expect(late.status).toBe(400);
    expect(late.body.fields.map((field) => field.field)).toEqual(['followUpBy']);
    const outside = await other.post<ApiError>('/conversion-campaigns', { ...body, followUpBy: addDays(today(), 120) });
    expect(outside.status).toBe(400);
    expect(outside.body.fields.map((field) => field.field)).toEqual(['territoryCode']);

    // A follow-up date 30 days away: the 30-day reminder falls due on enrolment and is mailed at once.
    const request = { ...body, followUpBy: addDays(today(), 30) };
    const opened = await officer.post<Campaign>('/conversion-campaigns', request, {
      'idempotency-key': 'chuyen-doi-1',
    });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ legalDeadline: '2026-01-01', followUpBy: request.followUpBy });
    const again = await officer.post<Campaign>('/conversion-campaigns', request, { 'idempotency-key': 'chuyen-doi-1' });
    expect(again.status).toBe(200);
    expect(again.body.campaignId).toBe(opened.body.campaignId);

    const self = opened.body.links.self;
    const enrolled = await until(
      () => officer.get<Campaign>(self),
      (response) => response.body.enrolled === 3 && count(response.body, 'not-started') === 3,
      'the cohort to be enrolled',
    );
    expect(enrolled.body.daysToFollowUp).toBe(30);
    expect((await other.get<ApiError>(self)).status).toBe(404);

    const list = await officer.get<{ items: Enrolment[] }>(`${self}/enrolments`);
    const ids = list.body.items.map((item) => item.cooperativeId);
    expect(ids.sort()).toEqual([conforming, dissolving, idle].sort());
    expect(ids).not.toContain(alreadyUnder2023);
    const enrolmentOf = (cooperativeId: string) =>
      list.body.items.find((item) => item.cooperativeId === cooperativeId)!;
    const mine = `${self}/enrolments/${enrolmentOf(conforming).enrolmentId}`;

    // Each was reminded once; the one with an address on file got the mail, the others' notices say why not.
    const reminded = await until(
      () => officer.get<{ items: Enrolment[] }>(`${self}/enrolments`),
      (response) => response.body.items.every((item) => item.notices.length === 1 && item.notices[0].delivery),
      'the reminders to be delivered',
    );
    const outcomes = new Map(reminded.body.items.map((item) => [item.cooperativeId, item.notices[0]]));
    expect(outcomes.get(idle)).toMatchObject({
      kind: 'reminder',
      on: today(),
      delivery: { outcome: 'delivered', recipient: 'htx.idle@example.vn' },
    });
    expect(outcomes.get(conforming)?.delivery?.outcome).toBe('no-address');
    const conversionMail = mail.received.filter((message) =>
      (message.headers.get('x-htx-notice-id') as string).startsWith('conversion-'),
    );
    expect(conversionMail.map((message) => message.headers.get('x-htx-notice-id'))).toEqual([
      outcomes.get(idle)?.noticeId,
    ]);
    expect(conversionMail[0].subject).toContain('Nhắc chuyển đổi theo Luật Hợp tác xã 2023');
    expect(conversionMail[0].text).toContain('(còn 30 ngày)');

    const wrong = await officer.put<ApiError>(`${mine}/checklist`, { answers: [{ itemId: 'colour', status: 'gap' }] });
    expect(wrong.status).toBe(400);
    expect(wrong.body.fields.map((field) => field.field)).toEqual(['answers[0].itemId']);
    const answered = await officer.put<Enrolment>(`${mine}/checklist`, {
      answers: [{ itemId: 'capital-share', status: 'conforms', note: 'Lớn nhất 18%' }],
    });
    expect(answered.status).toBe(200);
    expect(answered.body.checklist.find((item) => item.itemId === 'capital-share')).toMatchObject({
      status: 'conforms',
    });
    const filed = await officer.post<Enrolment>(`${mine}/evidence`, {
      kind: 'amended-charter',
      reference: 'Điều lệ sửa đổi theo NQ 02/NQ-ĐHTV',
      filedOn: today(),
    });
    expect(filed.status).toBe(200);
    expect(filed.body.stage).toBe('awaiting-sign-off');

    const inbox = await until(
      () => officer.get<{ items: Task[] }>('/tasks?kind=conversion-sign-off&limit=100'),
      (response) => response.body.items.some((task) => task.subject.id === conforming),
      'the sign-off task in the inbox',
    );
    const task = inbox.body.items.find((item) => item.subject.id === conforming)!;
    expect((await officer.post(`/tasks/${task.id}/claim`, {})).status).toBe(200);
    expect(
      (await officer.post(`/tasks/${task.id}/complete`, { optionId: 'confirm', comment: '', formData: {} })).status,
    ).toBe(200);
    const record = await until(
      () => officer.get<Record>(`/cooperatives/${conforming}`),
      (response) => response.body.regime === 'law-2023',
      'the regime to change on the record',
    );
    expect(record.body.regimeStanding).toMatchObject({ conforming: true, overdue: false });
    const events = await officer.get<{ type: string }[]>(`/cooperatives/${conforming}/events`);
    expect(events.body.map((event) => event.type)).toContain('RegimeConverted');
    expect((await officer.get<{ valid: boolean }>(`/cooperatives/${conforming}/events/verify`)).body.valid).toBe(true);

    const resolution = { adoptedOn: today(), membersPresent: 40, votesFor: 36, minutesReference: '05/BB-ĐHTV' };
    expect(
      (await officer.post(`/cooperatives/${dissolving}/dissolutions`, { kind: 'voluntary', resolution })).status,
    ).toBe(201);
    const progress = await until(
      () => officer.get<Campaign>(self),
      (response) => count(response.body, 'conformed') === 1 && count(response.body, 'dissolved') === 1,
      'the progress to count both',
    );
    expect(count(progress.body, 'not-started')).toBe(1);
    const idleRecord = await officer.get<Record>(`/cooperatives/${idle}`);
    expect(idleRecord.body).toMatchObject({ regime: 'law-2012', regimeStanding: { conforming: false, overdue: true } });

    const exported = await officer.download(opened.body.links.csv);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toContain('text/csv');
    const text = exported.body.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain('Mã số / Registration code');
    expect(lines.some((line) => line.includes('Đã phù hợp'))).toBe(true);
    expect(lines.some((line) => line.includes('Giải thể'))).toBe(true);
  });
});

describe('a past conversion read back from an imported registry', () => {
  it('tells, for the 2016 conversion to the 2012 Law, who converted on time or late, and who never did', async () => {
    const header =
      'Mã số HTX,Tên HTX,Loại hình,Lĩnh vực,Mã địa bàn,Luật áp dụng,Ngày đăng ký,Số thành viên,Ngày chuyển đổi';
    const rows = [
      '2416200001,Hợp tác xã Nông nghiệp Liên Chung,cooperative,agriculture,216,2012,2004-03-15,25,10/05/2016',
      '2416200002,Hợp tác xã Dịch vụ Điện Việt Lập,cooperative,utilities,216,2012,2006-08-01,12,01/02/2017',
      '2416200003,Hợp tác xã Chè Phúc Hòa,cooperative,agriculture,216,2003,2007-11-20,9,',
    ];
    const file = {
      name: 'so-dang-ky-2016.csv',
      type: 'text/csv',
      content: Buffer.from([header, ...rows].join('\r\n')),
    };
    const started = await officer.upload<{ id: string }>('/cooperatives/import', {}, file);
    expect(started.status).toBe(202);
    await until(
      () => officer.get<{ status: string; created: number }>(`/cooperatives/import/${started.body.id}`),
      (response) => response.body.status === 'completed' && response.body.created === 3,
      'the import to finish',
    );

    const history = await officer.get<{
      legalDeadline: string;
      counts: { bucket: string; count: number }[];
      items: { registrationCode: string; bucket: string; convertedOn: string | null }[];
    }>('/conversion-campaigns/history?territoryCode=216&target=law-2012');
    expect(history.status).toBe(200);
    expect(history.body.legalDeadline).toBe('2016-07-01');
    const mine = history.body.items.filter((item) => item.registrationCode.startsWith('24162000'));
    expect(mine).toEqual([
      expect.objectContaining({ registrationCode: '2416200001', bucket: 'conformed', convertedOn: '2016-05-10' }),
      expect.objectContaining({ registrationCode: '2416200002', bucket: 'conformed-late', convertedOn: '2017-02-01' }),
      expect.objectContaining({ registrationCode: '2416200003', bucket: 'not-converted', convertedOn: null }),
    ]);

    const records = await officer.get<{ items: { id: string; registrationCode: string }[] }>(
      '/cooperatives?territoryCode=216&limit=200',
    );
    const first = records.body.items.find((item) => item.registrationCode === '2416200001')!;
    const record = await officer.get<{ regime: string; regimeStanding: { explanation: { vi: string } } }>(
      `/cooperatives/${first.id}`,
    );
    expect(record.body.regime).toBe('law-2012');
    expect(record.body.regimeStanding.explanation.vi).toContain('Chuyển đổi từ Luật Hợp tác xã 1996/2003');
    expect(record.body.regimeStanding.explanation.vi).toContain('10/05/2016');
  });
});
