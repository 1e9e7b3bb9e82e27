// Global setup runs outside Jest's module registry, so the @htx/* aliases come from tsconfig-paths here.
import 'tsconfig-paths/register';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, projectPaths, startPostgres } from '@htx/dev-infra';
import { onGlobalTeardown, TEST_ENV } from './test-env';

/**
 * The fault tier's own PostgreSQL cluster, durable (fsync and synchronous_commit on, as in production: a crash
 * restart must lose no acknowledged row), in .data/test/faults-postgres. Each file starts its own Temporal dev
 * server and runs the api and the worker as the compiled processes `npm start` runs.
 */
export default async function globalSetup(): Promise<void> {
  const paths = projectPaths();
  for (const main of ['dist/apps/api/apps/api/src/main.js', 'dist/apps/worker/apps/worker/src/main.js']) {
    if (!existsSync(join(paths.root, main))) throw new Error(`${main} is missing: run npm run build first`);
  }
  const dataDir = join(paths.data, 'test', 'faults-postgres');
  const logFile = join(paths.data, 'test', 'faults-postgres.log');
  const postgres = await startPostgres({
    dataDir,
    port: await freePort(),
    database: 'postgres',
    durable: true,
    logFile,
  });
  process.env[TEST_ENV.postgresAdminUrl] = postgres.adminUrl;
  process.env[TEST_ENV.postgresDataDir] = dataDir;
  process.env[TEST_ENV.postgresLogFile] = logFile;
  if (postgres.startedHere) onGlobalTeardown(() => postgres.stop());
}
