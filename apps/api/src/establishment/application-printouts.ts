import { formatVnd, type AdministrativeDocument, type DocumentBlock } from '@htx/documents';
import {
  headTitleOf,
  issuerOf,
  LAW_BASIS,
  placeOf,
  UNCONFIRMED_NOTE,
  type PrintingAuthority,
} from '../printing/printing-authority';
import { formatVietnamese, SECTOR_LABELS, type ApplicationPrintout, type EstablishmentApplication } from '@htx/domain';

const basisOf = (application: EstablishmentApplication) =>
  LAW_BASIS[application.regime === 'law-2012' ? 'law-2012' : 'law-2023'];

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
