// Global setup runs outside Jest's module registry, so the @htx/* aliases come from tsconfig-paths here.
import 'tsconfig-paths/register';
import { runGlobalTeardown } from './test-env';

export default async function globalTeardown(): Promise<void> {
  await runGlobalTeardown();
}
