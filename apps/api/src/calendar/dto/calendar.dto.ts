import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LocalizedTextDto } from '../../http/api-error';

export class DeadlineQueryDto {
  @ApiProperty({ example: '2026-02-13', description: 'Day of the event the period runs from (not counted)' })
  @IsISO8601({ strict: true })
  from: string;

  @ApiPropertyOptional({ example: 3, description: 'Give exactly one of workingDays, days, months' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3650)
  workingDays?: number;

  @ApiPropertyOptional({ example: 60 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3650)
  days?: number;

  @ApiPropertyOptional({ example: 18 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(120)
  months?: number;
}

export class DaysOffQueryDto {
  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(1990)
  @Max(2199)
  year: number;
}

export class DayOffDto {
  @ApiProperty({ example: '2026-02-17' })
  date: string;

  @ApiProperty({ enum: ['weekend', 'holiday', 'compensatory', 'swapped'] })
  kind: string;

  @ApiProperty({ type: LocalizedTextDto })
  reason: LocalizedTextDto;
}

export class YearBasisDto {
  @ApiProperty({ example: 2026 })
  year: number;

  @ApiProperty({ enum: ['official', 'statutory-default'] })
  basis: string;

  @ApiProperty({ example: 'Bộ luật Lao động 2019, Điều 111–112 / Labour Code 2019, Art. 111–112' })
  source: string;
}

export class DeadlineResponseDto {
  @ApiProperty({ example: '2026-02-25' })
  due: string;

  @ApiProperty({ example: { unit: 'working-days', count: 3 } })
  period: { unit: string; count: number };

  @ApiProperty({ example: '2026-02-13' })
  from: string;

  @ApiProperty({ type: [DayOffDto] })
  skipped: DayOffDto[];

  @ApiPropertyOptional({ nullable: true, example: null })
  rolledForwardFrom: string | null;

  @ApiProperty({ type: [YearBasisDto] })
  calendar: YearBasisDto[];

  @ApiProperty({ type: LocalizedTextDto })
  explanation: LocalizedTextDto;

  @ApiProperty({ type: LocalizedTextDto })
  countingRule: LocalizedTextDto;
}

export class DaysOffResponseDto {
  @ApiProperty({ type: YearBasisDto })
  calendar: YearBasisDto;

  @ApiProperty({ type: [DayOffDto], description: 'Every day off that is not a plain Saturday or Sunday' })
  days: DayOffDto[];
}

export class LocalizedTextInputDto {
  @ApiProperty({ example: 'Tết Nguyên đán' })
  @IsString()
  @MaxLength(300)
  vi: string;

  @ApiProperty({ example: 'Lunar New Year' })
  @IsString()
  @MaxLength(300)
  en: string;
}

class ScheduledDayDto {
  @ApiProperty({ example: '2026-02-16' })
  @IsISO8601({ strict: true })
  date: string;

  @ApiProperty({ type: LocalizedTextInputDto })
  @ValidateNested()
  @Type(() => LocalizedTextInputDto)
  reason: LocalizedTextInputDto;
}

export class LoadScheduleDto {
  @ApiProperty({ example: 'Thông báo số …/TB-BNV về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2026' })
  @IsString()
  @MaxLength(500)
  source: string;

  @ApiProperty({ type: [ScheduledDayDto], description: 'Every day off that is not a Saturday or Sunday' })
  @IsArray()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => ScheduledDayDto)
  daysOff: ScheduledDayDto[];

  @ApiProperty({ type: [ScheduledDayDto], description: 'Saturdays or Sundays made working days' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ScheduledDayDto)
  workingDays: ScheduledDayDto[];
}
