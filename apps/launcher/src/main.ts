import 'reflect-metadata';
import { loadConfig } from '@htx/config';
import { launch, type Stop } from './launcher';

/**
 * `npm start`: the whole service on one machine with embedded defaults. Ctrl+C (or SIGTERM) stops, in reverse
 * order, everything it started: the api and the worker, then Temporal, then PostgreSQL.
 */
async function main(): Promise<number> {
  const config = loadConfig(process.env, 'htx-launcher');
  const stops: Stop[] = [];
  const abort = new AbortController();
  const signalled = new Promise<number>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        console.log(`\n[launcher] ${signal}: stopping / đang dừng…`);
        abort.abort();
        resolve(0);
      });
    }
  });

  let code: number;
  try {
    const apps = await launch(config, stops, abort.signal);
    const crashed = Promise.race(
      apps.map(async (app) => {
        const exit = await app.exited;
        if (!abort.signal.aborted) console.error(`[launcher] ${app.name} exited (${exit}); stopping the rest`);
        return 1;
      }),
    );
    code = await Promise.race([signalled, crashed]);
  } catch (error) {
    code = abort.signal.aborted ? 0 : 1;
    if (!abort.signal.aborted) console.error(`[launcher] ${error instanceof Error ? error.message : String(error)}`);
  }
  for (const stop of stops.reverse()) await stop().catch((error: unknown) => console.error(error));
  console.log('[launcher] stopped / đã dừng');
  return code;
}

void main().then((code) => process.exit(code));
