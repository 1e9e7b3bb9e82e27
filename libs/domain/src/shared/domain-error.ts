import type { LocalizedText } from './localized-text';

/** A problem with one field of a command, in the user's terms. */
export type FieldProblem = {
  readonly field: string;
  readonly reason: LocalizedText;
  readonly fix?: LocalizedText;
};

export type DomainErrorCode =
  | 'INVALID_COMMAND'
  | 'REGISTRATION_CODE_TAKEN'
  | 'NOT_REGISTERED'
  | 'TASK_NOT_FOUND'
  | 'TASK_CLOSED'
  | 'TASK_CLAIMED_BY_OTHER'
  | 'TASK_ROLE_NOT_ALLOWED'
  | 'SEPARATION_OF_DUTIES'
  | 'INVALID_DECISION'
  | 'ALREADY_FILED'
  | 'NOT_AWAITING_AMENDMENTS'
  | 'APPLICATION_LAPSED';

/**
 * A rule of the domain refused a command. `code` is stable (clients and the API map it to an HTTP status);
 * `message` and `problems` are for people.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly detail: LocalizedText,
    readonly problems: readonly FieldProblem[] = [],
  ) {
    super(`${code}: ${detail.en}`);
    this.name = 'DomainError';
  }
}
