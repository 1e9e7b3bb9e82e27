import {
  DORMANCY_SWEEP_PAGE_SIZE,
  type AssessedPage,
  type DormancySweepActivityContract,
  type DormancySweepRequest,
  type DormancySweepSummary,
} from '@htx/contracts';
import { endOfVietnamDay, needsFlag, recordOf, sweepFinding, type SweepFinding } from '@htx/domain';
import { asLifecycleEvent, DormancySweepRepository, EventLog, RuleCorrectionRepository } from '@htx/persistence';
import { Injectable } from '@nestjs/common';

@Injectable()
export class DormancySweepActivities implements DormancySweepActivityContract {
  constructor(
    private readonly sweeps: DormancySweepRepository,
    private readonly eventLog: EventLog,
    private readonly corrections: RuleCorrectionRepository,
  ) {}

  async openDormancySweep(request: DormancySweepRequest): Promise<DormancySweepRequest & { completed: boolean }> {
    const { sweepId, asOf, territoryCode, territoryCodes, requestedBy, status } = await this.sweeps.open(
      request,
      new Date(),
    );
    return { sweepId, asOf, territoryCode, territoryCodes, requestedBy, completed: status === 'completed' };
  }

  /** Each cooperative as the log had it at the end of the sweep's day; one not yet registered then is left out. */
  async assessDormancySweepPage(input: { sweepId: string; after: string | null }): Promise<AssessedPage> {
    const sweep = await this.sweeps.find(input.sweepId);
    if (!sweep) throw new Error(`Dormancy sweep ${input.sweepId} was not opened`);
    const page = await this.sweeps.cooperativesAfter(sweep.territoryCodes, input.after, DORMANCY_SWEEP_PAGE_SIZE);
    const streams = await this.eventLog.readStreams(
      page.map(({ id }) => id),
      endOfVietnamDay(sweep.asOf),
    );
    const rules = await this.corrections.ruleBook();
    const findings: SweepFinding[] = [];
    for (const { id } of page) {
      const record = recordOf(streams.get(id)!.map(asLifecycleEvent));
      if (record) findings.push(sweepFinding(record, sweep.asOf, rules));
    }
    await this.sweeps.saveFindings(sweep.sweepId, findings);
    const workflowOf = new Map(page.map(({ id, workflowId }) => [id, workflowId]));
    return {
      assessed: findings.length,
      flagged: findings.filter((finding) => finding.assessment.flagged).length,
      next: page.length === DORMANCY_SWEEP_PAGE_SIZE ? page[page.length - 1].id : null,
      toFlag: findings
        .filter(needsFlag)
        .map(({ cooperativeId }) => ({ cooperativeId, workflowId: workflowOf.get(cooperativeId)! })),
    };
  }

  async completeDormancySweep(sweepId: string): Promise<DormancySweepSummary> {
    await this.sweeps.complete(sweepId, new Date());
    return { sweepId, ...(await this.sweeps.counts(sweepId)) };
  }
}
