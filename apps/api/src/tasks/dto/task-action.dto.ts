import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class CompleteTaskDto {
  @ApiProperty({ example: 'propose-approval', description: 'One of the task options' })
  @IsString()
  @MaxLength(50)
  optionId: string;

  @ApiPropertyOptional({
    example: 'Hồ sơ đầy đủ, đã đối chiếu bản gốc.',
    description: 'Required for options that need written reasons',
  })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  comment?: string;

  @ApiPropertyOptional({ example: { originalsChecked: true }, description: 'The fields the task form asks for' })
  @IsOptional()
  @IsObject()
  formData?: Record<string, string | number | boolean>;
}

export class AssignTaskDto {
  @ApiProperty({ example: 'can-bo2.tanyen' })
  @Matches(/^[\w.@-]{1,100}$/)
  assigneeId: string;
}
