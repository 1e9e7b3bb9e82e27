import { AppConfig } from '@htx/config';
import {
  COOPERATIVE_LIFECYCLE_WORKFLOW_TYPE,
  cooperativeLifecycleWorkflowId,
  getCooperativeStateQuery,
  importCooperativeUpdate,
  openDissolutionUpdate,
  recordDisbursementUpdate,
  recordDissolutionStepUpdate,
  recordFactSignal,
  registerCooperativeUpdate,
  requestSupportUpdate,
  type CooperativeStateView,
  type CooperativeLifecycleWorkflow,
  type FactSignal,
  type ImportCooperativeRequest,
  type OpenDissolutionRequest,
  type RecordDissolutionStepRequest,
  type RecordDisbursementRequest,
  type RequestSupportRequest,
  type RegisterCooperativeRequest,
  type RegisterCooperativeResult,
} from '@htx/contracts';
import type { DissolutionCase, SupportRecord } from '@htx/domain';
import { Injectable } from '@nestjs/common';
import { Client, WithStartWorkflowOperation } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';

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
    return this.startingWith(request.details.registrationCode, registerCooperativeUpdate, request);
  }

  /** A cooperative from an existing register with its history; a repeat of the same rows changes nothing. */
  importCooperative(request: ImportCooperativeRequest): Promise<RegisterCooperativeResult> {
    return this.startingWith(request.details.registrationCode, importCooperativeUpdate, request);
  }

  /** Hands a fact to the workflow; it is applied (or refused, in the log) shortly after. */
  recordFact(workflowId: string, signal: FactSignal): Promise<void> {
    return this.client.workflow.getHandle(workflowId).signal(recordFactSignal, signal);
  }

  requestSupport(workflowId: string, request: RequestSupportRequest): Promise<SupportRecord> {
    return this.withDeadline(() =>
      this.client.workflow.getHandle(workflowId).executeUpdate(requestSupportUpdate, { args: [request] }),
    );
  }

  recordDisbursement(workflowId: string, request: RecordDisbursementRequest): Promise<SupportRecord> {
    return this.withDeadline(() =>
      this.client.workflow.getHandle(workflowId).executeUpdate(recordDisbursementUpdate, { args: [request] }),
    );
  }

  openDissolution(workflowId: string, request: OpenDissolutionRequest): Promise<DissolutionCase> {
    return this.withDeadline(() =>
      this.client.workflow.getHandle(workflowId).executeUpdate(openDissolutionUpdate, { args: [request] }),
    );
  }

  recordDissolutionStep(workflowId: string, request: RecordDissolutionStepRequest): Promise<DissolutionCase> {
    return this.withDeadline(() =>
      this.client.workflow.getHandle(workflowId).executeUpdate(recordDissolutionStepUpdate, { args: [request] }),
    );
  }

  state(workflowId: string): Promise<CooperativeStateView> {
    return this.client.workflow.getHandle(workflowId).query(getCooperativeStateQuery);
  }

  /**
   * Starts the cooperative's workflow if it is not running and sends the update, in one round trip. A repeat lands
   * on the same workflow (USE_EXISTING) and changes nothing.
   */
  private startingWith<Request>(
    registrationCode: string,
    update: UpdateDefinition<RegisterCooperativeResult, [Request]>,
    request: Request,
  ): Promise<RegisterCooperativeResult> {
    const startWorkflowOperation = new WithStartWorkflowOperation<CooperativeLifecycleWorkflow>(
      COOPERATIVE_LIFECYCLE_WORKFLOW_TYPE,
      {
        workflowId: cooperativeLifecycleWorkflowId(registrationCode),
        taskQueue: this.config.temporal.taskQueue,
        args: [{}],
        workflowIdConflictPolicy: 'USE_EXISTING',
      },
    );
    return this.withDeadline(() =>
      this.client.workflow.executeUpdateWithStart(update, {
        args: [request],
        startWorkflowOperation,
      }),
    );
  }

  private withDeadline<T>(call: () => Promise<T>): Promise<T> {
    return this.client.connection.withDeadline(Date.now() + UPDATE_DEADLINE_MS, call);
  }
}
