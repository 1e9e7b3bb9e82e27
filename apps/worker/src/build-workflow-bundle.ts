// Writes the prebuilt workflow bundle the production worker loads (WORKFLOW_BUNDLE_PATH). Usage: node … <output>
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildWorkflowBundle } from './workflow-source';

async function main(): Promise<void> {
  const output = resolve(process.argv[2] ?? 'dist/workflow-bundle.js');
  const started = Date.now();
  const code = await buildWorkflowBundle();
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, code);
  console.log(`Workflow bundle: ${output} (${(code.length / 1024).toFixed(0)} KiB, ${Date.now() - started} ms)`);
}

main().catch((error: unknown) => {
  console.error('Could not bundle workflows/ — a workflow imports something it must not:', error);
  process.exit(1);
});
