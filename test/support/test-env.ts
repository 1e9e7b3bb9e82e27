/** What the tiers' global setups hand to the test files (Jest passes process.env on to its workers). */
export const TEST_ENV = {
  temporalTestServer: 'HTX_TEST_TEMPORAL_TEST_SERVER',
  postgresAdminUrl: 'HTX_TEST_PG_ADMIN_URL',
  temporalAddress: 'HTX_TEST_TEMPORAL_ADDRESS',
  workflowBundle: 'HTX_TEST_WORKFLOW_BUNDLE',
  /** The fault tier's durable cluster (restarted by its tests). */
  postgresDataDir: 'HTX_TEST_PG_DATA_DIR',
  postgresLogFile: 'HTX_TEST_PG_LOG_FILE',
} as const;

export function testEnv(name: keyof typeof TEST_ENV): string {
  const value = process.env[TEST_ENV[name]];
  if (!value) throw new Error(`${TEST_ENV[name]} is not set: run this file through its tier (npm run test:<tier>)`);
  return value;
}

type Stop = () => Promise<void>;
const holder = globalThis as typeof globalThis & { __htxTestStops?: Stop[] };

/** Global setup registers what global teardown stops (both run in Jest's parent process). */
export function onGlobalTeardown(stop: Stop): void {
  (holder.__htxTestStops ??= []).push(stop);
}

export async function runGlobalTeardown(): Promise<void> {
  for (const stop of (holder.__htxTestStops ?? []).reverse()) await stop();
  holder.__htxTestStops = [];
}
