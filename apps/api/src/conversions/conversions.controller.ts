import {
  Body,
  Controller,
  Get,
  Header,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
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
import { IdempotencyKeyHeader } from '../http/idempotency';
import { uuid } from '../http/validation';
import {
  ConversionHistoryQueryDto,
  EnrolmentsQueryDto,
  FileEvidenceDto,
  OpenCampaignDto,
  RecordChecklistDto,
} from './conversions.dto';
import {
  campaignSummary,
  CAMPAIGN_READERS,
  CAMPAIGN_ROLES,
  ConversionsService,
  ENROLMENT_EDITORS,
  ENROLMENT_READERS,
} from './conversions.service';

@ApiTags('conversion-campaigns')
@ApiBearerAuth()
@Controller('conversion-campaigns')
export class ConversionsController {
  constructor(private readonly conversions: ConversionsService) {}

  @Post()
  @Roles(...CAMPAIGN_ROLES)
  @IdempotencyKeyHeader('The same key (or the same request) from the same officer names the same campaign')
  @ApiOperation({
    summary: 'Mở đợt chuyển đổi / Open a conversion campaign for a territory and a target law',
    description:
      'Enrols every cooperative of the territory still under an older law (and, for the 2023 Law, every cooperative ' +
      'group). Each gets its own conversion: the gap checklist, reminders, the amended charter as evidence, an ' +
      "officer's sign-off that changes its regime, and a follow-up task once the date passes.",
  })
  @ApiCreatedResponse({ description: 'The campaign; follow links.self for its progress' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  async open(
    @Body() body: OpenCampaignDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
    @Headers('idempotency-key') key?: string,
  ) {
    const now = new Date();
    const { campaign, created } = await this.conversions.open(body, user, now, key);
    const summary = campaignSummary(campaign, {}, now);
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK).location(summary.links.self);
    return summary;
  }

  @Get()
  @Roles(...CAMPAIGN_READERS)
  @ApiOperation({ summary: 'Các đợt chuyển đổi / Conversion campaigns within your reach, newest first' })
  @ApiOkResponse({ description: '{ items: [campaign with progress] }' })
  async list(@CurrentUser() user: AuthenticatedUser) {
    return { items: await this.conversions.list(user, new Date()) };
  }

  @Get('history')
  @Roles(...CAMPAIGN_READERS)
  @ApiOperation({
    summary: 'Chuyển đổi đã qua / A past conversion read back from the records (e.g. the 2016 one to the 2012 Law)',
    description:
      'Of the cooperatives of the territory that were under a law older than the target: who converted on time or ' +
      'late (and when), who dissolved or became another legal form, who never converted.',
  })
  @ApiOkResponse({ description: 'Counts and the list behind them' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  history(@Query() query: ConversionHistoryQueryDto, @CurrentUser() user: AuthenticatedUser) {
    return this.conversions.history(query, user, new Date());
  }

  @Get(':id')
  @Roles(...CAMPAIGN_READERS)
  @ApiOperation({
    summary: 'Tiến độ đợt chuyển đổi / A campaign’s progress',
    description:
      'Counts of the cohort not started, in progress, conformed, overdue, dissolved and converted out, days to the ' +
      'follow-up date and to the legal deadline, and a link to the list behind each count.',
  })
  @ApiOkResponse({ description: 'The campaign with its progress' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  get(@Param('id', uuid) id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.conversions.get(id, user, new Date());
  }

  @Get(':id/enrolments.csv')
  @Roles(...CAMPAIGN_READERS)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Xuất danh sách (CSV) / Every cooperative of the campaign as CSV' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  async csv(
    @Param('id', uuid) id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    response.attachment(`chuyen-doi-${id}.csv`);
    return this.conversions.csv(id, user, new Date());
  }

  @Get(':id/enrolments')
  @Roles(...CAMPAIGN_READERS)
  @ApiOperation({ summary: 'Danh sách theo tình hình / The cooperatives behind a count (keyset pages)' })
  @ApiOkResponse({ description: '{ items, nextCursor }' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  enrolments(
    @Param('id', uuid) id: string,
    @Query() query: EnrolmentsQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.conversions.enrolments(id, query, user, new Date());
  }

  @Get(':id/enrolments/:enrolmentId')
  @Roles(...ENROLMENT_READERS)
  @ApiOperation({ summary: 'Một hợp tác xã trong đợt / One cooperative’s conversion: checklist, evidence, reminders' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  enrolment(
    @Param('id', uuid) id: string,
    @Param('enrolmentId', uuid) enrolmentId: string,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.conversions.enrolment(id, enrolmentId, user, new Date());
  }

  @Put(':id/enrolments/:enrolmentId/checklist')
  @Roles(...ENROLMENT_EDITORS)
  @ApiOperation({ summary: 'Rà soát điểm chưa phù hợp / Answer points of the gap checklist (same answers: no change)' })
  @ApiOkResponse({ description: 'The conversion as it stands' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  recordChecklist(
    @Param('id', uuid) id: string,
    @Param('enrolmentId', uuid) enrolmentId: string,
    @Body() body: RecordChecklistDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.conversions.recordChecklist(id, enrolmentId, body, user, new Date());
  }

  @Post(':id/enrolments/:enrolmentId/evidence')
  @Roles(...ENROLMENT_EDITORS)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Nộp điều lệ sửa đổi / File the amended charter (or a group’s registration); an officer signs off next',
  })
  @ApiOkResponse({ description: 'The conversion, awaiting sign-off' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  fileEvidence(
    @Param('id', uuid) id: string,
    @Param('enrolmentId', uuid) enrolmentId: string,
    @Body() body: FileEvidenceDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.conversions.fileEvidence(id, enrolmentId, body, user, new Date());
  }
}
