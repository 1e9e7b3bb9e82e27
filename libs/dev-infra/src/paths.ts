import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The checkout's root: the nearest folder above this file whose package.json is htx-lifecycle's. */
export function projectRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'htx-lifecycle'
    ) {
      return dir;
    }
  }
  throw new Error(`Cannot find the htx-lifecycle checkout above ${__dirname}`);
}

/** Project-local, git-ignored folders: tools we build or resolve, and data our servers keep. */
export const projectPaths = (root = projectRoot()) => ({
  root,
  tools: join(root, '.tools'),
  toolsBin: join(root, '.tools', 'bin'),
  data: join(root, '.data'),
  logs: join(root, '.data', 'logs'),
});

export function ensureDir(path: string): string {
  mkdirSync(path, { recursive: true });
  return path;
}
