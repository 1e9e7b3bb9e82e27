import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { ProvisioningError } from './provisioning-error';

export type CommandResult = { readonly code: number; readonly output: string };

/** Runs a command to completion, capturing stdout and stderr together. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: SpawnOptions = {},
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Runs a provisioning step; a failure names the tool, the remedy and the command. */
export async function runStep(
  tool: string,
  remedy: string,
  command: string,
  args: readonly string[],
  options: SpawnOptions = {},
): Promise<string> {
  let result: CommandResult;
  try {
    result = await runCommand(command, args, options);
  } catch (error) {
    throw new ProvisioningError(tool, remedy, [command, ...args].join(' '), String(error));
  }
  if (result.code !== 0) throw new ProvisioningError(tool, remedy, [command, ...args].join(' '), result.output);
  return result.output;
}

export function commandExists(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}
