import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import {
  createDatabaseIfMissing,
  dropDatabase,
  ensureDir,
  freePort,
  projectPaths,
  startPostgres,
  startTemporalDevServer,
  type RunningTemporal,
} from '@htx/dev-infra';
import { runMigrations } from '@htx/persistence';
import { Client } from 'pg';

export type BenchInfra = {
  readonly folder: string;
  readonly databaseUrl: string;
  readonly adminUrl: string;
  readonly postgresPort: number;
  readonly temporalAddress: string;
  readonly temporalPersistence: 'memory' | 'sqlite-file';
  readonly authSecret: string;
  stop(): Promise<void>;
};

/**
 * The bench's own PostgreSQL cluster in .data/bench/postgres — durable (fsync on, synchronous_commit on), as in
 * production — and a Temporal dev server of its own, both through libs/dev-infra (installed when missing, reused
 * when running). Each run gets a fresh database with the real migrations, dropped afterwards.
 */
/** Waits (up to 10 s) for the last pooled connections to close, so dropping the database cuts off nobody's query. */
async function dropWhenUnused(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (let attempt = 0; attempt < 20; attempt++) {
      const { rows } = await client.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
        [name],
      );
      if (rows[0].n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await client.end();
  }
  await dropDatabase(adminUrl, name);
}

export async function startInfra(): Promise<BenchInfra> {
  const folder = ensureDir(join(projectPaths().data, 'bench'));
  const postgres = await startPostgres({
    dataDir: join(folder, 'postgres'),
    port: await freePort(),
    database: 'postgres',
    durable: true,
    logFile: join(folder, 'postgres.log'),
  });
  const name = `bench_${Date.now()}`;
  await createDatabaseIfMissing(postgres.adminUrl, name);
  const databaseUrl = postgres.adminUrl.replace(/\/postgres$/, `/${name}`);
  await runMigrations({ url: databaseUrl, applicationName: 'htx-bench' });

  const persistence = process.env.BENCH_TEMPORAL_DB === 'file' ? 'sqlite-file' : 'memory';
  const temporal: RunningTemporal = await startTemporalDevServer({
    port: await freePort(),
    logFile: join(folder, 'temporal.log'),
    ...(persistence === 'sqlite-file' ? { dbFile: join(folder, `temporal-${name}.db`) } : {}),
  });
  return {
    folder,
    databaseUrl,
    adminUrl: postgres.adminUrl,
    postgresPort: postgres.port,
    temporalAddress: temporal.address,
    temporalPersistence: persistence,
    authSecret: randomBytes(32).toString('hex'),
    stop: async () => {
      await temporal.stop();
      await dropWhenUnused(postgres.adminUrl, name);
      if (postgres.startedHere && process.env.BENCH_KEEP_POSTGRES !== 'true') await postgres.stop();
    },
  };
}
