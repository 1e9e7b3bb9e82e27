import { LEGAL_REGIMES, ROLES, text, vietnamDateOf, type LegalRegime } from '@htx/domain';
import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { ApiError, ApiErrorDto } from '../http/api-error';
import { RuleCorrectionDto, RulePackQueryDto } from './rule-packs.dto';
import { RulePacksService } from './rule-packs.service';

function regimeOf(value: string): LegalRegime {
  if ((LEGAL_REGIMES as readonly string[]).includes(value)) return value as LegalRegime;
  throw new ApiError(
    404,
    'RULE_PACK_NOT_FOUND',
    text(`Không có bộ quy tắc "${value}".`, `There is no rule pack "${value}".`),
    [],
    text(`Dùng một trong: ${LEGAL_REGIMES.join(', ')}.`, `Use one of: ${LEGAL_REGIMES.join(', ')}.`),
  );
}

@ApiTags('rule-packs')
@ApiBearerAuth()
@Controller('rule-packs')
export class RulePacksController {
  constructor(private readonly service: RulePacksService) {}

  @Get()
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Các bộ quy tắc theo luật / The rule pack of each legal regime, with its version' })
  @ApiOkResponse({ description: 'One entry per regime: title, period in force, version, counts' })
  packs(@Query() query: RulePackQueryDto) {
    return this.service.packs(query.on ?? vietnamDateOf(new Date()));
  }

  @Get(':regime')
  @Roles(...ROLES)
  @ApiOperation({
    summary: 'Một bộ quy tắc / Every parameter of a regime as it applies on a day, and its corrections',
    description: 'Each parameter: value and unit, citation, whether confirmed, and the correction in force if any.',
  })
  @ApiOkResponse({ description: 'The pack on the day asked for (default today)' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  pack(@Param('regime') regime: string, @Query() query: RulePackQueryDto) {
    return this.service.pack(regimeOf(regime), query.on ?? vietnamDateOf(new Date()));
  }

  @Post(':regime/preview')
  @Roles('administrator')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Xem trước một sửa đổi / Which open cases a correction would change, before it is saved',
    description:
      'Nothing is saved. Lists deadlines that would move and dormancy grounds that would (no longer) be met.',
  })
  @ApiOkResponse({ description: 'The parameter before and after, counts and the cooperatives affected' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  preview(@Param('regime') regime: string, @Body() body: RuleCorrectionDto, @CurrentUser() user: AuthenticatedUser) {
    return this.service.preview(regimeOf(regime), body, user, new Date());
  }

  @Post(':regime/corrections')
  @Roles('administrator')
  @ApiOperation({
    summary: 'Sửa một tham số / Correct a parameter from an effective date, with the reason (audited)',
    description:
      'Applies to deadlines that start, and checks made, on or after `effectiveFrom`. Every cooperative’s workflow ' +
      'receives it. Sending the same correction again returns the one saved (200).',
  })
  @ApiCreatedResponse({ description: 'The correction saved and the rollout workflow that delivers it' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Another correction was saved at the same moment' })
  async correct(
    @Param('regime') regime: string,
    @Body() body: RuleCorrectionDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ) {
    const saved = await this.service.correct(regimeOf(regime), body, user, new Date());
    response.status(saved.created ? HttpStatus.CREATED : HttpStatus.OK).location(`/rule-packs/${regime}`);
    return saved;
  }
}
