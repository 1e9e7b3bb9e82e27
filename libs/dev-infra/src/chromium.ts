import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { commandExists, runStep } from './commands';
import { withFileLock } from './file-lock';
import { ensureDir, projectPaths } from './paths';
import { ProvisioningError } from './provisioning-error';

const TOOL = 'Chromium';
/** Debian's `chromium` package puts its launcher here; playwright-core drives it (no browser download). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Debian's Chromium, installed with apt when missing, for the browser tier of the tests. */
export async function ensureChromium(): Promise<string> {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  const remedy = "install Debian's browser: sudo apt-get install chromium";
  if (process.getuid?.() !== 0 || !commandExists('apt-get')) throw new ProvisioningError(TOOL, remedy);
  return withFileLock(join(ensureDir(projectPaths().tools), 'chromium-apt.lock'), async () => {
    if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    // Another apt (PostgreSQL's install, a person's) may hold dpkg's lock for a while: wait for it.
    const wait = ['-o', 'DPkg::Lock::Timeout=300'];
    await runStep(TOOL, remedy, 'apt-get', [...wait, 'update', '-qq'], { env });
    await runStep(TOOL, remedy, 'apt-get', [...wait, 'install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      env,
    });
    return CHROMIUM_PATH;
  });
}
