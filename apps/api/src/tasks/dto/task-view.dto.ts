import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { TaskFiltersDto } from './list-tasks.dto';

export class SaveTaskViewDto {
  @ApiProperty({ example: 'Hồ sơ thành lập quá hạn' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({ type: TaskFiltersDto, example: { kind: 'establishment-review', overdue: true } })
  @ValidateNested()
  @Type(() => TaskFiltersDto)
  filters: TaskFiltersDto;

  @ApiPropertyOptional({
    example: ['216'],
    description: 'Share with the teams of these territories (within your reach)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^[0-9A-Za-z-]{1,20}$/, { each: true })
  sharedWith?: string[];
}

export class TaskViewResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Hồ sơ thành lập quá hạn' })
  name: string;

  @ApiProperty({ example: 'can-bo.tanyen' })
  ownerId: string;

  @ApiProperty({ example: ['216'] })
  sharedWith: readonly string[];

  @ApiProperty({ type: TaskFiltersDto })
  filters: object;

  @ApiProperty()
  createdAt: string;
}
