import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundleWorkflowCode, type BundleOptions, type WorkerOptions } from '@temporalio/worker';

type WebpackConfigHook = NonNullable<BundleOptions['webpackConfigHook']>;

/** The repository root: the folder holding `workflows/src/index.ts`, found upwards from this file. */
function repositoryRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'workflows', 'src', 'index.ts'))) return dir;
  }
  throw new Error(
    'Cannot find workflows/src/index.ts above ' +
      __dirname +
      '. Set WORKFLOW_BUNDLE_PATH to a prebuilt bundle ' +
      '(npm run build writes dist/workflow-bundle.js).',
  );
}

/**
 * Workflows may import only `@htx/domain` and `@htx/contracts` (plus @temporalio/workflow): these are the only
 * aliases the bundler gets, so any other project import fails the bundle, and the bundle test fails CI.
 */
const addWorkflowAliases =
  (root: string): WebpackConfigHook =>
  (config) => ({
    ...config,
    resolve: {
      ...config.resolve,
      alias: {
        ...(config.resolve?.alias as Record<string, string> | undefined),
        '@htx/domain': join(root, 'libs', 'domain', 'src'),
        '@htx/contracts': join(root, 'libs', 'contracts', 'src'),
      },
    },
  });

/**
 * The domain and the contracts are evaluated once per worker thread and shared by every workflow in it, instead of
 * once per workflow the worker creates (the SDK's `preloadModules`). They are pure: constant tables, classes and
 * functions; the SDK freezes what they export, so a module that kept state would fail loudly rather than leak it.
 */
const SHARED_MODULES = ['@htx/domain', '@htx/contracts'];

export function workflowBundleOptions(): BundleOptions {
  const root = repositoryRoot();
  return {
    workflowsPath: join(root, 'workflows', 'src', 'index.ts'),
    webpackConfigHook: addWorkflowAliases(root),
    preloadModules: SHARED_MODULES,
  };
}

/** Production runs a prebuilt bundle; development and tests bundle the sources at start. */
export function workflowSource(
  bundlePath: string | undefined,
): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath' | 'bundlerOptions'> {
  if (bundlePath) return { workflowBundle: { codePath: bundlePath } };
  const { workflowsPath, webpackConfigHook, preloadModules } = workflowBundleOptions();
  return { workflowsPath, bundlerOptions: { webpackConfigHook, preloadModules } };
}

export async function buildWorkflowBundle(): Promise<string> {
  const { code } = await bundleWorkflowCode({ ...workflowBundleOptions(), logger: quietLogger });
  return code;
}

const noop = () => undefined;
const quietLogger = { log: noop, trace: noop, debug: noop, info: noop, warn: noop, error: noop };
