import { randomUUID } from 'node:crypto';
import { startOfVietnamDay, vietnamDateOf, type IsoDate } from '@htx/domain';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowHandle } from '@temporalio/client';
import type { WorkflowBundle } from '@temporalio/worker';
import { until } from './eventually';
import { buildWorkflowBundle } from '../../apps/worker/src/workflow-source';
import { testEnv } from './test-env';

/**
 * Temporal's Java time-skipping server, the binary provisioned by libs/dev-infra (never a download). Tests that skip
 * time after others stopped runs mid-task want one of their own: the server can keep a time-skipping lock for a run
 * terminated while its workflow task was in flight, and then never skips again.
 *
 * The SDK waits a fixed 5 s for the JVM to answer and kills it if it does not; a machine stalled for longer than that
 * (it happened once in CI) gets two more tries rather than a failed test.
 */
export async function createTimeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await TestWorkflowEnvironment.createTimeSkipping({
        server: { executable: { type: 'existing-path', path: testEnv('temporalTestServer') } },
      });
    } catch (error) {
      if (attempt === 3 || !/did not start within/.test(String(error))) throw error;
      console.warn(`The time-skipping server did not answer within 5 s (attempt ${attempt} of 3); starting it again.`);
    }
  }
}

/** A task queue of its own for every test, so tests never pick up each other's work. */
export function uniqueTaskQueue(label = 'test'): string {
  return `${label.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}-${randomUUID()}`;
}

/** The workflows bundled once per test file, exactly as the worker bundles them. */
export async function bundleWorkflows(): Promise<WorkflowBundle> {
  return { code: await buildWorkflowBundle() };
}

/** Resolves once the workflow has the signal in its history and has completed a workflow task after it. */
export function signalHandled(handle: WorkflowHandle, signalName: string): Promise<unknown> {
  return until(
    () => handle.fetchHistory(),
    ({ events }) => {
      const all = events ?? [];
      const signalled = all.findIndex(
        (event) => event.workflowExecutionSignaledEventAttributes?.signalName === signalName,
      );
      return signalled >= 0 && all.slice(signalled).some((event) => event.workflowTaskCompletedEventAttributes);
    },
    `${handle.workflowId} to handle the ${signalName} signal`,
  );
}

/** The time-skipping server's clock, as a Vietnamese date. */
export async function serverToday(env: TestWorkflowEnvironment): Promise<IsoDate> {
  return vietnamDateOf(new Date(await env.currentTimeMs()));
}

/** Skips the time-skipping server's clock to an instant (time only moves forward). */
export async function skipTo(env: TestWorkflowEnvironment, instant: string): Promise<void> {
  const wait = Date.parse(instant) - (await env.currentTimeMs());
  if (wait > 0) await env.sleep(wait);
}

const HOUR_MS = 3_600_000;
/** An hour before a Vietnamese day starts, and an hour into it: either side of a deadline's midnight. */
export const beforeDay = (date: IsoDate) => new Date(Date.parse(startOfVietnamDay(date)) - HOUR_MS).toISOString();
export const intoDay = (date: IsoDate) => new Date(Date.parse(startOfVietnamDay(date)) + HOUR_MS).toISOString();
