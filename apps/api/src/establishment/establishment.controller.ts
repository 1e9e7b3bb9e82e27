import { APPLICATION_STATUSES, vietnamDateOf, type ApplicationStatus, type Role } from '@htx/domain';
import { Body, Controller, Get, Headers, HttpStatus, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { Response } from 'express';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { ApiErrorDto } from '../http/api-error';
import { toTaskResponse } from '../tasks/dto/task-response.dto';
import { ApplicationResponseDto, toApplicationResponse } from './dto/application-response.dto';
import { SubmitApplicationDto } from './dto/submit-application.dto';
import { EstablishmentService, RECEIVING_ROLES } from './establishment.service';

const READERS: Role[] = ['registration-officer', 'head-of-authority', 'auditor', 'administrator'];

class ListApplicationsDto {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES)
  status?: ApplicationStatus;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

@ApiTags('establishment')
@ApiBearerAuth()
@Controller('establishment-applications')
export class EstablishmentController {
  constructor(private readonly service: EstablishmentService) {}

  @Post()
  @Roles(...RECEIVING_ROLES)
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'The same key files the same application once' })
  @ApiOperation({
    summary: 'Nhận hồ sơ đăng ký thành lập / Receive an establishment dossier',
    description:
      'Checked under the law in force on the filing date (2012 or 2023 Law); a review task opens for a registration ' +
      'officer, due within the statutory working days; the head of the authority decides.',
  })
  @ApiCreatedResponse({ type: ApplicationResponseDto })
  @ApiOkResponse({ type: ApplicationResponseDto, description: 'The same filing again: nothing changed' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiForbiddenResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto })
  async submit(
    @Body() body: SubmitApplicationDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
    @Headers('idempotency-key') key?: string,
  ): Promise<ApplicationResponseDto> {
    const { application, created } = await this.service.submit(body, user, new Date(), key);
    response
      .status(created ? HttpStatus.CREATED : HttpStatus.OK)
      .location(`/establishment-applications/${application.applicationId}`);
    return toApplicationResponse(application);
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Hồ sơ thành lập / Applications within your territories, newest first' })
  @ApiOkResponse({ type: [ApplicationResponseDto] })
  async list(
    @Query() query: ListApplicationsDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ApplicationResponseDto[]> {
    return (await this.service.list(user, query.status, query.limit ?? 50, new Date())).map((application) =>
      toApplicationResponse(application),
    );
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Một hồ sơ / An application with its checks, proposal, decision and tasks' })
  @ApiOkResponse({ type: ApplicationResponseDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  async get(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ApplicationResponseDto> {
    const now = new Date();
    const { application, tasks } = await this.service.get(id, user, now);
    return toApplicationResponse(
      application,
      tasks.map((task) => toTaskResponse(task, vietnamDateOf(now))),
    );
  }
}
