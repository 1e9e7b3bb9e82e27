import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import { CooperativeEntity } from '../entities/cooperative.entity';
import type { ChainVerification } from '../event-log/hash-chain';
import { EventLog } from '../event-log/event-log';
import type { RecordedEvent } from '../event-log/recorded-event';
import { toCooperativeRecord, type CooperativeRecord } from './cooperative.mapper';

export type CooperativeListQuery = {
  /** The caller's reach: rows in these territories or with these ids (null: no limit of that kind). */
  readonly reach: {
    readonly territoryCodes: readonly string[] | null;
    readonly cooperativeIds: readonly string[] | null;
  };
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
    const builder = this.dataSource.getRepository(CooperativeEntity).createQueryBuilder('c');
    const { territoryCodes, cooperativeIds } = query.reach;
    builder.where(
      new Brackets((reach) => {
        reach.where('false');
        if (territoryCodes?.length) reach.orWhere('c.territory_code = ANY(:territoryCodes)', { territoryCodes });
        if (cooperativeIds?.length) reach.orWhere('c.id = ANY(:cooperativeIds)', { cooperativeIds });
      }),
    );
    if (query.territoryCode)
      builder.andWhere('c.territory_code = :territoryCode', { territoryCode: query.territoryCode });
    if (query.status) builder.andWhere('c.status = :status', { status: query.status });
    if (query.after) builder.andWhere('c.registration_code > :after', { after: query.after });
    const rows = await builder.orderBy('c.registration_code', 'ASC').take(query.limit).getMany();
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
