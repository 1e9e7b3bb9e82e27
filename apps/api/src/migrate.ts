import 'reflect-metadata';
import { loadConfig } from '@htx/config';
import { runMigrations } from '@htx/persistence';

/** `npm run migrate`: applies pending migrations to DATABASE_URL (the deployment's one-shot step before the api). */
async function main(): Promise<void> {
  const config = loadConfig(process.env, 'htx-migrate');
  const applied = await runMigrations({ url: config.database.url, applicationName: config.applicationName });
  console.log(applied.length ? `Migrations applied: ${applied.join(', ')}` : 'Database schema is up to date');
}

main().catch((error: unknown) => {
  console.error('Migrations failed; nothing after the failing migration was applied:', error);
  process.exit(1);
});
