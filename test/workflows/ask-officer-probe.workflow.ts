// A minimal workflow around the shared `askOfficer` helper, for its time-skipping tests (never shipped).
import { WorkingCalendar, type Task, type TaskSpec } from '@htx/domain';
import { workflowInfo } from '@temporalio/workflow';
import { eventLog, referenceData } from '../../workflows/src/shared/activities';
import { askOfficer } from '../../workflows/src/shared/ask-officer';
import { OneAtATime } from '../../workflows/src/shared/one-at-a-time';
import { TaskBook } from '../../workflows/src/shared/task-book';

export async function askOfficerProbeWorkflow(spec: TaskSpec): Promise<Task> {
  const book = new TaskBook([], {
    append: async (streamId, events, actor) => {
      await eventLog.appendLifecycleEvents({
        streamId,
        workflowId: workflowInfo().workflowId,
        actor,
        occurredAt: new Date().toISOString(),
        events,
      });
    },
    serializer: new OneAtATime(),
    now: () => new Date(),
  });
  book.installHandlers();
  const calendar = new WorkingCalendar(await referenceData.loadCalendarSchedules());
  return askOfficer(book, spec, calendar);
}
