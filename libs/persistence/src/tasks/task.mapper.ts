import type { Task, TaskDecision, TaskSpec, TaskStatus } from '@htx/domain';
import type { TaskEntity } from '../entities/task.entity';

export type TaskRecord = Task & {
  readonly workflowId: string;
  readonly openedAt: string;
  readonly version: number;
};

export function toTaskRecord(row: TaskEntity): TaskRecord {
  return {
    spec: row.spec as unknown as TaskSpec,
    status: row.status as TaskStatus,
    assignee: row.assigneeId ? { id: row.assigneeId, displayName: row.assigneeName ?? row.assigneeId } : null,
    escalated: row.escalated,
    decision: row.decision as unknown as TaskDecision | null,
    closedAt: row.closedAt?.toISOString() ?? null,
    workflowId: row.workflowId,
    openedAt: row.openedAt.toISOString(),
    version: row.version,
  };
}
