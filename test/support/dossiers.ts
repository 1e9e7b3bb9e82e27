import type { EstablishmentDossier, FoundingMember } from '@htx/domain';

const member = (
  index: number,
  contribution: number,
  membership: FoundingMember['membership'] = 'official',
): FoundingMember => ({
  name: `Thành viên ${index + 1}`,
  type: 'individual',
  membership,
  contribution,
});

/** A sound dossier for a cooperative in Tân Yên: 7 official members, nobody above 20% of the capital. */
export function dossier(overrides: Partial<EstablishmentDossier> = {}): EstablishmentDossier {
  const members = Array.from({ length: 7 }, (_, index) => member(index, 50_000_000));
  return {
    kind: 'cooperative',
    proposedName: 'Hợp tác xã Nông nghiệp Ngọc Vân',
    territoryCode: '216',
    sector: 'agriculture',
    headOfficeAddress: 'Thôn Đông, xã Ngọc Vân, huyện Tân Yên, tỉnh Bắc Giang',
    businessLines: ['Trồng cây ăn quả', 'Dịch vụ làm đất'],
    charterCapital: 350_000_000,
    members,
    foundingConferenceOn: '2024-06-01',
    authorisedFiler: 'Thành viên 1',
    legalRepresentative: 'Thành viên 1',
    ...overrides,
  };
}

export { member };

/** The log of an application reviewed, approved and registered: what every tier expects to read. */
export const APPROVED_APPLICATION_LOG = [
  'ApplicationSubmitted',
  'TaskOpened',
  'TaskClaimed',
  'TaskDecided',
  'ApplicationReviewed',
  'TaskOpened',
  'TaskDecided',
  'ApplicationApproved',
  'CooperativeRegistered',
];
