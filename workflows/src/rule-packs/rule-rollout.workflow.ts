import {
  rulesCorrectedSignal,
  RULE_ROLLOUT_PAGE_SIZE,
  type RuleRolloutInput,
  type RuleRolloutWorkflow,
} from '@htx/contracts';
import { continueAsNew, getExternalWorkflowHandle, log, workflowInfo } from '@temporalio/workflow';
import { referenceData } from '../shared/activities';

/**
 * Takes a saved rule-pack correction to every cooperative's workflow, a page of the registry at a time. Each workflow
 * keeps the longest list it has seen, so a rollout delivered twice, late, or overtaken by a newer one changes nothing.
 */
export async function ruleCorrectionRolloutWorkflow(input: RuleRolloutInput): Promise<{ signalled: number }> {
  let after = input.after ?? null;
  let signalled = input.signalled ?? 0;
  do {
    const page = await referenceData.cooperativeWorkflowPage({ after, limit: RULE_ROLLOUT_PAGE_SIZE });
    await Promise.all(page.workflowIds.map((workflowId) => tell(workflowId, input)));
    signalled += page.workflowIds.length;
    after = page.next;
    if (after && workflowInfo().continueAsNewSuggested) {
      await continueAsNew<RuleRolloutWorkflow>({ corrections: input.corrections, after, signalled });
    }
  } while (after);
  return { signalled };
}

async function tell(workflowId: string, input: RuleRolloutInput): Promise<void> {
  try {
    await getExternalWorkflowHandle(workflowId).signal(rulesCorrectedSignal, { corrections: input.corrections });
  } catch (error) {
    // A workflow that has ended (dissolved) decides nothing more; a new run loads the corrections when it starts.
    log.warn('Rule correction not delivered', { workflowId, error: String(error) });
  }
}
