import { Check, Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Read model: the officers' inbox. Written only by the event-log activity as it projects task events; the flat columns
 * serve the inbox filters and keyset sort (least time left first), `spec` keeps the whole task as it was opened.
 */
@Entity('tasks')
@Check('ck_tasks_status', `status IN ('open', 'claimed', 'completed', 'cancelled', 'expired')`)
@Index('ix_tasks_inbox', ['status', 'dueOn', 'id'])
@Index('ix_tasks_assignee', ['assigneeId', 'status', 'dueOn', 'id'])
@Index('ix_tasks_territory', ['territoryCode', 'status', 'dueOn', 'id'])
@Index('ix_tasks_subject', ['subjectId'])
// The default inbox (open and claimed tasks, least time left first) walks this in order whatever the territories:
// with status and territory as leading columns every page sorted all of an officer's open tasks (bench B5).
@Index('ix_tasks_open_due', ['dueOn', 'id'], { where: `status IN ('open', 'claimed')` })
export class TaskEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { name: 'workflow_id' })
  workflowId: string;

  @Column('text')
  kind: string;

  @Column('text', { name: 'subject_type' })
  subjectType: string;

  @Column('uuid', { name: 'subject_id' })
  subjectId: string;

  @Column('text', { name: 'subject_name' })
  subjectName: string;

  @Column('text', { name: 'territory_code' })
  territoryCode: string;

  @Column('text', { name: 'candidate_role' })
  candidateRole: string;

  @Column('text', { name: 'assignee_id', nullable: true })
  assigneeId: string | null;

  @Column('text', { name: 'assignee_name', nullable: true })
  assigneeName: string | null;

  @Column('text')
  status: string;

  @Column('smallint')
  priority: number;

  @Column('date', { name: 'due_on' })
  dueOn: string;

  @Column('date', { name: 'follow_up_on', nullable: true })
  followUpOn: string | null;

  @Column('boolean')
  escalated: boolean;

  @Column('jsonb')
  spec: object;

  @Column('jsonb', { nullable: true })
  decision: object | null;

  @Column('timestamptz', { name: 'opened_at' })
  openedAt: Date;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt: Date | null;

  /** Events applied so far: changes with every action, for clients that poll. */
  @Column('integer')
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
