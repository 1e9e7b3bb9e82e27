import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The outbox of notices to cooperatives: a row is written in the same transaction as the event that decided the
 * notice (ReportReminderIssued, ReportOverdueWarned, ConversionReminderRecorded, ConversionOverdue, ConversionViolationNotified), and sent from here by one delivery at a time (row lock), so a
 * notice is neither lost when a worker dies nor sent again once its outcome is recorded.
 */
@Entity('notice_outbox')
@Check('ck_notice_outbox_status', `status IN ('pending', 'delivered', 'bounced', 'failed', 'no-address')`)
@Index('ix_notice_outbox_cooperative', ['cooperativeId', 'createdAt'])
export class NoticeOutboxEntity {
  /**
   * `report-<year>-<step>/<cooperative id>`: one per cooperative, year and step of the ladder;
   * `conversion-<reminder|overdue|violation>-<day>/<enrolment id>`: one per enrolment, kind and day.
   */
  @PrimaryColumn('text', { name: 'notice_id' })
  noticeId: string;

  @Column('uuid', { name: 'cooperative_id' })
  cooperativeId: string;

  /** The stream the notice's delivery attempts join as proof of notice: the cooperative's, or its enrolment's. */
  @Column('text', { name: 'stream_id' })
  streamId: string;

  /** The workflow that owns that stream. */
  @Column('text', { name: 'workflow_id' })
  workflowId: string;

  @Column('text', { name: 'territory_code' })
  territoryCode: string;

  /** report-reminder, report-warning, conversion-reminder, conversion-overdue, conversion-violation. */
  @Column('text')
  kind: string;

  /** The year reported on (report notices), or the year the notice was decided (conversion notices). */
  @Column('integer')
  year: number;

  /** The address on file when the notice was decided; null: none on file. */
  @Column('text', { nullable: true })
  recipient: string | null;

  @Column('text')
  subject: string;

  @Column('text')
  body: string;

  @Column('text', { default: 'pending' })
  status: string;

  @Column('integer', { default: 0 })
  attempts: number;

  /** The Message-ID every attempt carries, so a receiver can tell a repeat. */
  @Column('text', { name: 'message_id' })
  messageId: string;

  @Column('text', { name: 'last_response', nullable: true })
  lastResponse: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'last_attempt_at', nullable: true })
  lastAttemptAt: Date | null;
}
