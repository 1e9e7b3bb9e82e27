import type { ConversionCampaignInput, ConversionCampaignWorkflow } from '@htx/contracts';
import { continueAsNew, workflowInfo } from '@temporalio/workflow';
import { conversions } from '../shared/activities';

/**
 * Enrols a territory's cohort, a page of the registry at a time: one conversion workflow per cooperative still under
 * the older law, which then lives on its own. Enrolment is idempotent, so a retried page or a resumed campaign
 * enrols no one twice.
 */
export async function conversionCampaignWorkflow(input: ConversionCampaignInput): Promise<{ enrolled: number }> {
  const { campaign, territoryCodes } = input;
  let after = input.after ?? null;
  let enrolled = input.enrolled ?? 0;
  do {
    const page = await conversions.enrolCohortPage({ campaign, territoryCodes, after });
    enrolled += page.enrolled;
    after = page.next;
    if (after && workflowInfo().continueAsNewSuggested) {
      await continueAsNew<ConversionCampaignWorkflow>({ ...input, after, enrolled });
    }
  } while (after);
  await conversions.completeCampaignEnrolment({ campaignId: campaign.campaignId, enrolled });
  return { enrolled };
}
