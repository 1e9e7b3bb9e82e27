// Global setup runs outside Jest's module registry, so the @htx/* aliases come from tsconfig-paths here.
import 'tsconfig-paths/register';
import { startTestPostgres } from './postgres';

export default async function globalSetup(): Promise<void> {
  await startTestPostgres();
}
