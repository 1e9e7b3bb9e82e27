import type { FieldProblem, LocalizedText } from '@htx/domain';
import { ApiError } from '../http/api-error';

const STATUS: Record<string, number> = {
  TASK_NOT_FOUND: 404,
  TASK_CLOSED: 409,
  TASK_CLAIMED_BY_OTHER: 409,
  TASK_ROLE_NOT_ALLOWED: 403,
  SEPARATION_OF_DUTIES: 403,
  INVALID_DECISION: 400,
};

/** A task rule's refusal (from the API's own pre-check or from the workflow's validator) as an HTTP answer. */
export function taskRefusal(code: string, detail: LocalizedText, problems: readonly FieldProblem[]): ApiError | null {
  const status = STATUS[code];
  return status ? new ApiError(status, code, detail, problems) : null;
}
