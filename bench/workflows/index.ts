// The raw baselines' workflows: the least a workflow can be, so the bench sees what the platform costs by itself.
import { sleep } from '@temporalio/workflow';

/** B1, B8: starts and completes in its first workflow task. */
export function trivialWorkflow(): Promise<string> {
  return Promise.resolve('done');
}

/** B7: sleeps until a shared instant, then completes (all of them fall due together). */
export async function sleeperWorkflow(wakeAtMs: number): Promise<void> {
  await sleep(Math.max(wakeAtMs - Date.now(), 1));
}

/** B6: a synthetic entity history — one timer per iteration, five events each (timer started and fired, a task). */
export async function syntheticEntityWorkflow(iterations: number): Promise<number> {
  let woken = 0;
  for (let index = 0; index < iterations; index++) {
    await sleep(1);
    woken++;
  }
  return woken;
}
