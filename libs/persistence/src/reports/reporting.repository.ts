import type { IsoDate } from '@htx/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { toCooperativeRecord, type CooperativeRecord } from '../cooperatives/cooperative.mapper';
import { within, type Reach } from '../cooperatives/cooperative.repository';
import { CooperativeEntity } from '../entities/cooperative.entity';
import { StatisticsTargetEntity } from '../entities/statistics-target.entity';

export type StatisticsTarget = {
  readonly territoryCode: string;
  readonly year: number;
  readonly indicator: string;
  readonly target: number;
  readonly source: string;
  readonly updatedBy: string;
  readonly updatedAt: string;
};

/** Reads for the reports officers send up and the steering committee's statistics. */
@Injectable()
export class ReportingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Cooperatives within reach with a yearly report still open past its due date on `asOf`. */
  async withOverdueReports(query: {
    readonly reach: Reach;
    readonly asOf: IsoDate;
    readonly territoryCodes?: readonly string[];
  }): Promise<CooperativeRecord[]> {
    const builder = this.dataSource
      .getRepository(CooperativeEntity)
      .createQueryBuilder('c')
      .where(within(query.reach, 'c.territory_code', 'c.id'))
      .andWhere(
        `jsonb_path_exists(c.state, '$.reporting.obligations[*] ? (@.status == "open" && @.dueOn < $asOf)', jsonb_build_object('asOf', CAST(:asOf AS text)))`,
        { asOf: query.asOf },
      );
    if (query.territoryCodes) builder.andWhere('c.territory_code = ANY(:codes)', { codes: query.territoryCodes });
    const rows = await builder.orderBy('c.registration_code', 'ASC').getMany();
    return rows.map(toCooperativeRecord);
  }

  /** Cooperatives within reach (in these territories, if given) whose yearly reports the registry has tracked. */
  async withReportObligations(query: {
    readonly reach: Reach;
    readonly territoryCodes?: readonly string[];
  }): Promise<CooperativeRecord[]> {
    const builder = this.dataSource
      .getRepository(CooperativeEntity)
      .createQueryBuilder('c')
      .where(within(query.reach, 'c.territory_code', 'c.id'))
      .andWhere(`jsonb_path_exists(c.state, '$.reporting.obligations[*]')`);
    if (query.territoryCodes) builder.andWhere('c.territory_code = ANY(:codes)', { codes: query.territoryCodes });
    const rows = await builder.orderBy('c.registration_code', 'ASC').getMany();
    return rows.map(toCooperativeRecord);
  }

  /** Every cooperative registered in these territories (the registry the aggregate counts), whatever its status. */
  async inTerritories(territoryCodes: readonly string[]): Promise<CooperativeRecord[]> {
    if (territoryCodes.length === 0) return [];
    const rows = await this.dataSource
      .getRepository(CooperativeEntity)
      .createQueryBuilder('c')
      .where('c.territory_code = ANY(:codes)', { codes: territoryCodes })
      .orderBy('c.registration_code', 'ASC')
      .getMany();
    return rows.map(toCooperativeRecord);
  }

  async targets(territoryCodes: readonly string[], year: number): Promise<StatisticsTarget[]> {
    if (territoryCodes.length === 0) return [];
    const rows = await this.dataSource
      .getRepository(StatisticsTargetEntity)
      .createQueryBuilder('t')
      .where('t.territory_code = ANY(:codes)', { codes: territoryCodes })
      .andWhere('t.year = :year', { year })
      .orderBy('t.territory_code')
      .addOrderBy('t.indicator')
      .getMany();
    return rows.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() }));
  }

  /** Sets (or replaces) targets; the same request again changes nothing. */
  async saveTargets(targets: readonly Omit<StatisticsTarget, 'updatedAt'>[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      for (const target of targets) {
        await manager.getRepository(StatisticsTargetEntity).upsert(target, ['territoryCode', 'year', 'indicator']);
      }
    });
  }
}
