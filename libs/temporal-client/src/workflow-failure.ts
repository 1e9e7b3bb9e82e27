import type { FieldProblem, LocalizedText } from '@htx/domain';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, ActivityFailure } from '@temporalio/common';

export type WorkflowRefusal = {
  readonly type: string;
  readonly detail: LocalizedText | undefined;
  readonly problems: readonly FieldProblem[];
};

/** The domain refusal inside a failed update (raised by the workflow or by one of its activities), if that is what it is. */
export function workflowRefusalOf(error: unknown): WorkflowRefusal | null {
  if (!(error instanceof WorkflowUpdateFailedError)) return null;
  let cause: unknown = error.cause;
  if (cause instanceof ActivityFailure) cause = cause.cause;
  if (!(cause instanceof ApplicationFailure) || !cause.type) return null;
  const [details] = (cause.details ?? []) as [{ detail?: LocalizedText; problems?: FieldProblem[] }?];
  return { type: cause.type, detail: details?.detail, problems: details?.problems ?? [] };
}
