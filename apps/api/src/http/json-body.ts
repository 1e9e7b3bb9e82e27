import { text } from '@htx/domain';
import type { INestApplication } from '@nestjs/common';
import { json, type NextFunction, type Request, type Response } from 'express';
import type { ApiErrorDto } from './api-error';

/** body-parser marks its errors with `type`. */
function bodyError(error: unknown): ApiErrorDto | null {
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.too.large') {
    return {
      statusCode: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: text(
        'Dữ liệu gửi lên quá lớn; không có gì được ghi lại.',
        'The request body is too large; nothing was recorded.',
      ),
      fix: text(
        'Gửi ít dữ liệu hơn hoặc chia thành nhiều yêu cầu.',
        'Send less data, or split it into several requests.',
      ),
      fields: [],
    };
  }
  if (type === 'entity.parse.failed') {
    return {
      statusCode: 400,
      code: 'MALFORMED_JSON',
      message: text('Nội dung gửi lên không phải JSON hợp lệ.', 'The request body is not valid JSON.'),
      fix: text('Kiểm tra dấu ngoặc, dấu phẩy và dấu nháy.', 'Check the brackets, commas and quotes.'),
      fields: [],
    };
  }
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return {
      statusCode: 415,
      code: 'UNSUPPORTED_ENCODING',
      message: text('Chỉ nhận JSON mã hoá UTF-8.', 'Only UTF-8 JSON is accepted.'),
      fields: [],
    };
  }
  return null;
}

/**
 * Parses JSON bodies up to the configured limit, and answers a body it cannot read in the API's error shape
 * (Nest would otherwise turn body-parser's errors into bare 400s or 500s).
 */
export function useJsonBody(app: INestApplication, limit: string): void {
  app.use(json({ limit }));
  app.use((error: unknown, _request: Request, response: Response, next: NextFunction) => {
    const body = bodyError(error);
    if (body) response.status(body.statusCode).json(body);
    else next(error);
  });
}
