import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPaths } from '@htx/dev-infra';
import { bundleWorkflowCode } from '@temporalio/worker';
import { workflowBundleOptions } from '../../apps/worker/src/workflow-source';

export type ScratchBundle = { readonly code: string | null; readonly errors: string };

/**
 * Bundles a throw-away workflow file with the worker's own bundler settings. The file lives inside the checkout
 * (in .data/), so packages resolve exactly as they do for workflows/; `errors` holds what the bundler reported.
 */
export async function bundleScratchWorkflow(source: string): Promise<ScratchBundle> {
  const parent = join(projectPaths().data, 'test', 'scratch-workflows');
  mkdirSync(parent, { recursive: true });
  const workflowsPath = join(mkdtempSync(join(parent, 'wf-')), 'index.ts');
  writeFileSync(workflowsPath, source);
  let errors = '';
  const record = (message: string, meta?: unknown) => {
    errors += `${message} ${meta ? JSON.stringify(meta) : ''}\n`;
  };
  const noop = () => undefined;
  try {
    const { code } = await bundleWorkflowCode({
      ...workflowBundleOptions(),
      workflowsPath,
      logger: { log: noop, trace: noop, debug: noop, info: noop, warn: record, error: record },
    });
    return { code, errors };
  } catch (error) {
    return { code: null, errors: `${errors}${String(error)}` };
  }
}
