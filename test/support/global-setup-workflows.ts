// Global setup runs outside Jest's module registry, so the @htx/* aliases come from tsconfig-paths here.
import 'tsconfig-paths/register';
import { ensureTemporalTestServer } from '@htx/dev-infra';
import { TEST_ENV } from './test-env';

export default async function globalSetup(): Promise<void> {
  process.env[TEST_ENV.temporalTestServer] = await ensureTemporalTestServer();
}
