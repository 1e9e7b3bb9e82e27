import { RULE_UNITS, type RuleValue } from '@htx/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Allow, IsBoolean, IsISO8601, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { LocalizedTextInputDto } from '../calendar/dto/calendar.dto';

export class RulePackQueryDto {
  @ApiPropertyOptional({ example: '2026-11-23', description: 'The day the rules are read for (default: today)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  on?: string;
}

export class RuleCorrectionDto {
  @ApiProperty({ example: 'revocation.response-window' })
  @IsString()
  @MaxLength(100)
  parameterId: string;

  @ApiProperty({
    description: `The new value, in the parameter's unit (${RULE_UNITS.join(', ')}): a whole number, a share between 0 and 1, a YYYY-MM-DD date, or null for a provision`,
    example: 15,
    nullable: true,
    oneOf: [{ type: 'number' }, { type: 'string', format: 'date' }],
  })
  @Allow()
  value: RuleValue;

  @ApiPropertyOptional({ type: LocalizedTextInputDto, description: 'The citation checked (default: unchanged)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInputDto)
  citation?: LocalizedTextInputDto;

  @ApiPropertyOptional({ example: true, description: 'Whether the text of the law has now been checked' })
  @IsOptional()
  @IsBoolean()
  confirmed?: boolean;

  @ApiProperty({ example: '2026-12-01', description: 'Deadlines starting and checks made from this day use it' })
  @IsISO8601({ strict: true })
  effectiveFrom: string;

  @ApiProperty({ example: 'Đã đối chiếu Nghị định 92/2024/NĐ-CP Điều 64: thời hạn giải trình 15 ngày làm việc.' })
  @IsString()
  @MaxLength(2000)
  reason: string;
}
