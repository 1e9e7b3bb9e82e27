import { Body, Controller, Get, HttpStatus, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import {
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
import type { Role } from '@htx/domain';
import type { Response } from 'express';
import { ApiErrorDto } from '../http/api-error';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { CooperativesService, REGISTERING_ROLES } from './cooperatives.service';
import { toChainVerificationResponse, ChainVerificationResponseDto } from './dto/chain-verification-response.dto';
import { CooperativePageDto } from './dto/cooperative-page.dto';
import { CooperativeResponseDto, toCooperativeResponse } from './dto/cooperative-response.dto';
import { LifecycleEventResponseDto, toLifecycleEventResponse } from './dto/lifecycle-event-response.dto';
import { ListCooperativesDto } from './dto/list-cooperatives.dto';
import { RegisterCooperativeDto } from './dto/register-cooperative.dto';

const uuid = new ParseUUIDPipe({ version: '4' });

const READERS: Role[] = [
  'registration-officer',
  'head-of-authority',
  'auditor',
  'administrator',
  'cooperative-representative',
];

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
    const dto = toCooperativeResponse(cooperative);
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK).location(dto.links.self);
    return dto;
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Danh sách hợp tác xã / Cooperatives within your reach (by registration code, keyset pages)',
  })
  @ApiOkResponse({ type: CooperativePageDto })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  async list(@Query() query: ListCooperativesDto, @CurrentUser() user: AuthenticatedUser): Promise<CooperativePageDto> {
    const limit = query.limit ?? 50;
    const page = await this.service.list({ ...query, limit }, user, new Date());
    return {
      items: page.map(toCooperativeResponse),
      nextCursor: page.length === limit ? page[page.length - 1].registrationCode : null,
    };
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Hồ sơ hợp tác xã / A cooperative as the registry holds it' })
  @ApiOkResponse({ type: CooperativeResponseDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  async get(@Param('id', uuid) id: string, @CurrentUser() user: AuthenticatedUser): Promise<CooperativeResponseDto> {
    return toCooperativeResponse(await this.service.get(id, user, new Date()));
  }

  @Get(':id/events')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Nhật ký sự kiện / Its event log, oldest first, with who, when and the legal basis' })
  @ApiOkResponse({ type: [LifecycleEventResponseDto] })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  async events(
    @Param('id', uuid) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<LifecycleEventResponseDto[]> {
    return (await this.service.events(id, user, new Date())).map(toLifecycleEventResponse);
  }

  @Get(':id/events/verify')
  @Roles(...READERS)
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
}
