import type { DocumentKind, EstablishmentDossier, FoundingMember } from '@htx/domain';

export type DemoApplication = {
  /** The receiving officer, who files it at the one-stop desk. */
  readonly filedBy: string;
  /** Repeating the key files nothing new: a restart of the demo changes nothing. */
  readonly idempotencyKey: string;
  readonly dossier: Omit<EstablishmentDossier, 'documents'>;
  /** The papers filed with it (uploaded first, then listed by id). */
  readonly papers: readonly DocumentKind[];
};

const PAPERS: readonly DocumentKind[] = ['application-form', 'charter', 'member-list', 'founding-resolution'];

const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const GIVEN_NAMES = ['Văn Hùng', 'Thị Mai', 'Văn Nam', 'Thị Hoa', 'Đức Thắng', 'Thị Lan', 'Văn Tuấn', 'Thị Hằng'];

function members(count: number, contribution: number, offset: number): FoundingMember[] {
  return Array.from({ length: count }, (_, index) => ({
    name: `${FAMILY_NAMES[(index + offset) % FAMILY_NAMES.length]} ${GIVEN_NAMES[(index * 3 + offset) % GIVEN_NAMES.length]}`,
    type: 'individual',
    membership: 'official',
    contribution,
  }));
}

function dossier(
  proposedName: string,
  territoryCode: string,
  commune: string,
  district: string,
  businessLines: string[],
  memberCount: number,
  offset: number,
): Omit<EstablishmentDossier, 'documents'> {
  const founders = members(memberCount, 30_000_000, offset);
  return {
    kind: 'cooperative',
    proposedName,
    territoryCode,
    sector: 'agriculture',
    headOfficeAddress: `Thôn Trung, xã ${commune}, ${district}, tỉnh Bắc Giang`,
    businessLines,
    charterCapital: founders.reduce((sum, founder) => sum + founder.contribution, 0),
    members: founders,
    foundingConferenceOn: '2026-10-10',
    authorisedFiler: founders[0].name,
    legalRepresentative: founders[0].name,
    management: {
      board: founders.slice(0, 3).map((founder) => founder.name),
      director: founders[0].name,
      supervisors: [founders[3].name],
    },
  };
}

/** Dossiers waiting in the demo inbox: review tasks for the officers of Tân Yên and Việt Yên. */
export const DEMO_APPLICATIONS: DemoApplication[] = [
  {
    filedBy: 'can-bo.tanyen',
    idempotencyKey: 'demo-establishment-1',
    dossier: dossier(
      'Hợp tác xã Nông nghiệp Liên Chung',
      '216',
      'Liên Chung',
      'huyện Tân Yên',
      ['Trồng cây ăn quả', 'Dịch vụ thủy lợi'],
      9,
      0,
    ),
    papers: PAPERS,
  },
  {
    filedBy: 'can-bo.tanyen',
    idempotencyKey: 'demo-establishment-2',
    dossier: dossier(
      'Hợp tác xã Dịch vụ Nông nghiệp Lam Cốt',
      '216',
      'Lam Cốt',
      'huyện Tân Yên',
      ['Dịch vụ làm đất', 'Cung ứng vật tư nông nghiệp'],
      7,
      3,
    ),
    papers: PAPERS,
  },
  {
    filedBy: 'can-bo.vietyen',
    idempotencyKey: 'demo-establishment-3',
    dossier: dossier(
      'Hợp tác xã Vải thiều Hồng Thái',
      '222',
      'Hồng Thái',
      'thị xã Việt Yên',
      ['Trồng và tiêu thụ vải thiều'],
      12,
      5,
    ),
    papers: PAPERS,
  },
];
