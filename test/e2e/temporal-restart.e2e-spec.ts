import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startTemporalDevServer, type RunningTemporal } from '@htx/dev-infra';
import { CooperativeLifecycleClient } from '@htx/temporal-client';
import { registrationDetails } from '../support/events';
import { seedIdentity, TEST_PASSWORD, USERS } from '../support/identity';
import { createTestDatabase, openDataSource, type TestDatabase } from '../support/postgres';
import { signedIn, startServices, type RunningServices } from '../support/services';

type Cooperative = { id: string; registrationCode: string };

describe('a restart of the Temporal dev server', () => {
  const folder = mkdtempSync(join(tmpdir(), 'htx-temporal-restart-'));
  let port: number;
  let temporal: RunningTemporal;
  let database: TestDatabase;
  let services: RunningServices;

  const startTemporal = () =>
    startTemporalDevServer({ port, dbFile: join(folder, 'temporal.db'), logFile: join(folder, 'temporal.log') });

  beforeAll(async () => {
    port = await freePort();
    temporal = await startTemporal();
    database = await createTestDatabase();
    const dataSource = await openDataSource(database.url);
    await seedIdentity(dataSource);
    await dataSource.destroy();
    services = await startServices({ databaseUrl: database.url, temporalAddress: temporal.address });
  });
  afterAll(async () => {
    await services?.stop();
    await temporal?.stop();
    await database?.drop();
  });

  it('keeps every cooperative workflow: it answers its query afterwards and the service goes on', async () => {
    const http = await signedIn(services.baseUrl, USERS.officer.id, TEST_PASSWORD);
    const details = registrationDetails();
    const created = await http.post<Cooperative>('/cooperatives', details);
    expect(created.status).toBe(201);

    await temporal.stop('SIGTERM');
    temporal = await startTemporal();

    const lifecycle = services.api.get(CooperativeLifecycleClient);
    const state = await lifecycle.state(`cooperative-lifecycle/${details.registrationCode}`);
    expect(state).toMatchObject({
      streamVersion: 1,
      cooperative: { cooperativeId: created.body.id, registrationCode: details.registrationCode, status: 'active' },
    });

    const repeated = await http.post<Cooperative>('/cooperatives', details);
    expect(repeated).toMatchObject({ status: 200, body: { id: created.body.id } });
    const another = await http.post<Cooperative>('/cooperatives', registrationDetails());
    expect(another.status).toBe(201);
  });
});
