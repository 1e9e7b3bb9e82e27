import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, type AppConfig } from '@htx/config';
import { CooperativeLifecycleClient } from '@htx/temporal-client';
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode } from '@temporalio/worker';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@htx/persistence';
import { seedIdentity, TEST_PASSWORD, USERS } from '../../test/support/identity';
import { signedIn, type HttpClient } from '../../test/support/services';
import type { BenchInfra } from './infra';
import { freePort } from '@htx/dev-infra';
import { startApi, startAppWorker, startRawWorker, type ChildWorker } from '../../test/support/processes';

/** One check against a goal of the issue. */
export type Check = { readonly target: string; readonly value: string; readonly goal: string; readonly pass: boolean };

export type ScenarioResult = {
  readonly id: string;
  readonly title: string;
  readonly size: Readonly<Record<string, number | string>>;
  readonly measured: Readonly<Record<string, unknown>>;
  readonly checks: readonly Check[];
  readonly notes: readonly string[];
  readonly seconds?: number;
};

export type BenchContext = {
  readonly infra: BenchInfra;
  readonly scale: number;
  readonly config: AppConfig;
  readonly client: Client;
  readonly dataSource: DataSource;
  /** The api process. */
  readonly api: ChildWorker;
  readonly baseUrl: string;
  readonly officer: HttpClient;
  readonly lifecycle: CooperativeLifecycleClient;
  readonly rawTaskQueue: string;
  readonly rawBundlePath: string;
  /** The application's worker process (restarted by scenarios that need it cold). */
  appWorker: ChildWorker;
  rawWorker: ChildWorker;
  restartAppWorker(options?: { maxCachedWorkflows?: number }): Promise<ChildWorker>;
  restartRawWorker(options?: { maxCachedWorkflows?: number }): Promise<ChildWorker>;
  /** Results other scenarios use (B1's steady rate for B7, the imported population for B7 and B10). */
  readonly shared: {
    b1OursPerSecond?: number;
    b1RawPerSecond?: number;
    population?: readonly string[];
  };
  stop(): Promise<void>;
};

/** Scaled size: at least `minimum`. */
export const sized = (context: Pick<BenchContext, 'scale'>, base: number, minimum = 1) =>
  Math.max(minimum, Math.round(base * context.scale));

export async function createContext(infra: BenchInfra, scale: number): Promise<BenchContext> {
  const maxCached = process.env.BENCH_MAX_CACHED_WORKFLOWS;
  const config = loadConfig(
    {
      AUTH_JWT_SECRET: infra.authSecret,
      DORMANCY_SWEEP_AT: 'off',
      DATABASE_URL: infra.databaseUrl,
      TEMPORAL_ADDRESS: infra.temporalAddress,
      TEMPORAL_TASK_QUEUE: `bench-${randomUUID()}`,
      LOG_LEVEL: 'error',
    },
    'htx-bench',
  );
  const dataSource = await new DataSource(
    dataSourceOptions({ url: infra.databaseUrl, poolSize: 10, applicationName: 'htx-bench' }),
  ).initialize();
  await seedIdentity(dataSource);

  const { code } = await bundleWorkflowCode({
    workflowsPath: join(__dirname, '..', 'workflows', 'index.ts'),
    logger: {
      log: () => undefined,
      trace: () => undefined,
      debug: () => undefined,
      info: () => undefined,
      warn: console.warn,
      error: console.error,
    },
  });
  const rawBundlePath = join(infra.folder, 'raw-workflows.bundle.js');
  writeFileSync(rawBundlePath, code);
  const rawTaskQueue = `bench-raw-${randomUUID()}`;

  const workerSettings = {
    databaseUrl: infra.databaseUrl,
    temporalAddress: infra.temporalAddress,
    taskQueue: config.temporal.taskQueue,
    authSecret: infra.authSecret,
  };
  const cache = maxCached ? { maxCachedWorkflows: Number(maxCached) } : {};
  const [appWorker, rawWorker] = await Promise.all([
    startAppWorker({ ...workerSettings, ...cache }),
    startRawWorker({
      temporalAddress: infra.temporalAddress,
      taskQueue: rawTaskQueue,
      bundlePath: rawBundlePath,
      ...cache,
    }),
  ]);

  const port = await freePort();
  const api = await startApi({ ...workerSettings, port, bodyLimit: '16mb' });
  const baseUrl = `http://127.0.0.1:${port}`;
  const connection = await Connection.connect({ address: infra.temporalAddress });
  const client = new Client({ connection });

  const context: BenchContext = {
    infra,
    scale,
    config,
    client,
    dataSource,
    api,
    baseUrl,
    officer: await signedIn(baseUrl, USERS.officer.id, TEST_PASSWORD),
    lifecycle: new CooperativeLifecycleClient(client, config),
    rawTaskQueue,
    rawBundlePath,
    appWorker,
    rawWorker,
    shared: {},
    restartAppWorker: async (options = {}) => {
      await context.appWorker.stop('SIGTERM');
      context.appWorker = await startAppWorker({ ...workerSettings, ...cache, ...options });
      return context.appWorker;
    },
    restartRawWorker: async (options = {}) => {
      await context.rawWorker.stop('SIGTERM');
      context.rawWorker = await startRawWorker({
        temporalAddress: infra.temporalAddress,
        taskQueue: rawTaskQueue,
        bundlePath: rawBundlePath,
        ...cache,
        ...options,
      });
      return context.rawWorker;
    },
    stop: async () => {
      await api.stop('SIGTERM');
      await Promise.all([context.appWorker.stop('SIGTERM'), context.rawWorker.stop('SIGTERM')]);
      await connection.close();
      await dataSource.destroy();
    },
  };
  return context;
}
