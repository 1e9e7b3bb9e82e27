import type {
  Actor,
  CampaignTerms,
  ChecklistAnswer,
  CooperativeKind,
  Enrolment,
  EvidenceFiling,
  IsoDate,
  LegalRegime,
  Sector,
} from '@htx/domain';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';

export const CONVERSION_CAMPAIGN_WORKFLOW_TYPE = 'conversionCampaignWorkflow';
export const CONVERSION_WORKFLOW_TYPE = 'conversionWorkflow';

/** Cooperatives enrolled per activity page. */
export const CONVERSION_COHORT_PAGE_SIZE = 200;

export const conversionCampaignWorkflowId = (campaignId: string): string => `conversion-campaign/${campaignId}`;
/** One conversion per cooperative per campaign: enrolling twice lands on the same workflow. */
export const conversionWorkflowId = (campaignId: string, cooperativeId: string): string =>
  `conversion/${campaignId}/${cooperativeId}`;

/** A cooperative of the cohort, as the registry holds it when the campaign reaches it. */
export type CohortMember = {
  readonly cooperativeId: string;
  /** Its lifecycle workflow, told of the enrolment and, in the end, of the conversion. */
  readonly workflowId: string;
  /** The conversion's own stream in the event log. */
  readonly enrolmentId: string;
  readonly registrationCode: string;
  readonly name: string;
  readonly kind: CooperativeKind;
  readonly sector: Sector;
  readonly territoryCode: string;
  readonly regime: LegalRegime;
};

export type ConversionCampaignInput = {
  readonly campaign: CampaignTerms;
  /** The territory's codes (itself and what it contains) on the day the campaign opened. */
  readonly territoryCodes: readonly string[];
  readonly after?: string | null;
  readonly enrolled?: number;
};
export type ConversionCampaignWorkflow = (input: ConversionCampaignInput) => Promise<{ readonly enrolled: number }>;

export type ConversionInput = { readonly campaign: CampaignTerms; readonly member: CohortMember };
export type ConversionWorkflow = (input: ConversionInput) => Promise<Enrolment>;

export type ChecklistRequest = { readonly answers: readonly ChecklistAnswer[]; readonly actor: Actor };
export type EvidenceRequest = { readonly filing: EvidenceFiling; readonly actor: Actor };

export const recordConversionChecklistUpdate = defineUpdate<Enrolment, [ChecklistRequest]>('recordConversionChecklist');
export const fileConversionEvidenceUpdate = defineUpdate<Enrolment, [EvidenceRequest]>('fileConversionEvidence');
export const getEnrolmentQuery = defineQuery<Enrolment | null>('getEnrolment');

/** The cooperative began to dissolve or left the registry: its conversion ends. */
export type CooperativeLeft = { readonly on: IsoDate; readonly note: string };
export const cooperativeLeftSignal = defineSignal<[CooperativeLeft]>('cooperativeLeft');

/** Sent to the cooperative's lifecycle workflow: a conversion it must tell if the cooperative leaves. */
export type ConversionEnrolledNotice = { readonly conversionWorkflowId: string };
export const conversionEnrolledSignal = defineSignal<[ConversionEnrolledNotice]>('conversionEnrolled');

export interface ConversionActivityContract {
  /**
   * Starts the conversions of the next page of the cohort (cooperatives of the territories still under a law older
   * than the target). Idempotent: a cooperative already enrolled in the campaign, running or finished, is left as is.
   */
  enrolCohortPage(input: {
    readonly campaign: CampaignTerms;
    readonly territoryCodes: readonly string[];
    readonly after: string | null;
  }): Promise<{ readonly enrolled: number; readonly next: string | null }>;
  /** The campaign has reached its whole cohort. */
  completeCampaignEnrolment(input: { readonly campaignId: string; readonly enrolled: number }): Promise<void>;
}
