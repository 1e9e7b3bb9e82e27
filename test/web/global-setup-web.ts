// Global setup runs outside Jest's module registry, so the @htx/* aliases come from tsconfig-paths here.
import 'tsconfig-paths/register';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ensureChromium, ensureDir, projectPaths } from '@htx/dev-infra';
import globalSetupE2e from '../support/global-setup-e2e';
import { WEB_TEST_ENV } from './browser';

/** Builds the web app as `npm run build` does, into the tests' own folder. */
async function buildWebApp(outDir: string): Promise<void> {
  const root = projectPaths().root;
  await promisify(execFile)(
    process.execPath,
    [
      join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'apps/web/vite.config.mjs',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: root },
  );
}

/** The e2e servers, Debian's Chromium (installed first: apt takes one install at a time) and the built app. */
export default async function globalSetup(): Promise<void> {
  process.env[WEB_TEST_ENV.chromium] = await ensureChromium();
  const webApp = join(ensureDir(join(projectPaths().data, 'test')), 'web-app');
  await Promise.all([globalSetupE2e(), buildWebApp(webApp)]);
  process.env[WEB_TEST_ENV.webApp] = webApp;
}
