import { AppConfig } from '@htx/config';
import {
  ESTABLISHMENT_WORKFLOW_TYPE,
  establishmentWorkflowId,
  resubmitApplicationUpdate,
  submitApplicationUpdate,
  type EstablishmentApplicationWorkflow,
  type ResubmitApplicationRequest,
  type SubmitApplicationRequest,
} from '@htx/contracts';
import type { EstablishmentApplication } from '@htx/domain';
import { Injectable } from '@nestjs/common';
import { Client, WithStartWorkflowOperation } from '@temporalio/client';

const UPDATE_DEADLINE_MS = 20_000;

@Injectable()
export class EstablishmentClient {
  constructor(
    private readonly client: Client,
    private readonly config: AppConfig,
  ) {}

  /** Starts the application's workflow if needed and files the dossier, in one round trip; a repeat is harmless. */
  submit(applicationId: string, request: SubmitApplicationRequest): Promise<EstablishmentApplication> {
    const startWorkflowOperation = new WithStartWorkflowOperation<EstablishmentApplicationWorkflow>(
      ESTABLISHMENT_WORKFLOW_TYPE,
      {
        workflowId: establishmentWorkflowId(applicationId),
        taskQueue: this.config.temporal.taskQueue,
        args: [{ applicationId }],
        workflowIdConflictPolicy: 'USE_EXISTING',
      },
    );
    return this.client.connection.withDeadline(Date.now() + UPDATE_DEADLINE_MS, () =>
      this.client.workflow.executeUpdateWithStart(submitApplicationUpdate, { args: [request], startWorkflowOperation }),
    );
  }

  /** Sends the corrected dossier to the application's workflow (an Update: refused, it writes nothing). */
  resubmit(
    applicationId: string,
    request: ResubmitApplicationRequest,
    updateId?: string,
  ): Promise<EstablishmentApplication> {
    const handle = this.client.workflow.getHandle(establishmentWorkflowId(applicationId));
    return this.client.connection.withDeadline(Date.now() + UPDATE_DEADLINE_MS, () =>
      handle.executeUpdate(resubmitApplicationUpdate, { args: [request], ...(updateId ? { updateId } : {}) }),
    );
  }
}
