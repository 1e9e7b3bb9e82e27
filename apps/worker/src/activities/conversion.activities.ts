import { AppConfig } from '@htx/config';
import {
  CONVERSION_COHORT_PAGE_SIZE,
  CONVERSION_WORKFLOW_TYPE,
  conversionWorkflowId,
  type ConversionActivityContract,
  type ConversionWorkflow,
} from '@htx/contracts';
import type { CampaignTerms } from '@htx/domain';
import { ConversionCampaignRepository } from '@htx/persistence';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Client, Connection, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';

@Injectable()
export class ConversionActivities implements ConversionActivityContract, OnModuleDestroy {
  private readonly connection: Connection;
  private readonly client: Client;

  constructor(
    private readonly campaigns: ConversionCampaignRepository,
    private readonly config: AppConfig,
  ) {
    this.connection = Connection.lazy({ address: config.temporal.address });
    this.client = new Client({ connection: this.connection, namespace: config.temporal.namespace });
  }

  async enrolCohortPage(input: {
    campaign: CampaignTerms;
    territoryCodes: readonly string[];
    after: string | null;
  }): Promise<{ enrolled: number; next: string | null }> {
    const { campaign } = input;
    const page = await this.campaigns.cohortPage(
      campaign.campaignId,
      input.territoryCodes,
      campaign.target,
      input.after,
      CONVERSION_COHORT_PAGE_SIZE,
    );
    await Promise.all(
      page.members.map((member) =>
        this.client.workflow
          .start<ConversionWorkflow>(CONVERSION_WORKFLOW_TYPE, {
            workflowId: conversionWorkflowId(campaign.campaignId, member.cooperativeId),
            taskQueue: this.config.temporal.taskQueue,
            args: [{ campaign, member }],
            workflowIdConflictPolicy: 'USE_EXISTING',
            workflowIdReusePolicy: 'REJECT_DUPLICATE',
          })
          .catch((error: unknown) => {
            // Enrolled before and finished since (conformed, ended): it stays as it ended.
            if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
          }),
      ),
    );
    return { enrolled: page.members.length, next: page.next };
  }

  completeCampaignEnrolment(input: { campaignId: string; enrolled: number }): Promise<void> {
    return this.campaigns.completeEnrolment(input.campaignId, input.enrolled);
  }

  async onModuleDestroy(): Promise<void> {
    await this.connection.close();
  }
}
