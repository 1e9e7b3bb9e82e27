import {
  territoryReportWorkflowId,
  TERRITORY_REPORT_WORKFLOW_TYPE,
  type ReportCascadeInput,
  type ReportCascadeSummary,
  type TerritoryReportInput,
} from '@htx/contracts';
import {
  BUILT_IN_RULES,
  cascadeDueOn,
  isoDate,
  reportCascadeTask,
  territoryReportId,
  vietnamDateOf,
  WorkingCalendar,
  type Actor,
  type LifecycleEvent,
} from '@htx/domain';
import { ParentClosePolicy, patched, startChild, uuid4, workflowInfo } from '@temporalio/workflow';
import { eventLog, referenceData, reportCascade } from '../shared/activities';
import { askOfficer } from '../shared/ask-officer';
import { OneAtATime } from '../shared/one-at-a-time';
import { TaskBook } from '../shared/task-book';

/**
 * The yearly pass up the ladder (a Temporal Schedule starts it each December; an officer can start it for a missed
 * year): each district and province gets one consolidation task, due on the cascade date of its level. A territory
 * already asked for that year (its workflow id) is not asked again, so the pass is idempotent.
 */
export async function reportCascadeWorkflow(input: ReportCascadeInput): Promise<ReportCascadeSummary> {
  const today = vietnamDateOf(new Date());
  const year = input.year ?? Number(today.slice(0, 4));
  const territories = await reportCascade.listCascadeTerritories(
    input.year ? [today, isoDate(year, 12, 31)].sort()[0] : today,
  );
  let started = 0;
  for (const territory of territories) {
    try {
      await startChild(TERRITORY_REPORT_WORKFLOW_TYPE, {
        workflowId: territoryReportWorkflowId(territory.code, year),
        args: [{ territory, year } satisfies TerritoryReportInput],
        parentClosePolicy: ParentClosePolicy.ABANDON,
      });
      started += 1;
    } catch (error) {
      // Asked already that year (an earlier pass, a backfill): nothing more to do for it.
      if ((error as Error).name !== 'WorkflowExecutionAlreadyStartedError') throw error;
    }
  }
  return { year, territories: territories.length, started };
}

/** One territory's consolidation for one year: its task, followed until an officer records the report sent. */
export async function territoryReportWorkflow(input: TerritoryReportInput): Promise<void> {
  const { territory, year } = input;
  const { workflowId } = workflowInfo();
  const streamId = territoryReportId(territory.code, year);
  const book = new TaskBook([], {
    append: async (_streamId, events: LifecycleEvent[], actor: Actor) =>
      void (await eventLog.appendLifecycleEvents({
        streamId,
        workflowId,
        actor,
        occurredAt: new Date().toISOString(),
        events,
      })),
    serializer: new OneAtATime(),
    now: () => new Date(),
  });
  book.installHandlers();
  // Rule corrections are read first in runs recorded after they existed; older runs replay with the built-in pack.
  const rules = patched('rule-pack-corrections')
    ? BUILT_IN_RULES.withCorrections(await referenceData.loadRuleCorrections())
    : BUILT_IN_RULES;
  const due = cascadeDueOn(year, territory.level, rules);
  const calendar = new WorkingCalendar(await referenceData.loadCalendarSchedules());
  await askOfficer(book, reportCascadeTask(territory, year, due, uuid4(), new Date().toISOString()), calendar);
}
