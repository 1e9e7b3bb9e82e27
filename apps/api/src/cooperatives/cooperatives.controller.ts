import {
  applyDecorators,
  Body,
  Controller,
  Get,
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
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { vietnamDateOf, type OperatingFact, type SupportRecord } from '@htx/domain';
import type { Response } from 'express';
import { ApiErrorDto } from '../http/api-error';
import { uuid } from '../http/validation';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { IdempotencyKeyHeader } from '../http/idempotency';
import {
  CooperativesService,
  FACT_ROLES,
  RECORD_READERS,
  REGISTERING_ROLES,
  SUPPORT_ROLES,
} from './cooperatives.service';
import { toChainVerificationResponse, ChainVerificationResponseDto } from './dto/chain-verification-response.dto';
import { CooperativePageDto } from './dto/cooperative-page.dto';
import {
  ActivityDto,
  CapitalRaisedDto,
  DisbursementDto,
  EventsQueryDto,
  FileReportDto,
  GeneralMeetingDto,
  MemberCountDto,
  NoticeAddressDto,
  RegistrationChangeDto,
  ResumptionDto,
  SupportRequestDto,
  SuspensionDto,
} from './dto/facts.dto';
import { CooperativeResponseDto, toCooperativeResponse } from './dto/cooperative-response.dto';
import {
  LifecycleEventResponseDto,
  RecordAsOfResponseDto,
  toLifecycleEventResponse,
} from './dto/lifecycle-event-response.dto';
import { ListCooperativesDto } from './dto/list-cooperatives.dto';
import { RegisterCooperativeDto } from './dto/register-cooperative.dto';

const IDEMPOTENCY = IdempotencyKeyHeader('The same key records the same fact once');

const FactOperation = (summary: string, description?: string) =>
  applyDecorators(
    HttpCode(HttpStatus.ACCEPTED),
    ApiOperation({
      summary,
      description:
        `${description ? `${description} ` : ''}Checked against the cooperative and its regime, then signalled to ` +
        'its workflow with an id (from the Idempotency-Key, or the fact itself): a repeat changes nothing. A fact ' +
        'the record no longer allows when it arrives is kept in the log as FactRefused.',
    }),
    ApiAcceptedResponse({ description: '{ factId, status: "accepted", links }' }),
    ApiBadRequestResponse({ type: ApiErrorDto }),
    ApiNotFoundResponse({ type: ApiErrorDto }),
  );

@ApiTags('cooperatives')
@ApiBearerAuth()
@Controller('cooperatives')
export class CooperativesController {
  constructor(private readonly service: CooperativesService) {}

  @Post()
  @Roles(...REGISTERING_ROLES)
  @ApiOperation({
    summary: 'Đưa hợp tác xã đã đăng ký vào sổ / Enter an already-registered cooperative into the registry',
    description:
      'Starts its lifecycle workflow and records CooperativeRegistered. Repeating the same request returns the same ' +
      'cooperative (200); the same code with different details is refused (409).',
  })
  @ApiCreatedResponse({ type: CooperativeResponseDto, description: 'Registered' })
  @ApiOkResponse({
    type: CooperativeResponseDto,
    description: 'Already registered with these details: nothing changed',
  })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: 'Outside your territories' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The code is registered with other details' })
  @ApiServiceUnavailableResponse({ type: ApiErrorDto })
  async register(
    @Body() body: RegisterCooperativeDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CooperativeResponseDto> {
    const { cooperative, created } = await this.service.register(body, user, new Date());
    const dto = toCooperativeResponse(cooperative, await this.service.ruleBook());
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK).location(dto.links.self);
    return dto;
  }

  @Get()
  @Roles(...RECORD_READERS)
  @ApiOperation({
    summary: 'Danh sách hợp tác xã / Cooperatives within your reach (by registration code, keyset pages)',
  })
  @ApiOkResponse({ type: CooperativePageDto })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  async list(@Query() query: ListCooperativesDto, @CurrentUser() user: AuthenticatedUser): Promise<CooperativePageDto> {
    const limit = query.limit ?? 50;
    const page = await this.service.list({ ...query, limit }, user, new Date());
    const rules = await this.service.ruleBook();
    return {
      items: page.map((record) => toCooperativeResponse(record, rules)),
      nextCursor: page.length === limit ? page[page.length - 1].registrationCode : null,
    };
  }

  @Get(':id')
  @Roles(...RECORD_READERS)
  @ApiOperation({ summary: 'Hồ sơ hợp tác xã / A cooperative as the registry holds it' })
  @ApiOkResponse({ type: CooperativeResponseDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  async get(@Param('id', uuid) id: string, @CurrentUser() user: AuthenticatedUser): Promise<CooperativeResponseDto> {
    return toCooperativeResponse(await this.service.get(id, user, new Date()), await this.service.ruleBook());
  }

  @Get(':id/events')
  @Roles(...RECORD_READERS)
  @ApiOperation({
    summary: 'Nhật ký sự kiện / Its event log, oldest first, with who, when and the legal basis',
    description:
      'With `asOf`, the answer is `{ asOf, record, events }`: the record rebuilt from the events that had happened ' +
      'by the end of that day, and those events.',
  })
  @ApiOkResponse({ type: [LifecycleEventResponseDto] })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  async events(
    @Param('id', uuid) id: string,
    @Query() query: EventsQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<LifecycleEventResponseDto[] | RecordAsOfResponseDto> {
    if (query.asOf) {
      const { asOf, record, events } = await this.service.asOf(id, query.asOf, user, new Date());
      return { asOf, record, events: events.map(toLifecycleEventResponse) };
    }
    return (await this.service.events(id, user, new Date())).map(toLifecycleEventResponse);
  }

  @Get(':id/events/verify')
  @Roles(...RECORD_READERS)
  @ApiOperation({
    summary: 'Kiểm tra tính toàn vẹn của nhật ký / Re-check the hash chain of its event log',
    description: 'Recomputes every hash; names the first event that was edited, deleted or cut off.',
  })
  @ApiOkResponse({ type: ChainVerificationResponseDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  async verify(
    @Param('id', uuid) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ChainVerificationResponseDto> {
    return toChainVerificationResponse(id, await this.service.verify(id, user, new Date()), new Date());
  }

  @Post(':id/reports')
  @Roles(...FACT_ROLES)
  @IDEMPOTENCY
  @FactOperation(
    'Ghi nhận báo cáo năm đã nộp / Record an annual report filed',
    'An activity report satisfies the year’s obligation: its reminders stop and an open follow-up task closes; any ' +
      'report (a financial statement too) is evidence of operating.',
  )
  fileReport(
    @Param('id', uuid) id: string,
    @Body() body: FileReportDto,
    @CurrentUser() user: AuthenticatedUser,
    @Headers('idempotency-key') key?: string,
  ) {
    const { year, filedOn, reference, document, revenue } = body;
    return this.recordFact(
      id,
      {
        kind: 'annual-report',
        year,
        filedOn,
        reference: reference ?? '',
        ...(document ? { document } : {}),
        ...(revenue !== undefined ? { revenue } : {}),
      },
      user,
      key,
    );
  }

  @Put(':id/notice-address')
  @Roles(...FACT_ROLES)
  @IDEMPOTENCY
  @FactOperation(
    'Địa chỉ nhận thông báo / Set where the cooperative receives notices (e-mail)',
    'Recorded on its log (NoticeAddressChanged); reminders decided from then on are sent there.',
  )
  setNoticeAddress(
    @Param('id', uuid) id: string,
    @Body() body: NoticeAddressDto,
    @CurrentUser() user: AuthenticatedUser,
    @Headers('idempotency-key') key?: string,
  ) {
    const changedOn = vietnamDateOf(new Date());
    return this.recordFact(id, { kind: 'notice-address', changedOn, email: body.email.trim() }, user, key);
  }

  @Post(':id/general-meetings')
  @Roles(...FACT_ROLES)
  @IDEMPOTENCY
  @FactOperation('Ghi nhận đại hội thành viên / Record a general meeting held')
  holdMeeting(
    @Param('id', uuid) id: string,
    @Body() body: GeneralMeetingDto,
    @CurrentUser() user: AuthenticatedUser,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.recordFact(id, { kind: 'general-meeting', ...body, note: body.note ?? '' }, user, key);
  }

  @Post(':id/members')
  @Roles(...FACT_ROLES)
  @IDEMPOTENCY
  @FactOperation('Ghi nhận số thành viên thay đổi / Record a change in the member count')
  changeMembers(
    @Param('id', uuid) id: string,
    @Body() body: MemberCountDto,
    @CurrentUser() user: AuthenticatedUser,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.recordFact(id, { kind: 'member-count', ...body, note: body.note ?? '' }, user, key);
  }

  @Post(':id/suspensions')
  @Roles(...FACT_ROLES)
  @IDEMPOTENCY
  @FactOperation(
    'Thông báo tạm ngừng kinh doanh / Notify a suspension of business',
    '2012 Law: at least 15 days’ notice, at most one year in a row; 2023 Law: at least 3 working days’ notice, at ' +
      'most 12 months per notice (the regime in force on the notice day applies).',
  )
  suspend(
    @Param('id', uuid) id: string,
    @Body() body: SuspensionDto,
    @CurrentUser() user: AuthenticatedUser,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.recordFact(id, { kind: 'suspension-notice', ...body, note: body.note ?? '' }, user, key);
  }

  @Post(':id/resumptions')
  @Roles(...FACT_ROLES)
  @IDEMPOTENCY
  @FactOperation('Thông báo hoạt động trở lại trước hạn / Notify resuming before the suspension ends')
  resume(
    @Param('id', uuid) id: string,
    @Body() body: ResumptionDto,
    @CurrentUser() user: AuthenticatedUser,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.recordFact(id, { kind: 'resumption-notice', ...body, note: body.note ?? '' }, user, key);
  }

  @Post(':id/activities')
  @Roles(...FACT_ROLES)
  @IDEMPOTENCY
  @FactOperation(
    'Ghi nhận bằng chứng hoạt động / Record other evidence of operating (revenue, a contract, an inspection)',
  )
  recordActivity(
    @Param('id', uuid) id: string,
    @Body() body: ActivityDto,
    @CurrentUser() user: AuthenticatedUser,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.recordFact(id, { kind: 'activity', ...body }, user, key);
  }

  @Post(':id/registration-changes')
  @Roles(...FACT_ROLES)
  @IDEMPOTENCY
  @FactOperation(
    'Ghi nhận đăng ký thay đổi / Record a registration of changes (name, head office, lines, capital…)',
    'Refused while a dissolution or revocation is open (Decree 92/2024 Art. 33).',
  )
  fileChange(
    @Param('id', uuid) id: string,
    @Body() body: RegistrationChangeDto,
    @CurrentUser() user: AuthenticatedUser,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.recordFact(id, { kind: 'registration-change', ...body }, user, key);
  }

  @Post(':id/capital-raises')
  @Roles(...FACT_ROLES)
  @IDEMPOTENCY
  @FactOperation(
    'Ghi nhận huy động vốn / Record capital raised',
    'Refused while a dissolution or revocation is open (2023 Law Art. 100).',
  )
  raiseCapital(
    @Param('id', uuid) id: string,
    @Body() body: CapitalRaisedDto,
    @CurrentUser() user: AuthenticatedUser,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.recordFact(id, { kind: 'capital-raised', ...body, note: body.note ?? '' }, user, key);
  }

  @Post(':id/support-requests')
  @Roles(...SUPPORT_ROLES)
  @IDEMPOTENCY
  @ApiOperation({
    summary: 'Đề nghị hỗ trợ hợp tác xã mới thành lập / Request support for a new cooperative',
    description:
      'Opens a decision task for the head of the authority (never the officer who asked). The same Idempotency-Key ' +
      'returns the same request (200).',
  })
  @ApiCreatedResponse({ description: 'The support request as recorded' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  async requestSupport(
    @Param('id', uuid) id: string,
    @Body() body: SupportRequestDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
    @Headers('idempotency-key') key?: string,
  ): Promise<SupportRecord> {
    const request = { ...body, programme: body.programme ?? '' };
    const { record, created } = await this.service.requestSupport(id, request, user, new Date(), key);
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return record;
  }

  @Post(':id/support-requests/:supportId/disbursements')
  @Roles(...SUPPORT_ROLES)
  @ApiOperation({ summary: 'Ghi nhận chi trả hỗ trợ / Record a payment of approved support' })
  @ApiCreatedResponse({ description: 'The support request with its payments' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  disburse(
    @Param('id', uuid) id: string,
    @Param('supportId') supportId: string,
    @Body() body: DisbursementDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SupportRecord> {
    return this.service.recordDisbursement(id, supportId, body, user, new Date());
  }

  private async recordFact(id: string, fact: OperatingFact, user: AuthenticatedUser, idempotencyKey?: string) {
    const { factId, cooperative } = await this.service.recordFact(id, fact, user, new Date(), idempotencyKey);
    const self = `/cooperatives/${cooperative.cooperativeId}`;
    return { factId, status: 'accepted' as const, links: { cooperative: self, events: `${self}/events` } };
  }
}
