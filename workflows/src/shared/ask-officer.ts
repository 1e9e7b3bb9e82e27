import { taskMilestones, text, vietnamDateOf, type Task, type TaskSpec, type WorkingCalendar } from '@htx/domain';
import { CancellationScope, condition } from '@temporalio/workflow';
import type { TaskBook } from './task-book';

/** Milestones fall at the start of the working day in Vietnam. */
const startOfWorkingDay = (date: string) => Date.parse(`${date}T08:00:00+07:00`);

/**
 * Asks an officer to decide, and waits: opens the task, reminds before and on the due date, escalates to the head of
 * the authority once it is overdue, expires it if the policy says so, and closes it on every path — decided, expired,
 * or the workflow cancelled or moving on (the task is then cancelled). Returns the task as it closed.
 */
export async function askOfficer(book: TaskBook, spec: TaskSpec, calendar: WorkingCalendar): Promise<Task> {
  await book.openTask(spec);
  return follow(book, spec, calendar, 'from-opening');
}

/**
 * Waits on a task a previous run of the workflow opened (carried over by continue-as-new): its milestones already
 * passed were acted on by that run, so only those still ahead are.
 */
export function followTask(book: TaskBook, task: Task, calendar: WorkingCalendar): Promise<Task> {
  return follow(book, task.spec, calendar, 'ahead-only');
}

async function follow(
  book: TaskBook,
  spec: TaskSpec,
  calendar: WorkingCalendar,
  milestones: 'from-opening' | 'ahead-only',
): Promise<Task> {
  const closed = () => book.isClosed(spec.taskId);
  try {
    for (const milestone of taskMilestones(calendar, { spec }, vietnamDateOf(new Date()))) {
      const wait = startOfWorkingDay(milestone.on) - new Date().getTime();
      if (milestones === 'ahead-only' && wait <= 0) continue;
      if (wait > 0 && (await condition(closed, wait))) break;
      if (closed()) break;
      if (milestone.action === 'remind' || milestone.action === 'remind-due')
        await book.remind(spec.taskId, spec.due.due);
      else if (milestone.action === 'escalate') await book.escalate(spec.taskId, spec.due.due);
      else await book.expire(spec.taskId);
    }
    await condition(closed);
    return book.get(spec.taskId)!;
  } finally {
    if (!closed()) {
      await CancellationScope.nonCancellable(() =>
        book.cancel(spec.taskId, text('Quy trình đã dừng hoặc chuyển bước.', 'The process stopped or moved on.')),
      );
    }
  }
}
