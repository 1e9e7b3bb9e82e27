import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import { CooperativeEntity } from '../entities/cooperative.entity';
import { SupportRecordEntity } from '../entities/support-record.entity';
import type { ChainVerification } from '../event-log/hash-chain';
import { EventLog } from '../event-log/event-log';
import type { RecordedEvent } from '../event-log/recorded-event';
import { toCooperativeRecord, type CooperativeRecord } from './cooperative.mapper';

/** The caller's reach: rows in these territories or with these ids (null: none of that kind). */
export type Reach = {
  readonly territoryCodes: readonly string[] | null;
  readonly cooperativeIds: readonly string[] | null;
};

export type CooperativeListQuery = {
  readonly reach: Reach;
  readonly territoryCode?: string;
  readonly status?: string;
  /** Keyset cursor: the last registration code of the previous page. */
  readonly after?: string;
  readonly limit: number;
};

type MoneyColumn = 'requestedAmount' | 'approvedAmount' | 'disbursedAmount';

export type SupportSum = {
  readonly territoryCode: string;
  readonly kind: string;
  readonly requests: number;
  readonly approved: number;
} & Readonly<Record<MoneyColumn, number>>;

/** The rows a caller may see: in their territories, or their own cooperatives. */
export function within(reach: Reach, territoryColumn: string, idColumn: string): Brackets {
  const { territoryCodes, cooperativeIds } = reach;
  return new Brackets((where) => {
    where.where('false');
    if (territoryCodes?.length) where.orWhere(`${territoryColumn} = ANY(:territoryCodes)`, { territoryCodes });
    if (cooperativeIds?.length) where.orWhere(`${idColumn} = ANY(:cooperativeIds)`, { cooperativeIds });
  });
}

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

  /** The registry's workflows in a stable order, a page at a time, for work that must reach every cooperative. */
  async workflowIdPage(after: string | null, limit: number): Promise<{ workflowIds: string[]; next: string | null }> {
    const builder = this.dataSource
      .getRepository(CooperativeEntity)
      .createQueryBuilder('c')
      .select(['c.id', 'c.workflowId']);
    if (after) builder.where('c.id > :after', { after });
    const rows = await builder.orderBy('c.id', 'ASC').take(limit).getMany();
    return {
      workflowIds: rows.map((row) => row.workflowId),
      next: rows.length === limit ? rows[rows.length - 1].id : null,
    };
  }

  /** Records still open to change (not dissolved), by id, a page at a time: what a rule correction could move. */
  async openRecordsPage(after: string | null, limit: number): Promise<CooperativeRecord[]> {
    const builder = this.dataSource
      .getRepository(CooperativeEntity)
      .createQueryBuilder('c')
      .where('c.status <> :dissolved', { dissolved: 'dissolved' });
    if (after) builder.andWhere('c.id > :after', { after });
    return (await builder.orderBy('c.id', 'ASC').take(limit).getMany()).map(toCooperativeRecord);
  }

  async list(query: CooperativeListQuery): Promise<CooperativeRecord[]> {
    const builder = this.dataSource
      .getRepository(CooperativeEntity)
      .createQueryBuilder('c')
      .where(within(query.reach, 'c.territory_code', 'c.id'));
    if (query.territoryCode)
      builder.andWhere('c.territory_code = :territoryCode', { territoryCode: query.territoryCode });
    if (query.status) builder.andWhere('c.status = :status', { status: query.status });
    if (query.after) builder.andWhere('c.registration_code > :after', { after: query.after });
    const rows = await builder.orderBy('c.registration_code', 'ASC').take(query.limit).getMany();
    return rows.map(toCooperativeRecord);
  }

  /** Support for new cooperatives in a year, summed per territory and kind, within the caller's reach. */
  async supportSummary(query: { reach: Reach; year: number; territoryCode?: string }): Promise<SupportSum[]> {
    const builder = this.dataSource
      .getRepository(SupportRecordEntity)
      .createQueryBuilder('s')
      .select('s.territory_code', 'territoryCode')
      .addSelect('s.kind', 'kind')
      .addSelect('COUNT(*)::int', 'requests')
      .addSelect(`COUNT(*) FILTER (WHERE s.status = 'approved')::int`, 'approved')
      .addSelect('SUM(s.requested_amount)::text', 'requestedAmount')
      .addSelect('SUM(s.approved_amount)::text', 'approvedAmount')
      .addSelect('SUM(s.disbursed_amount)::text', 'disbursedAmount')
      .where(within(query.reach, 's.territory_code', 's.cooperative_id'))
      .andWhere('s.year = :year', { year: query.year });
    if (query.territoryCode) builder.andWhere('s.territory_code = :territoryCode', query);
    const rows = await builder
      .groupBy('s.territory_code')
      .addGroupBy('s.kind')
      .orderBy('1')
      .addOrderBy('2')
      .getRawMany<
        Omit<SupportSum, 'requestedAmount' | 'approvedAmount' | 'disbursedAmount'> & Record<MoneyColumn, string>
      >();
    return rows.map((row) => ({
      ...row,
      requestedAmount: Number(row.requestedAmount),
      approvedAmount: Number(row.approvedAmount),
      disbursedAmount: Number(row.disbursedAmount),
    }));
  }

  events(cooperativeId: string, asOf?: Date): Promise<RecordedEvent[]> {
    return this.eventLog.read(cooperativeId, asOf);
  }

  verify(cooperative: CooperativeRecord): Promise<ChainVerification> {
    return this.eventLog.verify(cooperative.cooperativeId, async (manager) => {
      const row = await manager.getRepository(CooperativeEntity).findOneBy({ id: cooperative.cooperativeId });
      return row ? { version: row.streamVersion, hash: row.headHash } : undefined;
    });
  }
}
