import { STATISTICS_INDICATORS, type LocalizedText, type StatisticsIndicator } from '@htx/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

export class OverdueQueryDto {
  @ApiPropertyOptional({ example: '216', description: 'Một địa bàn trong phạm vi của bạn / one territory of yours' })
  @IsOptional()
  @Matches(/^\d{1,5}$/, { message: 'must be a territory code such as 216' })
  territoryCode?: string;

  @ApiPropertyOptional({ example: '2026-11-23', description: 'As of this day (YYYY-MM-DD); default today' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(10)
  asOf?: string;
}

export class NoticeSentDto {
  @ApiProperty({ example: 'report-2025-reminder+30/…' })
  noticeId: string;

  @ApiProperty({ example: 'report-reminder', enum: ['report-reminder', 'report-warning'] })
  kind: string;

  @ApiProperty({ example: 'reminder+30', description: 'The ladder step' })
  step: string;

  @ApiProperty({ example: '2026-01-14T01:00:00.000Z', description: 'When the notice was decided (its event)' })
  decidedAt: string;

  @ApiProperty({ example: 'htx.caoxa@example.vn', nullable: true })
  recipient: string | null;

  @ApiProperty({ enum: ['pending', 'delivered', 'bounced', 'failed', 'no-address'] })
  status: string;

  @ApiProperty({ example: 1 })
  attempts: number;

  @ApiProperty({ example: '2026-01-14T01:00:02.000Z', nullable: true })
  lastAttemptAt: string | null;

  @ApiProperty({ example: '250 OK: queued', nullable: true, description: 'The mail server’s last answer' })
  lastResponse: string | null;
}

export class OverdueReportDto {
  @ApiProperty()
  cooperativeId: string;

  @ApiProperty({ example: '216-2015-0003' })
  registrationCode: string;

  @ApiProperty({ example: 'Hợp tác xã Nông nghiệp Cao Xá' })
  name: string;

  @ApiProperty({ example: '216' })
  territoryCode: string;

  @ApiProperty({ example: 2025 })
  year: number;

  @ApiProperty({ example: '2025-12-15' })
  dueOn: string;

  @ApiProperty({ example: 343, description: 'Days late on asOf' })
  daysOverdue: number;

  @ApiProperty({ example: '2026-02-13', nullable: true, description: 'Warned (REPORT_OVERDUE) on this day' })
  warnedOn: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The legal basis of the due date (citation, confirmed)',
  })
  legalBasis: { ruleId: string; citation: LocalizedText; confirmed: boolean };

  @ApiProperty({ type: [NoticeSentDto], description: 'What was sent for that year, and how it went' })
  notices: NoticeSentDto[];

  @ApiProperty({ example: { cooperative: '/cooperatives/…', events: '/cooperatives/…/events' } })
  links: { cooperative: string; events: string };
}

export class OverdueResponseDto {
  @ApiProperty({ example: '2026-11-23' })
  asOf: string;

  @ApiProperty({ type: [OverdueReportDto], description: 'Longest overdue first' })
  items: OverdueReportDto[];
}

export class ReportingHistoryQueryDto {
  @ApiPropertyOptional({ example: '216', description: 'Một địa bàn trong phạm vi của bạn / one territory of yours' })
  @IsOptional()
  @Matches(/^\d{1,5}$/, { message: 'must be a territory code such as 216' })
  territoryCode?: string;

  @ApiPropertyOptional({ example: 5, default: 5, description: 'How many reporting years, ending with this one' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10)
  years?: number;
}

export class ReportingYearDto {
  @ApiProperty({ example: 2025, description: 'The year reported on' })
  year: number;

  @ApiProperty({ example: 41, description: 'Filed on or before the due date' })
  onTime: number;

  @ApiProperty({ example: 6, description: 'Filed after the due date' })
  late: number;

  @ApiProperty({ example: 3, description: 'Not filed, past the due date' })
  notFiled: number;

  @ApiProperty({ example: 0, description: 'Not filed yet, not due yet' })
  notYetDue: number;
}

export class ReportingHistoryResponseDto {
  @ApiProperty({ example: '2026-11-23' })
  asOf: string;

  @ApiProperty({ type: [ReportingYearDto], description: 'Oldest year first' })
  years: ReportingYearDto[];
}

export class AnnualQueryDto {
  @ApiProperty({ example: '216', description: 'Xã, huyện hoặc tỉnh / commune, district or province' })
  @Matches(/^\d{1,5}$/, { message: 'must be a territory code such as 216' })
  territoryCode: string;

  @ApiProperty({ example: 2025 })
  @Type(() => Number)
  @IsInt()
  @Min(2013)
  @Max(2100)
  year: number;

  @ApiPropertyOptional({ enum: ['json', 'csv', 'xlsx'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv', 'xlsx'])
  format?: 'json' | 'csv' | 'xlsx';
}

export class StatsQueryDto {
  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(2013)
  @Max(2100)
  year: number;

  @ApiPropertyOptional({ example: '216', description: 'Default: each of your territories' })
  @IsOptional()
  @Matches(/^\d{1,5}$/, { message: 'must be a territory code such as 216' })
  territoryCode?: string;
}

export class TargetDto {
  @ApiProperty({ enum: STATISTICS_INDICATORS, example: 'new-cooperatives' })
  @IsIn(STATISTICS_INDICATORS)
  indicator: StatisticsIndicator;

  @ApiProperty({ example: 5 })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  target: number;

  @ApiProperty({ example: 'Kế hoạch phát triển kinh tế tập thể 2021–2025', description: 'Where the target comes from' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  source: string;
}

export class SetTargetsDto {
  @ApiProperty({ example: '216' })
  @Matches(/^\d{1,5}$/, { message: 'must be a territory code such as 216' })
  territoryCode: string;

  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2013)
  @Max(2100)
  year: number;

  @ApiProperty({ type: [TargetDto] })
  @ValidateNested({ each: true })
  @Type(() => TargetDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(STATISTICS_INDICATORS.length)
  targets: TargetDto[];
}

export class StatsRowDto {
  @ApiProperty({ example: '216' })
  territoryCode: string;

  @ApiProperty({ example: 'Huyện Tân Yên' })
  territoryName: string;

  @ApiProperty({ enum: STATISTICS_INDICATORS })
  indicator: string;

  @ApiProperty({ example: { vi: 'Hợp tác xã thành lập mới trong năm', en: 'New cooperatives founded in the year' } })
  label: LocalizedText;

  @ApiProperty({ example: 5, nullable: true, description: 'null: no target set' })
  target: number | null;

  @ApiProperty({ example: 3 })
  actual: number;

  @ApiProperty({ example: 0.6, nullable: true, description: 'actual / target' })
  achieved: number | null;

  @ApiProperty({ example: 'Kế hoạch 114/KH-UBND', nullable: true })
  source: string | null;
}

export class StatsResponseDto {
  @ApiProperty({ example: 2026 })
  year: number;

  @ApiProperty({ type: [StatsRowDto] })
  rows: StatsRowDto[];
}

export class RunCascadeDto {
  @ApiProperty({ example: 2026, description: 'Năm báo cáo / the year reported on' })
  @IsInt()
  @Min(2013)
  @Max(2100)
  year: number;
}

export class CascadeSummaryDto {
  @ApiProperty({ example: 2026 })
  year: number;

  @ApiProperty({ example: 12, description: 'Districts and provinces on the map' })
  territories: number;

  @ApiProperty({ example: 12, description: 'Tasks opened by this pass (0 when the year was done already)' })
  started: number;
}
