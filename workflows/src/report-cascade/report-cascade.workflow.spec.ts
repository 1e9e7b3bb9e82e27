import {
  claimTaskUpdate,
  decideTaskUpdate,
  getOpenTasksQuery,
  REPORT_CASCADE_WORKFLOW_TYPE,
  territoryReportWorkflowId,
  type ReportCascadeActivityContract,
  type ReportCascadeSummary,
} from '@htx/contracts';
import { territoryReportId, type Task } from '@htx/domain';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundle } from '@temporalio/worker';
import { until } from '../../../test/support/eventually';
import { fakeEventLog } from '../../../test/support/lifecycle-harness';
import { officerActor } from '../../../test/support/task-fixtures';
import { bundleWorkflows, createTimeSkippingEnv, serverToday, uniqueTaskQueue } from '../../../test/support/temporal';

let env: TestWorkflowEnvironment;
let workflowBundle: WorkflowBundle;

beforeAll(async () => {
  workflowBundle = await bundleWorkflows();
  env = await createTimeSkippingEnv();
});
afterAll(async () => {
  await env?.teardown();
});

const territories: ReportCascadeActivityContract = {
  listCascadeTerritories: () =>
    Promise.resolve([
      { code: '216', name: 'Huyện Tân Yên', level: 'district' },
      { code: '24', name: 'Tỉnh Bắc Giang', level: 'province' },
    ]),
};

describe('the yearly pass up the ladder', () => {
  it('opens one task per district and province, due on its cascade date, and never twice for the same year', async () => {
    const log = fakeEventLog();
    const taskQueue = uniqueTaskQueue('cascade');
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle,
      activities: { ...log.activities, ...territories },
    });
    const year = Number((await serverToday(env)).slice(0, 4));
    await worker.runUntil(async () => {
      const run = (id: string) =>
        env.client.workflow.execute(REPORT_CASCADE_WORKFLOW_TYPE, {
          taskQueue,
          workflowId: `${id}-${taskQueue}`,
          args: [{ year }],
        }) as Promise<ReportCascadeSummary>;
      expect(await run('first')).toEqual({ year, territories: 2, started: 2 });
      // A re-run (the schedule firing again, a backfill) asks nobody twice.
      expect(await run('again')).toEqual({ year, territories: 2, started: 0 });

      const opened = await until(
        () => Promise.resolve(log.opened('report-cascade')),
        (specs) => specs.length === 2,
        'both tasks to open',
      );
      expect(
        opened.map((spec) => [spec.subject.territoryCode, spec.due.due, spec.due.legalBasis?.ruleId]).sort(),
      ).toEqual([
        ['216', `${year}-12-18`, 'reporting.cascade.district'],
        ['24', `${year}-12-21`, 'reporting.cascade.province'],
      ]);
      expect(opened.find((spec) => spec.subject.territoryCode === '216')?.subject).toMatchObject({
        type: 'territory-report',
        id: territoryReportId('216', year),
      });

      // The district's officer records the aggregate sent: its workflow ends.
      const district = env.client.workflow.getHandle(territoryReportWorkflowId('216', year));
      const [task] = await until(
        () => district.query(getOpenTasksQuery),
        (tasks: Task[]) => tasks.length === 1,
        'the district task',
      );
      await district.executeUpdate(claimTaskUpdate, { args: [{ taskId: task.spec.taskId, actor: officerActor }] });
      await district.executeUpdate(decideTaskUpdate, {
        args: [
          {
            taskId: task.spec.taskId,
            actor: officerActor,
            optionId: 'sent',
            comment: '',
            formData: { reference: '45/BC-TCKH' },
          },
        ],
      });
      await district.result();
      expect(log.events().some((event) => event.type === 'TaskDecided')).toBe(true);
      await env.client.workflow.getHandle(territoryReportWorkflowId('24', year)).terminate('test over');
    });
  });
});
