import { formatVnd, type AdministrativeDocument, type DocumentBlock } from '@htx/documents';
import {
  formatVietnamese,
  SECTOR_LABELS,
  type ApplicationPrintout,
  type Authority,
  type EstablishmentApplication,
  type LegalRegime,
  type Territory,
} from '@htx/domain';

/** Who prints: the registering authority of the application's territory, and the place it writes in its dates. */
export type PrintingAuthority = {
  readonly authority: Authority;
  /** The unit the authority belongs to (its People's Committee heads the document). */
  readonly unit: Territory;
};

/** The laws every registration document cites first, by regime. */
const BASIS: Readonly<Record<Exclude<LegalRegime, 'law-2003'>, readonly string[]>> = {
  'law-2012': [
    'Căn cứ Luật Hợp tác xã số 23/2012/QH13;',
    'Căn cứ Nghị định số 193/2013/NĐ-CP ngày 21/11/2013 của Chính phủ quy định chi tiết một số điều của Luật Hợp tác xã;',
  ],
  'law-2023': [
    'Căn cứ Luật Hợp tác xã số 17/2023/QH15;',
    'Căn cứ Nghị định số 92/2024/NĐ-CP của Chính phủ về đăng ký hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác;',
  ],
};

const basisOf = (application: EstablishmentApplication) =>
  BASIS[application.regime === 'law-2012' ? 'law-2012' : 'law-2023'];

/** "Huyện Tân Yên" → "Tân Yên": the place a document is dated at. */
const placeOf = (unit: Territory) =>
  unit.name.replace(/^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+/i, '');

const issuerOf = ({ authority, unit }: PrintingAuthority) => ({ lines: [`UBND ${unit.name}`, authority.name] });

/** The head of a district office is its Trưởng phòng; of a provincial department, its Giám đốc. */
const headTitleOf = ({ authority }: PrintingAuthority) =>
  /^phòng/i.test(authority.name) ? 'TRƯỞNG PHÒNG' : /^sở/i.test(authority.name) ? 'GIÁM ĐỐC' : 'THỦ TRƯỞNG CƠ QUAN';

const UNCONFIRMED_NOTE =
  'Ghi chú: một số căn cứ pháp lý của văn bản này chưa được đối chiếu với văn bản gốc; cơ quan ban hành kiểm tra lại trước khi ký.';

function addressee(application: EstablishmentApplication): DocumentBlock {
  return {
    kind: 'paragraph',
    text: `Kính gửi: ${application.dossier.authorisedFiler}, người được hội nghị thành lập ủy quyền nộp hồ sơ ${application.dossier.proposedName}.`,
  };
}

function reference(application: EstablishmentApplication): DocumentBlock {
  return {
    kind: 'fields',
    rows: [
      { label: 'Tên hợp tác xã đề nghị đăng ký', value: application.dossier.proposedName },
      { label: 'Ngày nộp hồ sơ', value: formatVietnamese(application.filedOn) },
      { label: 'Mã hồ sơ', value: application.applicationId },
    ],
  };
}

function certificate(application: EstablishmentApplication, printing: PrintingAuthority): AdministrativeDocument {
  const issued = application.certificate!;
  const { dossier } = application;
  const members = dossier.members.filter(
    (member) => application.regime === 'law-2012' || member.membership === 'official',
  );
  return {
    issuer: issuerOf(printing),
    number: `${issued.number}/GCN`,
    place: placeOf(printing.unit),
    date: issued.issuedOn,
    title: 'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỢP TÁC XÃ',
    subtitle: `Mã số hợp tác xã: ${issued.number} — Đăng ký lần đầu ngày ${formatVietnamese(issued.issuedOn)}`,
    basis: [...basisOf(application), `Xét hồ sơ đăng ký hợp tác xã nộp ngày ${formatVietnamese(application.filedOn)},`],
    body: [
      { kind: 'paragraph', text: `${printing.authority.name} chứng nhận:`, bold: true },
      {
        kind: 'fields',
        rows: [
          { label: 'Tên hợp tác xã', value: dossier.proposedName },
          { label: 'Địa chỉ trụ sở chính', value: dossier.headOfficeAddress },
          { label: 'Lĩnh vực', value: SECTOR_LABELS[dossier.sector].vi },
          { label: 'Ngành, nghề kinh doanh', value: dossier.businessLines.join('; ') },
          { label: 'Vốn điều lệ', value: formatVnd(dossier.charterCapital) },
          { label: 'Số thành viên', value: String(members.length) },
          { label: 'Người đại diện theo pháp luật', value: dossier.legalRepresentative },
          { label: 'Giám đốc', value: dossier.management.director },
        ],
      },
      {
        kind: 'paragraph',
        text: 'Hợp tác xã có trách nhiệm hoạt động đúng điều lệ và pháp luật về hợp tác xã.',
      },
    ],
    signature: { capacity: headTitleOf(printing), name: issued.signedBy.displayName },
    recipients: [dossier.proposedName, 'Lưu: cơ quan đăng ký.'],
    ...(printing.authority.confirmed ? {} : { footnote: UNCONFIRMED_NOTE }),
  };
}

function refusal(application: EstablishmentApplication, printing: PrintingAuthority): AdministrativeDocument {
  return {
    issuer: issuerOf(printing),
    number: null,
    place: placeOf(printing.unit),
    date: application.decidedOn!,
    title: 'THÔNG BÁO',
    subtitle: 'Về việc từ chối đăng ký thành lập hợp tác xã',
    basis: basisOf(application),
    body: [
      addressee(application),
      reference(application),
      {
        kind: 'paragraph',
        text: `Sau khi xem xét hồ sơ, ${printing.authority.name} từ chối đăng ký hợp tác xã vì những lý do sau:`,
      },
      { kind: 'paragraph', text: application.refusalReasons ?? '' },
      {
        kind: 'paragraph',
        text: 'Người nộp hồ sơ có quyền khiếu nại, khởi kiện theo quy định của pháp luật.',
      },
    ],
    signature: { capacity: headTitleOf(printing), name: application.decidedBy?.displayName ?? '' },
    recipients: [application.dossier.authorisedFiler, 'Lưu: cơ quan đăng ký.'],
    footnote: UNCONFIRMED_NOTE,
  };
}

function amendmentNotice(
  application: EstablishmentApplication,
  printing: PrintingAuthority,
  number: number,
): AdministrativeDocument {
  const request = application.amendments.find((candidate) => candidate.number === number);
  if (!request) throw new Error(`Invariant: no amendment request ${number} behind its printout`);
  return {
    issuer: issuerOf(printing),
    number: null,
    place: placeOf(printing.unit),
    date: request.requestedOn,
    title: 'THÔNG BÁO',
    subtitle: `Về việc sửa đổi, bổ sung hồ sơ đăng ký hợp tác xã (lần ${number})`,
    basis: basisOf(application),
    body: [
      addressee(application),
      reference(application),
      { kind: 'paragraph', text: 'Hồ sơ cần được sửa đổi, bổ sung những nội dung sau:' },
      { kind: 'paragraph', text: request.items },
      {
        kind: 'paragraph',
        text:
          `Đề nghị nộp lại hồ sơ đã sửa đổi, bổ sung chậm nhất ngày ${formatVietnamese(request.resubmitBy)}. ` +
          'Quá thời hạn này mà không nộp lại, hồ sơ hết hiệu lực và cần nộp hồ sơ mới.',
        bold: true,
      },
    ],
    signature: { capacity: 'CÁN BỘ THẨM ĐỊNH', name: request.requestedBy.displayName },
    recipients: [application.dossier.authorisedFiler, 'Lưu: cơ quan đăng ký.'],
    footnote:
      'Ghi chú: thời hạn 60 ngày để nộp lại áp dụng theo Nghị định 253/2025/NĐ-CP đối với quỹ hỗ trợ; đối với hợp tác xã chưa được xác nhận.',
  };
}

function lapseNotice(application: EstablishmentApplication, printing: PrintingAuthority): AdministrativeDocument {
  const last = application.amendments.at(-1)!;
  return {
    issuer: issuerOf(printing),
    number: null,
    place: placeOf(printing.unit),
    date: application.lapsedOn!,
    title: 'THÔNG BÁO',
    subtitle: 'Về việc hồ sơ đăng ký hợp tác xã hết hiệu lực',
    basis: basisOf(application),
    body: [
      addressee(application),
      reference(application),
      {
        kind: 'paragraph',
        text:
          `Ngày ${formatVietnamese(last.requestedOn)}, cơ quan đăng ký đã thông báo yêu cầu sửa đổi, bổ sung hồ sơ, ` +
          `hạn nộp lại đến hết ngày ${formatVietnamese(last.resubmitBy)}. Đến hạn, hồ sơ chưa được nộp lại; ` +
          'hồ sơ hết hiệu lực và được đóng. Để đăng ký, đề nghị nộp hồ sơ mới.',
      },
    ],
    signature: { capacity: headTitleOf(printing), name: printing.authority.name },
    recipients: [application.dossier.authorisedFiler, 'Lưu: cơ quan đăng ký.'],
    footnote: UNCONFIRMED_NOTE,
  };
}

/** The document behind one of the application's printouts (as `applicationPrintouts` lists them). */
export function printableDocument(
  application: EstablishmentApplication,
  printout: ApplicationPrintout,
  printing: PrintingAuthority,
): AdministrativeDocument {
  switch (printout.kind) {
    case 'certificate':
      return certificate(application, printing);
    case 'refusal':
      return refusal(application, printing);
    case 'amendment-notice':
      return amendmentNotice(application, printing, Number(printout.key.replace('amendment-', '')));
    case 'lapse-notice':
      return lapseNotice(application, printing);
  }
}
