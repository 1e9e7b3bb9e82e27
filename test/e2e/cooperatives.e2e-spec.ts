import { startOfVietnamDay } from '@htx/domain';
import type { DataSource } from 'typeorm';
import { registrationDetails } from '../support/events';
import { BESIDE_REPORTING_SQL, besideReporting } from '../support/reporting-events';
import { createTestDatabase, openDataSource, type TestDatabase } from '../support/postgres';
import { seedIdentity, TEST_PASSWORD, USERS } from '../support/identity';
import { httpClient, signedIn, startServices, type HttpClient, type RunningServices } from '../support/services';

type Cooperative = { id: string; registrationCode: string; status: string; streamVersion: number; name: string };
type ApiError = { statusCode: number; code: string; message: { vi: string; en: string }; fields: { field: string }[] };

let database: TestDatabase;
let dataSource: DataSource;
let services: RunningServices;
let http: HttpClient;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await openDataSource(database.url);
  await seedIdentity(dataSource);
  services = await startServices({ databaseUrl: database.url });
  http = await signedIn(services.baseUrl, USERS.officer.id, TEST_PASSWORD);
});
afterAll(async () => {
  await services?.stop();
  await dataSource?.destroy();
  await database?.drop();
});

const counts = async () => {
  const [{ events, cooperatives }] = await dataSource.query<{ events: number; cooperatives: number }[]>(
    `SELECT (SELECT count(*) FROM lifecycle_events WHERE ${BESIDE_REPORTING_SQL})::int AS events, (SELECT count(*) FROM cooperatives)::int AS cooperatives`,
  );
  return { events, cooperatives };
};

describe('registering a cooperative over HTTP', () => {
  it('starts its workflow, logs CooperativeRegistered with its legal basis, and the chain verifies', async () => {
    const details = registrationDetails({ name: '  Hợp tác xã   Nông nghiệp Phúc Sơn ' });
    const created = await http.post<Cooperative>('/cooperatives', details);

    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/cooperatives/${created.body.id}`);
    expect(created.body).toMatchObject({
      registrationCode: details.registrationCode,
      name: 'Hợp tác xã Nông nghiệp Phúc Sơn',
      status: 'active',
      statusLabel: { vi: 'Đang hoạt động', en: 'Active' },
      streamVersion: 1,
    });

    // Time may already have added its yearly report obligation: the record is the same cooperative, its log the same
    // registration beside it.
    const fetched = await http.get<Cooperative>(`/cooperatives/${created.body.id}`);
    expect(fetched.body).toMatchObject({ ...created.body, streamVersion: expect.any(Number) as unknown });

    const events = await http.get<{ type: string; data: unknown }[]>(`/cooperatives/${created.body.id}/events`);
    expect(besideReporting(events.body)).toHaveLength(1);
    expect(events.body[0]).toMatchObject({
      version: 1,
      type: 'CooperativeRegistered',
      occurredAt: new Date(startOfVietnamDay(details.registeredOn)).toISOString(),
      legalBasis: {
        regime: 'law-2023',
        confirmed: false,
        citation: { vi: expect.stringContaining('Luật Hợp tác xã 2023') as unknown },
      },
    });

    const verify = await http.get<{ eventCount: number }>(`/cooperatives/${created.body.id}/events/verify`);
    expect(verify.body).toMatchObject({ valid: true, break: null });
    expect(verify.body.eventCount).toBeGreaterThanOrEqual(1);
  });

  it('answers a repeated request with the same cooperative and changes nothing', async () => {
    const details = registrationDetails();
    const first = await http.post<Cooperative>('/cooperatives', details);
    const before = await counts();
    const again = await http.post<Cooperative>('/cooperatives', details);

    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(await counts()).toEqual(before);
  });

  it('registers once when the same request arrives five times at once', async () => {
    const details = registrationDetails();
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => http.post<Cooperative>('/cooperatives', details)),
    );

    expect(responses.filter((response) => response.status === 201)).toHaveLength(1);
    expect(responses.every((response) => [200, 201].includes(response.status))).toBe(true);
    expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
    const id = responses[0].body.id;
    const events = await http.get<{ type: string; data: unknown }[]>(`/cooperatives/${id}/events`);
    expect(besideReporting(events.body)).toHaveLength(1);
  });

  it('refuses the same code with other details (409), naming the holder, and changes nothing', async () => {
    const details = registrationDetails();
    await http.post('/cooperatives', details);
    const before = await counts();
    const conflict = await http.post<ApiError>('/cooperatives', { ...details, name: 'Hợp tác xã Khác' });

    expect(conflict.status).toBe(409);
    expect(conflict.body).toMatchObject({ code: 'REGISTRATION_CODE_TAKEN', fields: [{ field: 'registrationCode' }] });
    expect(conflict.body.message.vi).toContain(details.name);
    expect(await counts()).toEqual(before);
  });

  it('refuses a bad body (400) with each field and its fix, storing nothing and starting nothing', async () => {
    const before = await counts();
    const bad = await http.post<ApiError>('/cooperatives', {
      registrationCode: 'x',
      kind: 'company',
      sector: 'agriculture',
      territoryCode: '216',
      regime: 'law-2012',
      registeredOn: '2015-03-20',
      memberCount: 'many',
      status: 'dissolved',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.fields.map((problem) => problem.field).sort()).toEqual(['kind', 'memberCount', 'name', 'status']);
    expect(bad.body.message).toEqual({
      vi: 'Thông tin gửi lên chưa hợp lệ; không có gì được ghi lại.',
      en: 'The request is not valid; nothing was recorded.',
    });

    const badValues = await http.post<ApiError>('/cooperatives', {
      ...registrationDetails(),
      registrationCode: 'x',
      registeredOn: '2999-01-01',
    });
    expect(badValues.status).toBe(400);
    expect(badValues.body.fields.map((problem) => problem.field)).toEqual(['registrationCode', 'registeredOn']);
    expect(await counts()).toEqual(before);
  });

  it('answers malformed and oversized bodies with clear 4xx errors', async () => {
    const malformed = await http.postRaw<ApiError>('/cooperatives', '{"name": "Hợp tác xã",');
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('MALFORMED_JSON');

    const oversized = await http.post<ApiError>('/cooperatives', {
      ...registrationDetails(),
      name: 'x'.repeat(100_000),
    });
    expect(oversized.status).toBe(413);
    expect(oversized.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    const unknown = await http.get<ApiError>('/cooperatives/3f1c8a52-7b7e-4d3c-9a52-0d1f0b6c2e11');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('COOPERATIVE_NOT_FOUND');
    expect((await http.get<ApiError>('/cooperatives/3f1c8a52/events')).status).toBe(400);
    expect((await http.get<ApiError>('/nowhere')).body.code).toBe('NOT_FOUND');
  });

  it('lists the registry in keyset pages', async () => {
    const vietYen = await signedIn(services.baseUrl, USERS.otherOfficer.id, TEST_PASSWORD);
    for (let i = 0; i < 3; i++) await vietYen.post('/cooperatives', registrationDetails({ territoryCode: '222' }));
    const first = await vietYen.get<{ items: Cooperative[]; nextCursor: string }>('/cooperatives?limit=2');
    expect(first.body.items).toHaveLength(2);
    const second = await vietYen.get<{ items: Cooperative[]; nextCursor: string | null }>(
      `/cooperatives?limit=2&after=${first.body.nextCursor}`,
    );
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    expect((await http.get<ApiError>('/cooperatives?limit=5000')).status).toBe(400);
  });
});

describe('operating the api', () => {
  it('reports liveness and readiness (PostgreSQL and Temporal both answer)', async () => {
    const anonymous = httpClient(services.baseUrl);
    expect((await anonymous.get('/health')).body).toEqual({ status: 'ok' });
    expect((await anonymous.get('/ready')).body).toEqual({
      status: 'ready',
      checks: { database: 'up', temporal: 'up' },
    });
  });

  it('documents every endpoint, with examples, at /docs-json', async () => {
    const { body } = await http.get<{
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, { properties: Record<string, { example?: unknown }> }> };
    }>('/docs-json');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/auth/login',
        '/cooperatives',
        '/cooperatives/{id}',
        '/cooperatives/{id}/events',
        '/cooperatives/{id}/events/verify',
        '/calendar/deadline',
        '/territories',
        '/audit/records',
        '/health',
        '/ready',
      ]),
    );
    expect(body.components.schemas.RegisterCooperativeDto.properties.name.example).toBe(
      'Hợp tác xã Nông nghiệp Ngọc Thiện',
    );
    expect(Object.keys(body.components.schemas)).toContain('ApiErrorDto');
  });
});
