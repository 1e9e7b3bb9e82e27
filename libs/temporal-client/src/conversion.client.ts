import { AppConfig } from '@htx/config';
import {
  CONVERSION_CAMPAIGN_WORKFLOW_TYPE,
  conversionCampaignWorkflowId,
  fileConversionEvidenceUpdate,
  recordConversionChecklistUpdate,
  type ChecklistRequest,
  type ConversionCampaignWorkflow,
  type EvidenceRequest,
} from '@htx/contracts';
import type { CampaignTerms, Enrolment } from '@htx/domain';
import { Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';

/** How long the api waits for a conversion to confirm a change (it may still complete; repeating is harmless). */
const UPDATE_DEADLINE_MS = 20_000;

/** Starts conversion campaigns and talks to each cooperative's conversion. */
@Injectable()
export class ConversionClient {
  constructor(
    private readonly client: Client,
    private readonly config: AppConfig,
  ) {}

  /** Starts the campaign's enrolment unless it is running or done (one per campaign id). */
  async startCampaign(campaign: CampaignTerms, territoryCodes: readonly string[]): Promise<string> {
    const workflowId = conversionCampaignWorkflowId(campaign.campaignId);
    await this.client.workflow.start<ConversionCampaignWorkflow>(CONVERSION_CAMPAIGN_WORKFLOW_TYPE, {
      workflowId,
      taskQueue: this.config.temporal.taskQueue,
      args: [{ campaign, territoryCodes }],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
    return workflowId;
  }

  recordChecklist(workflowId: string, request: ChecklistRequest): Promise<Enrolment> {
    return this.withDeadline(() =>
      this.client.workflow.getHandle(workflowId).executeUpdate(recordConversionChecklistUpdate, { args: [request] }),
    );
  }

  fileEvidence(workflowId: string, request: EvidenceRequest): Promise<Enrolment> {
    return this.withDeadline(() =>
      this.client.workflow.getHandle(workflowId).executeUpdate(fileConversionEvidenceUpdate, { args: [request] }),
    );
  }

  private withDeadline<T>(call: () => Promise<T>): Promise<T> {
    return this.client.connection.withDeadline(Date.now() + UPDATE_DEADLINE_MS, call);
  }
}
