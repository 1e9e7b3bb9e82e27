import { Body, Controller, Get, HttpStatus, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiErrorDto } from '../http/api-error';
import { requestActor } from '../http/request-actor';
import { CooperativesService } from './cooperatives.service';
import { toChainVerificationResponse, ChainVerificationResponseDto } from './dto/chain-verification-response.dto';
import { CooperativePageDto } from './dto/cooperative-page.dto';
import { CooperativeResponseDto, toCooperativeResponse } from './dto/cooperative-response.dto';
import { LifecycleEventResponseDto, toLifecycleEventResponse } from './dto/lifecycle-event-response.dto';
import { ListCooperativesDto } from './dto/list-cooperatives.dto';
import { RegisterCooperativeDto } from './dto/register-cooperative.dto';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('cooperatives')
@Controller('cooperatives')
export class CooperativesController {
  constructor(private readonly service: CooperativesService) {}

  @Post()
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
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The code is registered with other details' })
  @ApiServiceUnavailableResponse({ type: ApiErrorDto })
  async register(
    @Body() body: RegisterCooperativeDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CooperativeResponseDto> {
    const { cooperative, created } = await this.service.register(body, requestActor(), new Date());
    const dto = toCooperativeResponse(cooperative);
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK).location(dto.links.self);
    return dto;
  }

  @Get()
  @ApiOperation({ summary: 'Danh sách hợp tác xã / List cooperatives (by registration code, keyset pages)' })
  @ApiOkResponse({ type: CooperativePageDto })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  async list(@Query() query: ListCooperativesDto): Promise<CooperativePageDto> {
    const limit = query.limit ?? 50;
    const page = await this.service.list({ ...query, limit });
    return {
      items: page.map(toCooperativeResponse),
      nextCursor: page.length === limit ? page[page.length - 1].registrationCode : null,
    };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Hồ sơ hợp tác xã / A cooperative as the registry holds it' })
  @ApiOkResponse({ type: CooperativeResponseDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  async get(@Param('id', uuid) id: string): Promise<CooperativeResponseDto> {
    return toCooperativeResponse(await this.service.get(id));
  }

  @Get(':id/events')
  @ApiOperation({ summary: 'Nhật ký sự kiện / Its event log, oldest first, with who, when and the legal basis' })
  @ApiOkResponse({ type: [LifecycleEventResponseDto] })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  async events(@Param('id', uuid) id: string): Promise<LifecycleEventResponseDto[]> {
    return (await this.service.events(id)).map(toLifecycleEventResponse);
  }

  @Get(':id/events/verify')
  @ApiOperation({
    summary: 'Kiểm tra tính toàn vẹn của nhật ký / Re-check the hash chain of its event log',
    description: 'Recomputes every hash; names the first event that was edited, deleted or cut off.',
  })
  @ApiOkResponse({ type: ChainVerificationResponseDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  async verify(@Param('id', uuid) id: string): Promise<ChainVerificationResponseDto> {
    return toChainVerificationResponse(id, await this.service.verify(id), new Date());
  }
}
