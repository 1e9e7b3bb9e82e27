import 'reflect-metadata';
import { loadConfig } from '@htx/config';
import { Logger } from '@nestjs/common';
import { createApiApp } from './create-api-app';

async function main(): Promise<void> {
  const config = loadConfig(process.env, 'htx-api');
  const app = await createApiApp(config);
  await app.listen(config.api.port, config.api.host);
  new Logger('ApiMain').log(`API listening on ${await app.getUrl()} (docs at /docs)`);
}

main().catch((error: unknown) => {
  console.error('API could not start:', error);
  process.exit(1);
});
