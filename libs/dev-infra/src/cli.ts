// `npm run tools [service|tests]`: provision the project's tools up front (the test command does this first).
import { provisionTools, type ToolSet } from './provision-tools';
import { ProvisioningError } from './provisioning-error';

const set = (process.argv[2] ?? 'tests') as ToolSet;
if (set !== 'service' && set !== 'tests') {
  console.error('Usage: npm run tools -- [service|tests]');
  process.exit(2);
}

provisionTools(set, (line) => console.log(line)).catch((error: unknown) => {
  console.error(error instanceof ProvisioningError ? error.message : error);
  process.exit(1);
});
