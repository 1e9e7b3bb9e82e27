import { addDays, daysBetween, formatVietnamese } from '../calendar/calendar-date';
import type { CooperativeKind, Sector } from '../cooperative/cooperative';
import type { NoticeDelivery } from '../cooperative/reporting';
import type { LegalBasis } from '../legal/legal-basis';
import { REGIMES, type LegalRegime } from '../legal/legal-regime';
import type { RuleBook } from '../legal/rule-pack';
import type { Actor } from '../shared/actor';
import { compareIsoDates, type IsoDate } from '../shared/iso-date';
import { text, type LocalizedText } from '../shared/localized-text';

/** The law a campaign brings cooperatives under: the 2012 Law (from the 1996/2003 Laws) or the 2023 Law. */
export const CONVERSION_TARGETS = ['law-2012', 'law-2023'] as const;
export type ConversionTarget = (typeof CONVERSION_TARGETS)[number];

/** A campaign an officer opens for a territory: whom it concerns, by when, and on what basis. */
export type CampaignTerms = {
  readonly campaignId: string;
  readonly name: string;
  readonly territoryCode: string;
  readonly target: ConversionTarget;
  /** The day the transitional article sets (read from the target's rule pack). */
  readonly legalDeadline: IsoDate;
  /** The day the campaign follows up to: the legal deadline, or the authority's own later target once it passed. */
  readonly followUpBy: IsoDate;
  readonly legalBasis: LegalBasis;
  readonly openedBy: Actor;
  readonly openedOn: IsoDate;
};

/** Each point of the gap checklist: what the charter and organisation must meet under the target law. */
export const GAP_ITEMS = [
  'capital-share',
  'members-use-services',
  'non-member-sales',
  'board-and-director',
  'foreign-share',
  'official-members',
  'charter-clauses',
  'must-register',
] as const;
export type GapItemId = (typeof GAP_ITEMS)[number];
export type GapStatus = 'unknown' | 'conforms' | 'gap';

export type GapItem = {
  readonly itemId: GapItemId;
  readonly label: LocalizedText;
  readonly legalBasis: LegalBasis;
};

export type GapAnswer = {
  readonly itemId: GapItemId;
  readonly status: GapStatus;
  readonly note: string;
  readonly answeredBy: string;
  readonly answeredOn: IsoDate;
};

export const ENROLMENT_STAGES = [
  'not-started',
  'in-progress',
  'awaiting-sign-off',
  'conformed',
  'overdue',
  'ended',
] as const;
export type EnrolmentStage = (typeof ENROLMENT_STAGES)[number];

/** How an enrolment ended, when it did not end by conforming. */
export type EnrolmentEnd = 'dissolution-started' | 'converted-out' | 'not-required';

/**
 * A notice mailed to the cooperative: a reminder before the follow-up date, that the date has passed, or the
 * violation an officer decided to notify (with the officer's words).
 */
export type ConversionNotice = {
  readonly noticeId: string;
  readonly kind: 'reminder' | 'overdue' | 'violation';
  readonly on: IsoDate;
  readonly note?: string;
  readonly delivery: NoticeDelivery | null;
};

/** One cooperative in one campaign: its checklist, its evidence, the reminders recorded, where it stands. */
export type Enrolment = {
  readonly enrolmentId: string;
  readonly campaign: CampaignTerms;
  readonly cooperativeId: string;
  readonly registrationCode: string;
  readonly name: string;
  readonly kind: CooperativeKind;
  readonly sector: Sector;
  readonly territoryCode: string;
  readonly fromRegime: LegalRegime;
  readonly enrolledOn: IsoDate;
  /** The checklist as the target law stood on enrolment, each point with its basis. */
  readonly items: readonly GapItem[];
  readonly stage: EnrolmentStage;
  readonly checklist: readonly GapAnswer[];
  readonly evidence: {
    readonly kind: 'amended-charter' | 're-registration';
    readonly reference: string;
    readonly filedOn: IsoDate;
    readonly filedBy: string;
  } | null;
  readonly reminders: readonly IsoDate[];
  /** The notices mailed, with their delivery (absent on enrolments recorded before notices were mailed). */
  readonly notices?: readonly ConversionNotice[];
  readonly overdueSince: IsoDate | null;
  readonly conformedOn: IsoDate | null;
  readonly ended: { readonly on: IsoDate; readonly how: EnrolmentEnd; readonly note: string } | null;
};

export const GAP_STATUS_LABELS: Readonly<Record<GapStatus, LocalizedText>> = {
  unknown: text('chưa rà soát', 'not reviewed'),
  conforms: text('đã phù hợp', 'conforms'),
  gap: text('chưa phù hợp', 'does not conform'),
};

export const STAGE_LABELS: Readonly<Record<EnrolmentStage, LocalizedText>> = {
  'not-started': text('Chưa bắt đầu', 'Not started'),
  'in-progress': text('Đang rà soát, sửa đổi', 'In progress'),
  'awaiting-sign-off': text('Đã nộp điều lệ sửa đổi, chờ xác nhận', 'Amended charter filed, awaiting sign-off'),
  conformed: text('Đã chuyển đổi', 'Conformed'),
  overdue: text('Quá hạn chưa chuyển đổi', 'Overdue'),
  ended: text('Kết thúc (không chuyển đổi)', 'Ended without conversion'),
};

export const END_LABELS: Readonly<Record<EnrolmentEnd, LocalizedText>> = {
  'dissolution-started': text('Hợp tác xã bắt đầu giải thể', 'The cooperative began to dissolve'),
  'converted-out': text('Chuyển đổi sang loại hình khác', 'Converted to another legal form'),
  'not-required': text('Không thuộc diện phải đăng ký', 'Not required to register'),
};

/** Reminders the cooperative gets before the day the campaign follows up to (policy, not law): 60, 30 and 7 days. */
export const REMINDER_DAYS_BEFORE = [60, 30, 7] as const;

const LABELS: Readonly<Record<GapItemId, LocalizedText>> = {
  'capital-share': text('Vốn góp của một thành viên không vượt mức tối đa', 'No member holds more than the cap'),
  'members-use-services': text(
    'Thành viên góp vốn sử dụng dịch vụ của hợp tác xã',
    'Capital-contributing members use the cooperative’s services',
  ),
  'non-member-sales': text(
    'Cung ứng cho người ngoài thành viên trong mức cho phép',
    'Sales to non-members within the cap',
  ),
  'board-and-director': text(
    'Có hội đồng quản trị và giám đốc (thay ban quản trị, chủ nhiệm)',
    'A board and a director (replacing the management board and chair)',
  ),
  'foreign-share': text(
    'Tổng vốn góp của thành viên có vốn đầu tư nước ngoài trong mức cho phép',
    'Foreign-invested members together within the cap',
  ),
  'official-members': text('Đủ số thành viên chính thức tối thiểu', 'Enough official members'),
  'charter-clauses': text('Điều lệ có đủ nội dung theo luật mới', 'The charter has the clauses the new law requires'),
  'must-register': text(
    'Tổ hợp tác thuộc diện phải đăng ký (Điều 107 khoản 2)',
    'The group must register (Art. 107(2))',
  ),
};

const share = (rules: RuleBook, regime: LegalRegime, parameterId: string, on: IsoDate) => {
  const rule = rules.rule(regime, parameterId, on);
  return { percent: Math.round((rule.value as number) * 100), basis: rule.basis };
};

/** What the target law asks of this kind of organisation, each point with where the law (or practice) says so. */
export function gapItems(
  target: ConversionTarget,
  kind: CooperativeKind,
  sector: Sector,
  rules: RuleBook,
  on: IsoDate,
): GapItem[] {
  const item = (itemId: GapItemId, legalBasis: LegalBasis, label = LABELS[itemId]): GapItem => ({
    itemId,
    label,
    legalBasis,
  });
  const transition = rules.basis(target, 'registration.transition', on);
  if (kind === 'group') {
    return target === 'law-2023'
      ? [item('must-register', rules.basis(target, 'conversion.group-registration-deadline', on))]
      : [];
  }
  if (target === 'law-2012') {
    const cap = share(rules, target, 'capital.member-share', on);
    const sales = share(
      rules,
      target,
      sector === 'agriculture' ? 'conversion.non-member-sales.agricultural' : 'conversion.non-member-sales.other',
      on,
    );
    return [
      item(
        'capital-share',
        cap.basis,
        text(`${LABELS['capital-share'].vi} (${cap.percent}%)`, `${LABELS['capital-share'].en} (${cap.percent}%)`),
      ),
      item('members-use-services', transition),
      item(
        'non-member-sales',
        sales.basis,
        text(
          `${LABELS['non-member-sales'].vi} (${sales.percent}%)`,
          `${LABELS['non-member-sales'].en} (${sales.percent}%)`,
        ),
      ),
      item('board-and-director', transition),
    ];
  }
  const cap = share(rules, target, kind === 'union' ? 'capital.member-share.union' : 'capital.member-share', on);
  const foreign = share(rules, target, 'capital.foreign-share', on);
  const minimum = rules.rule(target, `members.minimum.${kind}`, on);
  return [
    item(
      'capital-share',
      cap.basis,
      text(`${LABELS['capital-share'].vi} (${cap.percent}%)`, `${LABELS['capital-share'].en} (${cap.percent}%)`),
    ),
    item(
      'foreign-share',
      foreign.basis,
      text(
        `${LABELS['foreign-share'].vi} (${foreign.percent}%)`,
        `${LABELS['foreign-share'].en} (${foreign.percent}%)`,
      ),
    ),
    item(
      'official-members',
      minimum.basis,
      text(
        `${LABELS['official-members'].vi} (${String(minimum.value)})`,
        `${LABELS['official-members'].en} (${String(minimum.value)})`,
      ),
    ),
    item('charter-clauses', rules.basis(target, 'conversion.deadline', on)),
  ];
}

/** The reminder days still ahead of `today`, soonest first, that have not been recorded yet. */
export function remindersDue(enrolment: Enrolment, today: IsoDate): IsoDate[] {
  return REMINDER_DAYS_BEFORE.map((days) => addDays(enrolment.campaign.followUpBy, -days))
    .filter((on) => compareIsoDates(on, enrolment.enrolledOn) >= 0 && compareIsoDates(on, today) <= 0)
    .filter((on) => !enrolment.reminders.includes(on));
}

/** The next day time alone changes the enrolment: a reminder, or the day after the follow-up date; null once settled. */
export function nextConversionDue(enrolment: Enrolment): IsoDate | null {
  if (!isOpen(enrolment) || enrolment.stage === 'overdue' || enrolment.stage === 'awaiting-sign-off') return null;
  const reminders = REMINDER_DAYS_BEFORE.map((days) => addDays(enrolment.campaign.followUpBy, -days)).filter(
    (on) => compareIsoDates(on, enrolment.enrolledOn) >= 0 && !enrolment.reminders.includes(on),
  );
  return [...reminders, addDays(enrolment.campaign.followUpBy, 1)].sort(compareIsoDates)[0];
}

export const isOpen = (enrolment: Enrolment): boolean => enrolment.stage !== 'conformed' && enrolment.stage !== 'ended';

/** The reminder's words to the cooperative, in Vietnamese first. */
export function reminderText(enrolment: Enrolment, on: IsoDate): LocalizedText {
  const { campaign } = enrolment;
  const law = REGIMES[campaign.target].title;
  const open = openItems(enrolment).length;
  return text(
    `Nhắc ${enrolment.name}: sửa đổi điều lệ cho phù hợp ${law.vi} trước ${formatVietnamese(campaign.followUpBy)} (nhắc ngày ${formatVietnamese(on)}); còn ${open} điểm chưa phù hợp hoặc chưa rà soát.`,
    `Reminder to ${enrolment.name}: bring the charter into line with the ${law.en} by ${campaign.followUpBy} (sent ${on}); ${open} points not yet conforming or not reviewed.`,
  );
}

/** The points of the checklist not yet answered "conforms". */
const openItems = (enrolment: Enrolment): GapItem[] => {
  const conforming = new Set(
    enrolment.checklist.filter((answer) => answer.status === 'conforms').map((answer) => answer.itemId),
  );
  return enrolment.items.filter((item) => !conforming.has(item.itemId));
};

/** The mail a conversion notice sends the cooperative: what is due by when, what is still open, and on what basis. */
export function conversionNoticeMail(
  enrolment: Enrolment,
  notice: Pick<ConversionNotice, 'kind' | 'on' | 'note'>,
): { readonly subject: LocalizedText; readonly body: LocalizedText } {
  const { campaign, name, registrationCode } = enrolment;
  const law = REGIMES[campaign.target].title;
  const due = formatVietnamese(campaign.followUpBy);
  const { citation, confirmed } = campaign.legalBasis;
  const open = openItems(enrolment);
  const situation = {
    reminder: text(
      `Hợp tác xã cần sửa đổi điều lệ cho phù hợp ${law.vi} và nộp cho cơ quan đăng ký trước hết ngày ${due} (còn ${daysBetween(notice.on, campaign.followUpBy)} ngày).`,
      `The cooperative must bring its charter into line with the ${law.en} and file it with the registration agency by ${campaign.followUpBy} (${daysBetween(notice.on, campaign.followUpBy)} days left).`,
    ),
    overdue: text(
      `Đến hết ngày ${due}, hợp tác xã chưa có điều lệ sửa đổi phù hợp ${law.vi} được xác nhận. Cơ quan đăng ký sẽ làm việc với hợp tác xã để xử lý theo quy định; hợp tác xã vẫn có thể nộp điều lệ sửa đổi.`,
      `By the end of ${campaign.followUpBy} the cooperative had no amended charter conforming to the ${law.en} signed off. The registration agency will follow this up with the cooperative as the law provides; the amended charter may still be filed.`,
    ),
    violation: text(
      `Cơ quan đăng ký thông báo: điều lệ của hợp tác xã chưa phù hợp ${law.vi} (hạn ${due}). Yêu cầu hợp tác xã sửa đổi điều lệ và nộp cho cơ quan đăng ký.\nÝ kiến của cơ quan đăng ký: ${notice.note ?? ''}`,
      `The registration agency gives notice: the cooperative's charter does not conform to the ${law.en} (due ${campaign.followUpBy}). The cooperative is required to amend its charter and file it with the agency.\nThe agency's note: ${notice.note ?? ''}`,
    ),
  }[notice.kind];
  const points =
    open.length > 0
      ? text(
          `Các điểm chưa phù hợp hoặc chưa rà soát:\n${open.map((item) => `- ${item.label.vi}`).join('\n')}`,
          `Points not yet conforming or not reviewed:\n${open.map((item) => `- ${item.label.en}`).join('\n')}`,
        )
      : text(
          'Các điểm đã rà soát đều phù hợp; còn nộp điều lệ sửa đổi.',
          'Every point reviewed conforms; the amended charter remains to be filed.',
        );
  return {
    subject: {
      reminder: text(`Nhắc chuyển đổi theo ${law.vi} — ${name}`, `Reminder: conversion to the ${law.en} — ${name}`),
      overdue: text(`Quá hạn chuyển đổi theo ${law.vi} — ${name}`, `Conversion to the ${law.en} overdue — ${name}`),
      violation: text(
        `Thông báo: điều lệ chưa phù hợp ${law.vi} — ${name}`,
        `Notice: charter not conforming to the ${law.en} — ${name}`,
      ),
    }[notice.kind],
    body: text(
      `Kính gửi ${name} (mã số ${registrationCode}),\n\n${situation.vi}\n${points.vi}\n` +
        `Căn cứ: ${citation.vi}${confirmed ? '' : ' (căn cứ chưa được xác nhận)'}.`,
      `To ${name} (registration code ${registrationCode}),\n\n${situation.en}\n${points.en}\n` +
        `Basis: ${citation.en}${confirmed ? '' : ' (unconfirmed basis)'}.`,
    ),
  };
}
