import { Client, WorkflowNotFoundError } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { registrationDetails } from '../support/events';
import { seedIdentity, seedRepresentative, seedUser, TEST_PASSWORD, USERS } from '../support/identity';
import { createTestDatabase, openDataSource, type TestDatabase } from '../support/postgres';
import { signedIn, startServices, type HttpClient, type RunningServices } from '../support/services';

type Cooperative = { id: string; registrationCode: string; territoryCode: string };
type ApiError = { statusCode: number; code: string; message: { vi: string; en: string }; fields: { field: string }[] };
type Page = { items: Cooperative[] };

let database: TestDatabase;
let dataSource: DataSource;
let services: RunningServices;
let officer: HttpClient;
let otherOfficer: HttpClient;
let auditor: HttpClient;
let tanYen: Cooperative;
let vietYen: Cooperative;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await openDataSource(database.url);
  await seedIdentity(dataSource);
  services = await startServices({ databaseUrl: database.url });
  [officer, otherOfficer, auditor] = await Promise.all(
    [USERS.officer, USERS.otherOfficer, USERS.auditor].map((user) =>
      signedIn(services.baseUrl, user.id, TEST_PASSWORD),
    ),
  );
  tanYen = (await officer.post<Cooperative>('/cooperatives', registrationDetails({ territoryCode: '216' }))).body;
  vietYen = (await otherOfficer.post<Cooperative>('/cooperatives', registrationDetails({ territoryCode: '222' }))).body;
});
afterAll(async () => {
  await services?.stop();
  await dataSource?.destroy();
  await database?.drop();
});

const workflowExists = async (registrationCode: string) => {
  const client = services.api.get(Client);
  try {
    await client.workflow.getHandle(`cooperative-lifecycle/${registrationCode}`).describe();
    return true;
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return false;
    throw error;
  }
};

describe('an officer outside the territory', () => {
  it('gets the same 404 as for a cooperative that does not exist, on the record, its log and its verification', async () => {
    const nowhere = await otherOfficer.get<ApiError>('/cooperatives/3f1c8a52-7b7e-4d3c-9a52-0d1f0b6c2e11');
    for (const path of [
      `/cooperatives/${tanYen.id}`,
      `/cooperatives/${tanYen.id}/events`,
      `/cooperatives/${tanYen.id}/events/verify`,
    ]) {
      const response = await otherOfficer.get<ApiError>(path);
      expect(response.status).toBe(404);
      expect(response.body.code).toBe(nowhere.body.code);
    }
  });

  it('does not find it in lists either', async () => {
    const page = await otherOfficer.get<Page>('/cooperatives?limit=200');
    expect(page.body.items.map((item) => item.id)).toEqual([vietYen.id]);
  });

  it('learns only that a code is taken elsewhere when registering it again, not whose it is', async () => {
    const response = await otherOfficer.post<ApiError>('/cooperatives', {
      ...registrationDetails({ territoryCode: '222' }),
      registrationCode: tanYen.registrationCode,
    });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('REGISTRATION_CODE_TAKEN');
    expect(JSON.stringify(response.body)).not.toContain('Thử nghiệm');
  });

  it('cannot register into another territory: 403 before any workflow is started', async () => {
    const details = registrationDetails({ territoryCode: '216' });
    const response = await otherOfficer.post<ApiError>('/cooperatives', details);
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ code: 'OUTSIDE_YOUR_TERRITORY', fields: [{ field: 'territoryCode' }] });
    expect(await workflowExists(details.registrationCode)).toBe(false);
  });

  it('leaves a record of each refusal for the auditor of the province', async () => {
    const records = await auditor.get<
      { actor: { id: string }; cooperativeId: string; details: { attempted: string } }[]
    >('/audit/records?action=access-denied');
    const mine = records.body.filter((record) => record.actor.id === USERS.otherOfficer.id);
    expect(mine.map((record) => record.details.attempted)).toEqual(
      expect.arrayContaining(['read', 'read-events', 'verify-events']),
    );
    expect(mine.every((record) => record.cooperativeId === tanYen.id)).toBe(true);
  });
});

describe('reach by role', () => {
  it("lets the province's auditor see both districts", async () => {
    const page = await auditor.get<Page>('/cooperatives?limit=200');
    expect(page.body.items.map((item) => item.id).sort()).toEqual([tanYen.id, vietYen.id].sort());
  });

  it('lets a representative see their own cooperative and nothing else', async () => {
    await seedRepresentative(dataSource, 'htx.dai-dien', [tanYen.id]);
    const representative = await signedIn(services.baseUrl, 'htx.dai-dien', TEST_PASSWORD);
    expect((await representative.get<Page>('/cooperatives')).body.items.map((item) => item.id)).toEqual([tanYen.id]);
    expect((await representative.get(`/cooperatives/${tanYen.id}`)).status).toBe(200);
    expect((await representative.get(`/cooperatives/${vietYen.id}`)).status).toBe(404);
    expect((await representative.post('/cooperatives', registrationDetails())).status).toBe(403);
  });
});

describe('mass assignment', () => {
  it('refuses fields a client may not set, and creates nothing', async () => {
    const details = registrationDetails();
    const response = await officer.post<ApiError>('/cooperatives', {
      ...details,
      status: 'dissolved',
      cooperativeId: tanYen.id,
      streamVersion: 99,
    });
    expect(response.status).toBe(400);
    expect(response.body.fields.map((problem) => problem.field).sort()).toEqual([
      'cooperativeId',
      'status',
      'streamVersion',
    ]);
    expect(await workflowExists(details.registrationCode)).toBe(false);
  });
});

describe('the 2025 reorganisation, loaded as data', () => {
  it('moves open cases to the new units and keeps which authority handled what before', async () => {
    const admin = await signedIn(services.baseUrl, USERS.admin.id, TEST_PASSWORD);
    expect(
      (
        await admin.put('/authorities', {
          authorities: [
            {
              id: 'tckh-216',
              name: 'Phòng Tài chính – Kế hoạch huyện Tân Yên',
              territoryCode: '216',
              handles: ['cooperative'],
              validTo: '2025-06-30',
              confirmed: true,
            },
          ],
        })
      ).status,
    ).toBe(204);
    const reorganisation = {
      territories: [
        { code: '99', name: 'Tỉnh sau sáp nhập (thử nghiệm)', level: 'province', validFrom: '2025-07-01' },
        {
          code: '99001',
          name: 'Xã sau sắp xếp (thử nghiệm)',
          level: 'commune',
          parentCode: '99',
          validFrom: '2025-07-01',
        },
        { code: '24', name: 'Tỉnh Bắc Giang', level: 'province', validTo: '2025-06-30', successorCode: '99' },
        {
          code: '216',
          name: 'Huyện Tân Yên',
          level: 'district',
          parentCode: '24',
          validTo: '2025-06-30',
          successorCode: '99001',
        },
      ],
    };
    expect((await admin.put('/territories', reorganisation)).status).toBe(204);
    await admin.put('/authorities', {
      authorities: [
        {
          id: 'xa-99001',
          name: 'Cơ quan đăng ký cấp xã (thử nghiệm)',
          territoryCode: '99001',
          handles: ['cooperative'],
          validFrom: '2025-07-01',
          confirmed: false,
        },
      ],
    });

    // The case moved into the new commune: its officer reaches it, and the old assignments still reach what was theirs…
    await seedCommuneOfficer();
    const communeOfficer = await signedIn(services.baseUrl, 'can-bo.xa-99001', TEST_PASSWORD);
    expect((await communeOfficer.get(`/cooperatives/${tanYen.id}`)).status).toBe(200);
    expect((await officer.get(`/cooperatives/${tanYen.id}`)).status).toBe(200);
    expect((await auditor.get(`/cooperatives/${tanYen.id}`)).status).toBe(200);
    // …but gain nothing new: a cooperative registered under the new commune is the new officer's alone.
    const drawnAfter = await communeOfficer.post<Cooperative>(
      '/cooperatives',
      registrationDetails({ territoryCode: '99001' }),
    );
    expect(drawnAfter.status).toBe(201);
    expect((await officer.get(`/cooperatives/${drawnAfter.body.id}`)).status).toBe(404);
    expect((await auditor.get(`/cooperatives/${drawnAfter.body.id}`)).status).toBe(404);
    expect((await otherOfficer.get(`/cooperatives/${tanYen.id}`)).status).toBe(404);

    const before = await admin.get<{ id: string }>(
      '/authorities/responsible?territoryCode=216&kind=cooperative&on=2025-01-15',
    );
    const after = await admin.get<{ id: string; confirmed: boolean }>(
      '/authorities/responsible?territoryCode=216&kind=cooperative&on=2026-01-15',
    );
    expect(before.body.id).toBe('tckh-216');
    expect(after.body).toMatchObject({ id: 'xa-99001', confirmed: false });
  });

  it('refuses a load that points at units that do not exist', async () => {
    const admin = await signedIn(services.baseUrl, USERS.admin.id, TEST_PASSWORD);
    const response = await admin.put<ApiError>('/territories', {
      territories: [{ code: '99002', name: 'Xã lạc', level: 'commune', parentCode: 'nowhere' }],
    });
    expect(response.status).toBe(400);
    expect(response.body.fields.map((problem) => problem.field)).toEqual(['territories[0].parentCode']);
  });
});

function seedCommuneOfficer(): Promise<void> {
  return seedUser(dataSource, {
    id: 'can-bo.xa-99001',
    displayName: 'Cán bộ xã mới',
    roles: ['registration-officer'],
    territoryCodes: ['99001'],
  });
}
