import { Injectable } from '@nestjs/common';
import type { Actor, LegalBasis } from '@htx/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, LessThanOrEqual, type EntityManager } from 'typeorm';
import { LifecycleEventEntity } from '../entities/lifecycle-event.entity';
import { chainTemplate, verifyChain, type ChainVerification } from './hash-chain';
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
   * Appends at the head of the stream, inside the caller's transaction, in one call to the database
   * (`append_lifecycle_events`): writers of one stream take turns under its advisory lock, so the chain never forks;
   * a request already appended returns what it appended then.
   */
  async append(manager: EntityManager, request: AppendRequest, recordedAt: Date): Promise<AppendOutcome> {
    if (request.events.length === 0) throw new Error(`Nothing to append to stream ${request.streamId}`);
    const keys = request.events.map((_, index) => `${request.idempotencyKey}#${index}`);
    const occurredAts = request.events.map((_, index) =>
      new Date(request.occurredAtByEvent?.[index] ?? request.occurredAt).toISOString(),
    );
    const templates = request.events.map((event, index) =>
      chainTemplate({
        streamId: request.streamId,
        type: event.type,
        data: event.data,
        legalBasis: event.legalBasis,
        actor: request.actor,
        occurredAt: occurredAts[index],
        recordedAt: recordedAt.toISOString(),
        idempotencyKey: keys[index],
      }),
    );
    const chained = await manager.query<AppendedRow[]>(
      'SELECT * FROM append_lifecycle_events($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)',
      [
        request.streamId,
        keys,
        request.events.map((event) => event.type),
        request.events.map((event) => JSON.stringify(event.data)),
        request.events.map((event) => (event.legalBasis === null ? null : JSON.stringify(event.legalBasis))),
        request.actor.id,
        request.actor.role,
        request.actor.displayName,
        occurredAts,
        recordedAt.toISOString(),
        templates.map((template) => template.before),
        templates.map((template) => template.between),
        templates.map((template) => template.after),
      ],
    );
    const head = chained[chained.length - 1];
    if (chained[0].earlier) {
      // A retried request: what it appended the first time, read whole (rare, so a second round trip is fine).
      const rows = await manager
        .getRepository(LifecycleEventEntity)
        .find({ where: { idempotencyKey: In(keys) }, order: { version: 'ASC' } });
      return { streamVersion: head.version, headHash: head.hash, appended: false, recorded: rows.map(toRecordedEvent) };
    }
    const recorded = request.events.map((event, index): RecordedEvent => ({
      position: String(chained[index].position),
      streamId: request.streamId,
      version: chained[index].version,
      type: event.type,
      data: event.data as Record<string, unknown>,
      legalBasis: event.legalBasis,
      actor: request.actor,
      occurredAt: occurredAts[index],
      recordedAt: recordedAt.toISOString(),
      idempotencyKey: keys[index],
      prevHash: chained[index].prev_hash,
      hash: chained[index].hash,
    }));
    return { streamVersion: head.version, headHash: head.hash, appended: true, recorded };
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

type AppendedRow = { earlier: boolean; position: string; version: number; prev_hash: string; hash: string };
