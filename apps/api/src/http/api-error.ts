import type { FieldProblem, LocalizedText } from '@htx/domain';
import { HttpException } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class LocalizedTextDto {
  @ApiProperty({ example: 'Thông tin gửi lên chưa hợp lệ.' })
  vi: string;

  @ApiProperty({ example: 'The request is not valid.' })
  en: string;
}

export class FieldProblemDto {
  @ApiProperty({ example: 'memberCount', description: 'Path of the field in the request (body or query).' })
  field: string;

  @ApiProperty({ type: LocalizedTextDto })
  reason: LocalizedText;

  @ApiPropertyOptional({ type: LocalizedTextDto })
  fix?: LocalizedText;
}

/** The one shape of every error the API returns: what was wrong, why, and how to fix it. */
export class ApiErrorDto {
  @ApiProperty({ example: 400 })
  statusCode: number;

  @ApiProperty({ example: 'VALIDATION_FAILED', description: 'Stable code for programs.' })
  code: string;

  @ApiProperty({ type: LocalizedTextDto })
  message: LocalizedText;

  @ApiPropertyOptional({ type: LocalizedTextDto })
  fix?: LocalizedText;

  @ApiProperty({ type: [FieldProblemDto] })
  fields: FieldProblem[];
}

export class ApiError extends HttpException {
  constructor(
    statusCode: number,
    code: string,
    message: LocalizedText,
    fields: readonly FieldProblem[] = [],
    fix?: LocalizedText,
  ) {
    const body: ApiErrorDto = { statusCode, code, message, fields: [...fields], ...(fix ? { fix } : {}) };
    super(body, statusCode);
  }
}
