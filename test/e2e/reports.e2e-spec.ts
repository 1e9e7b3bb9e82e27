import { vietnamDateOf } from '@htx/domain';
import { Workbook } from 'exceljs';
import type { DataSource } from 'typeorm';
import { until } from '../support/eventually';
import { seedIdentity, TEST_PASSWORD, USERS } from '../support/identity';
import { LocalMailServer } from '../support/mail-server';
import { createTestDatabase, openDataSource, type TestDatabase } from '../support/postgres';
import { signedIn, startServices, type HttpClient, type RunningServices } from '../support/services';

type LocalizedText = { vi: string; en: string };
type ApiError = { statusCode: number; fields: { field: string; reason: LocalizedText }[] };
type Cooperative = {
  id: string;
  registrationCode: string;
  flags: string[];
  noticeEmail: string | null;
  reporting: { obligations: { year: number; status: string }[] } | null;
};
type Notice = {
  noticeId: string;
  kind: string;
  step: string;
  recipient: string | null;
  status: string;
  attempts: number;
};
type Overdue = {
  asOf: string;
  items: { cooperativeId: string; year: number; daysOverdue: number; notices: Notice[] }[];
};
type Aggregate = {
  territory: { code: string; name: string };
  aggregate: {
    cooperatives: number;
    bySector: Record<string, number>;
    byKind: Record<string, number>;
    members: number;
    reportedRevenue: number;
    reportsFiled: number;
    reportsOverdue: number;
    reportsUnknown: number;
    cascade: { district: { dueOn: string }; province: { dueOn: string } };
  };
};
type ReportingHistory = {
  asOf: string;
  years: { year: number; onTime: number; late: number; notFiled: number; notYetDue: number }[];
};
type StatsRow = {
  territoryCode: string;
  indicator: string;
  target: number | null;
  actual: number;
  achieved: number | null;
};

let database: TestDatabase;
let dataSource: DataSource;
let services: RunningServices;
let mail: LocalMailServer;
let officer: HttpClient;
let otherOfficer: HttpClient;
let admin: HttpClient;

const today = vietnamDateOf(new Date());
const lastYear = Number(today.slice(0, 4)) - 1;
const serial = String(Date.now() % 1e5).padStart(5, '0');
/**
 * A known registry: six cooperatives of Tân Yên. Two filed last year's report; three are known not to have (their last
 * report is older); of the sixth the register says nothing, so its report is unknown, not overdue.
 */
const ROWS = [
  // code, name, sector, members, last report year, its filing date, e-mail
  [
    '01',
    'Hợp tác xã Nông nghiệp Báo cáo',
    'agriculture',
    '40',
    String(lastYear),
    `${lastYear}-12-10`,
    'htx01@example.vn',
  ],
  [
    '02',
    'Hợp tác xã Nông nghiệp Im lặng',
    'agriculture',
    '25',
    String(lastYear - 2),
    `${lastYear - 1}-01-10`,
    'htx02@example.vn',
  ],
  [
    '03',
    'Hợp tác xã Mây tre đan Trả thư',
    'industry-handicraft',
    '12',
    String(lastYear - 1),
    `${lastYear - 1}-12-05`,
    'khong-ton-tai@example.vn',
  ],
  ['04', 'Hợp tác xã Vận tải Không địa chỉ', 'transport', '9', String(lastYear - 1), `${lastYear - 1}-12-07`, ''],
  [
    '05',
    'Hợp tác xã Dịch vụ Đã nộp',
    'trade-services',
    '30',
    String(lastYear),
    `${lastYear}-12-01`,
    'htx05@example.vn',
  ],
  ['06', 'Hợp tác xã Dịch vụ Chưa rõ', 'trade-services', '15', '', '', 'htx06@example.vn'],
];
const code = (suffix: string) => `2497${serial}${suffix}`;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await openDataSource(database.url);
  await seedIdentity(dataSource);
  mail = new LocalMailServer();
  await mail.start();
  mail.refuse.add('khong-ton-tai@example.vn');
  services = await startServices({ databaseUrl: database.url, env: { SMTP_URL: mail.url } });
  [officer, otherOfficer, admin] = await Promise.all(
    [USERS.officer, USERS.otherOfficer, USERS.admin].map((user) => signedIn(services.baseUrl, user.id, TEST_PASSWORD)),
  );
  const header =
    'Mã số HTX,Tên HTX,Loại hình,Lĩnh vực,Mã địa bàn,Luật áp dụng,Ngày đăng ký,Số thành viên,' +
    'Năm báo cáo gần nhất,Ngày nộp báo cáo,Ngày hoạt động gần nhất,Thư điện tử';
  const lines = ROWS.map(([suffix, name, sector, members, year, filedOn, email]) =>
    [
      code(suffix),
      `${name} ${serial}`,
      'Hợp tác xã',
      sector,
      '216',
      '2012',
      '20/03/2015',
      members,
      year,
      filedOn,
      today,
      email,
    ].join(','),
  );
  const started = await officer.upload<{ id: string }>(
    '/cooperatives/import',
    { importGoodRows: 'true' },
    { name: 'so-dang-ky.csv', type: 'text/csv', content: Buffer.from([header, ...lines].join('\r\n'), 'utf8') },
  );
  expect(started.status).toBe(202);
  await until(
    () => officer.get<{ status: string }>(`/cooperatives/import/${started.body.id}`),
    (response) => response.body.status === 'completed',
    'the import to finish',
    { timeoutMs: 120_000 },
  );
}, 180_000);
afterAll(async () => {
  await services?.stop();
  await mail?.stop();
  await dataSource?.destroy();
  await database?.drop();
});

const byCode = async (suffix: string): Promise<Cooperative> => {
  const list = await officer.get<{ items: Cooperative[] }>('/cooperatives?territoryCode=216&limit=100');
  return list.body.items.find((item) => item.registrationCode === code(suffix))!;
};

/** Last year's line of the overdue report once every notice decided for it has reached an outcome. */
async function overdueSettled(): Promise<Overdue> {
  return (
    await until(
      () => officer.get<Overdue>('/reports/overdue?territoryCode=216'),
      (response) =>
        response.body.items.filter((item) => item.year === lastYear).length >= 3 &&
        response.body.items.every(
          (item) => item.notices.length > 0 && item.notices.every((n) => n.status !== 'pending'),
        ),
      'the notices of the overdue reports to be delivered or refused',
      { timeoutMs: 60_000 },
    )
  ).body;
}

describe('annual reports: overdue, reminders with proof of notice, and the report filed', () => {
  it('lists who is overdue, by how long, and what was sent; mail reached the server, a bounce is on the log', async () => {
    const overdue = await overdueSettled();
    const [silent, bounced, noAddress, filed, filedEarly, unknown] = await Promise.all(
      ['02', '03', '04', '01', '05', '06'].map(byCode),
    );
    const line = (cooperative: Cooperative) =>
      overdue.items.find((item) => item.cooperativeId === cooperative.id && item.year === lastYear);
    expect(line(filed)).toBeUndefined();
    expect(line(filedEarly)).toBeUndefined();
    expect(line(unknown)).toBeUndefined();
    const noticesTo = (cooperative: Cooperative) =>
      mail.received.filter((message) =>
        (message.headers.get('x-htx-notice-id') as string).endsWith(`/${cooperative.id}`),
      );
    expect(noticesTo(unknown)).toEqual([]);
    expect(line(silent)?.daysOverdue).toBeGreaterThan(0);

    const [reminder] = line(silent)!.notices.filter((notice) => notice.kind === 'report-reminder');
    expect(reminder).toMatchObject({ recipient: 'htx02@example.vn', status: 'delivered', attempts: 1 });
    const received = mail.received.filter((message) => message.headers.get('x-htx-notice-id') === reminder.noticeId);
    expect(received).toHaveLength(1);
    expect(received[0].subject).toContain(`Nhắc nộp báo cáo năm ${lastYear}`);
    expect(line(bounced)!.notices[0]).toMatchObject({ recipient: 'khong-ton-tai@example.vn', status: 'bounced' });
    expect(line(noAddress)!.notices[0]).toMatchObject({ recipient: null, status: 'no-address' });

    const events = await officer.get<{ type: string; data: { outcome?: string } }[]>(
      `/cooperatives/${bounced.id}/events`,
    );
    expect(
      events.body.filter((event) => event.type === 'NoticeDeliveryAttempted').map((event) => event.data.outcome),
    ).toContain('bounced');
    const notifications = await officer.get<{ kind: string; message: LocalizedText }[]>('/notifications');
    expect(notifications.body.some((notification) => notification.kind === 'notice-undelivered')).toBe(true);

    // Another territory's officer sees none of it.
    const elsewhere = await otherOfficer.get<Overdue>('/reports/overdue');
    expect(elsewhere.body.items.filter((item) => [silent.id, bounced.id].includes(item.cooperativeId))).toEqual([]);
    expect((await otherOfficer.get<ApiError>('/reports/overdue?territoryCode=216')).status).toBe(403);
  });

  it('takes the report once (Idempotency-Key), stops the ladder, and refuses bad input with field details', async () => {
    const silent = await byCode('02');
    const bad = await officer.post<ApiError>(`/cooperatives/${silent.id}/reports`, {
      year: lastYear,
      filedOn: today,
      document: 'budget',
      revenue: -5,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((field) => field.field).sort()).toEqual(['document', 'revenue']);
    const badAddress = await officer.put<ApiError>(`/cooperatives/${silent.id}/notice-address`, {
      email: 'không phải',
    });
    expect(badAddress.status).toBe(400);
    expect(badAddress.body.fields.map((field) => field.field)).toEqual(['email']);

    const report = {
      year: lastYear,
      filedOn: today,
      document: 'activity-report',
      revenue: 1_200_000_000,
      reference: 'BC-02',
    };
    const headers = { 'idempotency-key': `report-${serial}` };
    const first = await officer.post<{ factId: string }>(`/cooperatives/${silent.id}/reports`, report, headers);
    const again = await officer.post<{ factId: string }>(`/cooperatives/${silent.id}/reports`, report, headers);
    expect(first.status).toBe(202);
    expect(again.body.factId).toBe(first.body.factId);
    const after = await until(
      () => officer.get<Cooperative>(`/cooperatives/${silent.id}`),
      (response) => response.body.reporting?.obligations.find((o) => o.year === lastYear)?.status === 'filed',
      'the report to close the obligation',
    );
    expect(after.body.flags).toEqual([]);
    const events = await officer.get<{ type: string; data: { year?: number } }[]>(`/cooperatives/${silent.id}/events`);
    const filedNow = events.body.filter((event) => event.type === 'AnnualReportFiled' && event.data.year === lastYear);
    expect(filedNow).toHaveLength(1);
    const overdue = await officer.get<Overdue>('/reports/overdue?territoryCode=216');
    expect(overdue.body.items.some((item) => item.cooperativeId === silent.id && item.year === lastYear)).toBe(false);
  });
});

describe('the yearly aggregate up the ladder, and targets against actuals', () => {
  it('counts the known registry for the district, and exports the same figures as CSV and XLSX', async () => {
    const silent = await byCode('02');
    await until(
      () => officer.get<Cooperative>(`/cooperatives/${silent.id}`),
      (response) => response.body.reporting?.obligations.find((o) => o.year === lastYear)?.status === 'filed',
      'the report filed in the previous test',
    );
    const response = await officer.get<Aggregate>(`/reports/annual?territoryCode=216&year=${lastYear}`);
    expect(response.status).toBe(200);
    const mine = response.body.aggregate;
    // The database holds only this file's registry: the district's figures are exactly those of the six rows.
    expect(mine).toMatchObject({
      cooperatives: 6,
      bySector: { agriculture: 2, 'industry-handicraft': 1, transport: 1, 'trade-services': 2 },
      byKind: { cooperative: 6 },
      members: 40 + 25 + 12 + 9 + 30 + 15,
      reportedRevenue: 1_200_000_000,
      reportsFiled: 3,
      reportsOverdue: 2,
      reportsUnknown: 1,
      cascade: { district: { dueOn: `${lastYear}-12-18` }, province: { dueOn: `${lastYear}-12-21` } },
    });

    const csv = await officer.download(`/reports/annual?territoryCode=216&year=${lastYear}&format=csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = csv.body.toString('utf8');
    expect(text).toContain('reports,overdue,Quá hạn báo cáo năm,Annual reports overdue,2');
    expect(text).toContain(
      'sector,agriculture,"Nông, lâm, ngư nghiệp, diêm nghiệp","Agriculture, forestry, fishery, salt",2',
    );

    const xlsx = await officer.download(`/reports/annual?territoryCode=216&year=${lastYear}&format=xlsx`);
    const workbook = new Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const values = new Map<string, unknown>();
    workbook.worksheets[0].eachRow((row) => {
      const cells = row.values as unknown[];
      values.set(`${String(cells[1])}/${String(cells[2])}`, cells[5]);
    });
    expect(values.get('total/members')).toBe(131);
    expect(values.get('reports/filed')).toBe(3);

    const outside = await otherOfficer.get<ApiError>(`/reports/annual?territoryCode=216&year=${lastYear}`);
    expect(outside.status).toBe(403);
    const unknown = await officer.get<ApiError>(`/reports/annual?territoryCode=99999&year=${lastYear}`);
    expect(unknown.status).toBe(404);
  });

  it('stores targets (administrators only) and shows them against the register', async () => {
    const targets = {
      territoryCode: '216',
      year: lastYear,
      targets: [
        { indicator: 'reports-filed', target: 5, source: 'Kế hoạch phát triển kinh tế tập thể' },
        { indicator: 'new-cooperatives', target: 2, source: 'Kế hoạch phát triển kinh tế tập thể' },
      ],
    };
    expect((await officer.put<ApiError>('/stats/targets', targets)).status).toBe(403);
    const repeated = await admin.put<ApiError>('/stats/targets', {
      ...targets,
      targets: [targets.targets[0], targets.targets[0]],
    });
    expect(repeated.status).toBe(400);
    expect((await admin.put('/stats/targets', targets)).status).toBe(204);
    expect((await admin.put('/stats/targets', targets)).status).toBe(204);

    const stats = await officer.get<{ rows: StatsRow[] }>(`/stats?year=${lastYear}`);
    expect(stats.body.rows.find((row) => row.indicator === 'reports-filed')).toMatchObject({
      territoryCode: '216',
      target: 5,
      actual: 3,
      achieved: 0.6,
    });
    expect(stats.body.rows.find((row) => row.indicator === 'members')).toMatchObject({ target: null, actual: 131 });
  });
});

describe('annual reports over the years', () => {
  it('counts the known registry per year: on time, late, not filed, not due yet; within reach only', async () => {
    const [silent, bounced] = await Promise.all(['02', '03'].map(byCode));
    // 02 filed last year's report today (late, above); 03 files it now, dated five days before the due date.
    const filed = await officer.post(`/cooperatives/${bounced.id}/reports`, {
      year: lastYear,
      filedOn: `${lastYear}-12-10`,
      document: 'activity-report',
      reference: 'BC-03',
    });
    expect(filed.status).toBe(202);
    for (const cooperative of [silent, bounced]) {
      await until(
        () => officer.get<Cooperative>(`/cooperatives/${cooperative.id}`),
        (response) => response.body.reporting?.obligations.find((o) => o.year === lastYear)?.status === 'filed',
        'last year’s report filed',
      );
    }
    const thisYear = lastYear + 1;
    // Every one of the six is asked for this year's report, due on 15 December.
    const dueThisYear = today <= `${thisYear}-12-15`;
    const response = await officer.get<ReportingHistory>('/reports/overdue/history?territoryCode=216&years=3');
    expect(response.status).toBe(200);
    // 01 and 05 had filed last year's report before the registry tracked it, and 06's is unknown: that year counts 02,
    // 03 and 04 only.
    expect(response.body).toEqual({
      asOf: today,
      years: [
        { year: lastYear - 1, onTime: 0, late: 0, notFiled: 0, notYetDue: 0 },
        { year: lastYear, onTime: 1, late: 1, notFiled: 1, notYetDue: 0 },
        {
          year: thisYear,
          onTime: 0,
          late: 0,
          notFiled: dueThisYear ? 0 : 6,
          notYetDue: dueThisYear ? 6 : 0,
        },
      ],
    });
    const everywhere = await officer.get<ReportingHistory>('/reports/overdue/history');
    expect(everywhere.body.years.map((year) => year.year)).toEqual([
      thisYear - 4,
      thisYear - 3,
      thisYear - 2,
      lastYear,
      thisYear,
    ]);
    expect(everywhere.body.years.slice(-2)).toEqual(response.body.years.slice(-2));

    const elsewhere = await otherOfficer.get<ReportingHistory>('/reports/overdue/history?years=2');
    expect(elsewhere.body.years).toEqual([
      { year: lastYear, onTime: 0, late: 0, notFiled: 0, notYetDue: 0 },
      { year: thisYear, onTime: 0, late: 0, notFiled: 0, notYetDue: 0 },
    ]);
    expect((await otherOfficer.get<ApiError>('/reports/overdue/history?territoryCode=216')).status).toBe(403);
    const bad = await officer.get<ApiError>('/reports/overdue/history?years=40');
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((field) => field.field)).toEqual(['years']);
  });
});
