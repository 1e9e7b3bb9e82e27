import type { CohortMember } from '@htx/contracts';
import {
  LEGAL_REGIMES,
  PROGRESS_BUCKETS,
  type CampaignTerms,
  type Enrolment,
  type LegalRegime,
  type ProgressBucket,
} from '@htx/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { within, type Reach } from '../cooperatives/cooperative.repository';
import { CooperativeEntity } from '../entities/cooperative.entity';
import { ConversionCampaignEntity } from '../entities/conversion-campaign.entity';
import { ConversionEnrolmentEntity } from '../entities/conversion-enrolment.entity';
import { uuidFromParts } from '../ids';

export type CampaignRecord = {
  readonly terms: CampaignTerms;
  readonly territoryCodes: readonly string[];
  readonly workflowId: string;
  /** Null while the cohort is still being enrolled. */
  readonly enrolled: number | null;
  readonly openedAt: string;
};

export type EnrolmentRow = Enrolment & { readonly workflowId: string; readonly updatedAt: string };

const toCampaign = (row: ConversionCampaignEntity): CampaignRecord => ({
  terms: row.terms as CampaignTerms,
  territoryCodes: row.territoryCodes,
  workflowId: row.workflowId,
  enrolled: row.enrolled,
  openedAt: row.openedAt.toISOString(),
});

const toEnrolment = (row: ConversionEnrolmentEntity): EnrolmentRow => ({
  ...(row.state as Enrolment),
  workflowId: row.workflowId,
  updatedAt: row.updatedAt.toISOString(),
});

/** Conversion campaigns, their cohorts and the read model of each cooperative's conversion. */
@Injectable()
export class ConversionCampaignRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records a campaign once: the same id again returns the campaign already recorded. */
  async open(
    terms: CampaignTerms,
    territoryCodes: readonly string[],
    workflowId: string,
  ): Promise<{ campaign: CampaignRecord; created: boolean }> {
    const inserted = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(ConversionCampaignEntity)
      .values({
        id: terms.campaignId,
        name: terms.name,
        territoryCode: terms.territoryCode,
        target: terms.target,
        legalDeadline: terms.legalDeadline,
        followUpBy: terms.followUpBy,
        terms,
        territoryCodes: [...territoryCodes],
        workflowId,
        openedBy: terms.openedBy.id,
        enrolled: null,
      })
      .orIgnore()
      .execute();
    const campaign = (await this.find(terms.campaignId))!;
    return { campaign, created: (inserted.raw as unknown[]).length > 0 };
  }

  async find(campaignId: string): Promise<CampaignRecord | null> {
    const row = await this.dataSource.getRepository(ConversionCampaignEntity).findOneBy({ id: campaignId });
    return row ? toCampaign(row) : null;
  }

  /** Campaigns of territories within the caller's reach, newest first. */
  async list(reach: Reach, limit: number): Promise<CampaignRecord[]> {
    const rows = await this.dataSource
      .getRepository(ConversionCampaignEntity)
      .createQueryBuilder('c')
      .where(within(reach, 'c.territory_code', 'c.id'))
      .orderBy('c.opened_at', 'DESC')
      .take(limit)
      .getMany();
    return rows.map(toCampaign);
  }

  async completeEnrolment(campaignId: string, enrolled: number): Promise<void> {
    await this.dataSource.getRepository(ConversionCampaignEntity).update({ id: campaignId }, { enrolled });
  }

  /** The cohort a page at a time: cooperatives of the territories, not gone, still under a law older than the target. */
  async cohortPage(
    campaignId: string,
    territoryCodes: readonly string[],
    target: LegalRegime,
    after: string | null,
    limit: number,
  ): Promise<{ members: CohortMember[]; next: string | null }> {
    const older = LEGAL_REGIMES.slice(0, LEGAL_REGIMES.indexOf(target));
    const builder = this.dataSource
      .getRepository(CooperativeEntity)
      .createQueryBuilder('c')
      .where('c.territory_code = ANY(:territoryCodes)', { territoryCodes: [...territoryCodes] })
      .andWhere('c.regime = ANY(:older)', { older })
      .andWhere('c.status NOT IN (:...gone)', { gone: ['dissolved', 'converted-out', 'revoked'] });
    if (after) builder.andWhere('c.id > :after', { after });
    const rows = await builder.orderBy('c.id', 'ASC').take(limit).getMany();
    return {
      members: rows.map((row) => ({
        cooperativeId: row.id,
        workflowId: row.workflowId,
        enrolmentId: uuidFromParts('conversion', campaignId, row.id),
        registrationCode: row.registrationCode,
        name: row.name,
        kind: row.kind as CohortMember['kind'],
        sector: row.sector as CohortMember['sector'],
        territoryCode: row.territoryCode,
        regime: row.regime as LegalRegime,
      })),
      next: rows.length === limit ? rows[rows.length - 1].id : null,
    };
  }

  /** How many of the cohort stand in each bucket. */
  async progress(campaignId: string): Promise<Record<ProgressBucket, number>> {
    const rows = await this.dataSource.query<{ bucket: ProgressBucket; count: string }[]>(
      'SELECT bucket, count(*) AS count FROM conversion_enrolments WHERE campaign_id = $1 GROUP BY bucket',
      [campaignId],
    );
    const counts = Object.fromEntries(PROGRESS_BUCKETS.map((bucket) => [bucket, 0])) as Record<ProgressBucket, number>;
    for (const row of rows) counts[row.bucket] = Number(row.count);
    return counts;
  }

  /** The list behind a count (or all of them), by registration code, keyset pages. */
  async enrolments(
    campaignId: string,
    query: { readonly bucket?: ProgressBucket; readonly after?: string; readonly limit: number },
  ): Promise<EnrolmentRow[]> {
    const builder = this.dataSource
      .getRepository(ConversionEnrolmentEntity)
      .createQueryBuilder('e')
      .where('e.campaign_id = :campaignId', { campaignId });
    if (query.bucket) builder.andWhere('e.bucket = :bucket', { bucket: query.bucket });
    if (query.after) builder.andWhere('e.registration_code > :after', { after: query.after });
    const rows = await builder.orderBy('e.registration_code', 'ASC').take(query.limit).getMany();
    return rows.map(toEnrolment);
  }

  async enrolment(enrolmentId: string): Promise<EnrolmentRow | null> {
    const row = await this.dataSource.getRepository(ConversionEnrolmentEntity).findOneBy({ id: enrolmentId });
    return row ? toEnrolment(row) : null;
  }
}
