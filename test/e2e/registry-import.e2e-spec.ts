import { addDays, vietnamDateOf } from '@htx/domain';
import { Workbook } from 'exceljs';
import type { DataSource } from 'typeorm';
import { seedIdentity, TEST_PASSWORD, USERS } from '../support/identity';
import { createTestDatabase, openDataSource, type TestDatabase } from '../support/postgres';
import { eventually, until } from '../support/eventually';
import { signedIn, startServices, type HttpClient, type RunningServices } from '../support/services';

type Progress = {
  id: string;
  status: string;
  totalRows: number;
  processed: number;
  created: number;
  unchanged: number;
  withoutReports: number;
  rejectedRows: { row: number }[];
};
type ApiError = { code: string; fields: { field: string }[] };
type Cooperative = { id: string; registrationCode: string; status: string; dormancy: { stage: string } | null };

let database: TestDatabase;
let dataSource: DataSource;
let services: RunningServices;
let officer: HttpClient;
let secondOfficer: HttpClient;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await openDataSource(database.url);
  await seedIdentity(dataSource);
  services = await startServices({ databaseUrl: database.url });
  [officer, secondOfficer] = await Promise.all(
    [USERS.officer, USERS.secondOfficer].map((user) => signedIn(services.baseUrl, user.id, TEST_PASSWORD)),
  );
});
afterAll(async () => {
  await services?.stop();
  await dataSource?.destroy();
  await database?.drop();
});

const today = vietnamDateOf(new Date());
const HEADER =
  'Mã số HTX,Tên HTX,Loại hình,Lĩnh vực,Mã địa bàn,Luật áp dụng,Ngày đăng ký,Số thành viên,Ngày hoạt động gần nhất';
let serial = 0;
const row = (overrides: { code?: string; members?: string; lastActivityOn?: string; territory?: string } = {}) => {
  serial += 1;
  const code = overrides.code ?? `2499${String(Date.now() % 1e5).padStart(5, '0')}${serial}`;
  return [
    code,
    `Hợp tác xã Nông nghiệp Nhập sổ ${code}`,
    'Hợp tác xã',
    'agriculture',
    overrides.territory ?? '216',
    '2012',
    '20/03/2015',
    overrides.members ?? '42',
    overrides.lastActivityOn ?? addDays(today, -30),
  ].join(',');
};
const csv = (...rows: string[]) => Buffer.from([HEADER, ...rows].join('\r\n'), 'utf8');
const tables = async () =>
  (
    await dataSource.query<{ n: number }[]>(
      `SELECT (SELECT count(*) FROM cooperatives) + (SELECT count(*) FROM registry_imports) AS n`,
    )
  )[0].n;

async function finished(client: HttpClient, id: string): Promise<Progress> {
  const progress = await until(
    () => client.get<Progress>(`/cooperatives/import/${id}`),
    (response) => response.body.status === 'completed',
    `import ${id} to finish`,
  );
  return progress.body;
}

const recordOf = async (id: string) => (await officer.get<Cooperative>(`/cooperatives/${id}`)).body;

describe('importing an existing registry', () => {
  it('refuses a file with bad rows, naming each row and field, and stores nothing', async () => {
    const before = await tables();
    const response = await officer.upload<ApiError>(
      '/cooperatives/import',
      {},
      {
        name: 'so-dang-ky.csv',
        type: 'text/csv',
        content: csv(row(), row({ members: '4.2' }), row({ territory: '222' })),
      },
    );
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('IMPORT_ROWS_INVALID');
    expect(response.body.fields.map((field) => field.field)).toEqual(['rows[3].memberCount', 'rows[4].territoryCode']);
    expect(await tables()).toBe(before);
  });

  it('imports the good rows on request, once however often the file is sent, then a silent one is confirmed dormant', async () => {
    const silentCode = `2498${String(Date.now() % 1e5).padStart(5, '0')}`;
    const file = {
      name: 'so-dang-ky.csv',
      type: 'text/csv',
      content: csv(row(), row({ code: silentCode, lastActivityOn: '2024-05-01' }), row({ members: 'nhiều' })),
    };
    const started = await officer.upload<Progress>('/cooperatives/import', { importGoodRows: 'true' }, file);
    expect(started.status).toBe(202);
    const done = await finished(officer, started.body.id);
    // The register has no report column: both rows' reports due before the import are unknown.
    expect(done).toMatchObject({
      totalRows: 2,
      processed: 2,
      created: 2,
      withoutReports: 2,
      rejectedRows: [{ row: 4 }],
    });

    const again = await officer.upload<Progress>('/cooperatives/import', { importGoodRows: 'true' }, file);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(started.body.id);

    const list = await officer.get<{ items: Cooperative[] }>('/cooperatives?limit=200');
    const silent = list.body.items.find((item) => item.registrationCode === silentCode)!;
    let record = await until(
      () => recordOf(silent.id),
      (body) => body.dormancy !== null,
      'the dormancy flag',
    );
    expect(record.dormancy?.stage).toBe('under-review');
    // The case is on the record first; its review task follows in the workflow's next append.
    const review = await eventually(async () => {
      const tasks = await officer.get<{ items: { id: string; subject: { id: string } }[] }>(
        '/tasks?kind=dormancy-review&limit=100',
      );
      return tasks.body.items.find((task) => task.subject.id === silent.id);
    }, 'the review task');
    const decided = await secondOfficer.post(`/tasks/${review.id}/complete`, {
      optionId: 'confirm',
      comment: 'Không hoạt động từ tháng 5/2024.',
    });
    expect(decided.status).toBe(200);
    record = await until(
      () => recordOf(silent.id),
      (body) => body.dormancy?.stage === 'confirmed',
      'the confirmation',
    );
    expect(record.dormancy?.stage).toBe('confirmed');
  });

  it('reads the same register from an XLSX workbook, dates as date cells', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Sổ đăng ký');
    sheet.addRow(HEADER.split(','));
    const cells = row().split(',');
    sheet.addRow([
      ...cells.slice(0, 6),
      new Date(Date.UTC(2015, 2, 20)),
      42,
      new Date(`${addDays(today, -10)}T00:00:00Z`),
    ]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const started = await officer.upload<Progress>(
      '/cooperatives/import',
      {},
      {
        name: 'so-dang-ky.xlsx',
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        content,
      },
    );
    expect(started.status).toBe(202);
    expect(await finished(officer, started.body.id)).toMatchObject({ totalRows: 1, created: 1 });
  });
});
