import {
  aggregateLines,
  annualAggregate,
  daysOverdue,
  indicatorActual,
  openObligations,
  reportingHistory,
  STATISTICS_INDICATOR_LABELS,
  STATISTICS_INDICATORS,
  text,
  vietnamDateOf,
  type AnnualAggregate,
  type IsoDate,
  type Role,
} from '@htx/domain';
import { NoticeOutbox, ReportingRepository, type NoticeRecord, RuleCorrectionRepository } from '@htx/persistence';
import { Injectable } from '@nestjs/common';
import { Workbook } from 'exceljs';
import { AccessPolicy } from '../access/access-policy';
import { TerritoryDirectoryService } from '../access/territory-directory.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../http/api-error';
import type { OverdueReportDto, ReportingHistoryResponseDto, SetTargetsDto, StatsRowDto } from './reports.dto';

/** Officers and those who read their work (not the cooperatives' representatives). */
export const REPORT_READERS: Role[] = ['registration-officer', 'head-of-authority', 'auditor', 'administrator'];
/** Who may open the yearly consolidation tasks by hand (a missed year). */
export const CASCADE_RUNNERS: Role[] = ['administrator', 'head-of-authority'];
/** Who sets the steering committee's targets. */
export const TARGET_SETTERS: Role[] = ['administrator', 'head-of-authority'];

export type AnnualReport = {
  readonly territory: { readonly code: string; readonly name: string; readonly level: string };
  readonly aggregate: AnnualAggregate;
};

@Injectable()
export class ReportsService {
  constructor(
    private readonly reporting: ReportingRepository,
    private readonly outbox: NoticeOutbox,
    private readonly access: AccessPolicy,
    private readonly territories: TerritoryDirectoryService,
    private readonly corrections: RuleCorrectionRepository,
  ) {}

  /** Who is overdue on `asOf`, by how long, and every notice sent for that year with its outcome. */
  async overdue(
    query: { territoryCode?: string; asOf?: IsoDate },
    user: AuthenticatedUser,
    now: Date,
  ): Promise<{ asOf: IsoDate; items: OverdueReportDto[] }> {
    const asOf = query.asOf ?? vietnamDateOf(now);
    const territoryCodes = query.territoryCode ? await this.scope(query.territoryCode, user, now) : undefined;
    const cooperatives = await this.reporting.withOverdueReports({
      reach: await this.access.reach(user, now),
      asOf,
      territoryCodes,
    });
    const notices = await this.outbox.forCooperatives(cooperatives.map((cooperative) => cooperative.cooperativeId));
    const items = cooperatives.flatMap((cooperative) =>
      openObligations(cooperative)
        .filter((obligation) => obligation.dueOn < asOf)
        .map((obligation) => {
          const self = `/cooperatives/${cooperative.cooperativeId}`;
          return {
            cooperativeId: cooperative.cooperativeId,
            registrationCode: cooperative.registrationCode,
            name: cooperative.name,
            territoryCode: cooperative.territoryCode,
            year: obligation.year,
            dueOn: obligation.dueOn,
            daysOverdue: daysOverdue(obligation, asOf),
            warnedOn: obligation.warnedOn,
            legalBasis: obligation.legalBasis,
            notices: notices
              .filter(
                (notice) =>
                  notice.cooperativeId === cooperative.cooperativeId &&
                  notice.kind.startsWith('report-') &&
                  notice.year === obligation.year,
              )
              .map(noticeSent),
            links: { cooperative: self, events: `${self}/events` },
          };
        }),
    );
    return { asOf, items: items.sort((a, b) => b.daysOverdue - a.daysOverdue || a.name.localeCompare(b.name)) };
  }

  /** Per reporting year, ending with this one: the tracked reports filed on time, filed late, not filed, not due yet. */
  async history(
    query: { territoryCode?: string; years?: number },
    user: AuthenticatedUser,
    now: Date,
  ): Promise<ReportingHistoryResponseDto> {
    const asOf = vietnamDateOf(now);
    const territoryCodes = query.territoryCode ? await this.scope(query.territoryCode, user, now) : undefined;
    const cooperatives = await this.reporting.withReportObligations({
      reach: await this.access.reach(user, now),
      territoryCodes,
    });
    const count = query.years ?? 5;
    const thisYear = Number(asOf.slice(0, 4));
    const years = Array.from({ length: count }, (_, index) => thisYear - count + 1 + index);
    return { asOf, years: reportingHistory(cooperatives, years, asOf) };
  }

  /** The year's aggregate for a commune, district or province (every unit under it), as it stands now. */
  async annual(
    query: { territoryCode: string; year: number },
    user: AuthenticatedUser,
    now: Date,
  ): Promise<AnnualReport> {
    const codes = await this.scope(query.territoryCode, user, now);
    const territory = (await this.territories.directory()).get(query.territoryCode)!;
    const cooperatives = await this.reporting.inTerritories(codes);
    return {
      territory: { code: territory.code, name: territory.name, level: territory.level },
      aggregate: annualAggregate(cooperatives, query.year, vietnamDateOf(now), await this.corrections.ruleBook()),
    };
  }

  /** Targets against actuals, per territory (the one asked, or each of the user's). */
  async stats(
    query: { year: number; territoryCode?: string },
    user: AuthenticatedUser,
    now: Date,
  ): Promise<StatsRowDto[]> {
    const roots = query.territoryCode ? [query.territoryCode] : user.territoryCodes;
    const rows: StatsRowDto[] = [];
    for (const code of roots) {
      const { territory, aggregate } = await this.annual({ territoryCode: code, year: query.year }, user, now);
      const targets = await this.reporting.targets([code], query.year);
      for (const indicator of STATISTICS_INDICATORS) {
        const target = targets.find((found) => found.indicator === indicator) ?? null;
        const actual = indicatorActual(aggregate, indicator);
        rows.push({
          territoryCode: code,
          territoryName: territory.name,
          indicator,
          label: STATISTICS_INDICATOR_LABELS[indicator],
          target: target?.target ?? null,
          actual,
          achieved: target && target.target > 0 ? Math.round((actual / target.target) * 1000) / 1000 : null,
          source: target?.source ?? null,
        });
      }
    }
    return rows;
  }

  async setTargets(body: SetTargetsDto, user: AuthenticatedUser, now: Date): Promise<void> {
    await this.scope(body.territoryCode, user, now);
    const indicators = body.targets.map((target) => target.indicator);
    const repeated = indicators.find((indicator, index) => indicators.indexOf(indicator) !== index);
    if (repeated) {
      throw new ApiError(400, 'INVALID_REQUEST', text('Chỉ tiêu bị lặp.', 'An indicator is given twice.'), [
        {
          field: 'targets',
          reason: text(`"${repeated}" có hai lần.`, `"${repeated}" appears twice.`),
          fix: text('Mỗi chỉ tiêu một dòng.', 'One line per indicator.'),
        },
      ]);
    }
    await this.reporting.saveTargets(
      body.targets.map((target) => ({
        territoryCode: body.territoryCode,
        year: body.year,
        indicator: target.indicator,
        target: target.target,
        source: target.source,
        updatedBy: user.id,
      })),
    );
  }

  /** The territory's own code and every unit under it, if it is within the user's reach. */
  private async scope(territoryCode: string, user: AuthenticatedUser, now: Date): Promise<string[]> {
    const directory = await this.territories.directory();
    if (!directory.get(territoryCode)) {
      throw new ApiError(
        404,
        'TERRITORY_NOT_FOUND',
        text(`Không có địa bàn mã ${territoryCode}.`, `There is no territory ${territoryCode}.`),
        [{ field: 'territoryCode', reason: text('Mã không có trong danh mục.', 'Not in the territory list.') }],
        text('Xem danh mục tại GET /territories.', 'See the list at GET /territories.'),
      );
    }
    if (!(await this.access.covers(user, territoryCode, now))) {
      throw new ApiError(
        403,
        'OUTSIDE_YOUR_TERRITORY',
        text(
          `Địa bàn ${territoryCode} không thuộc phạm vi được phân công cho bạn.`,
          `Territory ${territoryCode} is outside the territories assigned to you.`,
        ),
        [{ field: 'territoryCode', reason: text('Ngoài địa bàn được phân công.', 'Outside your territories.') }],
      );
    }
    return directory.codesWithin([territoryCode], vietnamDateOf(now));
  }
}

function noticeSent(notice: NoticeRecord) {
  return {
    noticeId: notice.noticeId,
    kind: notice.kind,
    step: notice.noticeId.replace(/^report-\d{4}-/, '').replace(/\/.*$/, ''),
    decidedAt: notice.decidedAt,
    recipient: notice.recipient,
    status: notice.status,
    attempts: notice.attempts,
    lastAttemptAt: notice.lastAttemptAt,
    lastResponse: notice.lastResponse,
  };
}

/** The aggregate as CSV (UTF-8 with BOM, so spreadsheet programs read the Vietnamese right). */
export function aggregateCsv(report: AnnualReport): string {
  const quote = (value: string | number) => {
    const cell = String(value);
    return /[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
  };
  const header = ['Mục / Section', 'Chỉ tiêu / Item', 'Tên chỉ tiêu', 'Item', 'Giá trị / Value'];
  const lines = aggregateLines(report.aggregate).map((line) =>
    [line.section, line.item, line.vi, line.en, line.value].map(quote).join(','),
  );
  const title = `${report.territory.name} (${report.territory.code}),${report.aggregate.year},,,`;
  return `\uFEFF${[title, header.join(','), ...lines].join('\r\n')}\r\n`;
}

export async function aggregateXlsx(report: AnnualReport): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(`Tong hop ${report.aggregate.year}`);
  sheet.addRow([`Báo cáo tổng hợp hợp tác xã năm ${report.aggregate.year} — ${report.territory.name}`]);
  sheet.addRow(['Mục / Section', 'Chỉ tiêu / Item', 'Tên chỉ tiêu', 'Item', 'Giá trị / Value']);
  for (const line of aggregateLines(report.aggregate)) {
    sheet.addRow([line.section, line.item, line.vi, line.en, line.value]);
  }
  sheet.columns.forEach((column, index) => (column.width = [12, 20, 44, 36, 16][index]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
