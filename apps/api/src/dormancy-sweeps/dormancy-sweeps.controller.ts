import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { DormancySweep } from '@htx/persistence';
import type { Response } from 'express';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { ApiErrorDto } from '../http/api-error';
import { IdempotencyKeyHeader } from '../http/idempotency';
import { BulkDecisionDto, RequestSweepDto, SweepFindingsQueryDto } from './dormancy-sweeps.dto';
import {
  DormancySweepsService,
  SWEEP_READERS,
  SWEEP_ROLES,
  type DecisionOutcome,
  type SweepBatch,
} from './dormancy-sweeps.service';

const selfLink = (sweep: DormancySweep) => ({ self: `/dormancy-sweeps/${sweep.sweepId}` });

@ApiTags('dormancy')
@ApiBearerAuth()
@Controller('dormancy-sweeps')
export class DormancySweepsController {
  constructor(private readonly sweeps: DormancySweepsService) {}

  @Post()
  @Roles(...SWEEP_ROLES)
  @HttpCode(HttpStatus.ACCEPTED)
  @IdempotencyKeyHeader('The same key (or the same request) from the same officer names the same sweep')
  @ApiOperation({
    summary: 'Rà soát hợp tác xã ngừng hoạt động / Sweep the registry for dormant cooperatives',
    description:
      'Evaluates every cooperative of the territory as the registry stood at the end of `asOf` and keeps, for each, ' +
      'the grounds met, the evidence dates, the months elapsed and why it was or was not flagged. Cooperatives found ' +
      'dormant without a case are flagged by their own workflows (if their clocks agree today), with you as the one ' +
      'who flagged them: another officer decides. The same sweep also runs every day on a Temporal Schedule.',
  })
  @ApiAcceptedResponse({ description: '{ sweepId, status, links } — follow links.self for progress and findings' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  async request(
    @Body() body: RequestSweepDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
    @Headers('idempotency-key') key?: string,
  ) {
    const sweep = await this.sweeps.request(body, user, new Date(), key);
    response.location(selfLink(sweep).self);
    return { ...sweep, links: selfLink(sweep) };
  }

  @Get()
  @Roles(...SWEEP_READERS)
  @ApiOperation({ summary: 'Các đợt rà soát gần đây / Recent sweeps within your reach, newest first' })
  @ApiOkResponse({ description: '{ items: [{ sweepId, asOf, territoryCode, status, counts, links }] }' })
  async recent(@CurrentUser() user: AuthenticatedUser) {
    const sweeps = await this.sweeps.recent(user, new Date());
    return { items: sweeps.map((sweep) => ({ ...sweep, links: selfLink(sweep) })) };
  }

  @Get(':id')
  @Roles(...SWEEP_READERS)
  @ApiOperation({
    summary: 'Kết quả rà soát / A sweep’s findings, to review',
    description:
      'Per cooperative (by registration code, keyset pages): status, last evidence of operating, last general ' +
      'meeting, each ground’s clock (since, due, months elapsed, effect under the regime in force, legal basis), ' +
      'the explanation in Vietnamese and English, and its review task as it stands now.',
  })
  @ApiOkResponse({ description: 'The sweep, its counts within your reach, one page of findings and nextCursor' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  async batch(
    @Param('id') id: string,
    @Query() query: SweepFindingsQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SweepBatch & { links: { self: string } }> {
    const batch = await this.sweeps.batch(id, query, user, new Date());
    return { ...batch, links: selfLink(batch) };
  }

  @Post(':id/decisions')
  @Roles(...SWEEP_ROLES)
  @HttpCode(HttpStatus.OK)
  @IdempotencyKeyHeader('Repeat the same key to repeat the same decisions harmlessly')
  @ApiOperation({
    summary: 'Quyết định hàng loạt / Confirm or dismiss many reviews of a sweep at once',
    description:
      'Each cooperative’s open dormancy review is decided as from the inbox, with the same checks (whoever flagged ' +
      'a case cannot decide it). One answer per cooperative: decided, unchanged (already decided so), or refused ' +
      'with its reason; a refusal does not stop the others.',
  })
  @ApiOkResponse({
    description: '{ decided, unchanged, refused, results: [{ cooperativeId, outcome, taskId, code?, message? }] }',
  })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  async decide(
    @Param('id') id: string,
    @Body() body: BulkDecisionDto,
    @CurrentUser() user: AuthenticatedUser,
    @Headers('idempotency-key') key?: string,
  ) {
    const results = await this.sweeps.decide(id, body, user, new Date(), key);
    const count = (outcome: DecisionOutcome['outcome']) =>
      results.filter((result) => result.outcome === outcome).length;
    return { decided: count('decided'), unchanged: count('unchanged'), refused: count('refused'), results };
  }
}
