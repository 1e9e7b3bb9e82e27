import { DomainError } from '@htx/domain';
import { ApplicationFailure } from '@temporalio/workflow';

/**
 * Runs a domain decision; a refusal becomes a non-retryable ApplicationFailure whose type is the domain code and
 * whose details carry the bilingual explanation, so the API can answer with the user's terms.
 */
export function decideOrFail<T>(decision: () => T): T {
  try {
    return decision();
  } catch (error) {
    if (error instanceof DomainError) {
      throw ApplicationFailure.create({
        type: error.code,
        message: error.detail.en,
        details: [{ detail: error.detail, problems: error.problems }],
        nonRetryable: true,
      });
    }
    throw error;
  }
}
