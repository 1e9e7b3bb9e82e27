import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * In-app notifications (task reminders, escalations): to one user, or to everyone of a role in a territory when nobody
 * holds the task yet.
 */
@Entity('notifications')
@Index('ix_notifications_user', ['userId', 'createdAt'])
@Index('ix_notifications_role', ['role', 'territoryCode', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column('text', { name: 'user_id', nullable: true })
  userId: string | null;

  @Column('text', { nullable: true })
  role: string | null;

  @Column('text', { name: 'territory_code' })
  territoryCode: string;

  /** The task it is about; null for a notification about a cooperative (a report overdue, a notice that bounced). */
  @Column('uuid', { name: 'task_id', nullable: true })
  taskId: string | null;

  @Column('uuid', { name: 'cooperative_id', nullable: true })
  cooperativeId: string | null;

  @Column('text')
  kind: string;

  @Column('jsonb')
  message: { vi: string; en: string };

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Who has read it (a role notification is read per person). */
  @Column('text', { name: 'read_by', array: true, default: () => "'{}'" })
  readBy: string[];
}
