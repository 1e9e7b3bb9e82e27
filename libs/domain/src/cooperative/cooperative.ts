import type { LegalRegime } from '../legal/legal-regime';
import type { DissolutionCase } from './dissolution';
import type { DormancyCase } from './dormancy';
import type { ReportingRecord } from './reporting';
import type { SupportRecord } from './support';
import type { IsoDate } from '../shared/iso-date';
import { text, type LocalizedText } from '../shared/localized-text';

/** hợp tác xã (HTX), liên hiệp hợp tác xã (LHHTX), tổ hợp tác (THT). */
export const COOPERATIVE_KINDS = ['cooperative', 'union', 'group'] as const;
export type CooperativeKind = (typeof COOPERATIVE_KINDS)[number];

export const COOPERATIVE_KIND_LABELS: Readonly<Record<CooperativeKind, LocalizedText>> = {
  cooperative: text('Hợp tác xã', 'Cooperative'),
  union: text('Liên hiệp hợp tác xã', 'Union of cooperatives'),
  group: text('Tổ hợp tác', 'Cooperative group'),
};

/** The sector groups used in the steering committees' statistics. */
export const SECTORS = [
  'agriculture',
  'industry-handicraft',
  'construction',
  'trade-services',
  'transport',
  'credit',
  'utilities',
  'tourism',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

export const SECTOR_LABELS: Readonly<Record<Sector, LocalizedText>> = {
  agriculture: text('Nông, lâm, ngư nghiệp, diêm nghiệp', 'Agriculture, forestry, fishery, salt'),
  'industry-handicraft': text('Công nghiệp, tiểu thủ công nghiệp', 'Industry and handicraft'),
  construction: text('Xây dựng', 'Construction'),
  'trade-services': text('Thương mại, dịch vụ', 'Trade and services'),
  transport: text('Vận tải', 'Transport'),
  credit: text('Quỹ tín dụng nhân dân', "People's credit fund"),
  utilities: text('Điện, nước, vệ sinh môi trường', 'Electricity, water, sanitation'),
  tourism: text('Du lịch', 'Tourism'),
  other: text('Lĩnh vực khác', 'Other'),
};

/** A conversion recorded on the cooperative: from which law to which, on what day, in which campaign if any. */
export type RegimeChange = {
  readonly from: LegalRegime;
  readonly to: LegalRegime;
  readonly on: IsoDate;
  readonly campaignId: string | null;
};

/** Legal statuses, as the registration database records them (never a monitoring flag). */
export const COOPERATIVE_STATUSES = [
  'active',
  'suspended',
  'dissolving',
  'dissolved',
  'revoked',
  'converted-out',
] as const;
export type CooperativeStatus = (typeof COOPERATIVE_STATUSES)[number];

export const COOPERATIVE_STATUS_LABELS: Readonly<Record<CooperativeStatus, LocalizedText>> = {
  active: text('Đang hoạt động', 'Active'),
  suspended: text('Tạm ngừng kinh doanh', 'Suspended'),
  dissolving: text('Đang làm thủ tục giải thể', 'Dissolution in progress'),
  dissolved: text('Đã giải thể', 'Dissolved'),
  revoked: text('Bị thu hồi giấy chứng nhận', 'Certificate revoked'),
  'converted-out': text('Đã chuyển đổi sang loại hình khác', 'Converted to another legal form'),
};

/**
 * What is known of a cooperative's operating: the dates the dormancy grounds run from. Registration counts as the
 * first evidence of operating; a lawful suspension pauses the clock, and its end restarts it.
 */
export type OperatingEvidence = {
  readonly lastOperatingOn: IsoDate;
  /** How the last evidence of operating came about, in the officer's words. */
  readonly lastOperatingBy: LocalizedText;
  readonly lastGeneralMeetingOn: IsoDate | null;
  readonly lastReport: { readonly year: number; readonly filedOn: IsoDate } | null;
  /** The first day the member count fell below the regime's minimum; null while it is not below. */
  readonly belowMinimumSince: IsoDate | null;
  /** An officer dismissing a dormancy case restarts every clock from the evidence cited. */
  readonly clocksRestartedOn: IsoDate | null;
};

/** A suspension of business notified by the cooperative (tạm ngừng kinh doanh), announced or under way. */
export type Suspension = {
  readonly noticeOn: IsoDate;
  readonly from: IsoDate;
  readonly until: IsoDate;
  /** A resumption notice brings the end forward. */
  readonly resumeOn: IsoDate | null;
  readonly started: boolean;
  /** The first day of the uninterrupted run of suspensions this one extends (the 2012 Law caps it at one year). */
  readonly consecutiveSince: IsoDate;
};

/** What the registry knows about a registered cooperative: the state every event folds into. */
export type Cooperative = {
  readonly cooperativeId: string;
  readonly registrationCode: string;
  readonly name: string;
  readonly kind: CooperativeKind;
  readonly sector: Sector;
  readonly territoryCode: string;
  readonly regime: LegalRegime;
  /** How it came under its current law: each conversion, oldest first (absent on records from before conversions). */
  readonly regimeChanges?: readonly RegimeChange[];
  readonly registeredOn: IsoDate;
  /** The day it was carried over from an existing register (an import); absent when registered here. */
  readonly carriedOverOn?: IsoDate;
  /** The member count now (facts move it); the registration's own count is kept to recognise a repeat of it. */
  readonly memberCount: number;
  readonly registeredMemberCount: number;
  readonly status: CooperativeStatus;
  readonly evidence: OperatingEvidence;
  readonly suspension: Suspension | null;
  readonly dormancy: DormancyCase | null;
  readonly support: readonly SupportRecord[];
  /** Dissolution and revocation cases, the open one last (absent on records written before cases existed). */
  readonly dissolutions?: readonly DissolutionCase[];
  /** Where notices go (e-mail); absent until one is given. */
  readonly noticeEmail?: string;
  /** Yearly report obligations and their reminder ladders (absent until reporting was first tracked). */
  readonly reporting?: ReportingRecord;
};

/** Before its first event a cooperative's stream is empty. */
export type CooperativeState = Cooperative | null;
