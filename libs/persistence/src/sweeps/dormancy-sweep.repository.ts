import type { Actor, IsoDate, SweepFinding } from '@htx/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import { within, type Reach } from '../cooperatives/cooperative.repository';
import { CooperativeEntity } from '../entities/cooperative.entity';
import { DormancySweepFindingEntity } from '../entities/dormancy-sweep-finding.entity';
import { DormancySweepEntity } from '../entities/dormancy-sweep.entity';

export type DormancySweep = {
  readonly sweepId: string;
  readonly asOf: IsoDate;
  readonly territoryCode: string | null;
  readonly territoryCodes: readonly string[] | null;
  readonly requestedBy: Actor;
  readonly status: 'running' | 'completed';
  readonly startedAt: string;
  readonly completedAt: string | null;
};

export type SweepCounts = { readonly assessed: number; readonly flagged: number };

export type FindingQuery = {
  readonly reach: Reach;
  readonly flagged?: boolean;
  /** Keyset cursor: the last registration code of the previous page. */
  readonly after?: string;
  readonly limit: number;
};

const toSweep = (row: DormancySweepEntity): DormancySweep => ({
  sweepId: row.id,
  asOf: row.asOf,
  territoryCode: row.territoryCode,
  territoryCodes: row.territoryCodes,
  requestedBy: row.requestedBy as Actor,
  status: row.status as DormancySweep['status'],
  startedAt: row.startedAt.toISOString(),
  completedAt: row.completedAt?.toISOString() ?? null,
});

/** Dormancy sweeps and their findings: written by the sweep's activities, read by the officers' review. */
@Injectable()
export class DormancySweepRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records the sweep unless it exists; either way returns it as first recorded. */
  async open(
    sweep: Pick<DormancySweep, 'sweepId' | 'asOf' | 'territoryCode' | 'territoryCodes' | 'requestedBy'>,
    now: Date,
  ): Promise<DormancySweep> {
    await this.dataSource.query(
      `INSERT INTO dormancy_sweeps (id, as_of, territory_code, territory_codes, requested_by, status, started_at)
       VALUES ($1, $2, $3, $4, $5, 'running', $6) ON CONFLICT (id) DO NOTHING`,
      [sweep.sweepId, sweep.asOf, sweep.territoryCode, sweep.territoryCodes, JSON.stringify(sweep.requestedBy), now],
    );
    return (await this.find(sweep.sweepId))!;
  }

  async find(sweepId: string): Promise<DormancySweep | null> {
    const row = await this.dataSource.getRepository(DormancySweepEntity).findOneBy({ id: sweepId });
    return row ? toSweep(row) : null;
  }

  /** The newest sweeps the caller can see: over a territory within their reach, or over the whole registry. */
  async recent(reach: Reach, limit: number): Promise<DormancySweep[]> {
    const territoryCodes = reach.territoryCodes ?? [];
    const rows = await this.dataSource
      .getRepository(DormancySweepEntity)
      .createQueryBuilder('s')
      .where(
        new Brackets((where) =>
          where
            .where('s.territory_code IS NULL')
            .orWhere('s.territory_code = ANY(:territoryCodes)', { territoryCodes }),
        ),
      )
      .orderBy('s.started_at', 'DESC')
      .take(limit)
      .getMany();
    return rows.map(toSweep);
  }

  /** The next cooperatives to assess, by id, with their workflows. */
  async cooperativesAfter(
    territoryCodes: readonly string[] | null,
    after: string | null,
    limit: number,
  ): Promise<{ readonly id: string; readonly workflowId: string }[]> {
    const builder = this.dataSource
      .getRepository(CooperativeEntity)
      .createQueryBuilder('c')
      .select(['c.id', 'c.workflowId'])
      .orderBy('c.id', 'ASC')
      .take(limit);
    if (territoryCodes) builder.andWhere('c.territory_code = ANY(:territoryCodes)', { territoryCodes });
    if (after) builder.andWhere('c.id > :after', { after });
    return builder.getMany();
  }

  /** Keeps the findings; a retried page overwrites its own rows with the same verdicts. */
  async saveFindings(sweepId: string, findings: readonly SweepFinding[]): Promise<void> {
    if (findings.length === 0) return;
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(DormancySweepFindingEntity)
      .values(
        findings.map((finding) => ({
          sweepId,
          cooperativeId: finding.cooperativeId,
          registrationCode: finding.registrationCode,
          territoryCode: finding.territoryCode,
          flagged: finding.assessment.flagged,
          finding,
        })),
      )
      .orUpdate(['registration_code', 'territory_code', 'flagged', 'finding'], ['sweep_id', 'cooperative_id'])
      .execute();
  }

  async complete(sweepId: string, now: Date): Promise<void> {
    await this.dataSource
      .getRepository(DormancySweepEntity)
      .update({ id: sweepId, status: 'running' }, { status: 'completed', completedAt: now });
  }

  /** How many cooperatives were assessed and flagged, within the caller's reach (everything without one). */
  async counts(sweepId: string, reach?: Reach): Promise<SweepCounts> {
    const builder = this.dataSource
      .getRepository(DormancySweepFindingEntity)
      .createQueryBuilder('f')
      .select('COUNT(*)::int', 'assessed')
      .addSelect('COUNT(*) FILTER (WHERE f.flagged)::int', 'flagged')
      .where('f.sweep_id = :sweepId', { sweepId });
    if (reach) builder.andWhere(within(reach, 'f.territory_code', 'f.cooperative_id'));
    return (await builder.getRawOne<SweepCounts>())!;
  }

  async findings(sweepId: string, query: FindingQuery): Promise<SweepFinding[]> {
    const builder = this.dataSource
      .getRepository(DormancySweepFindingEntity)
      .createQueryBuilder('f')
      .where('f.sweep_id = :sweepId', { sweepId })
      .andWhere(within(query.reach, 'f.territory_code', 'f.cooperative_id'));
    if (query.flagged !== undefined) builder.andWhere('f.flagged = :flagged', { flagged: query.flagged });
    if (query.after) builder.andWhere('f.registration_code > :after', { after: query.after });
    const rows = await builder.orderBy('f.registration_code', 'ASC').take(query.limit).getMany();
    return rows.map((row) => row.finding as SweepFinding);
  }

  async finding(sweepId: string, cooperativeId: string): Promise<SweepFinding | null> {
    const row = await this.dataSource.getRepository(DormancySweepFindingEntity).findOneBy({ sweepId, cooperativeId });
    return row ? (row.finding as SweepFinding) : null;
  }
}
