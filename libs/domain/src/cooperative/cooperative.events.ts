import type { LegalBasis } from '../legal/legal-basis';
import type { LegalRegime } from '../legal/legal-regime';
import type { IsoDate } from '../shared/iso-date';
import type { LocalizedText } from '../shared/localized-text';
import type { CooperativeKind, Sector } from './cooperative';
import type { DormancyCase, DormancyClock } from './dormancy';
import type { OperatingActivity } from './facts';
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
  }
>;

/** Facts reported about the cooperative; each carries the id it arrived with, so a repeat is recognised. */
export type AnnualReportFiled = Event<
  'AnnualReportFiled',
  { readonly factId: string; readonly year: number; readonly filedOn: IsoDate; readonly reference: string }
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

export type FactEvent =
  | AnnualReportFiled
  | GeneralMeetingHeld
  | MemberCountChanged
  | OperatingActivityRecorded
  | SuspensionNoticed
  | ResumptionNoticed;

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
  | DormancyEvidenceRequested;
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
  ...SUPPORT_EVENT_TYPES,
];
