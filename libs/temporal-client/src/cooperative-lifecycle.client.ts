import { AppConfig } from '@htx/config';
import {
  COOPERATIVE_LIFECYCLE_WORKFLOW_TYPE,
  cooperativeLifecycleWorkflowId,
  getCooperativeStateQuery,
  registerCooperativeUpdate,
  type CarriedLifecycleState,
  type CooperativeLifecycleWorkflow,
  type RegisterCooperativeRequest,
  type RegisterCooperativeResult,
} from '@htx/contracts';
import { Injectable } from '@nestjs/common';
import { Client, WithStartWorkflowOperation } from '@temporalio/client';

/**
 * How long the api waits for a workflow to confirm a change. Past it the change may still complete (nothing is
 * lost); the caller is told it is unconfirmed and that repeating it is harmless.
 */
const UPDATE_DEADLINE_MS = 20_000;

/** How callers talk to a cooperative's lifecycle workflow (dittofeed's "lifecycle" helpers). */
@Injectable()
export class CooperativeLifecycleClient {
  constructor(
    private readonly client: Client,
    private readonly config: AppConfig,
  ) {}

  /**
   * Starts the cooperative's workflow if it is not running and registers it, in one round trip. A repeat lands
   * on the same workflow (USE_EXISTING) and changes nothing.
   */
  register(request: RegisterCooperativeRequest): Promise<RegisterCooperativeResult> {
    const startWorkflowOperation = new WithStartWorkflowOperation<CooperativeLifecycleWorkflow>(
      COOPERATIVE_LIFECYCLE_WORKFLOW_TYPE,
      {
        workflowId: cooperativeLifecycleWorkflowId(request.details.registrationCode),
        taskQueue: this.config.temporal.taskQueue,
        args: [{}],
        workflowIdConflictPolicy: 'USE_EXISTING',
      },
    );
    return this.client.connection.withDeadline(Date.now() + UPDATE_DEADLINE_MS, () =>
      this.client.workflow.executeUpdateWithStart(registerCooperativeUpdate, {
        args: [request],
        startWorkflowOperation,
      }),
    );
  }

  state(workflowId: string): Promise<CarriedLifecycleState> {
    return this.client.workflow.getHandle(workflowId).query(getCooperativeStateQuery);
  }
}
