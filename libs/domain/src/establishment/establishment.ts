import type { CooperativeKind, Sector } from '../cooperative/cooperative';
import type { LegalBasis } from '../legal/legal-basis';
import type { LegalRegime } from '../legal/legal-regime';
import type { IsoDate } from '../shared/iso-date';
import { text, type LocalizedText } from '../shared/localized-text';

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
  /** For a member cooperative or other legal entity: its registration code, to check it may still found one. */
  readonly registrationCode?: string;
};

/** Who will run it: the board (chair first), the director, and the control board or the controller. */
export type Management = {
  readonly board: readonly string[];
  readonly director: string;
  readonly supervisors: readonly string[];
};

export const DOCUMENT_KINDS = [
  'application-form',
  'charter',
  'business-plan',
  'member-list',
  'founding-resolution',
  'cooperation-contract',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Readonly<Record<DocumentKind, LocalizedText>> = {
  'application-form': text('Giấy đề nghị đăng ký', 'Application form'),
  charter: text('Điều lệ', 'Charter'),
  'business-plan': text('Phương án sản xuất, kinh doanh', 'Business plan'),
  'member-list': text(
    'Danh sách thành viên, Hội đồng quản trị, giám đốc, Ban kiểm soát',
    'List of members, board, director and control board',
  ),
  'founding-resolution': text('Nghị quyết hội nghị thành lập', 'Founding-conference resolution'),
  'cooperation-contract': text('Hợp đồng hợp tác', 'Cooperation contract'),
  other: text('Giấy tờ khác', 'Other document'),
};

/** A file of the dossier as stored: what it is, and the SHA-256 it was received with. */
export type DossierDocument = {
  readonly documentId: string;
  readonly kind: DocumentKind;
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
  readonly sha256: string;
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
  readonly management: Management;
  readonly documents: readonly DossierDocument[];
};

/** One automatic check of a dossier, with the rule it applies. */
export type EstablishmentCheck = {
  readonly ruleId: string;
  readonly passed: boolean;
  readonly label: LocalizedText;
  readonly detail: LocalizedText;
  readonly legalBasis: LegalBasis;
};

export const APPLICATION_STATUSES = [
  'under-review',
  'amendments-requested',
  'awaiting-decision',
  'approved',
  'refused',
  'lapsed',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_STATUS_LABELS: Readonly<Record<ApplicationStatus, LocalizedText>> = {
  'under-review': text('Đang thẩm định', 'Under review'),
  'amendments-requested': text('Chờ bổ sung hồ sơ', 'Amendments requested'),
  'awaiting-decision': text('Chờ lãnh đạo quyết định', 'Awaiting the decision'),
  approved: text('Đã cấp đăng ký', 'Registered'),
  refused: text('Từ chối đăng ký', 'Refused'),
  lapsed: text('Hết hạn bổ sung, đã đóng hồ sơ', 'Lapsed: not resubmitted in time'),
};

/** Who signed or asked for something, as the printed documents name them. */
export type Signatory = { readonly id: string; readonly displayName: string };

/** A request to complete or correct the dossier, and whether the founders answered it in time. */
export type AmendmentRequest = {
  /** 1, 2, …: the notice's number within the application. */
  readonly number: number;
  readonly items: string;
  readonly requestedOn: IsoDate;
  readonly requestedBy: Signatory;
  readonly resubmitBy: IsoDate;
  readonly resubmittedOn: IsoDate | null;
};

/** The registration certificate (giấy chứng nhận đăng ký), issued on approval. */
export type Certificate = {
  readonly number: string;
  readonly issuedOn: IsoDate;
  readonly signedBy: Signatory;
};

export type EstablishmentApplication = {
  readonly applicationId: string;
  /** The dossier as it now stands (the last resubmission, if any). */
  readonly dossier: EstablishmentDossier;
  /** The dossier as first filed: a repeat of that filing is recognised as one. */
  readonly filedDossier: EstablishmentDossier;
  readonly regime: LegalRegime;
  /** The first filing: it fixes the regime. */
  readonly filedOn: IsoDate;
  /** The latest filing (the first, or the last resubmission): the review period runs from it. */
  readonly receivedOn: IsoDate;
  readonly checks: readonly EstablishmentCheck[];
  readonly status: ApplicationStatus;
  readonly proposal: { readonly optionId: string; readonly by: string; readonly comment: string } | null;
  readonly amendments: readonly AmendmentRequest[];
  readonly registrationCode: string | null;
  readonly certificate: Certificate | null;
  readonly decidedOn: IsoDate | null;
  readonly decidedBy: Signatory | null;
  readonly refusalReasons: string | null;
  readonly lapsedOn: IsoDate | null;
};

/** What the registry and the pending applications say about a filing: same names, members barred from founding. */
export type ApplicationScreening = {
  readonly sameName: readonly { readonly registrationCode: string; readonly name: string; readonly status: string }[];
  readonly sameNamePending: readonly { readonly applicationId: string; readonly proposedName: string }[];
  readonly blockedMembers: readonly {
    readonly name: string;
    readonly registrationCode: string;
    readonly status: string;
  }[];
};
