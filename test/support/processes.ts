import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPaths } from '@htx/dev-infra';

export type ChildWorker = {
  readonly pid: number;
  /** Resident set size of the process, in MB (from /proc). */
  rssMb(): number;
  /** SIGTERM drains in-flight tasks; SIGKILL is a crash. Resolves once the process has exited, with its exit code. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<number | null>;
  /** What the process printed last (its log). */
  output(): string;
};

/** Starts a worker process and resolves once it prints `readyLine`. */
function startChild(
  command: string,
  args: string[],
  env: Record<string, string>,
  readyLine: string,
  label: string,
): Promise<ChildWorker> {
  const child: ChildProcess = spawn(command, args, {
    cwd: projectPaths().root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let ready = false;
  // HTX_CHILD_LOG_DIR=<folder>: each child's whole output also goes to <folder>/<label>-<pid>.log (the bench keeps
  // only the last 20 kB in memory, and prints none of it).
  const logDir = process.env.HTX_CHILD_LOG_DIR;
  const logFile = logDir ? join(logDir, `${label.replace(/\W+/g, '-')}-${child.pid}.log`) : undefined;
  const keep = (chunk: Buffer) => {
    if (logFile) appendFileSync(logFile, chunk);
    output = (output + chunk.toString()).slice(-20_000);
  };
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      keep(chunk);
      if (output.includes(readyLine) && !ready) {
        ready = true;
        resolve({
          pid: child.pid!,
          rssMb: () => {
            const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
            return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
          },
          stop: (signal = 'SIGTERM') => {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            return exited;
          },
          output: () => output,
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', keep);
    void exited.then(() => reject(new Error(`${label} exited before it was ready:\n${output}`)));
  });
}

/** BENCH_CPU_PROFILE=<folder>: V8 CPU profiles of the api and the worker (each thread), written as they stop. */
function cpuProfileFlags(): string[] {
  const folder = process.env.BENCH_CPU_PROFILE;
  return folder ? ['--cpu-prof', `--cpu-prof-dir=${folder}`] : [];
}

export type WorkerSettings = {
  readonly databaseUrl: string;
  readonly temporalAddress: string;
  readonly taskQueue: string;
  readonly authSecret: string;
  readonly maxCachedWorkflows?: number;
};

/** The application's worker exactly as production runs it: `npm run start:worker` (compiled, prebuilt bundle). */
export function startAppWorker(settings: WorkerSettings): Promise<ChildWorker> {
  const root = projectPaths().root;
  return startChild(
    process.execPath,
    [...cpuProfileFlags(), join(root, 'dist/apps/worker/apps/worker/src/main.js')],
    {
      DATABASE_URL: settings.databaseUrl,
      TEMPORAL_ADDRESS: settings.temporalAddress,
      TEMPORAL_TASK_QUEUE: settings.taskQueue,
      WORKFLOW_BUNDLE_PATH: join(root, 'dist/workflow-bundle.js'),
      AUTH_JWT_SECRET: settings.authSecret,
      DORMANCY_SWEEP_AT: 'off',
      LOG_LEVEL: 'log',
      ...(settings.maxCachedWorkflows === undefined
        ? {}
        : { WORKER_MAX_CACHED_WORKFLOWS: String(settings.maxCachedWorkflows) }),
    },
    'Worker ready',
    'the worker',
  );
}

/** A bare worker for the raw baselines: the bench's trivial workflows, the same worker options otherwise. */
export function startRawWorker(settings: {
  temporalAddress: string;
  taskQueue: string;
  bundlePath: string;
  maxCachedWorkflows?: number;
}): Promise<ChildWorker> {
  const root = projectPaths().root;
  return startChild(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      join(root, 'bench/support/raw-worker.ts'),
    ],
    {
      TEMPORAL_ADDRESS: settings.temporalAddress,
      TEMPORAL_TASK_QUEUE: settings.taskQueue,
      BENCH_BUNDLE_PATH: settings.bundlePath,
      ...(settings.maxCachedWorkflows === undefined
        ? {}
        : { WORKER_MAX_CACHED_WORKFLOWS: String(settings.maxCachedWorkflows) }),
    },
    'Raw worker ready',
    'the raw worker',
  );
}

/** The api exactly as production runs it (`npm run start:api`), on the given port. */
export function startApi(settings: WorkerSettings & { port: number; bodyLimit?: string }): Promise<ChildWorker> {
  const root = projectPaths().root;
  return startChild(
    process.execPath,
    [...cpuProfileFlags(), join(root, 'dist/apps/api/apps/api/src/main.js')],
    {
      DATABASE_URL: settings.databaseUrl,
      TEMPORAL_ADDRESS: settings.temporalAddress,
      TEMPORAL_TASK_QUEUE: settings.taskQueue,
      AUTH_JWT_SECRET: settings.authSecret,
      API_HOST: '127.0.0.1',
      API_PORT: String(settings.port),
      ...(settings.bodyLimit ? { API_BODY_LIMIT: settings.bodyLimit } : {}),
      LOG_LEVEL: 'log',
    },
    'API listening on',
    'the api',
  );
}
