import { bundleScratchWorkflow } from '../../../test/support/scratch-workflows';
import { buildWorkflowBundle } from './workflow-source';

const workflow = (imports: string) =>
  `${imports}\nexport async function scratchWorkflow(): Promise<void> { await Promise.resolve(); }\n`;

describe('the workflow bundle', () => {
  it('builds from workflows/, so an import the sandbox cannot take fails here and not in production', async () => {
    const code = await buildWorkflowBundle();
    expect(code).toContain('cooperativeLifecycleWorkflow');
  });

  it('accepts a workflow that imports only the SDK, @htx/domain and @htx/contracts', async () => {
    const bundle = await bundleScratchWorkflow(
      workflow(
        `import { sleep } from '@temporalio/workflow';\nimport { regimeInForceOn } from '@htx/domain';\n` +
          `import { DEFAULT_TASK_QUEUE } from '@htx/contracts';\nexport const used = [sleep, regimeInForceOn, DEFAULT_TASK_QUEUE];`,
      ),
    );
    expect(bundle.errors).toBe('');
    expect(bundle.code).toContain('scratchWorkflow');
  });

  it.each([
    ['a Node built-in', `import { readFileSync } from 'node:fs';\nexport const used = readFileSync;`, /node:fs/],
    [
      'persistence code',
      `import { EventLog } from '@htx/persistence';\nexport const used = EventLog;`,
      /@htx\/persistence/,
    ],
  ])('refuses a workflow that imports %s, naming it', async (_what, imports, named) => {
    const bundle = await bundleScratchWorkflow(workflow(imports));
    expect(bundle.code).toBeNull();
    expect(bundle.errors).toMatch(named);
  });
});
