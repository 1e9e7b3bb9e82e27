// Global setup runs outside Jest's module registry, so the @htx/* aliases come from tsconfig-paths here.
import 'tsconfig-paths/register';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDir, freePort, projectPaths, startTemporalDevServer } from '@htx/dev-infra';
import { buildWorkflowBundle } from '../../apps/worker/src/workflow-source';
import { startTestPostgres } from './postgres';
import { onGlobalTeardown, TEST_ENV } from './test-env';

/** PostgreSQL, an in-memory Temporal dev server and one workflow bundle, shared by every e2e file. */
export default async function globalSetup(): Promise<void> {
  const testData = ensureDir(join(projectPaths().data, 'test'));
  const [bundle, temporal] = await Promise.all([
    buildWorkflowBundle(),
    (async () => startTemporalDevServer({ port: await freePort(), logFile: join(testData, 'temporal-e2e.log') }))(),
    startTestPostgres(),
  ]);
  onGlobalTeardown(() => temporal.stop());
  const bundlePath = join(testData, 'workflow-bundle.e2e.js');
  writeFileSync(bundlePath, bundle);
  process.env[TEST_ENV.temporalAddress] = temporal.address;
  process.env[TEST_ENV.workflowBundle] = bundlePath;
}
