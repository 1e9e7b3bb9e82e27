import type { Actor, EstablishmentApplication, EstablishmentDossier } from '@htx/domain';
import { defineQuery, defineUpdate } from '@temporalio/workflow';

export const ESTABLISHMENT_WORKFLOW_TYPE = 'establishmentApplicationWorkflow';

export function establishmentWorkflowId(applicationId: string): string {
  return `establishment/${applicationId}`;
}

export type EstablishmentApplicationInput = {
  /** Also the id of the cooperative, if the application succeeds (its log continues this stream). */
  readonly applicationId: string;
};

export type SubmitApplicationRequest = {
  readonly dossier: EstablishmentDossier;
  /** When the authority received the dossier (ISO instant); the statutory clock starts the day after. */
  readonly receivedAt: string;
  readonly receivedBy: Actor;
};

/** A corrected dossier, after a request for amendments; same shape as a filing. */
export type ResubmitApplicationRequest = SubmitApplicationRequest;

export type EstablishmentOutcome =
  | { readonly outcome: 'approved'; readonly registrationCode: string; readonly cooperativeId: string }
  | { readonly outcome: 'refused'; readonly reasons: string }
  | { readonly outcome: 'lapsed'; readonly resubmitBy: string }
  | { readonly outcome: 'never-filed' };

export type EstablishmentApplicationWorkflow = (input: EstablishmentApplicationInput) => Promise<EstablishmentOutcome>;

/** Files the dossier: accepted once; the same dossier again returns the application unchanged. */
export const submitApplicationUpdate = defineUpdate<EstablishmentApplication, [SubmitApplicationRequest]>(
  'submitApplication',
);

/** Answers a request for amendments: accepted only while one is open; the same dossier again is harmless. */
export const resubmitApplicationUpdate = defineUpdate<EstablishmentApplication, [ResubmitApplicationRequest]>(
  'resubmitApplication',
);

export const getApplicationQuery = defineQuery<EstablishmentApplication | null>('getApplication');
