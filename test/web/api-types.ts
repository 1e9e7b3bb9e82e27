// The web app's API types, generated from the OpenAPI document the api serves at /docs-json:
//   npm run web:types     rewrites apps/web/src/api/schema.d.ts
// test/web/api-types.spec.ts fails when the committed file no longer matches the document.
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { loadConfig } from '@htx/config';
import { NestFactory } from '@nestjs/core';
import { ApiModule } from '../../apps/api/src/api.module';
import { buildOpenApiDocument } from '../../apps/api/src/openapi';

const ROOT = resolve(__dirname, '..', '..');
export const API_TYPES_FILE = join(ROOT, 'apps', 'web', 'src', 'api', 'schema.d.ts');

/** The document as the api builds it, from its modules' metadata only (Nest's preview: nothing connects). */
export async function openApiDocument(): Promise<object> {
  const config = loadConfig({ AUTH_JWT_SECRET: 'x'.repeat(32) }, 'htx-openapi');
  const app = await NestFactory.create(ApiModule.forRoot(config), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  try {
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}

/** openapi-typescript's output for today's document, as the CLI writes it. */
export async function generateApiTypes(): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'htx-openapi-'));
  try {
    const documentFile = join(folder, 'openapi.json');
    const typesFile = join(folder, 'schema.d.ts');
    writeFileSync(documentFile, JSON.stringify(await openApiDocument(), null, 2));
    const cli = join(ROOT, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
    await promisify(execFile)(process.execPath, [cli, documentFile, '--output', typesFile], { cwd: ROOT });
    return readFileSync(typesFile, 'utf8');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (require.main === module) {
  generateApiTypes().then(
    (types) => {
      writeFileSync(API_TYPES_FILE, types);
      console.log(`Wrote ${API_TYPES_FILE}`);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
