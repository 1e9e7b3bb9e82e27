import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createDatabaseIfMissing, dropDatabase, freePort, projectPaths, startPostgres } from '@htx/dev-infra';
import { dataSourceOptions, runMigrations } from '@htx/persistence';
import { DataSource } from 'typeorm';
import { onGlobalTeardown, testEnv, TEST_ENV } from './test-env';

/** The tests' own cluster (no fsync) in .data/test/postgres, on a free port; stopped by global teardown. */
export async function startTestPostgres(): Promise<void> {
  const paths = projectPaths();
  const postgres = await startPostgres({
    dataDir: join(paths.data, 'test', 'postgres'),
    port: await freePort(),
    database: 'postgres',
    durable: false,
    logFile: join(paths.data, 'test', 'postgres.log'),
  });
  process.env[TEST_ENV.postgresAdminUrl] = postgres.adminUrl;
  if (postgres.startedHere) onGlobalTeardown(() => postgres.stop());
}

export type TestDatabase = { readonly url: string; readonly name: string; drop(): Promise<void> };

/** A fresh database with the real migrations applied, for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = testEnv('postgresAdminUrl');
  const name = `htx_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await createDatabaseIfMissing(adminUrl, name);
  const url = adminUrl.replace(/\/postgres$/, `/${name}`);
  await runMigrations({ url, applicationName: 'htx-test' });
  return { url, name, drop: () => dropDatabase(adminUrl, name) };
}

export async function openDataSource(url: string): Promise<DataSource> {
  return new DataSource(dataSourceOptions({ url, poolSize: 10, applicationName: 'htx-test' })).initialize();
}
