import { ensureChromium } from './chromium';
import { ensureDockerCompose, ensureTemporalCli } from './go-tools';
import { ensurePostgresBinaries } from './postgres';
import { ensureTemporalTestServer } from './temporal-test-server';

export type ToolSet = 'service' | 'tests';

/** What `npm start` runs itself: nothing when DATABASE_URL and TEMPORAL_ADDRESS point elsewhere. */
export type EmbeddedServers = { readonly postgres: boolean; readonly temporal: boolean };

/**
 * Everything a command needs, provisioned side by side (the two Go builds are the slow part, minutes on a fresh
 * machine; seconds of checks afterwards). `service` is what `npm start` needs; `tests` adds the test-only tools.
 */
export async function provisionTools(
  set: ToolSet,
  log: (line: string) => void = () => undefined,
  embedded: EmbeddedServers = { postgres: true, temporal: true },
): Promise<void> {
  const started = Date.now();
  const steps: Promise<unknown>[] = [];
  if (set === 'tests' || embedded.temporal) steps.push(ensureTemporalCli());
  if (set === 'tests') {
    // Both come from apt, which takes one install at a time: Chromium (the browser tier's) after PostgreSQL.
    steps.push(
      ensurePostgresBinaries().then(() => ensureChromium()),
      ensureTemporalTestServer(),
      ensureDockerCompose(),
    );
  } else if (embedded.postgres) steps.push(ensurePostgresBinaries());
  await Promise.all(steps);
  log(`Tools ready (${set}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
