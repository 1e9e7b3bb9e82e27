import type { DocumentKind, DossierDocument, EstablishmentDossier, FoundingMember } from '@htx/domain';

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
    management: {
      board: ['Thành viên 1', 'Thành viên 2', 'Thành viên 3'],
      director: 'Thành viên 1',
      supervisors: ['Thành viên 4'],
    },
    documents: ALL_DOCUMENTS.map((kind, index) => dossierDocument(kind, index)),
    ...overrides,
  };
}

/** Every paper either regime asks of a cooperative (the 2023 Law does not ask for the business plan). */
const ALL_DOCUMENTS: DocumentKind[] = [
  'application-form',
  'charter',
  'business-plan',
  'member-list',
  'founding-resolution',
];

/** A stored document as the API lists it in a dossier (ids and checksums made up: the workflow tiers never read files). */
export function dossierDocument(kind: DocumentKind, index = 0): DossierDocument {
  return {
    documentId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    kind,
    fileName: `${kind}.pdf`,
    contentType: 'application/pdf',
    size: 1024,
    sha256: String(index).repeat(64).slice(0, 64),
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

/** The smallest file the api takes for a PDF (it checks the first bytes, not the claimed type). */
export const TINY_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
);

/** A dossier as the api receives it: its files listed by the ids their uploads returned. */
export function dossierRequest(filed: EstablishmentDossier, documentIds: readonly string[]) {
  const { documents: _documents, ...fields } = filed;
  return { ...fields, documentIds };
}
