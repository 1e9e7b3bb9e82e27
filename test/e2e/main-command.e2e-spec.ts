import { demoProfile, demoRegistry } from '../../apps/launcher/src/demo-registry';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, isPortOpen, projectPaths } from '@htx/dev-infra';
import { DEMO_PASSWORD } from '../../apps/launcher/src/demo-identity';
import { until } from '../support/eventually';
import { signedIn } from '../support/services';

type Exit = { code: number | null; signal: NodeJS.Signals | null };
type Run = { output: () => string; ready: Promise<void>; exited: Promise<Exit>; interrupt(): void };

/** `npm start` as the README gives it, in its own process group, so SIGINT reaches it as a terminal's Ctrl+C would. */
function npmStart(env: NodeJS.ProcessEnv): Run {
  const child = spawn('npm', ['start'], {
    cwd: projectPaths().root,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Press Ctrl+C to stop')) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((exit) =>
      reject(new Error(`npm start ended (${JSON.stringify(exit)}) before it was ready:\n${output}`)),
    );
  });
  return { output: () => output, ready, exited, interrupt: () => process.kill(-child.pid!, 'SIGINT') };
}

/**
 * Ctrl+C: npm waits for the launcher to stop everything, then ends itself by the same signal (its usual way).
 * The launcher's own exit is clean: it says so last.
 */
async function interruptAndWait(run: Run): Promise<void> {
  run.interrupt();
  const exit = await run.exited;
  expect(exit.code === 0 || exit.signal === 'SIGINT').toBe(true);
  expect(run.output().trimEnd().endsWith('[launcher] stopped / đã dừng')).toBe(true);
}

async function closed(port: number): Promise<boolean> {
  for (let i = 0; i < 100 && (await isPortOpen(port)); i++) await sleep(200);
  return !(await isPortOpen(port));
}

describe('the main command (npm start)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'htx-main-command-'));
  let ports: { postgres: number; temporal: number; api: number };
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    chmodSync(dataDir, 0o755); // the postgres OS user must be able to enter it, as with .data/ in a checkout
    ports = { postgres: await freePort(), temporal: await freePort(), api: await freePort() };
    const { DATABASE_URL: _database, TEMPORAL_ADDRESS: _temporal, ...inherited } = process.env;
    env = {
      ...inherited,
      DATA_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: String(ports.postgres),
      EMBEDDED_TEMPORAL_PORT: String(ports.temporal),
      API_PORT: String(ports.api),
      LOG_LEVEL: 'warn',
    };
  });

  it('starts PostgreSQL, Temporal, the api and the worker, loads the demo registry, and says where it is', async () => {
    const run = npmStart(env);
    await run.ready;
    const api = `http://127.0.0.1:${ports.api}`;
    expect(run.output()).toContain(`API docs         ${api}/docs`);
    expect(run.output()).toContain(`Web app          ${api}/app/`);
    const app = await fetch(`${api}/app/`);
    expect(app.status).toBe(200);
    expect(await app.text()).toContain('<div id="root"></div>');
    expect(run.output()).toContain('Demo registry (Tân Yên 216, Việt Yên 222): 113 cooperatives, 113 new');

    expect((await fetch(`${api}/ready`)).status).toBe(200);
    const officer = await signedIn(api, 'can-bo.tanyen', DEMO_PASSWORD);
    const page = await officer.get<{ items: { territoryCode: string }[] }>('/cooperatives?limit=200');
    expect(page.body.items).toHaveLength(101);
    expect(page.body.items.every((item) => item.territoryCode === '216')).toBe(true);
    const representative = await signedIn(api, 'htx.caoxa', DEMO_PASSWORD);
    const own = await representative.get<{ items: { name: string }[] }>('/cooperatives');
    expect(own.body.items.map((item) => item.name)).toEqual(['Hợp tác xã Nông nghiệp Cao Xá']);
    expect((await fetch(`${api}/docs`)).status).toBe(200);

    expect(run.output()).toContain('Demo establishment dossiers awaiting review: 3, 3 new');
    expect(run.output()).toContain('Demo voluntary dissolution: Hợp tác xã Dịch vụ điện năng');
    // The imported register's silent cooperatives are under dormancy review; two dossiers await their review.
    const silent = demoRegistry().filter(
      (details, index) => details.territoryCode === '216' && demoProfile(details, index) === 'dormant',
    );
    const expected = [
      ...silent.map((details) => ['dormancy-review', details.name]),
      ['establishment-review', 'Hợp tác xã Dịch vụ Nông nghiệp Lam Cốt'],
      ['establishment-review', 'Hợp tác xã Nông nghiệp Liên Chung'],
      // The demo's voluntary dissolution waits for the authority to publish it.
      [
        'dissolution-step',
        demoRegistry().find((details) => details.name.startsWith('Hợp tác xã Dịch vụ điện năng'))!.name,
      ],
    ].sort();
    type Inbox = { items: { kind: string; subject: { id: string; name: string } }[] };
    const besideReports = (page: Inbox) => page.items.filter((task) => task.kind !== 'report-follow-up');
    let inbox = await officer.get<Inbox>('/tasks?limit=100');
    for (let tries = 0; besideReports(inbox.body).length < expected.length && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      inbox = await officer.get('/tasks?limit=100');
    }
    expect(
      besideReports(inbox.body)
        .map((task) => [task.kind, task.subject.name])
        .sort(),
    ).toEqual(expected);

    // Last year's reports the register shows missing are overdue, with their reminders delivered to the local sink;
    // a follow-up task (once 45 days late) is only ever about one of them.
    expect(run.output()).toMatch(/Mail {13}smtp:\/\/127\.0\.0\.1:\d+ → .*mail \(local sink/);
    type Overdue = { items: { cooperativeId: string; notices: { status: string; recipient: string | null }[] }[] };
    const overdue = await until(
      () => officer.get<Overdue>('/reports/overdue'),
      (response) => response.body.items.some((item) => item.notices.some((notice) => notice.status === 'delivered')),
      'a reminder delivered to an overdue demo cooperative',
      { timeoutMs: 60_000 },
    );
    const overdueIds = new Set(overdue.body.items.map((item) => item.cooperativeId));
    const followUps = inbox.body.items.filter((task) => task.kind === 'report-follow-up');
    expect(followUps.every((task) => overdueIds.has(task.subject.id))).toBe(true);
    const mails = readdirSync(join(dataDir, 'mail')).filter((file) => file.endsWith('.eml'));
    expect(mails.length).toBeGreaterThan(0);
    expect(readFileSync(join(dataDir, 'mail', mails[0]), 'utf8')).toMatch(/^X-Htx-Notice-ID:\s+report-\d{4}-/im);
    const suspended = await officer.get<{ items: unknown[] }>('/cooperatives?status=suspended&limit=200');
    expect(suspended.body.items.length).toBeGreaterThan(0);

    await interruptAndWait(run);
    for (const port of Object.values(ports)) expect(await closed(port)).toBe(true);
  });

  it('keeps its data between runs: the second start finds the registry and adds nothing', async () => {
    const run = npmStart(env);
    await run.ready;
    expect(run.output()).toContain('113 cooperatives, 0 new');
    expect(run.output()).toContain('Demo establishment dossiers awaiting review: 3, 0 new');
    expect(run.output()).toMatch(/Demo voluntary dissolution: .*, 0 new/);
    const auditor = await signedIn(`http://127.0.0.1:${ports.api}`, 'thanh-tra', DEMO_PASSWORD);
    const page = await auditor.get<{ items: unknown[] }>('/cooperatives?limit=200');
    expect(page.body.items).toHaveLength(113);

    await interruptAndWait(run);
    for (const port of Object.values(ports)) expect(await closed(port)).toBe(true);
  });
});
