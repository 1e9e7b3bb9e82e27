import { COOPERATIVE_STATUSES, type CooperativeStatus } from '@htx/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 200;

export class ListCooperativesDto {
  @ApiPropertyOptional({ example: '221' })
  @IsOptional()
  @IsString()
  @MaxLength(5)
  territoryCode?: string;

  @ApiPropertyOptional({ enum: COOPERATIVE_STATUSES })
  @IsOptional()
  @IsIn(COOPERATIVE_STATUSES)
  status?: CooperativeStatus;

  @ApiPropertyOptional({ description: 'Cursor: the `nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  after?: string;

  @ApiPropertyOptional({ default: 50, maximum: MAX_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;
}
