import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Where the officers' web app lives: no api route starts with it (the api's routes are all in the OpenAPI document). */
export const WEB_APP_MOUNT = '/app';

const NOT_BUILT =
  'Ứng dụng web chưa được build: chạy `npm run build` (npm start làm việc này). / ' +
  'The web app is not built: run `npm run build` (npm start does).';

/**
 * Serves the built single-page app under /app/ (its files; any other page of it gets index.html, so a reload or a
 * shared link works) and sends the bare root there. Hashed assets are cached for good, index.html never.
 */
export function serveWebApp(app: NestExpressApplication, folder: string): void {
  const root = resolve(folder);
  const index = join(root, 'index.html');
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.path === '/' && (request.method === 'GET' || request.method === 'HEAD')) {
      return response.redirect(302, `${WEB_APP_MOUNT}/`);
    }
    next();
  });
  if (!existsSync(index)) {
    app.use(WEB_APP_MOUNT, (_request: Request, response: Response) => {
      response.status(404).type('text/plain; charset=utf-8').send(NOT_BUILT);
    });
    return;
  }
  app.useStaticAssets(root, {
    prefix: WEB_APP_MOUNT,
    index: false,
    setHeaders: (response: Response, path: string) => {
      response.setHeader(
        'cache-control',
        path.startsWith(join(root, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.use(WEB_APP_MOUNT, (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (request.path.startsWith('/assets/')) return next();
    response.setHeader('cache-control', 'no-cache');
    // The folder may sit under a dot-folder (the tests build it into .data/): that is not a dotfile of the app's.
    response.sendFile(index, { dotfiles: 'allow' });
  });
}
