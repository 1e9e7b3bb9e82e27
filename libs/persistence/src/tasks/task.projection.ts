import { evolveTask, formatVietnamese, text, type TaskEvent } from '@htx/domain';
import type { EntityManager } from 'typeorm';
import { NotificationEntity } from '../entities/notification.entity';
import { TaskEntity } from '../entities/task.entity';
import { toTaskRecord } from './task.mapper';

/**
 * Moves the inbox with each task event (the same `evolveTask` the workflow uses), and leaves a notification for a
 * reminder or an escalation: to the holder of the task, else to its candidates in its territory.
 */
export async function projectTaskEvents(
  manager: EntityManager,
  input: { readonly workflowId: string; readonly occurredAt: string; readonly events: readonly TaskEvent[] },
): Promise<void> {
  const tasks = manager.getRepository(TaskEntity);
  for (const event of input.events) {
    if (event.type === 'TaskOpened') {
      const { spec } = event.data;
      await tasks.insert({
        id: spec.taskId,
        workflowId: input.workflowId,
        kind: spec.kind,
        subjectType: spec.subject.type,
        subjectId: spec.subject.id,
        subjectName: spec.subject.name,
        territoryCode: spec.subject.territoryCode,
        candidateRole: spec.candidateRole,
        assigneeId: null,
        assigneeName: null,
        status: 'open',
        priority: spec.priority,
        dueOn: spec.due.due,
        followUpOn: spec.followUpOn,
        escalated: false,
        spec,
        decision: null,
        openedAt: new Date(input.occurredAt),
        closedAt: null,
        version: 1,
      });
      continue;
    }
    const row = await tasks.findOneByOrFail({ id: event.data.taskId });
    const task = evolveTask(toTaskRecord(row), event, new Date(input.occurredAt).toISOString());
    if (!task) continue;
    await tasks.update(
      { id: row.id },
      {
        status: task.status,
        assigneeId: task.assignee?.id ?? null,
        assigneeName: task.assignee?.displayName ?? null,
        escalated: task.escalated,
        decision: task.decision,
        closedAt: task.closedAt ? new Date(task.closedAt) : null,
        candidateRole: task.escalated ? 'head-of-authority' : row.candidateRole,
        version: row.version + 1,
      },
    );
    if (event.type === 'TaskReminderSent' || event.type === 'TaskEscalated') {
      const escalated = event.type === 'TaskEscalated';
      await manager.getRepository(NotificationEntity).insert({
        userId: escalated ? null : (task.assignee?.id ?? null),
        role: escalated ? 'head-of-authority' : task.assignee ? null : task.spec.candidateRole,
        territoryCode: task.spec.subject.territoryCode,
        taskId: task.spec.taskId,
        kind: escalated ? 'escalation' : 'reminder',
        message: escalated
          ? text(
              `Quá hạn: "${task.spec.title.vi}" (${task.spec.subject.name}), hạn ${formatVietnamese(task.spec.due.due)}, đã chuyển lãnh đạo.`,
              `Overdue: "${task.spec.title.en}" (${task.spec.subject.name}), due ${task.spec.due.due}, escalated to the head.`,
            )
          : text(
              `Nhắc việc: "${task.spec.title.vi}" (${task.spec.subject.name}), hạn ${formatVietnamese(task.spec.due.due)}.`,
              `Reminder: "${task.spec.title.en}" (${task.spec.subject.name}), due ${task.spec.due.due}.`,
            ),
      });
    }
  }
}
