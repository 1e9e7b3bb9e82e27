import type { RuleBook } from '../legal/rule-pack';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { LegalRegime } from '../legal/legal-regime';
import type { IsoDate } from '../shared/iso-date';
import type { CooperativeKind, Sector } from './cooperative';
import type { DissolutionRequest, DissolutionStepRecord } from './dissolution.rules';
import type { OperatingFact } from './facts';
import type { ReminderPolicy } from './reporting';
import type { SupportRequest } from './support';

/** The details of a registration as the registration certificate states them. */
export type RegistrationDetails = {
  readonly registrationCode: string;
  readonly name: string;
  readonly kind: CooperativeKind;
  readonly sector: Sector;
  readonly territoryCode: string;
  readonly regime: LegalRegime;
  readonly registeredOn: IsoDate;
  readonly memberCount: number;
};

/** Enter an already-registered cooperative into the registry. */
export type RegisterCooperative = {
  readonly type: 'RegisterCooperative';
  /** `carriedOver`: it comes from an existing register (an import), not from an establishment decided here. */
  readonly data: RegistrationDetails & { readonly cooperativeId: string; readonly carriedOver?: boolean };
};

/** Record a fact reported about the cooperative (a report, a meeting, a notice…), under its own id. */
export type RecordFact = {
  readonly type: 'RecordFact';
  readonly data: { readonly factId: string; readonly fact: OperatingFact };
};

/** Apply what the passing of time does by `today`: suspensions start and end, dormancy grounds are met. */
export type AdvanceTime = { readonly type: 'AdvanceTime' };

/** A sweep found the cooperative dormant: flag it now if the cooperative's own clocks agree. */
export type FlagDormancy = { readonly type: 'FlagDormancy'; readonly data: { readonly flaggedBy: string } };

/** An officer's decision on an open dormancy case. */
export type DecideDormancy = {
  readonly type: 'DecideDormancy';
  readonly data:
    | {
        readonly decision: 'confirm';
        readonly comment: string;
        /** Who confirmed: the case it opens is theirs (they may not take its binding decisions). */
        readonly by: { readonly id: string; readonly displayName: string };
      }
    | { readonly decision: 'dismiss'; readonly reason: string; readonly evidenceOn: IsoDate }
    | { readonly decision: 'request-evidence'; readonly dueOn: IsoDate; readonly comment: string };
};

/** Support for a new cooperative: requested by an officer, decided by the head of the authority, then paid. */
export type RequestSupport = {
  readonly type: 'RequestSupport';
  readonly data: SupportRequest & { readonly requestedBy: string };
};
export type DecideSupport = {
  readonly type: 'DecideSupport';
  readonly data:
    | { readonly supportId: string; readonly decision: 'approve'; readonly approvedAmount: number; readonly by: string }
    | { readonly supportId: string; readonly decision: 'refuse'; readonly reason: string; readonly by: string };
};
export type RecordDisbursement = {
  readonly type: 'RecordDisbursement';
  readonly data: { readonly supportId: string; readonly amount: number; readonly disbursedOn: IsoDate };
};

/** Open a dissolution or revocation case; a court decision reaching an open case is recorded on it. */
export type OpenDissolution = { readonly type: 'OpenDissolution'; readonly data: DissolutionRequest };
/** A step of the open case done: evidence recorded, or an officer's task or decision that completes it. */
export type RecordDissolutionStep = {
  readonly type: 'RecordDissolutionStep';
  readonly data: DissolutionStepRecord & { readonly via: 'evidence' | 'task' };
};

export type CooperativeCommand =
  | RegisterCooperative
  | RecordFact
  | AdvanceTime
  | FlagDormancy
  | DecideDormancy
  | RequestSupport
  | DecideSupport
  | RecordDisbursement
  | OpenDissolution
  | RecordDissolutionStep;

export type DecisionContext = {
  /** Today's date in Vietnam, supplied by the caller (the domain never reads the clock). */
  readonly today: IsoDate;
  /** The working-day calendar, for notice periods counted in working days. */
  readonly calendar: WorkingCalendar;
  /** The rule packs with the corrections saved so far: every legal value is read from here. */
  readonly rules: RuleBook;
  /** The reminder ladder in force; absent where yearly reports are not tracked (runs recorded before they were). */
  readonly reminderPolicy?: ReminderPolicy | null;
};
