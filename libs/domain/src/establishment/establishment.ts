import type { CooperativeKind, Sector } from '../cooperative/cooperative';
import type { LegalBasis } from '../legal/legal-basis';
import type { LegalRegime } from '../legal/legal-regime';
import type { IsoDate } from '../shared/iso-date';
import type { LocalizedText } from '../shared/localized-text';

export const MEMBER_TYPES = ['individual', 'household', 'legal-entity', 'cooperative'] as const;
export type MemberType = (typeof MEMBER_TYPES)[number];

/** Under the 2023 Law members are official (contribute capital and use services or labour) or associate. */
export const MEMBERSHIPS = ['official', 'associate'] as const;
export type Membership = (typeof MEMBERSHIPS)[number];

export type FoundingMember = {
  readonly name: string;
  readonly type: MemberType;
  readonly membership: Membership;
  /** Capital contribution in VND. */
  readonly contribution: number;
};

/** What the founders file (hồ sơ đăng ký thành lập). */
export type EstablishmentDossier = {
  readonly kind: CooperativeKind;
  readonly proposedName: string;
  readonly territoryCode: string;
  readonly sector: Sector;
  readonly headOfficeAddress: string;
  readonly businessLines: readonly string[];
  /** Charter capital in VND. */
  readonly charterCapital: number;
  readonly members: readonly FoundingMember[];
  readonly foundingConferenceOn: IsoDate;
  /** The person the founding-conference resolution authorised to file (Decree 92/2024 Art. 11). */
  readonly authorisedFiler: string;
  readonly legalRepresentative: string;
};

/** One automatic check of a dossier, with the rule it applies. */
export type EstablishmentCheck = {
  readonly ruleId: string;
  readonly passed: boolean;
  readonly label: LocalizedText;
  readonly detail: LocalizedText;
  readonly legalBasis: LegalBasis;
};

export const APPLICATION_STATUSES = ['under-review', 'awaiting-decision', 'approved', 'refused'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export type EstablishmentApplication = {
  readonly applicationId: string;
  readonly dossier: EstablishmentDossier;
  readonly regime: LegalRegime;
  readonly filedOn: IsoDate;
  readonly checks: readonly EstablishmentCheck[];
  readonly status: ApplicationStatus;
  readonly proposal: { readonly optionId: string; readonly by: string; readonly comment: string } | null;
  readonly registrationCode: string | null;
  readonly decidedOn: IsoDate | null;
  readonly refusalReasons: string | null;
};
