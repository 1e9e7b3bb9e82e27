import { emptyReferenceData } from './reference-data';
import {
  COOPERATIVE_LIFECYCLE_WORKFLOW_TYPE,
  type AppendLifecycleEventsInput,
  type AppendLifecycleEventsResult,
  type CooperativeLifecycleInput,
  type EventLogActivityContract,
  type ReferenceDataActivityContract,
} from '@htx/contracts';
import type { LifecycleEvent, TaskSpec } from '@htx/domain';
import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundle } from '@temporalio/worker';
import { uniqueTaskQueue } from './temporal';

/** An event log that records what it was asked to append; `fail` decides per call whether to throw. */
export function fakeEventLog(fail: (call: number) => Error | null = () => null) {
  const appended: AppendLifecycleEventsInput[] = [];
  const events = (): LifecycleEvent[] => appended.flatMap((append) => append.events);
  let calls = 0;
  const activities: EventLogActivityContract & ReferenceDataActivityContract = {
    ...emptyReferenceData,
    appendLifecycleEvents(input): Promise<AppendLifecycleEventsResult> {
      calls += 1;
      const failure = fail(calls);
      if (failure) return Promise.reject(failure);
      appended.push(input);
      const version = appended.reduce((total, append) => total + append.events.length, 0);
      return Promise.resolve({ streamVersion: version, headHash: `hash-${version}` });
    },
  };
  const opened = (kind: TaskSpec['kind']) =>
    events().flatMap((event) =>
      event.type === 'TaskOpened' && event.data.spec.kind === kind ? [event.data.spec] : [],
    );
  return { appended, activities, events, opened, calls: () => calls };
}

export async function withLifecycleWorker(
  env: TestWorkflowEnvironment,
  workflowBundle: WorkflowBundle,
  activities: EventLogActivityContract & ReferenceDataActivityContract,
  scenario: (start: (input?: CooperativeLifecycleInput) => Promise<WorkflowHandle>, taskQueue: string) => Promise<void>,
): Promise<void> {
  const taskQueue = uniqueTaskQueue('lifecycle');
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle, activities });
  const started: WorkflowHandle[] = [];
  const start = async (input: CooperativeLifecycleInput = {}) => {
    const handle = await env.client.workflow.start(COOPERATIVE_LIFECYCLE_WORKFLOW_TYPE, {
      taskQueue,
      workflowId: `cooperative-lifecycle/${uniqueTaskQueue('wf')}`,
      args: [input],
    });
    started.push(handle);
    return handle;
  };
  await worker.runUntil(async () => {
    try {
      await scenario(start, taskQueue);
    } finally {
      for (const handle of started) await handle.terminate('test over').catch(() => undefined);
    }
  });
}
