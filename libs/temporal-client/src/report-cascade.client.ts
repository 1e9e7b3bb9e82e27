import { AppConfig } from '@htx/config';
import {
  REPORT_CASCADE_WORKFLOW_TYPE,
  reportCascadeScheduleId,
  reportCascadeWorkflowId,
  type ReportCascadeInput,
  type ReportCascadeSummary,
} from '@htx/contracts';
import { Injectable } from '@nestjs/common';
import { Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy, type ScheduleOptions } from '@temporalio/client';

const MONTHS = [
  'JANUARY',
  'FEBRUARY',
  'MARCH',
  'APRIL',
  'MAY',
  'JUNE',
  'JULY',
  'AUGUST',
  'SEPTEMBER',
  'OCTOBER',
  'NOVEMBER',
  'DECEMBER',
] as const;

/** Starts the yearly pass for a year (a backfill, or a year the schedule missed); the same year again is one pass. */
@Injectable()
export class ReportCascadeClient {
  constructor(
    private readonly client: Client,
    private readonly config: AppConfig,
  ) {}

  async run(year: number): Promise<ReportCascadeSummary> {
    const handle = await this.client.workflow.start(REPORT_CASCADE_WORKFLOW_TYPE, {
      workflowId: reportCascadeWorkflowId(year),
      taskQueue: this.config.temporal.taskQueue,
      args: [{ year } satisfies ReportCascadeInput],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
    return (await handle.result()) as ReportCascadeSummary;
  }
}

/**
 * The yearly pass's Temporal Schedule, at 07:00 Vietnamese time (00:00 UTC) on the day given — after the cooperatives'
 * 15 December, before the district's 18 December. A pass missed while Temporal was down runs when it returns (within
 * 30 days); every worker calls this at start and they agree.
 */
export async function ensureReportCascadeSchedule(
  client: Client,
  taskQueue: string,
  on: { readonly month: number; readonly day: number },
): Promise<void> {
  const scheduleId = reportCascadeScheduleId(taskQueue);
  const options: ScheduleOptions = {
    scheduleId,
    spec: { calendars: [{ month: MONTHS[on.month - 1], dayOfMonth: on.day, hour: 0, minute: 0 }] },
    action: {
      type: 'startWorkflow',
      workflowType: REPORT_CASCADE_WORKFLOW_TYPE,
      workflowId: `report-cascade/scheduled`,
      taskQueue,
      args: [{} satisfies ReportCascadeInput],
    },
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '30 days' },
    memo: { purpose: 'Tổng hợp báo cáo năm gửi cấp trên / Yearly reports up the ladder' },
  };
  try {
    await client.schedule.create(options);
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    await client.schedule.getHandle(scheduleId).update((previous) => ({ ...previous, spec: options.spec }));
  }
}
