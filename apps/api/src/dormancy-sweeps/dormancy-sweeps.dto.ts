import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class RequestSweepDto {
  @ApiPropertyOptional({
    example: '2026-11-22',
    description: 'Evaluate the registry as it stood at the end of this day (default: today)',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(DATE)
  asOf?: string;

  @ApiPropertyOptional({
    example: '216',
    description: 'The territory to sweep, with those within it (default: yours, if you cover exactly one)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(5)
  territoryCode?: string;
}

export class SweepFindingsQueryDto {
  @ApiPropertyOptional({ description: 'Only the flagged (true) or only the others (false)' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  flagged?: boolean;

  @ApiPropertyOptional({ description: 'Keyset cursor: nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  after?: string;

  @ApiPropertyOptional({ default: 50, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

export const BULK_DECISIONS = ['confirm', 'dismiss'] as const;
export type BulkDecision = (typeof BULK_DECISIONS)[number];

export class BulkDecisionDto {
  @ApiProperty({ enum: BULK_DECISIONS, description: 'confirm: dormant, open the regime’s path; dismiss: it operates' })
  @IsIn(BULK_DECISIONS)
  decision: BulkDecision;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Cooperatives of this sweep (at most 500)' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  cooperativeIds: string[];

  @ApiProperty({ example: 'Đã kiểm tra thực địa ngày 20/11/2026', description: 'Why: recorded on every review' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  comment: string;

  @ApiPropertyOptional({ example: '2026-11-15', description: 'Required to dismiss: the date of the evidence seen' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(DATE)
  evidenceOn?: string;
}
