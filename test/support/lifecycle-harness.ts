import { emptyReferenceData } from './reference-data';
import {
  COOPERATIVE_LIFECYCLE_WORKFLOW_TYPE,
  type AppendLifecycleEventsInput,
  type AppendLifecycleEventsResult,
  type CooperativeLifecycleInput,
  type EventLogActivityContract,
  type ReferenceDataActivityContract,
  type ReportingActivityContract,
} from '@htx/contracts';
import {
  DEFAULT_REMINDER_POLICY,
  isReportingEvent,
  type CooperativeEvent,
  type LifecycleEvent,
  type NoticeAttemptEvent,
  type NoticeDeliveryAttempted,
  type TaskSpec,
} from '@htx/domain';
import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundle } from '@temporalio/worker';
import { uniqueTaskQueue } from './temporal';

/**
 * The reminder policy, and notices "delivered" at once, each listed once in `delivered`; a conversion's notice is
 * recorded on its enrolment's stream, as the outbox does.
 */
export function fakeReporting(delivered: string[] = []): ReportingActivityContract {
  return {
    loadReminderPolicy: () => Promise.resolve(DEFAULT_REMINDER_POLICY),
    deliverNotice({ noticeId, streamId }) {
      const data: NoticeDeliveryAttempted['data'] = {
        noticeId,
        attempt: 1,
        outcome: 'delivered',
        recipient: 'htx@example.vn',
        response: '250 OK',
        messageId: `<${noticeId}>`,
        final: true,
        at: new Date().toISOString(),
      };
      const attempt: NoticeAttemptEvent = noticeId.startsWith('conversion-')
        ? { type: 'ConversionNoticeAttempted', data: { enrolmentId: streamId, ...data }, legalBasis: null }
        : { type: 'NoticeDeliveryAttempted', data, legalBasis: null };
      if (!delivered.includes(noticeId)) delivered.push(noticeId);
      return Promise.resolve({ recorded: [attempt], outcome: 'delivered', final: true });
    },
  };
}

export type LifecycleActivities = EventLogActivityContract & ReferenceDataActivityContract & ReportingActivityContract;

/**
 * An event log that records what it was asked to append; `fail` decides per call whether to throw. Notices are
 * "delivered" at once and listed in `delivered` (the real outbox and SMTP are the integration tier's).
 */
export function fakeEventLog(fail: (call: number) => Error | null = () => null) {
  const appended: AppendLifecycleEventsInput[] = [];
  const delivered: string[] = [];
  const events = (): LifecycleEvent[] => appended.flatMap((append) => append.events);
  let calls = 0;
  const activities: LifecycleActivities = {
    ...emptyReferenceData,
    ...fakeReporting(delivered),
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
  /** The appends that recorded an event of this type. */
  const appendsOf = (type: string) => appended.filter((append) => append.events.some((event) => event.type === type));
  /** Every event but the yearly reports' (which time alone brings on any cooperative), their follow-up tasks' too. */
  const eventsBesideReporting = () => {
    const followUps = new Set(opened('report-follow-up').map((spec) => spec.taskId));
    return events().filter((event) => {
      if (isReportingEvent(event as CooperativeEvent)) return false;
      const taskId =
        (event.data as { taskId?: string; spec?: TaskSpec }).taskId ?? (event.data as { spec?: TaskSpec }).spec?.taskId;
      return !(taskId && followUps.has(taskId));
    });
  };
  return { appended, activities, events, opened, delivered, appendsOf, eventsBesideReporting, calls: () => calls };
}

export async function withLifecycleWorker(
  env: TestWorkflowEnvironment,
  workflowBundle: WorkflowBundle,
  activities: LifecycleActivities,
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
