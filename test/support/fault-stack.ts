import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@htx/config';
import { freePort, startTemporalDevServer, type RunningTemporal } from '@htx/dev-infra';
import { CooperativeLifecycleClient } from '@htx/temporal-client';
import { Client, Connection } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { seedIdentity, TEST_PASSWORD, USERS } from './identity';
import { createTestDatabase, openDataSource, type TestDatabase } from './postgres';
import { startApi, startAppWorker, type ChildWorker } from './processes';
import { signedIn, type HttpClient } from './services';

export type FaultStack = {
  readonly database: TestDatabase;
  readonly dataSource: DataSource;
  temporal: RunningTemporal;
  readonly client: Client;
  readonly lifecycle: CooperativeLifecycleClient;
  readonly api: ChildWorker;
  worker: ChildWorker;
  readonly baseUrl: string;
  readonly officer: HttpClient;
  /** Starts a worker process (after the previous one is gone), optionally through another address. */
  startWorker(temporalAddress?: string): Promise<ChildWorker>;
  /** Stops the Temporal dev server with the signal and starts it again on the same port and db file. */
  restartTemporal(signal: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  stop(): Promise<void>;
};

/**
 * What production runs, for one fault-test file: a fresh database (real migrations) on the tier's durable cluster,
 * a Temporal dev server of its own persisting to a SQLite file, and the compiled api and worker as child processes.
 */
export async function startFaultStack(): Promise<FaultStack> {
  const folder = mkdtempSync(join(tmpdir(), 'htx-faults-'));
  const database = await createTestDatabase();
  const dataSource = await openDataSource(database.url);
  await seedIdentity(dataSource);
  const temporalPort = await freePort();
  const startTemporal = () =>
    startTemporalDevServer({
      port: temporalPort,
      dbFile: join(folder, 'temporal.db'),
      logFile: join(folder, 'temporal.log'),
    });
  const temporal = await startTemporal();
  const settings = {
    databaseUrl: database.url,
    temporalAddress: temporal.address,
    taskQueue: `faults-${randomUUID()}`,
    authSecret: randomBytes(32).toString('hex'),
  };
  const apiPort = await freePort();
  const [api, worker] = await Promise.all([startApi({ ...settings, port: apiPort }), startAppWorker(settings)]);
  const baseUrl = `http://127.0.0.1:${apiPort}`;
  const connection = await Connection.connect({ address: temporal.address });
  const client = new Client({ connection });
  const config = loadConfig(
    {
      DATABASE_URL: database.url,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_TASK_QUEUE: settings.taskQueue,
      AUTH_JWT_SECRET: settings.authSecret,
    },
    'htx-faults',
  );
  const stack: FaultStack = {
    database,
    dataSource,
    temporal,
    client,
    lifecycle: new CooperativeLifecycleClient(client, config),
    api,
    worker,
    baseUrl,
    officer: await signedIn(baseUrl, USERS.officer.id, TEST_PASSWORD),
    startWorker: async (temporalAddress = temporal.address) => {
      await stack.worker.stop('SIGKILL');
      stack.worker = await startAppWorker({ ...settings, temporalAddress });
      return stack.worker;
    },
    restartTemporal: async (signal) => {
      await stack.temporal.stop(signal);
      stack.temporal = await startTemporal();
    },
    stop: async () => {
      await Promise.all([api.stop('SIGTERM'), stack.worker.stop('SIGTERM')]);
      await connection.close();
      await stack.temporal.stop();
      await dataSource.destroy();
      await database.drop();
    },
  };
  return stack;
}
