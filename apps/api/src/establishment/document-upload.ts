import { AppConfig } from '@htx/config';
import { text } from '@htx/domain';
import {
  BadRequestException,
  Catch,
  Injectable,
  PayloadTooLargeException,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { MulterModuleOptions } from '@nestjs/platform-express';
import type { Response } from 'express';
import type { ApiErrorDto } from '../http/api-error';

/** The one file an upload carries, held in memory until it is checksummed and stored. */
export type UploadedDossierFile = {
  readonly originalname: string;
  readonly mimetype: string;
  readonly size: number;
  readonly buffer: Buffer;
};

/** What dossiers may hold, recognised by their first bytes (not by what the client claims). */
const SIGNATURES: readonly { readonly contentType: string; readonly magic: readonly number[] }[] = [
  { contentType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { contentType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  { contentType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

export function sniffContentType(content: Buffer): string | null {
  const found = SIGNATURES.find(({ magic }) => magic.every((byte, index) => content[index] === byte));
  return found?.contentType ?? null;
}

export function multerOptions(config: AppConfig): MulterModuleOptions {
  return {
    limits: { fileSize: config.api.documentMaxBytes, files: 1, fields: 4, fieldSize: 1024 },
    // Vietnamese file names arrive as UTF-8; busboy would read them as Latin-1.
    defParamCharset: 'utf8',
  };
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Multer's refusals (too large, wrong field, too many files) in the API's error shape; nothing was stored. */
@Injectable()
@Catch(PayloadTooLargeException, BadRequestException)
export class DocumentUploadFilter implements ExceptionFilter {
  constructor(private readonly config: AppConfig) {}

  catch(exception: PayloadTooLargeException | BadRequestException, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const own = exception.getResponse() as Partial<ApiErrorDto>;
    if (own.code && own.message && typeof own.message === 'object') {
      response.status(exception.getStatus()).json(own);
      return;
    }
    const limit = megabytes(this.config.api.documentMaxBytes);
    const body: ApiErrorDto =
      exception instanceof PayloadTooLargeException
        ? {
            statusCode: 413,
            code: 'DOCUMENT_TOO_LARGE',
            message: text(
              `Tệp vượt quá ${limit}; không có gì được lưu.`,
              `The file is larger than ${limit}; nothing was stored.`,
            ),
            fix: text(
              'Quét lại với độ phân giải thấp hơn hoặc tách thành nhiều tệp.',
              'Scan again at a lower resolution, or split it into several files.',
            ),
            fields: [{ field: 'file', reason: text(`Tối đa ${limit}.`, `At most ${limit}.`) }],
          }
        : {
            statusCode: 400,
            code: 'INVALID_UPLOAD',
            message: text('Yêu cầu tải tệp không hợp lệ.', 'The upload is not valid.'),
            fix: text(
              'Gửi multipart/form-data với một trường "kind" và đúng một tệp trong trường "file".',
              'Send multipart/form-data with a "kind" field and exactly one file in the "file" field.',
            ),
            fields: [{ field: 'file', reason: text('Thiếu hoặc thừa tệp.', 'Missing or extra file.') }],
          };
    response.status(body.statusCode).json(body);
  }
}
