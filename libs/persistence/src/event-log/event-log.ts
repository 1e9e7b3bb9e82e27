import { Injectable } from '@nestjs/common';
import type { Actor, LegalBasis } from '@htx/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, LessThanOrEqual, type EntityManager } from 'typeorm';
import { LifecycleEventEntity } from '../entities/lifecycle-event.entity';
import { GENESIS_HASH, hashEvent, verifyChain, type ChainVerification, type ChainedEvent } from './hash-chain';
import { chainedFields, toRecordedEvent, type RecordedEvent } from './recorded-event';

/** Any domain event: the log stores and chains it without knowing its type. */
export type LoggableEvent = { readonly type: string; readonly data: object; readonly legalBasis: LegalBasis | null };

export type AppendRequest = {
  readonly streamId: string;
  /** Unique per workflow run and activity; event i of the batch gets `${idempotencyKey}#${i}`. */
  readonly idempotencyKey: string;
  readonly actor: Actor;
  readonly occurredAt: string;
  readonly events: readonly LoggableEvent[];
  /** When each event happened, where they differ; absent, all at `occurredAt`. */
  readonly occurredAtByEvent?: readonly string[];
};

export type AppendOutcome = {
  readonly streamVersion: number;
  readonly headHash: string;
  /** false when this request had been appended before (a retried activity): nothing was written this time. */
  readonly appended: boolean;
  readonly recorded: readonly RecordedEvent[];
};

@Injectable()
export class EventLog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends at the head of the stream, inside the caller's transaction. Writers of one stream take turns (an advisory
   * lock on the stream id), so the chain never forks; a request already appended returns what it appended then.
   */
  async append(manager: EntityManager, request: AppendRequest, recordedAt: Date): Promise<AppendOutcome> {
    // Its own statement: under READ COMMITTED the next statement's snapshot then sees what the last holder committed.
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [request.streamId]);

    // One round trip for both: the rows of an earlier attempt (if this request was appended before) and the head.
    const keys = request.events.map((_, index) => `${request.idempotencyKey}#${index}`);
    const found = await manager.query<(EventRow & { earlier: boolean })[]>(
      `SELECT true AS earlier, ${EVENT_COLUMNS} FROM lifecycle_events WHERE idempotency_key = ANY($1)
       UNION ALL
       (SELECT false, ${EVENT_COLUMNS} FROM lifecycle_events WHERE stream_id = $2 ORDER BY version DESC LIMIT 1)`,
      [keys, request.streamId],
    );
    const earlier = found.filter((row) => row.earlier).sort((a, b) => a.version - b.version);
    if (earlier.length > 0) {
      const last = earlier[earlier.length - 1];
      return {
        streamVersion: last.version,
        headHash: last.hash,
        appended: false,
        recorded: earlier.map((row) => toRecordedEvent(entityOf(row))),
      };
    }

    const head = found.find((row) => !row.earlier);
    const headVersion = head?.version ?? 0;
    let prevHash = head?.hash ?? GENESIS_HASH;
    const rows = request.events.map((event, index) => {
      const occurredAt = new Date(request.occurredAtByEvent?.[index] ?? request.occurredAt);
      const fields: ChainedEvent = {
        streamId: request.streamId,
        version: headVersion + index + 1,
        type: event.type,
        data: event.data,
        legalBasis: event.legalBasis,
        actor: request.actor,
        occurredAt: occurredAt.toISOString(),
        recordedAt: recordedAt.toISOString(),
        idempotencyKey: keys[index],
        prevHash,
      };
      const hash = hashEvent(fields);
      prevHash = hash;
      const row = new LifecycleEventEntity();
      Object.assign(row, {
        streamId: fields.streamId,
        version: fields.version,
        type: fields.type,
        data: event.data,
        legalBasis: event.legalBasis,
        actorId: request.actor.id,
        actorRole: request.actor.role,
        actorName: request.actor.displayName,
        occurredAt,
        recordedAt,
        idempotencyKey: fields.idempotencyKey,
        prevHash: fields.prevHash,
        hash,
      });
      return row;
    });
    // One multi-row INSERT in plain SQL (the repository's insert costs a metadata walk per row on a 2-core box).
    const values: unknown[] = [];
    const tuples = rows.map((row) => {
      const at = values.length;
      values.push(
        row.streamId,
        row.version,
        row.type,
        JSON.stringify(row.data),
        row.legalBasis === null ? null : JSON.stringify(row.legalBasis),
        row.actorId,
        row.actorRole,
        row.actorName,
        row.occurredAt,
        row.recordedAt,
        row.idempotencyKey,
        row.prevHash,
        row.hash,
      );
      return `(${Array.from({ length: 13 }, (_, column) => `$${at + column + 1}`).join(', ')})`;
    });
    const inserted = await manager.query<{ position: string }[]>(
      `INSERT INTO lifecycle_events (stream_id, version, type, data, legal_basis, actor_id, actor_role, actor_name,
         occurred_at, recorded_at, idempotency_key, prev_hash, hash)
       VALUES ${tuples.join(', ')} RETURNING position`,
      values,
    );
    inserted.forEach((identifier, index) => (rows[index].position = String(identifier.position)));
    return {
      streamVersion: headVersion + rows.length,
      headHash: prevHash,
      appended: true,
      recorded: rows.map(toRecordedEvent),
    };
  }

  /** The stream in order; with `asOf`, only what had happened by then. */
  async read(streamId: string, asOf?: Date): Promise<RecordedEvent[]> {
    const rows = await this.dataSource.getRepository(LifecycleEventEntity).find({
      where: asOf ? { streamId, occurredAt: LessThanOrEqual(asOf) } : { streamId },
      order: { version: 'ASC' },
    });
    return rows.map(toRecordedEvent);
  }

  /** Several streams at once (a sweep's page), each in order; with `asOf`, only what had happened by then. */
  async readStreams(streamIds: readonly string[], asOf?: Date): Promise<Map<string, RecordedEvent[]>> {
    const streams = new Map<string, RecordedEvent[]>(streamIds.map((streamId) => [streamId, []]));
    if (streamIds.length === 0) return streams;
    const rows = await this.dataSource.getRepository(LifecycleEventEntity).find({
      where: { streamId: In([...streamIds]), ...(asOf ? { occurredAt: LessThanOrEqual(asOf) } : {}) },
      order: { streamId: 'ASC', version: 'ASC' },
    });
    for (const row of rows) streams.get(row.streamId)!.push(toRecordedEvent(row));
    return streams;
  }

  /**
   * Verifies a stream's chain against the head a read model recorded. Both are read in one snapshot, so an append
   * committing meanwhile is seen by both or by neither (otherwise a live stream would look cut).
   */
  async verify(
    streamId: string,
    recordedHead?: (manager: EntityManager) => Promise<{ version: number; hash: string } | undefined>,
  ): Promise<ChainVerification> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const head = recordedHead ? await recordedHead(manager) : undefined;
      const rows = await manager
        .getRepository(LifecycleEventEntity)
        .find({ where: { streamId }, order: { version: 'ASC' } });
      return verifyChain(rows.map(toRecordedEvent).map(chainedFields), head);
    });
  }
}

type EventRow = {
  position: string;
  stream_id: string;
  version: number;
  type: string;
  data: object;
  legal_basis: object | null;
  actor_id: string;
  actor_role: string;
  actor_name: string;
  occurred_at: Date;
  recorded_at: Date;
  idempotency_key: string;
  prev_hash: string;
  hash: string;
};

const EVENT_COLUMNS =
  'position, stream_id, version, type, data, legal_basis, actor_id, actor_role, actor_name, occurred_at, ' +
  'recorded_at, idempotency_key, prev_hash, hash';

function entityOf(row: EventRow): LifecycleEventEntity {
  const entity = new LifecycleEventEntity();
  Object.assign(entity, {
    position: String(row.position),
    streamId: row.stream_id,
    version: row.version,
    type: row.type,
    data: row.data,
    legalBasis: row.legal_basis,
    actorId: row.actor_id,
    actorRole: row.actor_role,
    actorName: row.actor_name,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    idempotencyKey: row.idempotency_key,
    prevHash: row.prev_hash,
    hash: row.hash,
  });
  return entity;
}
