import type { Actor, LegalBasis, LifecycleEvent } from '@htx/domain';
import type { LifecycleEventEntity } from '../entities/lifecycle-event.entity';
import type { ChainedEvent } from './hash-chain';

/** An event as the log holds it: what happened, who did it, on what legal basis, and its place in the chain. */
export type RecordedEvent = {
  readonly position: string;
  readonly streamId: string;
  readonly version: number;
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly legalBasis: LegalBasis | null;
  readonly actor: Actor;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly idempotencyKey: string;
  readonly prevHash: string;
  readonly hash: string;
};

export function toRecordedEvent(row: LifecycleEventEntity): RecordedEvent {
  return {
    position: row.position,
    streamId: row.streamId,
    version: row.version,
    type: row.type,
    data: row.data as Record<string, unknown>,
    legalBasis: row.legalBasis as LegalBasis | null,
    actor: { id: row.actorId, role: row.actorRole as Actor['role'], displayName: row.actorName },
    occurredAt: row.occurredAt.toISOString(),
    recordedAt: row.recordedAt.toISOString(),
    idempotencyKey: row.idempotencyKey,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

export function chainedFields(event: RecordedEvent): ChainedEvent & { hash: string } {
  return {
    streamId: event.streamId,
    version: event.version,
    type: event.type,
    data: event.data,
    legalBasis: event.legalBasis,
    actor: event.actor,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    idempotencyKey: event.idempotencyKey,
    prevHash: event.prevHash,
    hash: event.hash,
  };
}

/** The event itself, as the domain folds it (the log's own fields dropped). */
export const asLifecycleEvent = ({ type, data, legalBasis }: RecordedEvent): LifecycleEvent =>
  ({ type, data, legalBasis }) as LifecycleEvent;
