import {
  CONVERSION_TARGETS,
  GAP_ITEMS,
  PROGRESS_BUCKETS,
  type ConversionTarget,
  type ProgressBucket,
} from '@htx/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

export class OpenCampaignDto {
  @ApiProperty({ example: 'Rà soát sửa đổi điều lệ theo Luật Hợp tác xã 2023 — Tân Yên' })
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: '216', description: 'The territory, with those within it' })
  @IsString()
  @MaxLength(5)
  territoryCode: string;

  @ApiProperty({ enum: CONVERSION_TARGETS, example: 'law-2023' })
  @IsIn(CONVERSION_TARGETS)
  target: ConversionTarget;

  @ApiPropertyOptional({
    example: '2027-03-31',
    description:
      'The day the campaign follows up to. Defaults to the legal deadline of the rule pack; once that has passed ' +
      '(as for the 2023 Law since 2026-01-01), the authority sets its own later date.',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  followUpBy?: string;
}

export class ConversionHistoryQueryDto {
  @ApiProperty({ example: '216', description: 'The territory, with those within it' })
  @IsString()
  @MaxLength(5)
  territoryCode: string;

  @ApiProperty({ enum: CONVERSION_TARGETS, example: 'law-2012' })
  @IsIn(CONVERSION_TARGETS)
  target: ConversionTarget;
}

export class EnrolmentsQueryDto {
  @ApiPropertyOptional({ enum: PROGRESS_BUCKETS, description: 'Only the cooperatives behind one count' })
  @IsOptional()
  @IsIn(PROGRESS_BUCKETS)
  bucket?: ProgressBucket;

  @ApiPropertyOptional({ description: 'Cursor: the last registration code of the previous page' })
  @IsOptional()
  @Matches(/^[\w.-]{1,30}$/)
  after?: string;

  @ApiPropertyOptional({ default: 100, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}

export class GapAnswerDto {
  @ApiProperty({ enum: GAP_ITEMS, example: 'capital-share' })
  @IsString()
  @MaxLength(40)
  itemId: string;

  @ApiProperty({ enum: ['unknown', 'conforms', 'gap'], example: 'gap' })
  @IsString()
  @MaxLength(20)
  status: string;

  @ApiPropertyOptional({ example: 'Một thành viên góp 35% vốn điều lệ; cần chuyển nhượng bớt.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class RecordChecklistDto {
  @ApiProperty({ type: [GapAnswerDto] })
  @ValidateNested({ each: true })
  @Type(() => GapAnswerDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  answers: GapAnswerDto[];
}

export class FileEvidenceDto {
  @ApiProperty({ enum: ['amended-charter', 're-registration'], example: 'amended-charter' })
  @IsString()
  @MaxLength(30)
  kind: string;

  @ApiProperty({ example: 'Điều lệ sửa đổi theo Nghị quyết ĐHTV số 02/NQ-ĐHTV' })
  @IsString()
  @MaxLength(300)
  reference: string;

  @ApiProperty({ example: '2026-11-20', description: 'The day the amended charter was filed' })
  @IsString()
  @MaxLength(10)
  filedOn: string;
}
