import { text, type LocalizedText } from '@htx/domain';
import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { ServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import type { Response } from 'express';
import type { ApiErrorDto } from './api-error';

const BY_STATUS: Record<number, { code: string; message: LocalizedText; fix?: LocalizedText }> = {
  400: { code: 'BAD_REQUEST', message: text('Yêu cầu không hợp lệ.', 'The request is not valid.') },
  404: {
    code: 'NOT_FOUND',
    message: text('Không tìm thấy địa chỉ này.', 'There is nothing at this address.'),
    fix: text('Xem danh sách địa chỉ tại /docs.', 'See the list of endpoints at /docs.'),
  },
  405: { code: 'METHOD_NOT_ALLOWED', message: text('Phương thức không được hỗ trợ.', 'Method not allowed.') },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', message: text('Chỉ nhận JSON.', 'Only JSON is accepted.') },
};

/** Every error leaves the API in the ApiErrorDto shape, Vietnamese first; internals are logged, never returned. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(ApiExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode === 503) response.setHeader('Retry-After', '5');
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorDto {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (isApiErrorBody(response)) return response;
      return generic(status);
    }
    if (exception instanceof WorkflowUpdateRPCTimeoutOrCancelledError || exception instanceof ServiceError) {
      this.logger.warn(`Temporal did not answer: ${(exception as Error).message}`);
      return {
        statusCode: 503,
        code: 'WORKFLOW_SERVICE_UNAVAILABLE',
        message: text(
          'Hệ thống xử lý quy trình chưa trả lời; yêu cầu chưa được xác nhận.',
          'The workflow service did not answer; the request is not confirmed.',
        ),
        fix: text(
          'Gửi lại đúng yêu cầu này sau ít phút: gửi lặp lại không gây trùng lặp.',
          'Send the same request again in a few minutes: repeating it is harmless.',
        ),
        fields: [],
      };
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return {
      statusCode: 500,
      code: 'INTERNAL_ERROR',
      message: text('Lỗi hệ thống; không có gì bị mất.', 'Internal error; nothing was lost.'),
      fix: text(
        'Thử lại sau; nếu vẫn lỗi, báo cho quản trị viên.',
        'Try again later; if it persists, tell the administrator.',
      ),
      fields: [],
    };
  }
}

function generic(status: number): ApiErrorDto {
  const known = BY_STATUS[status] ?? {
    code: `HTTP_${status}`,
    message: text('Yêu cầu không thành công.', 'The request failed.'),
  };
  return {
    statusCode: status,
    code: known.code,
    message: known.message,
    fields: [],
    ...(known.fix ? { fix: known.fix } : {}),
  };
}

function isApiErrorBody(value: unknown): value is ApiErrorDto {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value && 'fields' in value;
}
