import { renderDocument, formatVnd } from '@htx/documents';
import { DOCUMENT_KIND_LABELS, type DocumentKind, type EstablishmentDossier } from '@htx/domain';

/**
 * A demo paper a founder would bring to the desk (application form, charter, member list, resolution), rendered
 * like any printed document so the demo's files open and read as what they claim to be.
 */
export async function demoPaper(
  kind: DocumentKind,
  dossier: Omit<EstablishmentDossier, 'documents'>,
): Promise<{ fileName: string; content: Buffer }> {
  const title = DOCUMENT_KIND_LABELS[kind].vi;
  const content = await renderDocument({
    issuer: { lines: [dossier.proposedName.toUpperCase(), '(ĐANG THÀNH LẬP)'] },
    number: null,
    place:
      dossier.headOfficeAddress
        .split(',')
        .at(-2)
        ?.trim()
        .replace(/^(huyện|thị xã) /, '') ?? '',
    date: dossier.foundingConferenceOn,
    title: title.toUpperCase(),
    basis: [],
    body: [
      {
        kind: 'fields',
        rows: [
          { label: 'Tên hợp tác xã', value: dossier.proposedName },
          { label: 'Địa chỉ trụ sở chính', value: dossier.headOfficeAddress },
          { label: 'Ngành, nghề kinh doanh', value: dossier.businessLines.join('; ') },
          { label: 'Vốn điều lệ', value: formatVnd(dossier.charterCapital) },
          { label: 'Người đại diện theo pháp luật', value: dossier.legalRepresentative },
        ],
      },
      {
        kind: 'table',
        headers: ['STT', 'Thành viên', 'Vốn góp'],
        rows: dossier.members.map((member, index) => [String(index + 1), member.name, formatVnd(member.contribution)]),
      },
      { kind: 'paragraph', text: '(Tài liệu mẫu của bản chạy thử, không có giá trị pháp lý.)' },
    ],
    signature: {
      capacity: 'NGƯỜI ĐẠI DIỆN',
      title: 'Theo ủy quyền của hội nghị thành lập',
      name: dossier.authorisedFiler,
    },
    recipients: ['Cơ quan đăng ký hợp tác xã', 'Lưu hồ sơ'],
  });
  return { fileName: `${title}.pdf`, content };
}
