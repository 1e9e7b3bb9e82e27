import type { RuleBook } from '../legal/rule-pack';
import type { LegalBasis } from '../legal/legal-basis';
import { regimeInForceOn } from '../legal/legal-regime';
import { DomainError, type FieldProblem } from '../shared/domain-error';
import { compareIsoDates, isIsoDate, type IsoDate } from '../shared/iso-date';
import { text, type LocalizedText } from '../shared/localized-text';
import type { Cooperative } from './cooperative';

/** What the state gives a new cooperative: founder training, guidance, a grant (e.g. 20 million VND in Tân Yên). */
export const SUPPORT_KINDS = ['founder-training', 'guidance', 'grant', 'other'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

export const SUPPORT_KIND_LABELS: Readonly<Record<SupportKind, LocalizedText>> = {
  'founder-training': text('Đào tạo, bồi dưỡng sáng lập viên', 'Founder training'),
  guidance: text('Tư vấn, hướng dẫn thành lập', 'Guidance on establishment'),
  grant: text('Hỗ trợ kinh phí thành lập mới', 'Establishment grant'),
  other: text('Hỗ trợ khác', 'Other support'),
};

export type SupportStatus = 'requested' | 'approved' | 'refused';

export type SupportRecord = {
  readonly supportId: string;
  readonly kind: SupportKind;
  readonly description: string;
  /** The programme or local decision it is given under, as the officer cites it. */
  readonly programme: string;
  /** In VND; 0 for support in kind. */
  readonly requestedAmount: number;
  readonly requestedOn: IsoDate;
  readonly requestedBy: string;
  readonly status: SupportStatus;
  readonly approvedAmount: number;
  readonly decidedOn: IsoDate | null;
  readonly decidedBy: string | null;
  readonly refusalReason: string | null;
  readonly disbursements: readonly { readonly on: IsoDate; readonly amount: number }[];
};

export type SupportRequested = {
  readonly type: 'SupportRequested';
  readonly data: Pick<
    SupportRecord,
    'supportId' | 'kind' | 'description' | 'programme' | 'requestedAmount' | 'requestedOn' | 'requestedBy'
  > & { readonly monthsSinceRegistration: number };
  readonly legalBasis: LegalBasis | null;
};
export type SupportApproved = {
  readonly type: 'SupportApproved';
  readonly data: {
    readonly supportId: string;
    readonly approvedAmount: number;
    readonly on: IsoDate;
    readonly by: string;
  };
  readonly legalBasis: LegalBasis | null;
};
export type SupportRefused = {
  readonly type: 'SupportRefused';
  readonly data: { readonly supportId: string; readonly reason: string; readonly on: IsoDate; readonly by: string };
  readonly legalBasis: LegalBasis | null;
};
export type SupportDisbursed = {
  readonly type: 'SupportDisbursed';
  readonly data: { readonly supportId: string; readonly amount: number; readonly on: IsoDate };
  readonly legalBasis: LegalBasis | null;
};
export type SupportEvent = SupportRequested | SupportApproved | SupportRefused | SupportDisbursed;
export const SUPPORT_EVENT_TYPES: readonly SupportEvent['type'][] = [
  'SupportRequested',
  'SupportApproved',
  'SupportRefused',
  'SupportDisbursed',
];

export type SupportRequest = Pick<
  SupportRecord,
  'supportId' | 'kind' | 'description' | 'programme' | 'requestedAmount'
>;

/** Support for new cooperatives: Decree 193/2013 Art. 24(6) (content unconfirmed); Decree 113/2024 under the 2023 Law. */
export function supportBasis(rules: RuleBook, on: IsoDate): LegalBasis {
  return rules.basis(regimeInForceOn(on), 'support.new-cooperative', on);
}

const MAX_VND = 1e13;

const problem = (field: string, vi: string, en: string): FieldProblem => ({ field, reason: text(vi, en) });

export function checkSupportRequest(cooperative: Cooperative, request: SupportRequest): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (cooperative.status !== 'active') {
    problems.push(
      problem('cooperative', 'Chỉ hỗ trợ hợp tác xã đang hoạt động.', 'Only an active cooperative can be supported.'),
    );
  }
  if (
    !Number.isSafeInteger(request.requestedAmount) ||
    request.requestedAmount < 0 ||
    request.requestedAmount > MAX_VND
  ) {
    problems.push(
      problem(
        'requestedAmount',
        'Số tiền phải là số đồng không âm.',
        'The amount must be a whole number of đồng, not negative.',
      ),
    );
  } else if (request.kind === 'grant' && request.requestedAmount === 0) {
    problems.push(problem('requestedAmount', 'Hỗ trợ kinh phí phải có số tiền.', 'A grant needs an amount.'));
  }
  if (request.description.trim().length === 0) {
    problems.push(problem('description', 'Cần mô tả nội dung hỗ trợ.', 'Describe the support.'));
  }
  if (cooperative.support.some((record) => record.supportId === request.supportId)) {
    problems.push(problem('supportId', 'Đề nghị này đã có.', 'This request already exists.'));
  }
  return problems;
}

export function requireSupport(cooperative: Cooperative, supportId: string): SupportRecord {
  const found = cooperative.support.find((record) => record.supportId === supportId);
  if (!found) {
    throw new DomainError(
      'INVALID_COMMAND',
      text(`Không có đề nghị hỗ trợ ${supportId}.`, `There is no support request ${supportId}.`),
      [problem('supportId', 'Không tìm thấy.', 'Not found.')],
    );
  }
  return found;
}

/** A disbursement of approved support: dated, not in the future, and never beyond what was approved. */
export function checkDisbursement(record: SupportRecord, amount: number, on: IsoDate, today: IsoDate): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (record.status !== 'approved') {
    problems.push(problem('supportId', 'Chỉ chi khoản hỗ trợ đã được duyệt.', 'Only approved support can be paid.'));
  }
  const paid = record.disbursements.reduce((sum, payment) => sum + payment.amount, 0);
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    problems.push(
      problem('amount', 'Số tiền phải là số đồng dương.', 'The amount must be a positive whole number of đồng.'),
    );
  } else if (paid + amount > record.approvedAmount) {
    problems.push(
      problem(
        'amount',
        `Vượt số được duyệt: đã chi ${paid}, được duyệt ${record.approvedAmount}.`,
        `More than approved: ${paid} paid of ${record.approvedAmount} approved.`,
      ),
    );
  }
  if (
    !isIsoDate(on) ||
    compareIsoDates(on, today) > 0 ||
    (record.decidedOn && compareIsoDates(on, record.decidedOn) < 0)
  ) {
    problems.push(
      problem(
        'disbursedOn',
        'Ngày chi phải từ ngày duyệt đến hôm nay.',
        'The payment date must fall between the approval and today.',
      ),
    );
  }
  return problems;
}

export function evolveSupport(records: readonly SupportRecord[], event: SupportEvent): SupportRecord[] {
  if (event.type === 'SupportRequested') {
    const { monthsSinceRegistration: _months, ...requested } = event.data;
    return [
      ...records,
      {
        ...requested,
        status: 'requested',
        approvedAmount: 0,
        decidedOn: null,
        decidedBy: null,
        refusalReason: null,
        disbursements: [],
      },
    ];
  }
  return records.map((record) => {
    if (record.supportId !== event.data.supportId) return record;
    switch (event.type) {
      case 'SupportApproved':
        return {
          ...record,
          status: 'approved',
          approvedAmount: event.data.approvedAmount,
          decidedOn: event.data.on,
          decidedBy: event.data.by,
        };
      case 'SupportRefused':
        return {
          ...record,
          status: 'refused',
          refusalReason: event.data.reason,
          decidedOn: event.data.on,
          decidedBy: event.data.by,
        };
      case 'SupportDisbursed':
        return {
          ...record,
          disbursements: [...record.disbursements, { on: event.data.on, amount: event.data.amount }],
        };
    }
  });
}
