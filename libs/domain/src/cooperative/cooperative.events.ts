import type { LegalBasis } from '../legal/legal-basis';
import type { LegalRegime } from '../legal/legal-regime';
import type { IsoDate } from '../shared/iso-date';
import type { LocalizedText } from '../shared/localized-text';
import type { CooperativeKind, Sector } from './cooperative';
import type { DeadlineProvenance } from '../calendar/deadline';
import type { CouncilMember, DissolutionCase, DissolutionStepId, StepCompletion } from './dissolution';
import type { DormancyCase, DormancyClock } from './dormancy';
import type { OperatingActivity, RegistrationChange } from './facts';
import type { LadderStep, NoticeOutcome, ReportDocument } from './reporting';
import { SUPPORT_EVENT_TYPES, type SupportEvent } from './support';

type Event<Type extends string, Data> = {
  readonly type: Type;
  readonly data: Data;
  readonly legalBasis: LegalBasis | null;
};

/** A cooperative entered the registry (newly established, or carried over from an existing register). */
export type CooperativeRegistered = Event<
  'CooperativeRegistered',
  {
    readonly cooperativeId: string;
    readonly registrationCode: string;
    readonly name: string;
    readonly kind: CooperativeKind;
    readonly sector: Sector;
    readonly territoryCode: string;
    readonly regime: LegalRegime;
    readonly registeredOn: IsoDate;
    readonly memberCount: number;
    /** The fewest members the rule pack allowed on that day, as applied when recorded (absent before rule packs). */
    readonly memberMinimum?: number;
    /** The day it was carried over from an existing register (an import); absent when registered here. */
    readonly carriedOverOn?: IsoDate;
  }
>;

/** Facts reported about the cooperative; each carries the id it arrived with, so a repeat is recognised. */
export type AnnualReportFiled = Event<
  'AnnualReportFiled',
  {
    readonly factId: string;
    readonly year: number;
    readonly filedOn: IsoDate;
    readonly reference: string;
    /** Absent on reports recorded before documents were told apart: the activity report. */
    readonly document?: ReportDocument;
    /** Revenue of the year reported (VND), when stated. */
    readonly revenue?: number;
  }
>;
export type GeneralMeetingHeld = Event<
  'GeneralMeetingHeld',
  {
    readonly factId: string;
    readonly heldOn: IsoDate;
    readonly meeting: 'annual' | 'extraordinary';
    readonly note: string;
  }
>;
export type MemberCountChanged = Event<
  'MemberCountChanged',
  {
    readonly factId: string;
    readonly changedOn: IsoDate;
    readonly memberCount: number;
    readonly previous: number;
    readonly note: string;
    /** The fewest members the rule pack allowed on that day, as applied when recorded (absent before rule packs). */
    readonly memberMinimum?: number;
  }
>;
export type OperatingActivityRecorded = Event<
  'OperatingActivityRecorded',
  { readonly factId: string; readonly on: IsoDate; readonly activity: OperatingActivity; readonly description: string }
>;
export type SuspensionNoticed = Event<
  'SuspensionNoticed',
  {
    readonly factId: string;
    readonly noticeOn: IsoDate;
    readonly from: IsoDate;
    readonly until: IsoDate;
    readonly note: string;
  }
>;
export type ResumptionNoticed = Event<
  'ResumptionNoticed',
  { readonly factId: string; readonly noticeOn: IsoDate; readonly resumeOn: IsoDate; readonly note: string }
>;
export type RegistrationChangeFiled = Event<
  'RegistrationChangeFiled',
  {
    readonly factId: string;
    readonly filedOn: IsoDate;
    readonly change: RegistrationChange;
    readonly description: string;
  }
>;
export type CapitalRaised = Event<
  'CapitalRaised',
  { readonly factId: string; readonly raisedOn: IsoDate; readonly amount: number; readonly note: string }
>;
/** The charter now conforms to a later law: the cooperative's regime changes (a campaign's sign-off, or history). */
export type RegimeConverted = Event<
  'RegimeConverted',
  {
    readonly factId: string;
    readonly from: LegalRegime;
    readonly to: LegalRegime;
    readonly convertedOn: IsoDate;
    readonly reference: string;
    readonly campaignId: string | null;
  }
>;
/** The cooperative became another legal form instead of converting (T18): it leaves the registry of cooperatives. */
export type CooperativeConvertedOut = Event<
  'CooperativeConvertedOut',
  { readonly factId: string; readonly convertedOn: IsoDate; readonly note: string; readonly campaignId: string | null }
>;
/** Where the cooperative receives notices from now on (the notices decided later are addressed there). */
export type NoticeAddressChanged = Event<
  'NoticeAddressChanged',
  { readonly factId: string; readonly changedOn: IsoDate; readonly email: string }
>;
/** A fact the API had accepted but the cooperative's state had moved on by the time it arrived: kept, not applied. */
export type FactRefused = Event<
  'FactRefused',
  { readonly factId: string; readonly kind: string; readonly reasons: readonly LocalizedText[] }
>;

/** What the passing of time does: a suspension starts or ends, a dormancy ground is met, evidence comes due. */
export type SuspensionStarted = Event<'SuspensionStarted', { readonly on: IsoDate }>;
export type SuspensionEnded = Event<
  'SuspensionEnded',
  { readonly on: IsoDate; readonly reason: 'resumed' | 'period-ended' }
>;
export type DormancyFlagged = Event<
  'DormancyFlagged',
  { readonly on: IsoDate; readonly grounds: readonly DormancyClock[]; readonly flaggedBy: string }
>;
export type DormancyEvidenceOverdue = Event<
  'DormancyEvidenceOverdue',
  { readonly on: IsoDate; readonly dueOn: IsoDate }
>;
/** New evidence ended the grounds while the case was open: nothing left to review. */
export type DormancyResolvedByEvidence = Event<
  'DormancyResolvedByEvidence',
  { readonly on: IsoDate; readonly factId: string }
>;

/** The officer's decisions on a dormancy case. */
export type DormancyConfirmed = Event<
  'DormancyConfirmed',
  { readonly on: IsoDate; readonly path: NonNullable<DormancyCase['path']>; readonly comment: string }
>;
export type DormancyDismissed = Event<
  'DormancyDismissed',
  { readonly on: IsoDate; readonly reason: string; readonly evidenceOn: IsoDate }
>;
export type DormancyEvidenceRequested = Event<
  'DormancyEvidenceRequested',
  { readonly on: IsoDate; readonly dueOn: IsoDate; readonly comment: string }
>;

/** A dissolution or revocation case: opened, its steps done, deadlines missed, a court's decision, its end. */
export type DissolutionOpened = Event<'DissolutionOpened', { readonly dissolution: DissolutionCase }>;
export type DissolutionStepCompleted = Event<
  'DissolutionStepCompleted',
  {
    readonly caseId: string;
    readonly stepId: DissolutionStepId;
    readonly completion: StepCompletion;
    /** The steps this one lets start, with their deadlines. */
    readonly becameDue: readonly { readonly stepId: DissolutionStepId; readonly due: DeadlineProvenance | null }[];
    /** The council the step names (the compulsory dissolution decision forms it). */
    readonly council: readonly CouncilMember[] | null;
  }
>;
export type DissolutionDeadlineMissed = Event<
  'DissolutionDeadlineMissed',
  { readonly caseId: string; readonly on: IsoDate; readonly stepIds: readonly DissolutionStepId[] }
>;
export type DissolutionDossierReturned = Event<
  'DissolutionDossierReturned',
  { readonly caseId: string; readonly on: IsoDate; readonly reason: string }
>;
export type DissolutionCourtDecisionRecorded = Event<
  'DissolutionCourtDecisionRecorded',
  { readonly caseId: string; readonly dissolution: DissolutionCase }
>;
export type DissolutionCompleted = Event<'DissolutionCompleted', { readonly caseId: string; readonly on: IsoDate }>;
export type DissolutionDropped = Event<
  'DissolutionDropped',
  { readonly caseId: string; readonly on: IsoDate; readonly stepId: DissolutionStepId; readonly reason: string }
>;
/** The yearly report obligation: tracked with its reminder ladder, each step as it falls due. */
export type ReportObligationOpened = Event<
  'ReportObligationOpened',
  { readonly year: number; readonly dueOn: IsoDate; readonly openedOn: IsoDate; readonly steps: readonly LadderStep[] }
>;
/** A reminder to the cooperative; its mail goes out through the outbox written with this event. */
export type ReportReminderIssued = Event<
  'ReportReminderIssued',
  {
    readonly year: number;
    readonly stepId: string;
    readonly on: IsoDate;
    readonly noticeId: string;
    /** Earlier reminders that fell due at the same time (the record was not followed then): not sent. */
    readonly superseded: readonly string[];
  }
>;
export type ReportFollowUpOpened = Event<
  'ReportFollowUpOpened',
  { readonly year: number; readonly stepId: string; readonly on: IsoDate; readonly daysOverdue: number }
>;
/** The ladder's last step: the REPORT_OVERDUE flag, a warning to the cooperative, a notification to officers. */
export type ReportOverdueWarned = Event<
  'ReportOverdueWarned',
  {
    readonly year: number;
    readonly stepId: string;
    readonly on: IsoDate;
    readonly daysOverdue: number;
    readonly noticeId: string;
  }
>;
/** Every attempt to deliver a notice, as the mail server answered it: the proof of notice. */
export type NoticeDeliveryAttempted = Event<
  'NoticeDeliveryAttempted',
  {
    readonly noticeId: string;
    readonly attempt: number;
    readonly outcome: NoticeOutcome;
    readonly recipient: string | null;
    /** The server's reply (or the error), as given. */
    readonly response: string;
    readonly messageId: string | null;
    /** No further attempt will be made. */
    readonly final: boolean;
    readonly at: string;
  }
>;
export type ReportingEvent =
  ReportObligationOpened | ReportReminderIssued | ReportFollowUpOpened | ReportOverdueWarned | NoticeDeliveryAttempted;

export type DissolutionEvent =
  | DissolutionOpened
  | DissolutionStepCompleted
  | DissolutionDeadlineMissed
  | DissolutionDossierReturned
  | DissolutionCourtDecisionRecorded
  | DissolutionCompleted
  | DissolutionDropped;

export type FactEvent =
  | AnnualReportFiled
  | GeneralMeetingHeld
  | MemberCountChanged
  | OperatingActivityRecorded
  | SuspensionNoticed
  | ResumptionNoticed
  | RegistrationChangeFiled
  | CapitalRaised
  | RegimeConverted
  | CooperativeConvertedOut
  | NoticeAddressChanged;

export type CooperativeEvent =
  | CooperativeRegistered
  | SupportEvent
  | FactEvent
  | FactRefused
  | SuspensionStarted
  | SuspensionEnded
  | DormancyFlagged
  | DormancyEvidenceOverdue
  | DormancyResolvedByEvidence
  | DormancyConfirmed
  | DormancyDismissed
  | DormancyEvidenceRequested
  | DissolutionEvent
  | ReportingEvent;
export type CooperativeEventType = CooperativeEvent['type'];

export const COOPERATIVE_EVENT_TYPES: readonly CooperativeEventType[] = [
  'CooperativeRegistered',
  'AnnualReportFiled',
  'GeneralMeetingHeld',
  'MemberCountChanged',
  'OperatingActivityRecorded',
  'SuspensionNoticed',
  'ResumptionNoticed',
  'FactRefused',
  'SuspensionStarted',
  'SuspensionEnded',
  'DormancyFlagged',
  'DormancyEvidenceOverdue',
  'DormancyResolvedByEvidence',
  'DormancyConfirmed',
  'DormancyDismissed',
  'DormancyEvidenceRequested',
  'RegistrationChangeFiled',
  'CapitalRaised',
  'RegimeConverted',
  'CooperativeConvertedOut',
  'DissolutionOpened',
  'DissolutionStepCompleted',
  'DissolutionDeadlineMissed',
  'DissolutionDossierReturned',
  'DissolutionCourtDecisionRecorded',
  'DissolutionCompleted',
  'DissolutionDropped',
  'NoticeAddressChanged',
  'ReportObligationOpened',
  'ReportReminderIssued',
  'ReportFollowUpOpened',
  'ReportOverdueWarned',
  'NoticeDeliveryAttempted',
  ...SUPPORT_EVENT_TYPES,
];
