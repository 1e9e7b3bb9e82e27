import type { Actor, Authority, CooperativeKind, Territory, TerritoryLevel } from '@htx/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { AuthorityEntity } from '../entities/authority.entity';
import { TerritoryEntity } from '../entities/territory.entity';

/** Administrative units and registration authorities: reference data, loaded by an administrator, audited. */
@Injectable()
export class TerritoryRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auditLog: AuditLog,
  ) {}

  async territories(): Promise<Territory[]> {
    const rows = await this.dataSource.getRepository(TerritoryEntity).find({ order: { code: 'ASC' } });
    return rows.map((row) => ({
      code: row.code,
      name: row.name,
      level: row.level as TerritoryLevel,
      parentCode: row.parentCode,
      validFrom: row.validFrom,
      validTo: row.validTo,
      successorCode: row.successorCode,
    }));
  }

  async authorities(): Promise<Authority[]> {
    const rows = await this.dataSource.getRepository(AuthorityEntity).find({ order: { id: 'ASC' } });
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      territoryCode: row.territoryCode,
      handles: row.handles as CooperativeKind[],
      validFrom: row.validFrom,
      validTo: row.validTo,
      confirmed: row.confirmed,
    }));
  }

  /** Adds or updates units (a reorganisation closes old ones with validTo and successorCode). Nothing is deleted. */
  async saveTerritories(territories: readonly Territory[], actor: Actor, occurredAt: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(TerritoryEntity).upsert(
        territories.map((territory) => ({ ...territory })),
        ['code'],
      );
      await this.auditLog.record(
        {
          actor,
          action: 'territories-loaded',
          outcome: 'allowed',
          subject: {
            type: 'territories',
            id: territories
              .map((t) => t.code)
              .join(',')
              .slice(0, 200),
          },
          details: { count: territories.length, codes: territories.map((t) => t.code) },
          occurredAt,
        },
        manager,
      );
    });
  }

  async saveAuthorities(authorities: readonly Authority[], actor: Actor, occurredAt: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(AuthorityEntity).upsert(
        authorities.map((authority) => ({ ...authority, handles: [...authority.handles] })),
        ['id'],
      );
      await this.auditLog.record(
        {
          actor,
          action: 'authorities-loaded',
          outcome: 'allowed',
          subject: {
            type: 'authorities',
            id: authorities
              .map((a) => a.id)
              .join(',')
              .slice(0, 200),
          },
          details: { count: authorities.length, ids: authorities.map((a) => a.id) },
          occurredAt,
        },
        manager,
      );
    });
  }
}
