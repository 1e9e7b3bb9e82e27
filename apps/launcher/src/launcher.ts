import { type AppConfig } from '@htx/config';
import {
  freePort,
  isPortOpen,
  projectPaths,
  provisionTools,
  startPostgres,
  startTemporalDevServer,
  temporalAnswers,
  type RunningTemporal,
} from '@htx/dev-infra';
import { runMigrations } from '@htx/persistence';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startChildApp, type ChildApp } from './child-app';
import { DEMO_PASSWORD } from './demo-identity';
import { loadDemoData } from './demo-loader';
import { linkDemoRepresentatives, seedDemoIdentity } from './demo-seed';
import { startMailSink } from './mail-sink';

const log = (line: string) => console.log(`[launcher] ${line}`);

/** Where the embedded servers keep their data and logs: DATA_DIR, or .data/ in the checkout. */
/** The demo mail sink's port, when free. */
const DEMO_SMTP_PORT = 2525;

const redactedSmtp = (url: string) => url.replace(/\/\/[^@/]*@/, '//…@');

const dataFolder = (config: AppConfig) => resolve(config.launcher.dataDir ?? projectPaths().data);

export type Stop = () => Promise<void>;

/** PostgreSQL: the configured one, or the embedded cluster in .data/postgres (kept between runs). */
async function provideDatabase(config: AppConfig, stops: Stop[]): Promise<string> {
  if (!config.database.embedded) {
    log(`Using PostgreSQL from DATABASE_URL`);
    return config.database.url;
  }
  const { port, pathname } = new URL(config.database.url);
  const dataDir = dataFolder(config);
  const postgres = await startPostgres({
    dataDir: join(dataDir, 'postgres'),
    port: Number(port),
    database: pathname.slice(1),
    durable: true,
    logFile: join(dataDir, 'logs', 'postgres.log'),
  });
  if (postgres.startedHere) stops.push(() => postgres.stop());
  log(`PostgreSQL ${postgres.startedHere ? 'started' : 'already running'} on 127.0.0.1:${postgres.port}`);
  return postgres.url;
}

/** Temporal: the configured cluster, or the dev server persisting to .data/temporal/temporal.db. */
async function provideTemporal(config: AppConfig, stops: Stop[]): Promise<{ address: string; uiUrl?: string }> {
  const address = config.temporal.address;
  if (!config.temporal.embedded) {
    log(`Using Temporal at ${address} (TEMPORAL_ADDRESS)`);
    return { address };
  }
  const port = Number(address.split(':')[1]);
  if ((await isPortOpen(port)) && (await temporalAnswers(address))) {
    log(`Temporal already running at ${address}: using it`);
    return { address };
  }
  const dataDir = dataFolder(config);
  const temporal: RunningTemporal = await startTemporalDevServer({
    port,
    dbFile: join(dataDir, 'temporal', 'temporal.db'),
    uiPort: config.launcher.temporalUiPort,
    logFile: join(dataDir, 'logs', 'temporal.log'),
  });
  stops.push(() => temporal.stop());
  log(`Temporal dev server started at ${address}`);
  return { address, uiUrl: temporal.uiUrl };
}

async function waitUntilReady(apiUrl: string, apps: ChildApp[], abort: AbortSignal): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    abort.throwIfAborted();
    try {
      if ((await fetch(`${apiUrl}/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    const dead = apps.find((app) => app.process.exitCode !== null);
    if (dead) throw new Error(`${dead.name} exited before the service was ready (see its output above)`);
    if (Date.now() > deadline) throw new Error(`The api did not become ready within 2 minutes (${apiUrl}/ready)`);
    await sleep(250);
  }
}

/** The embedded api's token secret: AUTH_JWT_SECRET if set, else one generated once and kept in the data folder. */
function authSecret(config: AppConfig): string {
  if (config.auth.jwtSecret) return config.auth.jwtSecret;
  const file = join(dataFolder(config), 'auth-secret');
  if (!existsSync(file)) {
    mkdirSync(dataFolder(config), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/** Provisions and starts everything the service needs, then the api and the worker; prints where it is. */
export async function launch(config: AppConfig, stops: Stop[], abort: AbortSignal): Promise<ChildApp[]> {
  const root = projectPaths().root;
  await provisionTools('service', log, { postgres: config.database.embedded, temporal: config.temporal.embedded });
  abort.throwIfAborted();
  const databaseUrl = await provideDatabase(config, stops);
  abort.throwIfAborted();
  const applied = await runMigrations({ url: databaseUrl, applicationName: 'htx-launcher' });
  log(applied.length ? `Migrations applied: ${applied.join(', ')}` : 'Database schema is up to date');
  if (config.launcher.demoData && (await seedDemoIdentity(databaseUrl))) {
    log(`Demo map, authorities and users created (password ${DEMO_PASSWORD}; see README)`);
  }
  const temporal = await provideTemporal(config, stops);
  abort.throwIfAborted();

  const apiUrl = `http://${config.api.host}:${config.api.port}`;
  if (await isPortOpen(config.api.port, config.api.host)) {
    throw new Error(`Port ${config.api.port} is already in use: stop what holds it or set API_PORT`);
  }
  // Without an SMTP server of yours, reminders go to a local sink that keeps each one as a file in .data/mail.
  const sink = config.mail.smtpUrl
    ? null
    : await startMailSink(
        join(dataFolder(config), 'mail'),
        (await isPortOpen(DEMO_SMTP_PORT, '127.0.0.1')) ? await freePort() : DEMO_SMTP_PORT,
      );
  if (sink) stops.push(() => sink.stop());
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...(sink ? { SMTP_URL: sink.url } : {}),
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporal.address,
    WORKFLOW_BUNDLE_PATH: process.env.WORKFLOW_BUNDLE_PATH ?? join(root, 'dist', 'workflow-bundle.js'),
    // The summary below says where everything is; the apps speak up for warnings and errors unless asked for more.
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    AUTH_JWT_SECRET: authSecret(config),
  };
  const apps = [startChildApp('worker', root, 'start:worker', env), startChildApp('api', root, 'start:api', env)];
  stops.push(async () => {
    await Promise.all(apps.map((app) => app.stop()));
  });
  await waitUntilReady(apiUrl, apps, abort);
  if (config.launcher.demoData) {
    await loadDemoData(apiUrl, log);
    await linkDemoRepresentatives(databaseUrl);
  }

  console.log(
    [
      '',
      'htx-lifecycle is running / đang chạy',
      `  Web app          ${apiUrl}/app/${config.launcher.demoData ? `   (demo users in the README, password ${DEMO_PASSWORD})` : ''}`,
      `  API              ${apiUrl}`,
      `  API docs         ${apiUrl}/docs   (OpenAPI JSON: ${apiUrl}/docs-json)`,
      `  Readiness        ${apiUrl}/ready`,
      `  Sign in          POST ${apiUrl}/auth/login${config.launcher.demoData ? ` (demo users in the README, password ${DEMO_PASSWORD})` : ''}`,
      `  Temporal         ${temporal.address}`,
      `  Temporal UI      ${temporal.uiUrl ?? 'off (set TEMPORAL_UI_PORT=8233 to serve it)'}`,
      `  PostgreSQL       ${databaseUrl}`,
      sink
        ? `  Mail             ${sink.url} → ${sink.folder} (local sink: each notice is an .eml file)`
        : `  Mail             ${redactedSmtp(config.mail.smtpUrl!)}`,
      `  Data and logs    ${dataFolder(config)}`,
      'Press Ctrl+C to stop / Nhấn Ctrl+C để dừng.',
      '',
    ].join('\n'),
  );
  return apps;
}
