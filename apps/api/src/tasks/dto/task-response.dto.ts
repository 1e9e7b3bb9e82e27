import { ROLE_LABELS, type LocalizedText, type Task } from '@htx/domain';
import type { TaskRecord } from '@htx/persistence';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LocalizedTextDto } from '../../http/api-error';

const STATUS_LABELS: Record<Task['status'], LocalizedText> = {
  open: { vi: 'Chưa nhận', en: 'Open' },
  claimed: { vi: 'Đang xử lý', en: 'Claimed' },
  completed: { vi: 'Đã quyết định', en: 'Decided' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
  expired: { vi: 'Hết hạn', en: 'Expired' },
};

export class TaskDueDto {
  @ApiProperty({ example: '2026-02-25' })
  on: string;

  @ApiProperty({ example: false })
  overdue: boolean;

  @ApiProperty({ example: 3, description: 'Calendar days until the due date (negative when overdue)' })
  daysLeft: number;

  @ApiProperty({ type: LocalizedTextDto, description: 'How the due date was computed' })
  explanation: LocalizedText;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Rule, legal basis, days skipped, calendar basis',
  })
  provenance: object;
}

export class TaskResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'establishment-review' })
  kind: string;

  @ApiProperty({ type: LocalizedTextDto })
  title: LocalizedText;

  @ApiProperty({
    example: {
      type: 'establishment-application',
      id: '…',
      name: 'Hợp tác xã Nông nghiệp Ngọc Vân',
      territoryCode: '216',
    },
  })
  subject: Task['spec']['subject'];

  @ApiProperty({ example: 'registration-officer' })
  candidateRole: string;

  @ApiProperty({ type: LocalizedTextDto })
  candidateRoleLabel: LocalizedText;

  @ApiPropertyOptional({ nullable: true, example: { id: 'can-bo.tanyen', displayName: 'Nguyễn Văn An' } })
  assignee: Task['assignee'];

  @ApiProperty({ example: 'open' })
  status: string;

  @ApiProperty({ type: LocalizedTextDto })
  statusLabel: LocalizedText;

  @ApiProperty({ example: 50 })
  priority: number;

  @ApiProperty({ type: TaskDueDto })
  due: TaskDueDto;

  @ApiProperty({ example: false, description: 'Handed to the head of the authority for being overdue' })
  escalated: boolean;

  @ApiProperty({ description: 'Why the task exists: trigger, rule and legal basis, what happens if ignored' })
  why: Task['spec']['why'];

  @ApiProperty({ description: 'Decision options, each with what it binds, needs and leads to' })
  options: Task['spec']['options'];

  @ApiProperty({ description: 'Fields the decision form asks for' })
  form: Task['spec']['form'];

  @ApiProperty({ description: 'Who may not decide this task, and why (separation of duties)' })
  excludedDeciders: Task['spec']['excludedDeciders'];

  @ApiPropertyOptional({ nullable: true })
  decision: Task['decision'];

  @ApiProperty({ example: '2026-02-13T03:00:00.000Z' })
  openedAt: string;

  @ApiPropertyOptional({ nullable: true })
  closedAt: string | null;

  @ApiProperty({ example: 3, description: 'Changes with every action on the task' })
  version: number;
}

export class TaskPageDto {
  @ApiProperty({ type: [TaskResponseDto] })
  items: TaskResponseDto[];

  @ApiPropertyOptional({ nullable: true, type: String })
  nextCursor: string | null;
}

const DAY_MS = 86_400_000;

export function toTaskResponse(task: TaskRecord, today: string): TaskResponseDto {
  const { spec } = task;
  const daysLeft = Math.round((Date.parse(spec.due.due) - Date.parse(today)) / DAY_MS);
  return {
    id: spec.taskId,
    kind: spec.kind,
    title: spec.title,
    subject: spec.subject,
    candidateRole: spec.candidateRole,
    candidateRoleLabel: ROLE_LABELS[spec.candidateRole],
    assignee: task.assignee,
    status: task.status,
    statusLabel: STATUS_LABELS[task.status],
    priority: spec.priority,
    due: {
      on: spec.due.due,
      overdue: daysLeft < 0 && (task.status === 'open' || task.status === 'claimed'),
      daysLeft,
      explanation: spec.due.explanation,
      provenance: spec.due,
    },
    escalated: task.escalated,
    why: spec.why,
    options: spec.options,
    form: spec.form,
    excludedDeciders: spec.excludedDeciders,
    decision: task.decision,
    openedAt: task.openedAt,
    closedAt: task.closedAt,
    version: task.version,
  };
}
