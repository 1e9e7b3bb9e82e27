import type { Actor, Cooperative, RegistrationDetails } from '@htx/domain';
import { defineQuery, defineUpdate } from '@temporalio/workflow';

export const COOPERATIVE_LIFECYCLE_WORKFLOW_TYPE = 'cooperativeLifecycleWorkflow';

/**
 * What a run of the lifecycle workflow starts from: nothing (a registry entry arrives by update), an approved
 * establishment application (the cooperative continues the application's stream), or the state carried over by
 * continue-as-new.
 */
export type CooperativeLifecycleInput = {
  readonly carried?: CarriedLifecycleState;
  readonly establishment?: {
    readonly cooperativeId: string;
    readonly details: RegistrationDetails;
    readonly approvedBy: Actor;
  };
};

export type CarriedLifecycleState = {
  readonly cooperative: Cooperative | null;
  /** Version of the cooperative's event stream after the last append. */
  readonly streamVersion: number;
};

export type CooperativeLifecycleWorkflow = (input: CooperativeLifecycleInput) => Promise<void>;

export type RegisterCooperativeRequest = {
  readonly details: RegistrationDetails;
  readonly actor: Actor;
};

export type RegisterCooperativeResult = {
  readonly cooperative: Cooperative;
  /** false when the same registration had already been recorded: the repeat changed nothing. */
  readonly created: boolean;
};

export const registerCooperativeUpdate = defineUpdate<RegisterCooperativeResult, [RegisterCooperativeRequest]>(
  'registerCooperative',
);

export const getCooperativeStateQuery = defineQuery<CarriedLifecycleState>('getCooperativeState');

/** ApplicationFailure types the lifecycle workflow raises; the API maps them to HTTP statuses. */
export const LIFECYCLE_FAILURE_TYPES = {
  invalidCommand: 'INVALID_COMMAND',
  registrationCodeTaken: 'REGISTRATION_CODE_TAKEN',
} as const;
