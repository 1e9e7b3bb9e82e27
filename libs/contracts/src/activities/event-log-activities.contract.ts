import type { Actor, CooperativeEvent } from '@htx/domain';

export type AppendLifecycleEventsInput = {
  readonly cooperativeId: string;
  readonly workflowId: string;
  /** The version the workflow believes the stream is at; a mismatch means another writer interfered. */
  readonly expectedVersion: number;
  readonly actor: Actor;
  /** When the events happened in the world (ISO instant with offset). */
  readonly occurredAt: string;
  readonly events: readonly CooperativeEvent[];
};

export type AppendLifecycleEventsResult = {
  readonly streamVersion: number;
  readonly headHash: string;
};

/**
 * The only way events enter the log: appended with their hash chain, in the same transaction as the read models
 * they change. Idempotent per workflow run and activity (a retried activity appends nothing twice).
 */
export interface EventLogActivityContract {
  appendLifecycleEvents(input: AppendLifecycleEventsInput): Promise<AppendLifecycleEventsResult>;
}

/** ApplicationFailure types the event-log activities raise. */
export const EVENT_LOG_FAILURE_TYPES = {
  /** The stream moved under the workflow's feet: another writer appended. Never retried. */
  streamVersionConflict: 'STREAM_VERSION_CONFLICT',
} as const;
