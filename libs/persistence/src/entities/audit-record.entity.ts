import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What people did or tried to do that is not a lifecycle change: access refused (BOLA), administrative loads
 * (territories, authorities, calendars, users). Append-only like the event log; read by auditors.
 */
@Entity('audit_records')
@Index('ix_audit_records_cooperative', ['cooperativeId', 'occurredAt'])
@Index('ix_audit_records_actor', ['actorId', 'occurredAt'])
export class AuditRecordEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt: Date;

  @Column('text', { name: 'actor_id' })
  actorId: string;

  @Column('text', { name: 'actor_role' })
  actorRole: string;

  @Column('text')
  action: string;

  @Column('text')
  outcome: string;

  @Column('text', { name: 'subject_type' })
  subjectType: string;

  @Column('text', { name: 'subject_id' })
  subjectId: string;

  @Column('uuid', { name: 'cooperative_id', nullable: true })
  cooperativeId: string | null;

  /** Where the subject is, so auditors see records within their territories only. */
  @Column('text', { name: 'territory_code', nullable: true })
  territoryCode: string | null;

  @Column('jsonb', { nullable: true })
  reason: object | null;

  @Column('jsonb', { default: () => "'{}'" })
  details: object;
}
