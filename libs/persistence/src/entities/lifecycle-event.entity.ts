import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * The append-only event log: one stream per cooperative, each event chained to the one before it by SHA-256.
 * Written only by worker activities, in the transaction that changes the read models. A trigger refuses UPDATE and
 * DELETE; the chain makes any change made around it visible to the verifier.
 */
@Entity('lifecycle_events')
@Unique('uq_lifecycle_events_stream_version', ['streamId', 'version'])
@Unique('uq_lifecycle_events_idempotency_key', ['idempotencyKey'])
@Index('ix_lifecycle_events_stream_occurred', ['streamId', 'occurredAt'])
export class LifecycleEventEntity {
  /** Global append order across all streams. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  position: string;

  @Column('uuid', { name: 'stream_id' })
  streamId: string;

  /** 1, 2, 3… within the stream, with no gaps. */
  @Column('integer')
  version: number;

  @Column('text')
  type: string;

  @Column('jsonb')
  data: object;

  /** Null for actions that are not legal acts in themselves (claiming a task, a reminder). */
  @Column('jsonb', { name: 'legal_basis', nullable: true })
  legalBasis: object | null;

  @Column('text', { name: 'actor_id' })
  actorId: string;

  @Column('text', { name: 'actor_role' })
  actorRole: string;

  @Column('text', { name: 'actor_name' })
  actorName: string;

  /** When it happened in the world (a registration date, a meeting date). */
  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt: Date;

  /** When the log learned of it. */
  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;

  /** Workflow id / run id / activity id # index: the same activity retried appends nothing twice. */
  @Column('text', { name: 'idempotency_key' })
  idempotencyKey: string;

  @Column('char', { name: 'prev_hash', length: 64 })
  prevHash: string;

  @Column('char', { length: 64 })
  hash: string;
}
