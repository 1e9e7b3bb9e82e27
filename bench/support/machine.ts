import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { TOOL_VERSIONS } from '@htx/dev-infra';
import { Client } from 'pg';

export type Machine = {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly loadAverageAtStart: readonly number[];
  readonly os: string;
  readonly node: string;
  readonly postgres: string;
  readonly temporalCli: string;
  readonly temporalSdk: string;
  readonly fsync: {
    readonly fdatasyncOpsPerSecond: number;
    readonly fdatasyncMicroseconds: number;
    readonly tool: string;
  };
};

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
}

/** pg_test_fsync (Debian's postgresql package) on the bench's own folder: the disk the cluster commits to. */
function fsyncSpeed(folder: string): Machine['fsync'] {
  const scratch = mkdtempSync(join(folder, 'fsync-'));
  try {
    const output = execFileSync(
      `/usr/lib/postgresql/${TOOL_VERSIONS.postgresMajor}/bin/pg_test_fsync`,
      ['-s', '1', '-f', join(scratch, 'probe')],
      { encoding: 'utf8' },
    );
    const line = output.split('\n').find((candidate) => /^\s+fdatasync\s/.test(candidate)) ?? '';
    const [, ops, usecs] = /([\d.]+) ops\/sec\s+(\d+) usecs\/op/.exec(line) ?? [];
    return { fdatasyncOpsPerSecond: Number(ops), fdatasyncMicroseconds: Number(usecs), tool: 'pg_test_fsync -s 1' };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export async function describeMachine(folder: string, databaseUrl: string): Promise<Machine> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
  await client.end();
  let os = 'unknown';
  try {
    os = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os;
  } catch {
    // not Linux: the name stays unknown
  }
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    loadAverageAtStart: loadavg().map((value) => Math.round(value * 100) / 100),
    os,
    node: process.version,
    postgres: rows[0].server_version,
    temporalCli: `${TOOL_VERSIONS.temporalCli.version} (server 1.29.1)`,
    temporalSdk: packageVersion('@temporalio/worker'),
    fsync: fsyncSpeed(folder),
  };
}
