import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeterminismViolationError } from '@temporalio/workflow';
import { Worker, type WorkflowBundle } from '@temporalio/worker';
import { bundleScratchWorkflow } from '../support/scratch-workflows';
import { bundleWorkflows } from '../support/temporal';

const folder = join(__dirname, 'histories');
const fixtures = readdirSync(folder).filter((file) => file.endsWith('.json'));
const history = (file: string): unknown => JSON.parse(readFileSync(join(folder, file), 'utf8'));

describe('recorded histories (determinism guard)', () => {
  let workflowBundle: WorkflowBundle;

  beforeAll(async () => {
    workflowBundle = await bundleWorkflows();
  });

  it('has fixtures recorded from the real Temporal server', () => {
    expect(fixtures).toEqual(
      expect.arrayContaining([
        'cooperative-registered.json',
        'cooperative-registered-repeated-and-refused.json',
        'establishment-reviewed-and-approved.json',
        'dormancy-sweep-two-pages.json',
      ]),
    );
  });

  it.each(fixtures)('%s replays through the workflows as they are today', async (file) => {
    await expect(Worker.runReplayHistory({ workflowBundle, replayName: file }, history(file))).resolves.toBeUndefined();
  });

  it('catches a change that running workflows could not survive', async () => {
    // The same workflow type, now doing something else first: replaying an old history must refuse it.
    const incompatible = await bundleScratchWorkflow(
      `import { proxyActivities } from '@temporalio/workflow';
       const { appendLifecycleEvents } = proxyActivities({ startToCloseTimeout: '1 minute' });
       export async function cooperativeLifecycleWorkflow(): Promise<void> {
         await appendLifecycleEvents({});
       }`,
    );
    expect(incompatible.errors).toBe('');
    await expect(
      Worker.runReplayHistory({ workflowBundle: { code: incompatible.code! } }, history('cooperative-registered.json')),
    ).rejects.toBeInstanceOf(DeterminismViolationError);
  });
});
