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
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [request.streamId]);
    const events = manager.getRepository(LifecycleEventEntity);

    const keys = request.events.map((_, index) => `${request.idempotencyKey}#${index}`);
    const earlier = await events.find({ where: { idempotencyKey: In(keys) }, order: { version: 'ASC' } });
    if (earlier.length > 0) {
      const last = earlier[earlier.length - 1];
      return {
        streamVersion: last.version,
        headHash: last.hash,
        appended: false,
        recorded: earlier.map(toRecordedEvent),
      };
    }

    const head = await events.findOne({ where: { streamId: request.streamId }, order: { version: 'DESC' } });
    const headVersion = head?.version ?? 0;

    let prevHash = head?.hash ?? GENESIS_HASH;
    const occurredAt = new Date(request.occurredAt);
    const rows = request.events.map((event, index) => {
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
      return events.create({
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
    });
    const inserted = await events.insert(rows);
    inserted.identifiers.forEach((identifier, index) => (rows[index].position = String(identifier.position)));
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

  async verify(streamId: string, recordedHead?: { version: number; hash: string }): Promise<ChainVerification> {
    const events = await this.read(streamId);
    return verifyChain(events.map(chainedFields), recordedHead);
  }
}
