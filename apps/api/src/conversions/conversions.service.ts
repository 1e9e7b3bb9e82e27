import {
  BUCKET_LABELS,
  campaignTerms,
  canonicalJson,
  conversionHistory,
  daysBetween,
  DomainError,
  END_LABELS,
  GAP_STATUS_LABELS,
  PROGRESS_BUCKETS,
  progressBucket,
  REGIMES,
  STAGE_LABELS,
  text,
  vietnamDateOf,
  type Role,
} from '@htx/domain';
import {
  ConversionCampaignRepository,
  ReportingRepository,
  RuleCorrectionRepository,
  type CampaignRecord,
  type EnrolmentRow,
} from '@htx/persistence';
import { conversionCampaignWorkflowId } from '@htx/contracts';
import { ConversionClient } from '@htx/temporal-client';
import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../access/access-policy';
import { TerritoryDirectoryService } from '../access/territory-directory.service';
import { actingAs, type AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../http/api-error';
import { toCsv } from '../http/csv';
import { idFromKey } from '../http/idempotency';
import { invalidRequest } from '../http/validation';
import { refusalsAsErrors } from '../http/workflow-refusal';
import type {
  ConversionHistoryQueryDto,
  EnrolmentsQueryDto,
  FileEvidenceDto,
  OpenCampaignDto,
  RecordChecklistDto,
} from './conversions.dto';

export const CAMPAIGN_ROLES: Role[] = ['registration-officer', 'head-of-authority'];
export const CAMPAIGN_READERS: Role[] = ['registration-officer', 'head-of-authority', 'auditor', 'administrator'];
/** Who may answer the checklist and file the amended charter: officers, and the cooperative itself. */
export const ENROLMENT_EDITORS: Role[] = ['registration-officer', 'head-of-authority', 'cooperative-representative'];
export const ENROLMENT_READERS: Role[] = [...CAMPAIGN_READERS, 'cooperative-representative'];

const NOT_FOUND = text('Không tìm thấy đợt chuyển đổi.', 'No such conversion campaign.');

/** The page an officer reads of a campaign: its terms, days left, and how its cohort stands. */
export function campaignSummary(record: CampaignRecord, progress: Record<string, number>, now: Date) {
  const today = vietnamDateOf(now);
  const { terms } = record;
  return {
    ...terms,
    targetLabel: REGIMES[terms.target].title,
    enrolled: record.enrolled,
    enrolling: record.enrolled === null,
    openedAt: record.openedAt,
    daysToFollowUp: daysBetween(today, terms.followUpBy),
    daysToLegalDeadline: daysBetween(today, terms.legalDeadline),
    progress: PROGRESS_BUCKETS.map((bucket) => ({
      bucket,
      label: BUCKET_LABELS[bucket],
      count: progress[bucket] ?? 0,
      links: { list: `/conversion-campaigns/${terms.campaignId}/enrolments?bucket=${bucket}` },
    })),
    links: {
      self: `/conversion-campaigns/${terms.campaignId}`,
      enrolments: `/conversion-campaigns/${terms.campaignId}/enrolments`,
      csv: `/conversion-campaigns/${terms.campaignId}/enrolments.csv`,
    },
  };
}

export function enrolmentView(row: EnrolmentRow) {
  const self = `/conversion-campaigns/${row.campaign.campaignId}/enrolments/${row.enrolmentId}`;
  const answers = new Map(row.checklist.map((answer) => [answer.itemId, answer]));
  return {
    ...row,
    notices: row.notices ?? [],
    bucket: progressBucket(row),
    stageLabel: STAGE_LABELS[row.stage],
    endLabel: row.ended ? END_LABELS[row.ended.how] : null,
    checklist: row.items.map((item) => {
      const answer = answers.get(item.itemId);
      const status = answer?.status ?? 'unknown';
      return {
        ...item,
        status,
        statusLabel: GAP_STATUS_LABELS[status],
        note: answer?.note ?? '',
        answer: answer ?? null,
      };
    }),
    links: {
      self,
      checklist: `${self}/checklist`,
      evidence: `${self}/evidence`,
      record: `/cooperatives/${row.cooperativeId}`,
    },
  };
}

@Injectable()
export class ConversionsService {
  constructor(
    private readonly campaigns: ConversionCampaignRepository,
    private readonly client: ConversionClient,
    private readonly access: AccessPolicy,
    private readonly territories: TerritoryDirectoryService,
    private readonly corrections: RuleCorrectionRepository,
    private readonly reporting: ReportingRepository,
  ) {}

  /**
   * Opens the campaign and starts enrolling its cohort. The same request (or Idempotency-Key) from the same officer
   * names the same campaign: a repeat returns it and enrols no one twice.
   */
  async open(body: OpenCampaignDto, user: AuthenticatedUser, now: Date, key?: string) {
    const today = vietnamDateOf(now);
    if (!(await this.access.covers(user, body.territoryCode, now))) {
      throw invalidRequest([
        {
          field: 'territoryCode',
          reason: text(
            `Địa bàn ${body.territoryCode} không thuộc phạm vi bạn phụ trách.`,
            `Territory ${body.territoryCode} is not within your reach.`,
          ),
          fix: text('Chọn một địa bàn bạn phụ trách.', 'Choose a territory you cover.'),
        },
      ]);
    }
    const campaignId = idFromKey('conversion-campaign', user.id, key ?? canonicalJson({ ...body }));
    const existing = await this.campaigns.find(campaignId);
    if (existing) return { campaign: existing, created: false };
    const rules = await this.corrections.ruleBook();
    const terms = await asRequestError(() =>
      campaignTerms({ ...body, campaignId, openedBy: actingAs(user, CAMPAIGN_ROLES) }, today, rules),
    );
    const territoryCodes = (await this.territories.directory()).codesWithin([body.territoryCode], today);
    // Recorded first, so enrolment can report back to it; started after (a repeat finds the same workflow).
    const opened = await this.campaigns.open(terms, territoryCodes, conversionCampaignWorkflowId(campaignId));
    await this.client.startCampaign(opened.campaign.terms, opened.campaign.territoryCodes);
    return opened;
  }

  /** A past conversion of a territory, read back from its records (imported or lived). */
  async history(query: ConversionHistoryQueryDto, user: AuthenticatedUser, now: Date) {
    const today = vietnamDateOf(now);
    if (!(await this.access.covers(user, query.territoryCode, now))) {
      throw new ApiError(
        404,
        'TERRITORY_NOT_FOUND',
        text('Không có địa bàn này trong phạm vi của bạn.', 'No such territory within your reach.'),
      );
    }
    const codes = (await this.territories.directory()).codesWithin([query.territoryCode], today);
    const cooperatives = await this.reporting.inTerritories(codes);
    return {
      territoryCode: query.territoryCode,
      ...conversionHistory(cooperatives, query.target, await this.corrections.ruleBook(), today),
    };
  }

  async list(user: AuthenticatedUser, now: Date) {
    const reach = await this.access.reach(user, now);
    const records = await this.campaigns.list(reach, 50);
    return Promise.all(
      records.map(async (record) =>
        campaignSummary(record, await this.campaigns.progress(record.terms.campaignId), now),
      ),
    );
  }

  async get(campaignId: string, user: AuthenticatedUser, now: Date) {
    const record = await this.visible(campaignId, user, now);
    return campaignSummary(record, await this.campaigns.progress(campaignId), now);
  }

  async enrolments(campaignId: string, query: EnrolmentsQueryDto, user: AuthenticatedUser, now: Date) {
    await this.visible(campaignId, user, now);
    const limit = query.limit ?? 100;
    const rows = await this.campaigns.enrolments(campaignId, { ...query, limit });
    return {
      items: rows.map(enrolmentView),
      nextCursor: rows.length === limit ? rows[rows.length - 1].registrationCode : null,
    };
  }

  /** Every cooperative of the campaign as one CSV (UTF-8 with a BOM, so spreadsheet programs read the accents). */
  async csv(campaignId: string, user: AuthenticatedUser, now: Date): Promise<string> {
    await this.visible(campaignId, user, now);
    const rows: EnrolmentRow[] = [];
    for (let after: string | undefined; ;) {
      const page = await this.campaigns.enrolments(campaignId, { after, limit: 1000 });
      rows.push(...page);
      if (page.length < 1000) break;
      after = page[page.length - 1].registrationCode;
    }
    return toCsv(
      [
        'Mã số / Registration code',
        'Tên / Name',
        'Địa bàn / Territory',
        'Tình hình / Progress',
        'Điểm chưa phù hợp / Open points',
        'Điều lệ sửa đổi / Evidence',
        'Ngày phù hợp / Conformed on',
        'Quá hạn từ / Overdue since',
        'Kết thúc / Ended',
      ],
      rows.map((row) => {
        const conforming = row.checklist.filter((answer) => answer.status === 'conforms').length;
        return [
          row.registrationCode,
          row.name,
          row.territoryCode,
          BUCKET_LABELS[progressBucket(row)].vi,
          String(row.items.length - conforming),
          row.evidence ? `${row.evidence.reference} (${row.evidence.filedOn})` : '',
          row.conformedOn ?? '',
          row.overdueSince ?? '',
          row.ended ? `${END_LABELS[row.ended.how].vi} (${row.ended.on})` : '',
        ];
      }),
    );
  }

  async enrolment(campaignId: string, enrolmentId: string, user: AuthenticatedUser, now: Date) {
    return enrolmentView(await this.visibleEnrolment(campaignId, enrolmentId, user, now));
  }

  async recordChecklist(
    campaignId: string,
    enrolmentId: string,
    body: RecordChecklistDto,
    user: AuthenticatedUser,
    now: Date,
  ) {
    const row = await this.visibleEnrolment(campaignId, enrolmentId, user, now);
    const answers = body.answers.map((answer) => ({ ...answer }));
    const enrolment = await refusalsAsErrors(() =>
      this.client.recordChecklist(row.workflowId, { answers, actor: actingAs(user, ENROLMENT_EDITORS) }),
    );
    return enrolmentView({ ...row, ...enrolment });
  }

  async fileEvidence(
    campaignId: string,
    enrolmentId: string,
    body: FileEvidenceDto,
    user: AuthenticatedUser,
    now: Date,
  ) {
    const row = await this.visibleEnrolment(campaignId, enrolmentId, user, now);
    const enrolment = await refusalsAsErrors(() =>
      this.client.fileEvidence(row.workflowId, { filing: { ...body }, actor: actingAs(user, ENROLMENT_EDITORS) }),
    );
    return enrolmentView({ ...row, ...enrolment });
  }

  private async visible(campaignId: string, user: AuthenticatedUser, now: Date): Promise<CampaignRecord> {
    const record = await this.campaigns.find(campaignId);
    if (!record || !(await this.access.covers(user, record.terms.territoryCode, now))) {
      throw new ApiError(404, 'CAMPAIGN_NOT_FOUND', NOT_FOUND);
    }
    return record;
  }

  /** An enrolment its cooperative's representative, or an officer covering its territory, may see. */
  private async visibleEnrolment(campaignId: string, enrolmentId: string, user: AuthenticatedUser, now: Date) {
    const row = await this.campaigns.enrolment(enrolmentId);
    if (!row || row.campaign.campaignId !== campaignId || !(await this.access.canSee(user, row, now))) {
      throw new ApiError(
        404,
        'ENROLMENT_NOT_FOUND',
        text('Không tìm thấy hợp tác xã trong đợt chuyển đổi này.', 'No such cooperative in this campaign.'),
      );
    }
    return row;
  }
}

/** A domain refusal of the request, as the 400 it is. */
async function asRequestError<T>(decide: () => Promise<T> | T): Promise<T> {
  try {
    return await decide();
  } catch (error) {
    if (error instanceof DomainError) throw invalidRequest(error.problems);
    throw error;
  }
}
