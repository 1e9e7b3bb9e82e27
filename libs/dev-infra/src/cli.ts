// Developer commands around the project's own infrastructure:
//   npm run tools [-- service|tests]   provision the tools (the test command does this first)
//   npm run db -- start|stop           the embedded PostgreSQL in .data/postgres (for migration:generate and friends)
import { join } from 'node:path';
import { projectPaths } from './paths';
import { defaultPostgresOptions, startPostgres, stopPostgres } from './postgres';
import { provisionTools, type ToolSet } from './provision-tools';
import { ProvisioningError } from './provisioning-error';

async function main(command: string | undefined, argument: string | undefined): Promise<void> {
  if (command === 'tools') {
    const set = (argument ?? 'tests') as ToolSet;
    if (set !== 'service' && set !== 'tests') throw new Error('Usage: npm run tools -- [service|tests]');
    await provisionTools(set, (line) => console.log(line));
    return;
  }
  if (command === 'db' && argument === 'start') {
    const postgres = await startPostgres(defaultPostgresOptions());
    console.log(`PostgreSQL ${postgres.startedHere ? 'started' : 'already running'}: ${postgres.url}`);
    return;
  }
  if (command === 'db' && argument === 'stop') {
    await stopPostgres(defaultPostgresOptions().dataDir);
    console.log(`PostgreSQL in ${join(projectPaths().data, 'postgres')} stopped`);
    return;
  }
  throw new Error('Usage: npm run tools -- [service|tests] | npm run db -- start|stop');
}

main(process.argv[2], process.argv[3]).catch((error: unknown) => {
  console.error(error instanceof ProvisioningError || error instanceof Error ? error.message : error);
  process.exit(1);
});
