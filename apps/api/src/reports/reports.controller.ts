import { ReportCascadeClient } from '@htx/temporal-client';
import { Body, Controller, Get, HttpCode, HttpStatus, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { ApiErrorDto } from '../http/api-error';
import {
  AnnualQueryDto,
  CascadeSummaryDto,
  RunCascadeDto,
  OverdueQueryDto,
  OverdueResponseDto,
  ReportingHistoryQueryDto,
  ReportingHistoryResponseDto,
  SetTargetsDto,
  StatsQueryDto,
  StatsResponseDto,
} from './reports.dto';
import {
  aggregateCsv,
  aggregateXlsx,
  CASCADE_RUNNERS,
  REPORT_READERS,
  ReportsService,
  TARGET_SETTERS,
} from './reports.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller()
export class ReportsController {
  constructor(
    private readonly service: ReportsService,
    private readonly cascades: ReportCascadeClient,
  ) {}

  @Get('reports/overdue')
  @Roles(...REPORT_READERS)
  @ApiOperation({
    summary: 'Hợp tác xã quá hạn báo cáo năm / Cooperatives overdue with their annual report',
    description:
      'Within your territories: who, for which year, by how many days, whether warned (REPORT_OVERDUE), and every ' +
      'notice sent for that year with its delivery (proof of notice). Longest overdue first.',
  })
  @ApiOkResponse({ type: OverdueResponseDto })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiForbiddenResponse({ type: ApiErrorDto })
  async overdue(@Query() query: OverdueQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<OverdueResponseDto> {
    return this.service.overdue(query, user, new Date());
  }

  @Get('reports/overdue/history')
  @Roles(...REPORT_READERS)
  @ApiOperation({
    summary: 'Báo cáo năm qua các năm / Annual reports over the years: on time, late, not filed',
    description:
      'Within your territories (or one of them and all under it), per reporting year ending with this one: how many ' +
      'of the reports the registry tracked were filed on or before the due date, filed after it, are still missing ' +
      'past it, or are not due yet. A year reported before the registry tracked it (an imported last report) is not ' +
      'counted.',
  })
  @ApiOkResponse({ type: ReportingHistoryResponseDto })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiForbiddenResponse({ type: ApiErrorDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  async history(
    @Query() query: ReportingHistoryQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ReportingHistoryResponseDto> {
    return this.service.history(query, user, new Date());
  }

  @Get('reports/annual')
  @Roles(...REPORT_READERS)
  @ApiOperation({
    summary: 'Báo cáo tổng hợp năm gửi cấp trên / The yearly aggregate sent up the ladder',
    description:
      'For a commune, district or province and a year: counts by kind, sector and status; members; reported revenue; ' +
      'registered, dissolved and converted; annual reports filed and overdue; with the deadlines of the cascade ' +
      '(district by 18 December, province by 21 December, each with its legal basis). format=csv or xlsx downloads it.',
  })
  @ApiProduces('application/json', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: '{ territory, aggregate } or the file' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiForbiddenResponse({ type: ApiErrorDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  async annual(
    @Query() query: AnnualQueryDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<unknown> {
    const report = await this.service.annual(query, user, new Date());
    const file = `bao-cao-htx-${report.territory.code}-${report.aggregate.year}`;
    if (query.format === 'csv') {
      response.type('text/csv; charset=utf-8').attachment(`${file}.csv`);
      return aggregateCsv(report);
    }
    if (query.format === 'xlsx') {
      response.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').attachment(`${file}.xlsx`);
      response.send(await aggregateXlsx(report));
      return undefined;
    }
    return report;
  }

  @Post('reports/cascades')
  @Roles(...CASCADE_RUNNERS)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Giao việc tổng hợp báo cáo năm / Open the yearly consolidation tasks (district, province)',
    description:
      'What the yearly Temporal Schedule does each December, for a year it missed or ahead of time: every district ' +
      'and province gets one task due on its cascade date (18 and 21 December). A territory already asked for that ' +
      'year is not asked again.',
  })
  @ApiOkResponse({ type: CascadeSummaryDto })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  async cascade(@Body() body: RunCascadeDto): Promise<CascadeSummaryDto> {
    return this.cascades.run(body.year);
  }

  @Get('stats')
  @Roles(...REPORT_READERS)
  @ApiOperation({
    summary: 'Chỉ tiêu và kết quả / Targets against actuals per territory and year (steering committee)',
    description: 'Each indicator with its target (null when none is set), the actual from the register, and the ratio.',
  })
  @ApiOkResponse({ type: StatsResponseDto })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiForbiddenResponse({ type: ApiErrorDto })
  async stats(@Query() query: StatsQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<StatsResponseDto> {
    return { year: query.year, rows: await this.service.stats(query, user, new Date()) };
  }

  @Put('stats/targets')
  @Roles(...TARGET_SETTERS)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Đặt chỉ tiêu / Set the targets of a territory and year',
    description: 'Replaces the targets given (others stay); the same request again changes nothing.',
  })
  @ApiNoContentResponse({ description: 'Saved' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiForbiddenResponse({ type: ApiErrorDto })
  async setTargets(@Body() body: SetTargetsDto, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.service.setTargets(body, user, new Date());
  }
}
