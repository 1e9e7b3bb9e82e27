import {
  Body,
  Controller,
  Get,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { countWithoutReports, text, type ImportRowError } from '@htx/domain';
import type { ImportFailure, RegistryImport } from '@htx/persistence';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import type { Response } from 'express';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { ApiError, ApiErrorDto } from '../http/api-error';
import { REGISTERING_ROLES } from './cooperatives.service';
import { RegistryImportsService } from './registry-imports.service';

const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

export class ImportOptionsDto {
  @ApiProperty({ required: false, default: false, description: 'Import the valid rows of a file that has bad ones' })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  importGoodRows?: boolean;
}

export class RegistryImportDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['running', 'completed'] })
  status: string;

  @ApiProperty({ example: 'so-dang-ky-tan-yen.xlsx' })
  fileName: string;

  @ApiProperty({ example: 113, description: 'Rows to import' })
  totalRows: number;

  @ApiProperty({ example: 100, description: 'Rows handed to their workflows so far' })
  processed: number;

  @ApiProperty({ example: 98, description: 'Cooperatives new to the registry' })
  created: number;

  @ApiProperty({ example: 1, description: 'Rows already in the registry with the same details: nothing changed' })
  unchanged: number;

  @ApiProperty({
    example: 12,
    description:
      'Rows without a last report year: the reports due before the import are unknown and not chased (a later report, or a re-import with the column, makes them known)',
  })
  withoutReports: number;

  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'Rows the registry refused: row, code, why' })
  failures: readonly ImportFailure[];

  @ApiProperty({
    type: 'array',
    items: { type: 'object' },
    description: 'Invalid rows left out, each with its problems',
  })
  rejectedRows: readonly ImportRowError[];

  @ApiProperty()
  startedAt: string;

  @ApiProperty({ nullable: true })
  finishedAt: string | null;

  @ApiProperty({ example: { self: '/cooperatives/import/…' } })
  links: { self: string };
}

const toImportResponse = (entry: RegistryImport): RegistryImportDto => ({
  id: entry.id,
  status: entry.status,
  fileName: entry.fileName,
  totalRows: entry.rows.length,
  processed: entry.processed,
  created: entry.created,
  unchanged: entry.processed - entry.created - entry.failures.length,
  withoutReports: countWithoutReports(entry.rows),
  failures: entry.failures,
  rejectedRows: entry.rejectedRows,
  startedAt: entry.startedAt,
  finishedAt: entry.finishedAt,
  links: { self: `/cooperatives/import/${entry.id}` },
});

type UploadedSheet = { readonly originalname: string; readonly buffer: Buffer };

@ApiTags('cooperatives')
@ApiBearerAuth()
@Controller('cooperatives/import')
export class RegistryImportsController {
  constructor(private readonly imports: RegistryImportsService) {}

  @Post()
  @Roles(...REGISTERING_ROLES)
  @UseInterceptors(
    FileInterceptor('file', { limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 2 }, defParamCharset: 'utf8' }),
  )
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' }, importGoodRows: { type: 'boolean' } },
    },
  })
  @ApiOperation({
    summary: 'Nhập sổ đăng ký hiện có (CSV, XLSX) / Import an existing registry (CSV or XLSX)',
    description:
      'Columns: registrationCode, name, kind, sector, territoryCode, regime, registeredOn, memberCount, and the ' +
      'history lastReportYear, lastReportFiledOn, lastGeneralMeetingOn, lastActivityOn, suspendedFrom, ' +
      'suspendedUntil (Vietnamese headers such as "Mã số HTX" are accepted; dates YYYY-MM-DD or dd/mm/yyyy). Every ' +
      'row is checked first: a file with bad rows is refused with each row and why, unless importGoodRows=true. ' +
      'Then each cooperative’s workflow starts with its history, in batches; follow the progress at links.self. ' +
      'The same file again returns the same import (200) and changes nothing.',
  })
  @ApiAcceptedResponse({ type: RegistryImportDto })
  @ApiOkResponse({ type: RegistryImportDto, description: 'This file was imported already' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  async start(
    @UploadedFile() file: UploadedSheet | undefined,
    @Body() options: ImportOptionsDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RegistryImportDto> {
    if (!file) throw missingFile();
    const upload = { fileName: file.originalname, content: file.buffer };
    const { entry, created } = await this.imports.start(upload, options.importGoodRows ?? false, user, new Date());
    response.status(created ? HttpStatus.ACCEPTED : HttpStatus.OK).location(`/cooperatives/import/${entry.id}`);
    return toImportResponse(entry);
  }

  @Get(':importId')
  @Roles(...REGISTERING_ROLES)
  @ApiOperation({ summary: 'Tiến độ nhập sổ / The progress of an import' })
  @ApiOkResponse({ type: RegistryImportDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  async get(
    @Param('importId', new ParseUUIDPipe()) importId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RegistryImportDto> {
    return toImportResponse(await this.imports.get(importId, user));
  }
}

function missingFile(): ApiError {
  return new ApiError(
    400,
    'IMPORT_FILE_MISSING',
    text('Chưa có tệp để nhập.', 'No file to import.'),
    [{ field: 'file', reason: text('Bắt buộc phải có.', 'Is required.') }],
    text(
      'Gửi multipart/form-data với tệp CSV hoặc XLSX trong trường "file".',
      'Send multipart/form-data with the CSV or XLSX file in the "file" field.',
    ),
  );
}
