import { COOPERATIVE_KINDS, TERRITORY_LEVELS, type CooperativeKind, type TerritoryLevel } from '@htx/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

const CODE = /^[0-9A-Za-z-]{1,20}$/;

export class TerritoryDto {
  @ApiProperty({ example: '216' })
  @Matches(CODE)
  code: string;

  @ApiProperty({ example: 'Huyện Tân Yên' })
  @IsString()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: TERRITORY_LEVELS, example: 'district' })
  @IsIn(TERRITORY_LEVELS)
  level: TerritoryLevel;

  @ApiPropertyOptional({ example: '24', nullable: true })
  @IsOptional()
  @Matches(CODE)
  parentCode: string | null = null;

  @ApiPropertyOptional({ example: null, nullable: true, description: 'First day it existed (YYYY-MM-DD)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  validFrom: string | null = null;

  @ApiPropertyOptional({ example: '2025-06-30', nullable: true, description: 'Last day it existed' })
  @IsOptional()
  @IsISO8601({ strict: true })
  validTo: string | null = null;

  @ApiPropertyOptional({ example: null, nullable: true, description: 'The unit that took it over' })
  @IsOptional()
  @Matches(CODE)
  successorCode: string | null = null;
}

export class LoadTerritoriesDto {
  @ApiProperty({ type: [TerritoryDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20_000)
  @ValidateNested({ each: true })
  @Type(() => TerritoryDto)
  territories: TerritoryDto[];
}

export class AuthorityDto {
  @ApiProperty({ example: 'tckh-216' })
  @Matches(CODE)
  id: string;

  @ApiProperty({ example: 'Phòng Tài chính – Kế hoạch huyện Tân Yên' })
  @IsString()
  @MaxLength(300)
  name: string;

  @ApiProperty({ example: '216' })
  @Matches(CODE)
  territoryCode: string;

  @ApiProperty({ enum: COOPERATIVE_KINDS, isArray: true, example: ['cooperative', 'group'] })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(COOPERATIVE_KINDS, { each: true })
  handles: CooperativeKind[];

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  validFrom: string | null = null;

  @ApiPropertyOptional({ example: '2025-06-30', nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  validTo: string | null = null;

  @ApiProperty({ description: 'false: the legal text does not settle this assignment yet' })
  @IsBoolean()
  confirmed: boolean;
}

export class LoadAuthoritiesDto {
  @ApiProperty({ type: [AuthorityDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5_000)
  @ValidateNested({ each: true })
  @Type(() => AuthorityDto)
  authorities: AuthorityDto[];
}
