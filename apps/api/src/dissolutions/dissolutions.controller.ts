import { DISSOLUTION_STEPS, type DissolutionStepId } from '@htx/domain';
import {
  Body,
  Controller,
  Get,
  Headers,
  HttpStatus,
  Param,
  ParseEnumPipe,
  Post,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { inlinePdf } from '../printing/printing-authority';
import { ApiErrorDto } from '../http/api-error';
import { uuid } from '../http/validation';
import { IdempotencyKeyHeader } from '../http/idempotency';
import { toDissolutionResponse } from './dissolution-response';
import { OpenDissolutionDto, RecordStepDto } from './dissolutions.dto';
import { RECORD_READERS } from '../cooperatives/cooperatives.service';
import { DISSOLUTION_ROLES, DissolutionsService } from './dissolutions.service';

const stepIds = new ParseEnumPipe(Object.fromEntries(DISSOLUTION_STEPS.map((id) => [id, id])));

@ApiTags('dissolutions')
@ApiBearerAuth()
@Controller('cooperatives/:id/dissolutions')
export class DissolutionsController {
  constructor(private readonly service: DissolutionsService) {}

  @Post()
  @Roles(...DISSOLUTION_ROLES)
  @IdempotencyKeyHeader('The same key returns the same case')
  @ApiOperation({
    summary: 'Mở thủ tục giải thể hoặc thu hồi / Open a dissolution or revocation case',
    description:
      'voluntary: the general meeting’s resolution (at least three quarters of those present; 2012: with the ' +
      'council). compulsory: a 2012-Law ground (People’s Committee procedure). revocation: the 2023 Law’s proceeding. ' +
      'court: a court decision — on an open case it is recorded there (a revocation not yet decided gives way to it). ' +
      'Each step then carries its deadline, provenance and legal basis; binding decisions go to the head of the ' +
      'authority, never to whoever opened the case.',
  })
  @ApiCreatedResponse({ description: 'The case, with its steps' })
  @ApiOkResponse({ description: 'The same Idempotency-Key: the case as it stands' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiForbiddenResponse({ type: ApiErrorDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  async open(
    @Param('id', uuid) id: string,
    @Body() body: OpenDissolutionDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
    @Headers('idempotency-key') key?: string,
  ) {
    const { dissolution, created } = await this.service.open(id, body, user, new Date(), key);
    const dto = toDissolutionResponse(id, dissolution, await this.service.ruleBook());
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK).location(dto.links.self);
    return dto;
  }

  @Get()
  @Roles(...RECORD_READERS)
  @ApiOperation({ summary: 'Các thủ tục giải thể / The cooperative’s dissolution and revocation cases' })
  @ApiOkResponse({ description: 'Cases, oldest first' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  async list(@Param('id', uuid) id: string, @CurrentUser() user: AuthenticatedUser) {
    const cases = await this.service.list(id, user, new Date());
    const rules = await this.service.ruleBook();
    return cases.map((dissolution) => toDissolutionResponse(id, dissolution, rules));
  }

  @Get(':caseId')
  @Roles(...RECORD_READERS)
  @ApiOperation({ summary: 'Một thủ tục giải thể / One case: steps, deadlines, council, decisions, documents' })
  @ApiOkResponse({ description: 'The case' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  async get(@Param('id', uuid) id: string, @Param('caseId') caseId: string, @CurrentUser() user: AuthenticatedUser) {
    return toDissolutionResponse(
      id,
      (await this.service.get(id, caseId, user, new Date())).dissolution,
      await this.service.ruleBook(),
    );
  }

  @Post(':caseId/steps/:stepId')
  @Roles(...DISSOLUTION_ROLES)
  @ApiOperation({
    summary: 'Ghi nhận một bước / Record a step’s evidence (notices, settlement, dossier, the cooperative’s answer)',
    description:
      'Only steps of kind evidence or window; office steps and decisions are done from the task inbox. The step ' +
      'must be due (its prerequisites done). The next steps’ deadlines start from its date.',
  })
  @ApiParam({ name: 'stepId', enum: DISSOLUTION_STEPS, description: 'The step whose evidence is recorded' })
  @ApiCreatedResponse({ description: 'The case after the step' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiForbiddenResponse({ type: ApiErrorDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  async recordStep(
    @Param('id', uuid) id: string,
    @Param('caseId') caseId: string,
    @Param('stepId', stepIds) stepId: DissolutionStepId,
    @Body() body: RecordStepDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return toDissolutionResponse(
      id,
      await this.service.recordStep(id, caseId, stepId, body, user, new Date()),
      await this.service.ruleBook(),
    );
  }

  @Get(':caseId/documents/:key')
  @Roles(...RECORD_READERS)
  @ApiOperation({
    summary: 'In văn bản / A document of the case (PDF, Vietnamese)',
    description:
      'compulsory-dissolution-decision, council-decision, revocation-notice, revocation-decision, ' +
      'dissolution-confirmation — once the step that issues it is done.',
  })
  @ApiOkResponse({ description: 'application/pdf' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  async document(
    @Param('id', uuid) id: string,
    @Param('caseId') caseId: string,
    @Param('key') key: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<StreamableFile> {
    return inlinePdf(await this.service.document(id, caseId, key, user, new Date()));
  }
}
