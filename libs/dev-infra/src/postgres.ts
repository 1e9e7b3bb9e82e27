import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { commandExists, runCommand, runStep } from './commands';
import { withFileLock } from './file-lock';
import { ensureDir, projectPaths } from './paths';
import { ProvisioningError, tail } from './provisioning-error';
import { TOOL_VERSIONS } from './tool-versions';

const TOOL = `PostgreSQL ${TOOL_VERSIONS.postgresMajor}`;
const BIN_DIR = `/usr/lib/postgresql/${TOOL_VERSIONS.postgresMajor}/bin`;

/** Debian's PostgreSQL server binaries, installed with apt when missing (without Debian's default cluster). */
export async function ensurePostgresBinaries(): Promise<string> {
  if (existsSync(join(BIN_DIR, 'postgres'))) return BIN_DIR;
  const remedy = `install Debian's server package: sudo apt-get install postgresql-${TOOL_VERSIONS.postgresMajor}`;
  if (process.getuid?.() !== 0 || !commandExists('apt-get')) throw new ProvisioningError(TOOL, remedy);
  return withFileLock(join(ensureDir(projectPaths().tools), 'postgres-apt.lock'), async () => {
    if (existsSync(join(BIN_DIR, 'postgres'))) return BIN_DIR;
    // We run our own clusters in .data/; Debian's default one would only sit there.
    ensureDir('/etc/postgresql-common/createcluster.d');
    writeFileSync('/etc/postgresql-common/createcluster.d/htx-lifecycle.conf', 'create_main_cluster = false\n');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    await runStep(TOOL, remedy, 'apt-get', ['update', '-qq'], { env });
    await runStep(
      TOOL,
      remedy,
      'apt-get',
      ['install', '-y', '-qq', '--no-install-recommends', `postgresql-${TOOL_VERSIONS.postgresMajor}`],
      { env },
    );
    return BIN_DIR;
  });
}

type OsUser = { uid: number; gid: number };

/** initdb refuses to run as root: as root, the server runs as Debian's `postgres` user. */
function serverUser(): OsUser | null {
  if (process.getuid?.() !== 0) return null;
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    return { uid, gid };
  } catch {
    throw new ProvisioningError(
      TOOL,
      'create the postgres OS user (it comes with the postgresql package) or run as a non-root user',
    );
  }
}

function ownDir(path: string, user: OsUser | null): void {
  mkdirSync(path, { recursive: true, mode: 0o700 });
  if (user) chownSync(path, user.uid, user.gid);
}

/** The postgres user must be able to reach the data folder through every parent folder. */
function checkReachable(path: string, user: OsUser | null): void {
  if (!user) return;
  const parent = dirname(path);
  if (spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-x', parent]).status !== 0) {
    throw new ProvisioningError(
      TOOL,
      `let the postgres OS user enter ${parent} and every folder above it (chmod o+x), or keep the checkout where others can enter`,
    );
  }
}

export type PostgresOptions = {
  /** The cluster's folder; created with initdb on first use. */
  readonly dataDir: string;
  readonly port: number;
  /** The database the application uses, created if missing. */
  readonly database: string;
  /** false for test clusters: no fsync, nothing survives a crash, everything is faster. */
  readonly durable: boolean;
  readonly logFile: string;
};

export type RunningPostgres = {
  readonly url: string;
  /** Connection to the `postgres` maintenance database, for creating and dropping databases. */
  readonly adminUrl: string;
  readonly port: number;
  /** false when the cluster was already running: stopping is then someone else's business. */
  readonly startedHere: boolean;
  stop(): Promise<void>;
};

const urlFor = (port: number, database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;

async function answers(port: number): Promise<boolean> {
  const client = new Client({ connectionString: urlFor(port, 'postgres'), connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The port a running cluster in `dataDir` listens on (line 4 of postmaster.pid), if it is running. */
function runningPort(dataDir: string): number | null {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
  } catch {
    return null;
  }
  return Number(port);
}

/**
 * Starts (or reuses) a PostgreSQL cluster in a project-local folder, loopback only, and waits until a real query
 * answers. Idempotent: an initialised folder is reused, a running cluster is left running.
 */
export async function startPostgres(options: PostgresOptions): Promise<RunningPostgres> {
  const bin = await ensurePostgresBinaries();
  const user = serverUser();
  const asServerUser = user ? { uid: user.uid, gid: user.gid } : {};
  ensureDir(dirname(options.dataDir));
  checkReachable(options.dataDir, user);
  ownDir(options.dataDir, user);
  ensureDir(dirname(options.logFile));
  if (user && !existsSync(options.logFile)) writeFileSync(options.logFile, '');
  if (user) chownSync(options.logFile, user.uid, user.gid);

  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    await runStep(
      TOOL,
      `remove ${options.dataDir} and run again`,
      join(bin, 'initdb'),
      [
        '-D',
        options.dataDir,
        '-U',
        'postgres',
        '--auth=trust',
        '--encoding=UTF8',
        '--locale=C',
        ...(options.durable ? [] : ['--no-sync']),
      ],
      asServerUser,
    );
  }

  const alreadyOn = runningPort(options.dataDir);
  const port = alreadyOn ?? options.port;
  const stop = async () => {
    await runCommand(join(bin, 'pg_ctl'), ['-D', options.dataDir, '-m', 'fast', '-w', 'stop'], asServerUser);
  };
  if (alreadyOn === null) {
    const settings = [
      `-p ${port}`,
      `-k ${options.dataDir}`,
      '-c listen_addresses=127.0.0.1',
      '-c max_connections=200',
      ...(options.durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
    ].join(' ');
    const started = await runCommand(
      join(bin, 'pg_ctl'),
      ['-D', options.dataDir, '-l', options.logFile, '-w', '-t', '60', '-o', settings, 'start'],
      { ...asServerUser, detached: true },
    );
    if (started.code !== 0) {
      const log = existsSync(options.logFile) ? tail(readFileSync(options.logFile, 'utf8'), 20) : '';
      throw new ProvisioningError(
        TOOL,
        `check that port ${port} is free (another PostgreSQL?) and read ${options.logFile}`,
        `pg_ctl start -D ${options.dataDir}`,
        `${started.output}\n${log}`,
      );
    }
  }

  for (let attempt = 0; !(await answers(port)); attempt++) {
    if (attempt >= 100) throw new ProvisioningError(TOOL, `read ${options.logFile}`, `SELECT 1 on port ${port}`);
    await sleep(100);
  }
  await createDatabaseIfMissing(urlFor(port, 'postgres'), options.database);
  return {
    url: urlFor(port, options.database),
    adminUrl: urlFor(port, 'postgres'),
    port,
    startedHere: alreadyOn === null,
    stop,
  };
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** The embedded cluster `npm start` uses (`.data/postgres`, port 54329, database htx). */
export function defaultPostgresOptions(): PostgresOptions {
  const paths = projectPaths();
  return {
    dataDir: join(paths.data, 'postgres'),
    port: 54329,
    database: 'htx',
    durable: true,
    logFile: join(paths.logs, 'postgres.log'),
  };
}

export async function stopPostgres(dataDir: string): Promise<void> {
  const user = process.getuid?.() === 0 ? serverUser() : null;
  await runCommand(join(BIN_DIR, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop'], user ?? {});
}

/**
 * Restarts a running cluster the way an operator (or a crash) would: `immediate` is a crash restart (no checkpoint,
 * WAL replayed at start), `fast` a clean one; the cluster comes back with the options it was started with.
 */
export async function restartPostgres(dataDir: string, mode: 'immediate' | 'fast', logFile: string): Promise<void> {
  const user = process.getuid?.() === 0 ? serverUser() : null;
  const restarted = await runCommand(
    join(BIN_DIR, 'pg_ctl'),
    // The log file keeps the new postmaster off our pipes (it would hold them open).
    ['-D', dataDir, '-l', logFile, '-m', mode, '-w', '-t', '60', 'restart'],
    { ...(user ?? {}), detached: true },
  );
  if (restarted.code !== 0) {
    throw new ProvisioningError(
      TOOL,
      `read the server log of ${dataDir}`,
      `pg_ctl restart -m ${mode}`,
      restarted.output,
    );
  }
}
