import {
  flagDormancySignal,
  type DormancySweepInput,
  type DormancySweepRequest,
  type DormancySweepSummary,
  type DormancySweepWorkflow,
  type FlagTarget,
} from '@htx/contracts';
import { scheduledSweepId, SYSTEM_ACTOR, vietnamDateOf } from '@htx/domain';
import { continueAsNew, getExternalWorkflowHandle, log, workflowInfo } from '@temporalio/workflow';
import { dormancySweeps } from '../shared/activities';

/**
 * Evaluates the registry as it stood on a date, a page at a time, and keeps every finding for officers to review.
 * Cooperatives found dormant without a case are signalled: each workflow flags itself if its own clocks agree, so
 * the sweep and the timers cannot disagree for long, and running a sweep twice changes nothing.
 */
export async function dormancySweepWorkflow(input: DormancySweepInput): Promise<DormancySweepSummary> {
  const sweep = await dormancySweeps.openDormancySweep(input.sweep ?? scheduledSweep());
  if (sweep.completed) return dormancySweeps.completeDormancySweep(sweep.sweepId);
  let after = input.after ?? null;
  do {
    const page = await dormancySweeps.assessDormancySweepPage({ sweepId: sweep.sweepId, after });
    await Promise.all(page.toFlag.map((target) => askToFlag(target, sweep)));
    after = page.next;
    if (after && workflowInfo().continueAsNewSuggested) {
      await continueAsNew<DormancySweepWorkflow>({ sweep, after });
    }
  } while (after);
  return dormancySweeps.completeDormancySweep(sweep.sweepId);
}

/** The schedule's own run: today's registry, all of it, as the system. */
function scheduledSweep(): DormancySweepRequest {
  const asOf = vietnamDateOf(new Date());
  return {
    sweepId: scheduledSweepId(asOf),
    asOf,
    territoryCode: null,
    territoryCodes: null,
    requestedBy: SYSTEM_ACTOR,
  };
}

async function askToFlag(target: FlagTarget, sweep: DormancySweepRequest): Promise<void> {
  try {
    await getExternalWorkflowHandle(target.workflowId).signal(flagDormancySignal, {
      sweepId: sweep.sweepId,
      flaggedBy: sweep.requestedBy,
    });
  } catch (error) {
    // A workflow that has ended (dissolved, converted) has nothing left to flag; the finding stays in the batch.
    log.warn('Dormancy flag not delivered', { cooperativeId: target.cooperativeId, error: String(error) });
  }
}
