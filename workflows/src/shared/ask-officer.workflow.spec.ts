import { emptyReferenceData } from '../../../test/support/reference-data';
import { join } from 'node:path';
import {
  claimTaskUpdate,
  decideTaskUpdate,
  type AppendLifecycleEventsInput,
  type EventLogActivityContract,
  type ReferenceDataActivityContract,
} from '@htx/contracts';
import { taskMilestones, WorkingCalendar, type Task, type TaskSpec } from '@htx/domain';
import { WorkflowFailedError, WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { type ApplicationFailure, CancelledFailure } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, Worker, type WorkflowBundle } from '@temporalio/worker';
import { workflowBundleOptions } from '../../../apps/worker/src/workflow-source';
import { headActor, officerActor, reviewSpec, secondOfficerActor } from '../../../test/support/task-fixtures';
import { createTimeSkippingEnv, uniqueTaskQueue } from '../../../test/support/temporal';

let env: TestWorkflowEnvironment;
let workflowBundle: WorkflowBundle;

beforeAll(async () => {
  const noop = () => undefined;
  [env, workflowBundle] = await Promise.all([
    createTimeSkippingEnv(),
    bundleWorkflowCode({
      ...workflowBundleOptions(),
      workflowsPath: join(__dirname, '../../../test/workflows/ask-officer-probe.workflow.ts'),
      logger: { log: noop, trace: noop, debug: noop, info: noop, warn: noop, error: noop },
    }),
  ]);
});
afterAll(async () => {
  await env?.teardown();
});

type Logged = { type: string; at: string; actor: string };

function fakeActivities() {
  const log: Logged[] = [];
  const activities: EventLogActivityContract & ReferenceDataActivityContract = {
    appendLifecycleEvents(input: AppendLifecycleEventsInput) {
      for (const event of input.events) log.push({ type: event.type, at: input.occurredAt, actor: input.actor.id });
      return Promise.resolve({ streamVersion: log.length, headHash: 'x' });
    },
    ...emptyReferenceData,
  };
  return { log, activities };
}

async function withProbe(
  spec: TaskSpec,
  scenario: (handle: WorkflowHandle, log: Logged[]) => Promise<void>,
): Promise<Logged[]> {
  const { log, activities } = fakeActivities();
  const taskQueue = uniqueTaskQueue('ask-officer');
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle, activities });
  await worker.runUntil(async () => {
    const handle = await env.client.workflow.start('askOfficerProbeWorkflow', {
      taskQueue,
      workflowId: uniqueTaskQueue('probe'),
      args: [spec],
    });
    // Officers act on tasks the inbox shows, i.e. once the task is open.
    while (!log.some((entry) => entry.type === 'TaskOpened')) await new Promise((resolve) => setTimeout(resolve, 20));
    try {
      await scenario(handle, log);
    } finally {
      await handle.terminate('test over').catch(() => undefined);
    }
  });
  return log;
}

/** 08:00 in Vietnam on a date (to the minute): when milestones fall. */
const at8 = (date: string) => new Date(`${date}T08:00:00+07:00`).toISOString().slice(0, 16);

describe('askOfficer', () => {
  it('reminds the working day before and on the due date, escalates two working days late, and waits on', async () => {
    const spec = reviewSpec(await env.currentTimeMs());
    const [remind, due, escalate] = taskMilestones(new WorkingCalendar(), { spec }, spec.due.from);
    const log = await withProbe(spec, async (handle, logged) => {
      await env.sleep(Date.parse(escalate.on) - (await env.currentTimeMs()) + 3 * 86_400_000);
      expect(logged.map((entry) => entry.type)).toEqual([
        'TaskOpened',
        'TaskReminderSent',
        'TaskReminderSent',
        'TaskEscalated',
      ]);
      await handle.executeUpdate(claimTaskUpdate, { args: [{ taskId: spec.taskId, actor: headActor }] });
      await handle.executeUpdate(decideTaskUpdate, {
        args: [{ taskId: spec.taskId, actor: headActor, optionId: 'approve', comment: '', formData: {} }],
      });
      const task = (await handle.result()) as Task;
      expect(task).toMatchObject({ status: 'completed', escalated: true, decision: { optionId: 'approve' } });
    });
    expect(log.slice(1, 4).map((entry) => entry.at.slice(0, 16))).toEqual([
      at8(remind.on),
      at8(due.on),
      at8(escalate.on),
    ]);
    expect(log.map((entry) => entry.type).slice(4)).toEqual(['TaskClaimed', 'TaskDecided']);
  });

  it('stops reminding the moment the task is decided', async () => {
    const spec = reviewSpec(await env.currentTimeMs());
    const log = await withProbe(spec, async (handle) => {
      await handle.executeUpdate(decideTaskUpdate, {
        args: [
          { taskId: spec.taskId, actor: secondOfficerActor, optionId: 'propose-approval', comment: '', formData: {} },
        ],
      });
      expect(await handle.result()).toMatchObject({
        status: 'completed',
        decision: { decidedBy: { id: 'can-bo2.tanyen' } },
      });
    });
    expect(log.map((entry) => entry.type)).toEqual(['TaskOpened', 'TaskDecided']);
  });

  it('expires a task when the policy says so, and says so in the log', async () => {
    const spec = reviewSpec(await env.currentTimeMs(), {
      escalateAfter: null,
      expireAfter: { unit: 'days', count: 10 },
    });
    const log = await withProbe(spec, async (handle) => {
      expect(await handle.result()).toMatchObject({ status: 'expired' });
    });
    expect(log.map((entry) => entry.type)).toEqual([
      'TaskOpened',
      'TaskReminderSent',
      'TaskReminderSent',
      'TaskExpired',
    ]);
  });

  it('closes the task when its workflow is cancelled', async () => {
    const spec = reviewSpec(await env.currentTimeMs());
    const log = await withProbe(spec, async (handle) => {
      await handle.cancel();
      const error: unknown = await handle.result().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(WorkflowFailedError);
      expect((error as WorkflowFailedError).cause).toBeInstanceOf(CancelledFailure);
    });
    expect(log.map((entry) => entry.type)).toEqual(['TaskOpened', 'TaskCancelled']);
  });

  it('refuses in the validator whoever prepared the case, writing nothing', async () => {
    const spec = reviewSpec(await env.currentTimeMs());
    const preparerAsHead = { ...officerActor, roles: ['registration-officer', 'head-of-authority'] as const };
    const log = await withProbe(spec, async (handle) => {
      const error: unknown = await handle
        .executeUpdate(decideTaskUpdate, {
          args: [
            {
              taskId: spec.taskId,
              actor: { ...preparerAsHead, roles: [...preparerAsHead.roles] },
              optionId: 'approve',
              comment: '',
              formData: {},
            },
          ],
        })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
      expect((error as WorkflowUpdateFailedError).cause).toMatchObject({ type: 'SEPARATION_OF_DUTIES' });
      await handle.cancel();
      await handle.result().catch(() => undefined);
    });
    expect(log.map((entry) => entry.type)).toEqual(['TaskOpened', 'TaskCancelled']);
  });

  it('lets exactly one of two officers deciding at once win; the other learns who decided and when', async () => {
    const spec = reviewSpec(await env.currentTimeMs());
    await withProbe(spec, async (handle) => {
      const attempts = await Promise.allSettled(
        [secondOfficerActor, headActor].map((actor) =>
          handle.executeUpdate(decideTaskUpdate, {
            args: [{ taskId: spec.taskId, actor, optionId: 'propose-approval', comment: '', formData: {} }],
          }),
        ),
      );
      const won = attempts.filter((attempt) => attempt.status === 'fulfilled');
      const lost = attempts.filter((attempt): attempt is PromiseRejectedResult => attempt.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      const cause = (lost[0].reason as WorkflowUpdateFailedError).cause as ApplicationFailure;
      expect(cause.type).toBe('TASK_CLOSED');
      expect(cause.message).toMatch(/decided by (Trần Thị Bình|Lê Văn Cường) at \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    });
  });
});
