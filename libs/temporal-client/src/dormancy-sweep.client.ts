import { AppConfig } from '@htx/config';
import {
  DORMANCY_SWEEP_WORKFLOW_TYPE,
  dormancySweepScheduleId,
  dormancySweepWorkflowId,
  type DormancySweepRequest,
  type DormancySweepWorkflow,
} from '@htx/contracts';
import { Injectable } from '@nestjs/common';
import { Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy, type ScheduleOptions } from '@temporalio/client';

/** Vietnam keeps UTC+7 all year: the schedule is written in UTC so it needs no time zone data on the server. */
const VIETNAM_OFFSET_HOURS = 7;

export type TimeOfDay = { readonly hour: number; readonly minute: number };

/** How callers start dormancy sweeps, and how a worker keeps the daily one scheduled. */
@Injectable()
export class DormancySweepClient {
  constructor(
    private readonly client: Client,
    private readonly config: AppConfig,
  ) {}

  /** Starts the sweep unless it is running (USE_EXISTING); a sweep already completed returns its result at once. */
  async start(sweep: DormancySweepRequest): Promise<void> {
    await this.client.workflow.start<DormancySweepWorkflow>(DORMANCY_SWEEP_WORKFLOW_TYPE, {
      workflowId: dormancySweepWorkflowId(sweep.sweepId),
      taskQueue: this.config.temporal.taskQueue,
      args: [{ sweep }],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
  }
}

/**
 * Creates the daily sweep's Temporal Schedule, or brings an existing one to this time of day. Every worker calls it
 * at start; they agree, so the last one to call changes nothing.
 */
export async function ensureDormancySweepSchedule(client: Client, taskQueue: string, at: TimeOfDay): Promise<void> {
  const scheduleId = dormancySweepScheduleId(taskQueue);
  const options: ScheduleOptions = {
    scheduleId,
    spec: { calendars: [{ hour: (at.hour - VIETNAM_OFFSET_HOURS + 24) % 24, minute: at.minute }] },
    action: {
      type: 'startWorkflow',
      workflowType: DORMANCY_SWEEP_WORKFLOW_TYPE,
      workflowId: dormancySweepWorkflowId('scheduled'),
      taskQueue,
      args: [{}],
    },
    // A day missed while Temporal was down is swept when it returns; two sweeps never run at once.
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
    memo: { purpose: 'Rà soát hợp tác xã ngừng hoạt động hằng ngày / Daily dormancy sweep' },
  };
  try {
    await client.schedule.create(options);
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    await client.schedule.getHandle(scheduleId).update((previous) => ({ ...previous, spec: options.spec }));
  }
}
