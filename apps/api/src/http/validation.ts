import type { FieldProblem, LocalizedText } from '@htx/domain';
import { text } from '@htx/domain';
import { ValidationPipe, type ValidationError, ParseUUIDPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { ApiError } from './api-error';

type Template = (args: readonly unknown[]) => LocalizedText;

const list = (values: unknown) => (Array.isArray(values) ? values.join(', ') : String(values));

/** Bilingual wording for each class-validator constraint; the arguments come from the DTO's own metadata. */
const TEMPLATES: Record<string, Template> = {
  isDefined: () => text('Bắt buộc phải có.', 'Is required.'),
  isNotEmpty: () => text('Không được để trống.', 'Must not be empty.'),
  isString: () => text('Phải là chuỗi ký tự.', 'Must be text.'),
  isInt: () => text('Phải là số nguyên.', 'Must be a whole number.'),
  isNumber: () => text('Phải là số.', 'Must be a number.'),
  isBoolean: () => text('Phải là true hoặc false.', 'Must be true or false.'),
  min: ([min]) => text(`Phải lớn hơn hoặc bằng ${String(min)}.`, `Must be at least ${String(min)}.`),
  max: ([max]) => text(`Phải nhỏ hơn hoặc bằng ${String(max)}.`, `Must be at most ${String(max)}.`),
  isIn: ([values]) => text(`Phải là một trong: ${list(values)}.`, `Must be one of: ${list(values)}.`),
  minLength: ([min]) => text(`Phải dài ít nhất ${String(min)} ký tự.`, `Must be at least ${String(min)} characters.`),
  maxLength: ([max]) => text(`Chỉ được dài tối đa ${String(max)} ký tự.`, `Must be at most ${String(max)} characters.`),
  matches: () => text('Không đúng định dạng.', 'Is not in the expected format.'),
  isUuid: () => text('Phải là mã định danh UUID.', 'Must be a UUID.'),
  arrayMinSize: ([min]) => text(`Phải có ít nhất ${String(min)} phần tử.`, `Must list at least ${String(min)}.`),
  arrayMaxSize: ([max]) => text(`Chỉ được có tối đa ${String(max)} phần tử.`, `Must list at most ${String(max)}.`),
  arrayUnique: () => text('Không được lặp lại phần tử.', 'Must not list anything twice.'),
  isISO8601: () => text('Phải là ngày dạng YYYY-MM-DD.', 'Must be a date such as 2025-07-01.'),
  whitelistValidation: () => text('Trường này không được phép gửi.', 'This field is not accepted.'),
};

const FIXES: Record<string, LocalizedText> = {
  whitelistValidation: text('Bỏ trường này khỏi yêu cầu.', 'Remove this field from the request.'),
};

function constraintArgs(error: ValidationError, constraint: string): readonly unknown[] {
  if (!error.target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(error.target.constructor, '', true, false)
    .find((item) => item.propertyName === error.property && item.name === constraint);
  return metadata?.constraints ?? [];
}

/** Flattens class-validator's tree into one problem per field and constraint, with dotted paths. */
export function fieldProblems(errors: readonly ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix
      ? /^\d+$/.test(error.property)
        ? `${prefix}[${error.property}]`
        : `${prefix}.${error.property}`
      : error.property;
    if (error.value === undefined && error.constraints) {
      return [{ field, reason: TEMPLATES.isDefined([]), fix: text('Thêm trường này.', 'Add this field.') }];
    }
    const own = Object.entries(error.constraints ?? {}).map(([constraint, fallback]): FieldProblem => {
      const template = TEMPLATES[constraint];
      const reason = template
        ? template(constraintArgs(error, constraint))
        : text(`Giá trị không hợp lệ (${fallback}).`, `Invalid value (${fallback}).`);
      return FIXES[constraint] ? { field, reason, fix: FIXES[constraint] } : { field, reason };
    });
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

export function invalidRequest(fields: readonly FieldProblem[]): ApiError {
  return new ApiError(
    400,
    'VALIDATION_FAILED',
    text('Thông tin gửi lên chưa hợp lệ; không có gì được ghi lại.', 'The request is not valid; nothing was recorded.'),
    fields,
    text('Sửa các trường được liệt kê rồi gửi lại.', 'Correct the fields listed and send the request again.'),
  );
}

/** Unknown fields are refused (no mass assignment), types are converted, every problem is reported at once. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => invalidRequest(fieldProblems(errors)),
  });
}

/** Path ids are version-4-shaped UUIDs; anything else is a 400 naming the parameter. */
export const uuid = new ParseUUIDPipe({ version: '4' });
