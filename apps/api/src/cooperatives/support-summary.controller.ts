import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Role } from '@htx/domain';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { CooperativesService } from './cooperatives.service';
import { SupportSummaryQueryDto } from './dto/facts.dto';

export class SupportSumDto {
  @ApiProperty({ example: '216' })
  territoryCode: string;

  @ApiProperty({ example: 'grant' })
  kind: string;

  @ApiProperty({ example: 4 })
  requests: number;

  @ApiProperty({ example: 3 })
  approved: number;

  @ApiProperty({ example: 80_000_000, description: 'VND' })
  requestedAmount: number;

  @ApiProperty({ example: 60_000_000, description: 'VND' })
  approvedAmount: number;

  @ApiProperty({ example: 40_000_000, description: 'VND' })
  disbursedAmount: number;
}

export class SupportSummaryDto {
  @ApiProperty({ example: 2026 })
  year: number;

  @ApiProperty({ type: [SupportSumDto], description: 'Per territory and kind of support' })
  rows: SupportSumDto[];

  @ApiProperty({ type: SupportSumDto, description: 'All rows together (territoryCode and kind are "*")' })
  total: SupportSumDto;
}

const SUMMARY_READERS: Role[] = ['registration-officer', 'head-of-authority', 'auditor', 'administrator'];

@ApiTags('cooperatives')
@ApiBearerAuth()
@Controller('establishment-support')
export class SupportSummaryController {
  constructor(private readonly service: CooperativesService) {}

  @Get('summary')
  @Roles(...SUMMARY_READERS)
  @ApiOperation({
    summary: 'Tổng hợp hỗ trợ hợp tác xã mới theo địa bàn và năm / Support for new cooperatives per territory and year',
    description: 'Counted in the year each request was made, within your territories.',
  })
  @ApiOkResponse({ type: SupportSummaryDto })
  async summary(
    @Query() query: SupportSummaryQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SupportSummaryDto> {
    const rows = await this.service.supportSummary(query, user, new Date());
    const total = rows.reduce<SupportSumDto>(
      (sum, row) => ({
        ...sum,
        requests: sum.requests + row.requests,
        approved: sum.approved + row.approved,
        requestedAmount: sum.requestedAmount + row.requestedAmount,
        approvedAmount: sum.approvedAmount + row.approvedAmount,
        disbursedAmount: sum.disbursedAmount + row.disbursedAmount,
      }),
      {
        territoryCode: '*',
        kind: '*',
        requests: 0,
        approved: 0,
        requestedAmount: 0,
        approvedAmount: 0,
        disbursedAmount: 0,
      },
    );
    return { year: query.year, rows, total };
  }
}
