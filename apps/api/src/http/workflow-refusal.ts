import { LIFECYCLE_FAILURE_TYPES } from '@htx/contracts';
import { text, type LocalizedText } from '@htx/domain';
import { workflowRefusalOf } from '@htx/temporal-client';
import { ApiError } from './api-error';
import { invalidRequest } from './validation';

const REFUSED = text('Yêu cầu không được chấp nhận.', 'The request was refused.');

/** The workflow's own refusal (the record moved on since the api checked) as the same 4xx the check gives. */
export async function refusalsAsErrors<T>(call: () => Promise<T>, fallbackDetail: LocalizedText = REFUSED): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const refusal = workflowRefusalOf(error);
    if (refusal?.type === LIFECYCLE_FAILURE_TYPES.invalidCommand) throw invalidRequest(refusal.problems);
    if (refusal) throw new ApiError(409, refusal.type, refusal.detail ?? fallbackDetail, refusal.problems);
    throw error;
  }
}
