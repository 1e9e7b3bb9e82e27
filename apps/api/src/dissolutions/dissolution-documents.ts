import type { AdministrativeDocument } from '@htx/documents';
import {
  COUNCIL_ROLE_LABELS,
  describeGround,
  formatVietnamese,
  STEP_LABELS,
  stepDefinition,
  text,
  type Cooperative,
  type DissolutionCase,
  type DissolutionDocument,
  type DissolutionStepId,
  type LocalizedText,
  type StepCompletion,
  wentAhead,
} from '@htx/domain';
import {
  headTitleOf,
  issuerOf,
  LAW_BASIS,
  placeOf,
  UNCONFIRMED_NOTE,
  type PrintingAuthority,
} from '../printing/printing-authority';

export const DOCUMENT_TITLES: Readonly<Record<DissolutionDocument, LocalizedText>> = {
  'compulsory-dissolution-decision': text('Quyết định giải thể bắt buộc', 'Compulsory dissolution decision'),
  'council-decision': text('Quyết định thành lập hội đồng giải thể', 'Decision forming the dissolution council'),
  'revocation-notice': text(
    'Thông báo vi phạm thuộc trường hợp thu hồi',
    'Notice of a violation subject to revocation',
  ),
  'revocation-decision': text('Quyết định thu hồi giấy chứng nhận đăng ký', 'Decision revoking the certificate'),
  'dissolution-confirmation': text('Giấy xác nhận về việc giải thể', 'Confirmation of dissolution'),
};

/** The documents a case has issued so far: each comes from a step done the positive way. */
export function issuedDocuments(
  dissolution: DissolutionCase,
): { key: DissolutionDocument; stepId: DissolutionStepId }[] {
  return dissolution.steps.flatMap((step) => {
    const definition = stepDefinition(dissolution.plan, step.stepId);
    const wentOn = step.completion !== null && wentAhead(step.stepId, step.completion.outcome);
    return step.status === 'done' && wentOn && definition
      ? definition.documents.map((key) => ({ key, stepId: step.stepId }))
      : [];
  });
}

/** A case's document as the authority prints it (Vietnamese, Decree 30/2020 layout). */
export function dissolutionDocument(
  key: DissolutionDocument,
  cooperative: Cooperative,
  dissolution: DissolutionCase,
  completion: StepCompletion,
  printing: PrintingAuthority,
): AdministrativeDocument {
  const confirmed = dissolution.groundBasis.confirmed && printing.authority.confirmed;
  const common = {
    issuer:
      key === 'compulsory-dissolution-decision' || key === 'council-decision'
        ? { lines: [`ỦY BAN NHÂN DÂN`, printing.unit.name.toUpperCase()] }
        : issuerOf(printing),
    number: completion.reference || null,
    place: placeOf(printing.unit),
    date: completion.completedOn,
    basis: [...LAW_BASIS[dissolution.regime]],
    signature: {
      capacity:
        key === 'compulsory-dissolution-decision' || key === 'council-decision'
          ? 'TM. ỦY BAN NHÂN DÂN'
          : headTitleOf(printing),
      name: completion.by.displayName,
    },
    recipients: [cooperative.name, 'Cơ quan thuế', 'Lưu: cơ quan đăng ký.'],
    ...(confirmed ? {} : { footnote: UNCONFIRMED_NOTE }),
  };
  const cooperativeFields = {
    kind: 'fields' as const,
    rows: [
      { label: 'Tên hợp tác xã', value: cooperative.name },
      { label: 'Mã số hợp tác xã', value: cooperative.registrationCode },
      { label: 'Ngày đăng ký', value: formatVietnamese(cooperative.registeredOn) },
      { label: 'Căn cứ', value: describeGround(dissolution.ground, dissolution.groundBasis).vi },
    ],
  };
  switch (key) {
    case 'compulsory-dissolution-decision':
      return {
        ...common,
        title: 'QUYẾT ĐỊNH',
        subtitle: `Về việc giải thể bắt buộc ${cooperative.name}`,
        basis: [...common.basis, `Xét hồ sơ giải thể bắt buộc do ${printing.authority.name} trình,`],
        body: [
          { kind: 'paragraph', text: 'QUYẾT ĐỊNH:', bold: true },
          { kind: 'paragraph', text: `Điều 1. Giải thể bắt buộc ${cooperative.name}.` },
          cooperativeFields,
          {
            kind: 'paragraph',
            text: 'Điều 2. Hội đồng giải thể thực hiện các công việc giải thể trong thời hạn 60 ngày kể từ ngày ký quyết định này (Nghị định 193/2013/NĐ-CP, Điều 19 khoản 2).',
          },
          { kind: 'paragraph', text: 'Điều 3. Quyết định có hiệu lực kể từ ngày ký.' },
        ],
      };
    case 'council-decision':
      return {
        ...common,
        title: 'QUYẾT ĐỊNH',
        subtitle: `Về việc thành lập hội đồng giải thể ${cooperative.name}`,
        body: [
          { kind: 'paragraph', text: 'QUYẾT ĐỊNH:', bold: true },
          { kind: 'paragraph', text: 'Điều 1. Thành lập hội đồng giải thể gồm:' },
          {
            kind: 'table',
            headers: ['Họ và tên', 'Chức danh trong hội đồng', 'Cơ quan, tổ chức'],
            rows: dissolution.council.map((member) => [
              member.name,
              COUNCIL_ROLE_LABELS[member.role].vi,
              member.organisation,
            ]),
          },
          {
            kind: 'paragraph',
            text: 'Điều 2. Hội đồng đăng báo địa phương 03 số liên tiếp, thông báo thời hạn thanh toán nợ, xử lý tài sản và lập biên bản hoàn thành việc giải thể trong 60 ngày.',
          },
        ],
      };
    case 'revocation-notice':
      return {
        ...common,
        title: 'THÔNG BÁO',
        subtitle: 'Về hành vi vi phạm thuộc trường hợp thu hồi giấy chứng nhận đăng ký hợp tác xã',
        body: [
          { kind: 'paragraph', text: `Kính gửi: ${cooperative.name}.` },
          cooperativeFields,
          {
            kind: 'paragraph',
            text: 'Hợp tác xã được giải trình bằng văn bản trong thời hạn 10 ngày làm việc kể từ ngày nhận thông báo. Trong thời gian này cơ quan đăng ký không giải quyết hồ sơ đăng ký của hợp tác xã (Nghị định 92/2024/NĐ-CP, Điều 33).',
          },
        ],
      };
    case 'revocation-decision':
      return {
        ...common,
        title: 'QUYẾT ĐỊNH',
        subtitle: `Về việc thu hồi giấy chứng nhận đăng ký ${cooperative.name}`,
        body: [
          { kind: 'paragraph', text: 'QUYẾT ĐỊNH:', bold: true },
          { kind: 'paragraph', text: `Điều 1. Thu hồi giấy chứng nhận đăng ký hợp tác xã của ${cooperative.name}.` },
          cooperativeFields,
          {
            kind: 'paragraph',
            text: 'Điều 2. Hợp tác xã làm thủ tục giải thể theo Luật Hợp tác xã 2023, Điều 97 khoản 1 điểm b; cơ quan đăng ký đăng tải quyết định và chuyển tình trạng "đang làm thủ tục giải thể" trong 03 ngày làm việc.',
          },
        ],
      };
    case 'dissolution-confirmation':
      return {
        ...common,
        title: 'GIẤY XÁC NHẬN',
        subtitle: 'Về việc giải thể hợp tác xã',
        body: [
          { kind: 'paragraph', text: `${printing.authority.name} xác nhận:`, bold: true },
          cooperativeFields,
          {
            kind: 'list',
            items: dissolution.steps
              .filter((step) => step.status === 'done' && step.completion)
              .map(
                (step) =>
                  `${STEP_LABELS[step.stepId].label.vi}: ${formatVietnamese(step.completion!.completedOn)}${step.completion!.reference ? ` (${step.completion!.reference})` : ''}`,
              ),
          },
          {
            kind: 'paragraph',
            text: `Hợp tác xã đã giải thể và được xóa tên khỏi sổ đăng ký kể từ ngày ${formatVietnamese(completion.completedOn)}.`,
          },
        ],
      };
  }
}
