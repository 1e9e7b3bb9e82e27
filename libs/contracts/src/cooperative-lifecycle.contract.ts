import type {
  Actor,
  Cooperative,
  DissolutionCase,
  DissolutionRequest,
  DissolutionStepRecord,
  IsoDate,
  OperatingFact,
  RegistrationDetails,
  RuleCorrection,
  SupportRecord,
  SupportRequest,
  Task,
} from '@htx/domain';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';

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

/** Everything a run hands to the next (continue-as-new): the record, its open tasks, the facts already applied. */
export type CarriedLifecycleState = {
  readonly cooperative: Cooperative | null;
  /** Version of the cooperative's event stream after the last append. */
  readonly streamVersion: number;
  /** Ids of every fact applied, so a repeated signal changes nothing in any later run. */
  readonly appliedFactIds: readonly string[];
  readonly openTasks: readonly Task[];
  /** Facts signalled but not yet applied when the run ended. */
  readonly queuedFacts: readonly FactSignal[];
  /** Sweeps' requests to flag not yet handled when the run ended (absent in runs carried before sweeps existed). */
  readonly queuedFlags?: readonly DormancyFlagRequest[];
  /** Conversion workflows to tell if the cooperative begins to dissolve or leaves (absent before campaigns). */
  readonly conversions?: readonly string[];
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

/** A fact with its own id: the id makes a repeat harmless, however often it is sent. */
export type FactSignal = {
  readonly factId: string;
  readonly fact: OperatingFact;
  readonly actor: Actor;
};

/**
 * A cooperative from an existing register: its registration and its known history, applied in date order. Facts
 * already applied (by id) are skipped, so importing the same file twice changes nothing.
 */
export type ImportCooperativeRequest = {
  readonly details: RegistrationDetails;
  readonly facts: readonly Omit<FactSignal, 'actor'>[];
  readonly actor: Actor;
};

export const importCooperativeUpdate = defineUpdate<RegisterCooperativeResult, [ImportCooperativeRequest]>(
  'importCooperative',
);

export const recordFactSignal = defineSignal<[FactSignal]>('recordFact');

/** A sweep found the cooperative dormant on `asOf`: the workflow flags it if its own clocks agree today. */
export type DormancyFlagRequest = { readonly sweepId: string; readonly flaggedBy: Actor };
export const flagDormancySignal = defineSignal<[DormancyFlagRequest]>('flagDormancy');

/** Every rule-pack correction saved so far, sent to each cooperative's workflow when an administrator saves one. */
export type RulesCorrected = { readonly corrections: readonly RuleCorrection[] };
export const rulesCorrectedSignal = defineSignal<[RulesCorrected]>('rulesCorrected');

export type RequestSupportRequest = { readonly request: SupportRequest; readonly actor: Actor };
export const requestSupportUpdate = defineUpdate<SupportRecord, [RequestSupportRequest]>('requestSupport');

export type RecordDisbursementRequest = {
  readonly supportId: string;
  readonly amount: number;
  readonly disbursedOn: IsoDate;
  readonly actor: Actor;
};
export const recordDisbursementUpdate = defineUpdate<SupportRecord, [RecordDisbursementRequest]>('recordDisbursement');

/** Opens a dissolution or revocation case (or records a court decision on the open one); the same case id again changes nothing. */
export type OpenDissolutionRequest = { readonly request: DissolutionRequest; readonly actor: Actor };
export const openDissolutionUpdate = defineUpdate<DissolutionCase, [OpenDissolutionRequest]>('openDissolution');

/** Evidence of a step (a notice published, debts settled, the dossier filed…), or the cooperative's answer. */
export type RecordDissolutionStepRequest = { readonly record: DissolutionStepRecord; readonly actor: Actor };
export const recordDissolutionStepUpdate = defineUpdate<DissolutionCase, [RecordDissolutionStepRequest]>(
  'recordDissolutionStep',
);

/**
 * What a query shows of a run: the record, its stream version, and the next day time alone changes it as this run
 * reckons with the rule packs it holds (the rest is the workflow's own bookkeeping).
 */
export type CooperativeStateView = Pick<CarriedLifecycleState, 'cooperative' | 'streamVersion'> & {
  readonly nextDueOn: IsoDate | null;
  /** How many rule-pack corrections this run decides with. */
  readonly ruleCorrections: number;
};
export const getCooperativeStateQuery = defineQuery<CooperativeStateView>('getCooperativeState');

/** ApplicationFailure types the lifecycle workflow raises; the API maps them to HTTP statuses. */
export const LIFECYCLE_FAILURE_TYPES = {
  invalidCommand: 'INVALID_COMMAND',
  registrationCodeTaken: 'REGISTRATION_CODE_TAKEN',
} as const;
