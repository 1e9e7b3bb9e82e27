import type { Actor, LocalizedText } from '@htx/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditRecordEntity } from '../entities/audit-record.entity';

export type AuditAction =
  | 'access-denied'
  | 'task-action-refused'
  | 'sign-in-failed'
  | 'territories-loaded'
  | 'authorities-loaded'
  | 'calendar-schedule-loaded'
  | 'rule-pack-corrected'
  | 'user-saved';

export type AuditEntry = {
  readonly actor: Actor;
  readonly action: AuditAction;
  readonly outcome: 'allowed' | 'denied';
  readonly subject: { readonly type: string; readonly id: string };
  readonly cooperativeId?: string | null;
  readonly territoryCode?: string | null;
  readonly reason?: LocalizedText | null;
  readonly details?: Record<string, unknown>;
  readonly occurredAt: Date;
};

export type AuditRecord = AuditEntry & { readonly id: string };

export type AuditQuery = {
  /** Records tied to a place show only within these territories (null: everywhere). */
  readonly territoryCodes: readonly string[] | null;
  readonly cooperativeId?: string;
  readonly actorId?: string;
  readonly action?: AuditAction;
  /** Keyset cursor: the id of the last record of the previous page (newest first). */
  readonly before?: string;
  readonly limit: number;
};

/** The append-only record of refusals and administrative changes (a trigger refuses UPDATE and DELETE). */
@Injectable()
export class AuditLog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(AuditRecordEntity).insert({
      occurredAt: entry.occurredAt,
      actorId: entry.actor.id,
      actorRole: entry.actor.role,
      action: entry.action,
      outcome: entry.outcome,
      subjectType: entry.subject.type,
      subjectId: entry.subject.id,
      cooperativeId: entry.cooperativeId ?? null,
      territoryCode: entry.territoryCode ?? null,
      reason: entry.reason ?? null,
      details: { actorName: entry.actor.displayName, ...entry.details },
    });
  }

  async list(query: AuditQuery): Promise<AuditRecord[]> {
    const builder = this.dataSource.getRepository(AuditRecordEntity).createQueryBuilder('a');
    builder.where('true');
    if (query.territoryCodes) {
      builder.andWhere('(a.territory_code IS NULL OR a.territory_code = ANY(:codes))', { codes: query.territoryCodes });
    }
    if (query.cooperativeId)
      builder.andWhere('a.cooperative_id = :cooperativeId', { cooperativeId: query.cooperativeId });
    if (query.actorId) builder.andWhere('a.actor_id = :actorId', { actorId: query.actorId });
    if (query.action) builder.andWhere('a.action = :action', { action: query.action });
    if (query.before) builder.andWhere('a.id < :before', { before: query.before });
    const rows = await builder.orderBy('a.id', 'DESC').take(query.limit).getMany();
    return rows.map((row) => {
      const { actorName, ...details } = row.details as { actorName?: string };
      return {
        id: row.id,
        occurredAt: row.occurredAt,
        actor: { id: row.actorId, role: row.actorRole as Actor['role'], displayName: actorName ?? row.actorId },
        action: row.action as AuditAction,
        outcome: row.outcome as AuditRecord['outcome'],
        subject: { type: row.subjectType, id: row.subjectId },
        cooperativeId: row.cooperativeId,
        territoryCode: row.territoryCode,
        reason: row.reason as LocalizedText | null,
        details,
      };
    });
  }
}
