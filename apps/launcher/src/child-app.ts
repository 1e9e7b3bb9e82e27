import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export type ChildApp = {
  readonly name: string;
  readonly process: ChildProcess;
  /** Resolves with the exit code (or signal) whenever the process ends. */
  readonly exited: Promise<number | NodeJS.Signals>;
  stop(): Promise<void>;
};

/**
 * The command a package script runs (`node dist/…/main.js`): the launcher starts the apps exactly as
 * `npm run start:api` / `start:worker` and the Docker images do.
 */
export function packageScriptCommand(root: string, script: string): [string, string[]] {
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
    .scripts;
  const [command, ...args] = (scripts[script] ?? '').split(' ');
  if (command !== 'node' || args.length === 0) throw new Error(`package.json script "${script}" must be "node <file>"`);
  return [process.execPath, args.map((arg) => join(root, arg))];
}

/** Starts an app in its own process group (Ctrl+C reaches the launcher, which stops things in order). */
export function startChildApp(name: string, root: string, script: string, env: NodeJS.ProcessEnv): ChildApp {
  const [command, args] = packageScriptCommand(root, script);
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream }).on('line', (line) => console.log(`[${name}] ${line}`));
  }
  const exited = new Promise<number | NodeJS.Signals>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 1)),
  );
  return {
    name,
    process: child,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
