import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandExists, runCommand, runStep } from './commands';
import { withFileLock } from './file-lock';
import { ensureDir, projectPaths } from './paths';
import { ProvisioningError } from './provisioning-error';
import { TOOL_VERSIONS } from './tool-versions';

type GoTool = {
  readonly name: string;
  readonly module: string;
  readonly version: string;
  readonly minimumGo: readonly number[];
};

async function goVersion(): Promise<number[] | null> {
  if (!commandExists('go')) return null;
  const { code, output } = await runCommand('go', ['env', 'GOVERSION']);
  const match = /go(\d+)\.(\d+)/.exec(output);
  return code === 0 && match ? [Number(match[1]), Number(match[2])] : null;
}

/**
 * Builds a Go command from its module with `go install` into `.tools/bin`, once per pinned version. A stamp file
 * records the version built, so changing the pin rebuilds and an unchanged pin costs one file read.
 */
async function ensureGoTool(tool: GoTool, binaryName: string): Promise<string> {
  const paths = projectPaths();
  const binary = join(paths.toolsBin, binaryName);
  const stamp = `${binary}.version`;
  const wanted = `${tool.module}@${tool.version}`;
  const isCurrent = () => existsSync(binary) && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted;
  if (isCurrent()) return binary;

  ensureDir(paths.toolsBin);
  return withFileLock(join(paths.tools, `${binaryName}.lock`), async () => {
    if (isCurrent()) return binary;
    const version = await goVersion();
    const [major, minor] = tool.minimumGo;
    const remedy =
      `install Go ${major}.${minor} or newer (https://go.dev/dl) and put \`go\` on PATH; ` +
      `or, with Go 1.21+, allow it to fetch a newer toolchain (GOTOOLCHAIN=auto)`;
    if (!version) throw new ProvisioningError(tool.name, remedy);
    const tmpBin = ensureDir(join(paths.tools, 'go-build', binaryName));
    await runStep(
      tool.name,
      `check the network to the Go module proxy, then run again; or ${remedy}`,
      'go',
      ['install', '-trimpath', '-ldflags=-s -w', wanted],
      {
        env: { ...process.env, GOBIN: tmpBin, CGO_ENABLED: '0', GOTOOLCHAIN: process.env.GOTOOLCHAIN ?? 'auto' },
      },
    );
    const built = join(tmpBin, tool.module.split('/').pop() ?? binaryName);
    await runStep(tool.name, 'remove .tools/ and run again', 'mv', ['-f', built, binary]);
    writeFileSync(stamp, wanted);
    return binary;
  });
}

/** The Temporal CLI, whose `server start-dev` is the real Temporal server (SQLite-backed). */
export function ensureTemporalCli(): Promise<string> {
  return ensureGoTool({ name: 'the Temporal CLI', ...TOOL_VERSIONS.temporalCli }, 'temporal');
}

/**
 * Docker Compose v2 as a CLI plugin in `.tools/docker/cli-plugins`, for `docker compose config` (no engine needed).
 * Returns the DOCKER_CONFIG folder to run `docker` with.
 */
export async function ensureDockerCompose(): Promise<string> {
  const paths = projectPaths();
  const pluginDir = ensureDir(join(paths.tools, 'docker', 'cli-plugins'));
  const binary = await ensureGoTool({ name: 'Docker Compose', ...TOOL_VERSIONS.dockerCompose }, 'docker-compose');
  const plugin = join(pluginDir, 'docker-compose');
  if (!existsSync(plugin))
    await runStep('Docker Compose', 'remove .tools/ and run again', 'ln', ['-sf', binary, plugin]);
  return join(paths.tools, 'docker');
}
