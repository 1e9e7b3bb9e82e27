import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Connection } from '@temporalio/client';
import { ensureTemporalCli } from './go-tools';
import { ensureDir } from './paths';
import { ProvisioningError, tail } from './provisioning-error';

export type TemporalDevServerOptions = {
  /** SQLite file that keeps workflows across restarts; omit for an in-memory server. */
  readonly dbFile?: string;
  readonly port: number;
  /** Serve the Temporal UI on this port; omit for --headless. */
  readonly uiPort?: number;
  readonly logFile: string;
};

export type RunningTemporal = {
  readonly address: string;
  readonly uiUrl: string | undefined;
  readonly pid: number;
  /** SIGTERM (graceful) or SIGKILL; resolves once the process has exited. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
};

export function isPortOpen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** One real RPC against the frontend. The connection is always closed, so a failed probe leaks no gRPC channel. */
export async function temporalAnswers(address: string): Promise<boolean> {
  const connection = Connection.lazy({ address });
  try {
    await connection.withDeadline(Date.now() + 1_000, () => connection.workflowService.getSystemInfo({}));
    return true;
  } catch {
    return false;
  } finally {
    await connection.close().catch(() => undefined);
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * The real Temporal server (`temporal server start-dev`), on 127.0.0.1 only, persisting to a SQLite file when one is
 * given. Waits until the frontend answers a real RPC.
 */
export async function startTemporalDevServer(options: TemporalDevServerOptions): Promise<RunningTemporal> {
  const temporal = await ensureTemporalCli();
  const address = `127.0.0.1:${options.port}`;
  if (await isPortOpen(options.port)) {
    throw new ProvisioningError(
      'the Temporal dev server',
      `port ${options.port} is already in use: stop what holds it, or point TEMPORAL_ADDRESS at a running Temporal server`,
    );
  }
  if (options.dbFile) ensureDir(dirname(options.dbFile));
  ensureDir(dirname(options.logFile));
  const log = openSync(options.logFile, 'a');
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(options.port),
    '--log-level',
    'warn',
    ...(options.uiPort === undefined ? ['--headless'] : ['--ui-port', String(options.uiPort)]),
    ...(options.dbFile ? ['--db-filename', options.dbFile] : []),
  ];
  // Its own process group: a terminal's Ctrl+C reaches our launcher, which stops the server after the apps.
  const child = spawn(temporal, args, { stdio: ['ignore', log, log], detached: true });
  closeSync(log);

  const started = Date.now();
  // Port first: a gRPC probe against a closed port leaves a reconnect timer that holds the process for seconds.
  while (!(await isPortOpen(options.port)) || !(await temporalAnswers(address))) {
    if (child.exitCode !== null || Date.now() - started > 60_000) {
      child.kill('SIGKILL');
      const output = existsSync(options.logFile) ? tail(readFileSync(options.logFile, 'utf8'), 30) : '';
      throw new ProvisioningError(
        'the Temporal dev server',
        `read ${options.logFile}`,
        `${temporal} ${args.join(' ')}`,
        output,
      );
    }
    await sleep(100);
  }

  return {
    address,
    uiUrl: options.uiPort === undefined ? undefined : `http://127.0.0.1:${options.uiPort}`,
    pid: child.pid ?? -1,
    stop: async (signal = 'SIGTERM') => {
      const done = exited(child);
      child.kill(signal);
      const fallback = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await done;
      clearTimeout(fallback);
    },
  };
}
