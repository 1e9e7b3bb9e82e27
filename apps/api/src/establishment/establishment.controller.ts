import {
  APPLICATION_STATUSES,
  DOCUMENT_KINDS,
  text,
  vietnamDateOf,
  type ApplicationStatus,
  type DocumentKind,
  type DossierDocument,
  type Role,
} from '@htx/domain';
import { DossierDocuments } from '@htx/persistence';
import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { Response } from 'express';
import { invalidRequest } from '../http/validation';
import { DocumentUploadFilter, sniffContentType, type UploadedDossierFile } from './document-upload';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { IdempotencyKeyHeader } from '../http/idempotency';
import { inlinePdf } from '../printing/printing-authority';
import { ApiErrorDto } from '../http/api-error';
import { toTaskResponse } from '../tasks/dto/task-response.dto';
import { ApplicationResponseDto, toApplicationResponse } from './dto/application-response.dto';
import { SubmitApplicationDto } from './dto/submit-application.dto';
import { EstablishmentService, RECEIVING_ROLES } from './establishment.service';

const READERS: Role[] = ['registration-officer', 'head-of-authority', 'auditor', 'administrator'];

class ListApplicationsDto {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES)
  status?: ApplicationStatus;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

class UploadDocumentDto {
  @ApiProperty({ enum: DOCUMENT_KINDS, example: 'charter' })
  @IsIn(DOCUMENT_KINDS)
  kind: DocumentKind;
}

/** A file name as stored and offered back: no path, no control characters, not endless. */
const cleanFileName = (name: string) =>
  [...(name.split(/[\\/]/).pop() ?? '')]
    .filter((character) => character.charCodeAt(0) >= 0x20 && character !== '\u007f' && character !== '"')
    .join('')
    .slice(0, 200) || 'tep-dinh-kem';

const IDEMPOTENCY = IdempotencyKeyHeader('The same key sends the same dossier once');

@ApiTags('establishment')
@ApiBearerAuth()
@Controller('establishment-applications')
export class EstablishmentController {
  constructor(
    private readonly service: EstablishmentService,
    private readonly documents: DossierDocuments,
  ) {}

  @Post('documents')
  @Roles(...RECEIVING_ROLES)
  @UseInterceptors(FileInterceptor('file'))
  @UseFilters(DocumentUploadFilter)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['kind', 'file'],
      properties: { kind: { enum: [...DOCUMENT_KINDS] }, file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiOperation({
    summary: 'Tải lên một giấy tờ của hồ sơ / Upload a file of a dossier (PDF, JPEG or PNG)',
    description:
      'Stored with its SHA-256 and returned with an id to list in the dossier (`documentIds`). An upload no filing ' +
      'uses is dropped after 7 days.',
  })
  @ApiCreatedResponse({ description: 'The stored document: id, kind, name, type, size, SHA-256' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiPayloadTooLargeResponse({ type: ApiErrorDto })
  async upload(
    @UploadedFile() file: UploadedDossierFile | undefined,
    @Body() body: UploadDocumentDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<DossierDocument> {
    const contentType = file && sniffContentType(file.buffer);
    if (!file || !contentType) {
      throw invalidRequest([
        {
          field: 'file',
          reason: file
            ? text('Chỉ nhận tệp PDF, JPEG hoặc PNG.', 'Only PDF, JPEG or PNG files are accepted.')
            : text('Thiếu tệp.', 'The file is missing.'),
          fix: text('Gửi tệp trong trường "file".', 'Send the file in the "file" field.'),
        },
      ]);
    }
    return this.documents.stage(
      { kind: body.kind, fileName: cleanFileName(file.originalname), contentType, content: file.buffer },
      user.id,
      new Date(),
    );
  }

  @Post()
  @Roles(...RECEIVING_ROLES)
  @IDEMPOTENCY
  @ApiOperation({
    summary: 'Nhận hồ sơ đăng ký thành lập / Receive an establishment dossier',
    description:
      'Checked under the law in force on the filing date (2012 or 2023 Law): members, capital shares, name, the ' +
      'papers the regime asks for, names already used in the territory, members barred from founding. A review task ' +
      'opens for a registration officer, due within the statutory working days; the head of the authority decides.',
  })
  @ApiCreatedResponse({ type: ApplicationResponseDto })
  @ApiOkResponse({ type: ApplicationResponseDto, description: 'The same filing again: nothing changed' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiForbiddenResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto })
  async submit(
    @Body() body: SubmitApplicationDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
    @Headers('idempotency-key') key?: string,
  ): Promise<ApplicationResponseDto> {
    const { application, created } = await this.service.submit(body, user, new Date(), key);
    response
      .status(created ? HttpStatus.CREATED : HttpStatus.OK)
      .location(`/establishment-applications/${application.applicationId}`);
    return toApplicationResponse(application);
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Hồ sơ thành lập / Applications within your territories, newest first' })
  @ApiOkResponse({ type: [ApplicationResponseDto] })
  async list(
    @Query() query: ListApplicationsDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ApplicationResponseDto[]> {
    return (await this.service.list(user, query.status, query.limit ?? 50, new Date())).map((application) =>
      toApplicationResponse(application),
    );
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Một hồ sơ / An application with its checks, proposal, decision and tasks' })
  @ApiOkResponse({ type: ApplicationResponseDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  async get(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ApplicationResponseDto> {
    const now = new Date();
    const { application, tasks } = await this.service.get(id, user, now);
    return toApplicationResponse(
      application,
      tasks.map((task) => toTaskResponse(task, vietnamDateOf(now))),
    );
  }

  @Post(':id/resubmissions')
  @Roles(...RECEIVING_ROLES)
  @HttpCode(200)
  @IDEMPOTENCY
  @ApiOperation({
    summary: 'Nộp lại hồ sơ đã sửa đổi, bổ sung / Resubmit the amended dossier',
    description:
      'Only while amendments are asked for and before their deadline; the review starts again from this receipt. ' +
      'Documents that did not change keep their ids.',
  })
  @ApiOkResponse({ type: ApplicationResponseDto })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Not awaiting amendments, or past the deadline' })
  async resubmit(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: SubmitApplicationDto,
    @CurrentUser() user: AuthenticatedUser,
    @Headers('idempotency-key') key?: string,
  ): Promise<ApplicationResponseDto> {
    return toApplicationResponse(await this.service.resubmit(id, body, user, new Date(), key));
  }

  @Get(':id/documents/:documentId')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Tải về một giấy tờ / Download a file of the dossier',
    description: 'The ETag is its SHA-256, the one recorded in the log when the dossier was filed.',
  })
  @ApiOkResponse({ description: 'The file as uploaded' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  async download(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('documentId', new ParseUUIDPipe()) documentId: string,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const document = await this.service.document(id, documentId, user, new Date());
    response.setHeader('ETag', `"${document.sha256}"`);
    return new StreamableFile(document.content, {
      type: document.contentType,
      length: document.size,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
    });
  }

  @Get(':id/printouts/:key')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'In văn bản / Print a document of the application (PDF, Vietnamese)',
    description:
      'The registration certificate, the refusal, each amendment notice, the lapse notice — with the legal basis ' +
      "and the signatory; the keys are listed in the application's `printouts`.",
  })
  @ApiOkResponse({ description: 'application/pdf' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  async print(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('key') key: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<StreamableFile> {
    return inlinePdf(await this.service.printout(id, key, user, new Date()));
  }
}
