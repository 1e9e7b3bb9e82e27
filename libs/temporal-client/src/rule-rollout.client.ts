import { AppConfig } from '@htx/config';
import { RULE_ROLLOUT_WORKFLOW_TYPE, ruleRolloutWorkflowId, type RuleRolloutWorkflow } from '@htx/contracts';
import type { RuleCorrection } from '@htx/domain';
import { Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';

/** Starts the rollout that takes the saved corrections to every cooperative's workflow. */
@Injectable()
export class RuleRolloutClient {
  constructor(
    private readonly client: Client,
    private readonly config: AppConfig,
  ) {}

  /** One rollout per correction number; a repeat finds the one already started. Returns its workflow id. */
  async start(saved: RuleCorrection, corrections: readonly RuleCorrection[]): Promise<string> {
    const workflowId = ruleRolloutWorkflowId(saved.regime, saved.sequence);
    await this.client.workflow.start<RuleRolloutWorkflow>(RULE_ROLLOUT_WORKFLOW_TYPE, {
      workflowId,
      taskQueue: this.config.temporal.taskQueue,
      args: [{ corrections }],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
    return workflowId;
  }
}
