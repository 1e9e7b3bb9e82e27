import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MoreThan, type FindOptionsWhere } from 'typeorm';
import { CooperativeEntity } from '../entities/cooperative.entity';
import type { ChainVerification } from '../event-log/hash-chain';
import { EventLog } from '../event-log/event-log';
import type { RecordedEvent } from '../event-log/recorded-event';
import { toCooperativeRecord, type CooperativeRecord } from './cooperative.mapper';

export type CooperativeListQuery = {
  readonly territoryCode?: string;
  readonly status?: string;
  /** Keyset cursor: the last registration code of the previous page. */
  readonly after?: string;
  readonly limit: number;
};

/** What the API reads about cooperatives: the registry rows and their event streams. */
@Injectable()
export class CooperativeRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly eventLog: EventLog,
  ) {}

  async findById(id: string): Promise<CooperativeRecord | null> {
    const row = await this.dataSource.getRepository(CooperativeEntity).findOneBy({ id });
    return row ? toCooperativeRecord(row) : null;
  }

  async findByRegistrationCode(registrationCode: string): Promise<CooperativeRecord | null> {
    const row = await this.dataSource.getRepository(CooperativeEntity).findOneBy({ registrationCode });
    return row ? toCooperativeRecord(row) : null;
  }

  async list(query: CooperativeListQuery): Promise<CooperativeRecord[]> {
    const where: FindOptionsWhere<CooperativeEntity> = {};
    if (query.territoryCode) where.territoryCode = query.territoryCode;
    if (query.status) where.status = query.status;
    if (query.after) where.registrationCode = MoreThan(query.after);
    const rows = await this.dataSource
      .getRepository(CooperativeEntity)
      .find({ where, order: { registrationCode: 'ASC' }, take: query.limit });
    return rows.map(toCooperativeRecord);
  }

  events(cooperativeId: string, asOf?: Date): Promise<RecordedEvent[]> {
    return this.eventLog.read(cooperativeId, asOf);
  }

  verify(cooperative: CooperativeRecord): Promise<ChainVerification> {
    return this.eventLog.verify(cooperative.cooperativeId, {
      version: cooperative.streamVersion,
      hash: cooperative.headHash,
    });
  }
}
