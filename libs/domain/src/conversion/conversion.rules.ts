import { addDays, formatVietnamese } from '../calendar/calendar-date';
import type { DeadlineProvenance } from '../calendar/deadline';
import type { Cooperative } from '../cooperative/cooperative';
import { isSameOrLaterRegime, REGIMES } from '../legal/legal-regime';
import type { RuleBook } from '../legal/rule-pack';
import type { Actor } from '../shared/actor';
import { DomainError, type FieldProblem } from '../shared/domain-error';
import { compareIsoDates, isIsoDate, type IsoDate } from '../shared/iso-date';
import { text, type LocalizedText } from '../shared/localized-text';
import type { EscalationPolicy, TaskSpec, TaskSubject } from '../tasks/task';
import {
  gapItems,
  GAP_STATUS_LABELS,
  isOpen,
  reminderText,
  remindersDue,
  type CampaignTerms,
  type ConversionNotice,
  type ConversionTarget,
  type Enrolment,
  type GapAnswer,
  type GapStatus,
} from './conversion';
import type { ConversionEvent } from './conversion.events';

const problem = (field: string, vi: string, en: string): FieldProblem => ({ field, reason: text(vi, en) });
const refuse = (problems: FieldProblem[]) => {
  if (problems.length > 0) {
    throw new DomainError('INVALID_COMMAND', text('Yêu cầu chưa hợp lệ.', 'The request is not valid.'), problems);
  }
};

/** Whether a cooperative belongs in a campaign's cohort: not dissolved, and still under a law older than the target. */
export function inCohort(cooperative: Pick<Cooperative, 'regime' | 'status'>, target: ConversionTarget): boolean {
  return (
    cooperative.status !== 'dissolved' &&
    cooperative.status !== 'converted-out' &&
    cooperative.status !== 'revoked' &&
    !isSameOrLaterRegime(cooperative.regime, target)
  );
}

export type CampaignRequest = {
  readonly campaignId: string;
  readonly name: string;
  readonly territoryCode: string;
  readonly target: ConversionTarget;
  /** The authority's own follow-up date; required once the legal deadline has passed, never before it. */
  readonly followUpBy?: IsoDate;
  readonly openedBy: Actor;
};

/**
 * The terms of a campaign: the legal deadline from the target's rule pack and the day it follows up to. A campaign
 * opened after the legal deadline (as most 2023 campaigns now are) needs the authority's own later date.
 */
export function campaignTerms(request: CampaignRequest, today: IsoDate, rules: RuleBook): CampaignTerms {
  const legal = rules.rule(request.target, 'conversion.deadline', today);
  const legalDeadline = legal.value as IsoDate;
  const problems: FieldProblem[] = [];
  if (request.name.trim().length < 3)
    problems.push(problem('name', 'Đặt tên cho đợt chuyển đổi.', 'Name the campaign.'));
  const followUpBy = request.followUpBy ?? legalDeadline;
  if (!isIsoDate(followUpBy)) {
    problems.push(problem('followUpBy', 'Ngày phải có dạng YYYY-MM-DD.', 'Use a YYYY-MM-DD date.'));
  } else if (compareIsoDates(followUpBy, today) <= 0) {
    problems.push({
      field: 'followUpBy',
      reason: text(
        `Hạn theo luật (${formatVietnamese(legalDeadline)}) đã qua: đặt ngày theo dõi sau hôm nay.`,
        `The legal deadline (${legalDeadline}) has passed: set a follow-up date after today.`,
      ),
      fix: text('Ví dụ: ngày cuối quý tới.', 'For example, the end of next quarter.'),
    });
  } else if (compareIsoDates(followUpBy, legalDeadline) < 0) {
    problems.push(
      problem(
        'followUpBy',
        `Không đặt trước hạn theo luật ${formatVietnamese(legalDeadline)}.`,
        `Not before the legal deadline ${legalDeadline}.`,
      ),
    );
  }
  refuse(problems);
  return {
    campaignId: request.campaignId,
    name: request.name.trim(),
    territoryCode: request.territoryCode,
    target: request.target,
    legalDeadline,
    followUpBy,
    legalBasis: legal.basis,
    openedBy: request.openedBy,
    openedOn: today,
  };
}

/** The enrolment of one cooperative, with the checklist of the target law as it stands on the day. */
export function enrol(
  enrolmentId: string,
  campaign: CampaignTerms,
  cooperative: Pick<
    Cooperative,
    'cooperativeId' | 'registrationCode' | 'name' | 'kind' | 'sector' | 'territoryCode' | 'regime'
  >,
  today: IsoDate,
  rules: RuleBook,
): ConversionEvent {
  return {
    type: 'ConversionEnrolled',
    data: {
      enrolmentId,
      enrolment: {
        enrolmentId,
        campaign,
        cooperativeId: cooperative.cooperativeId,
        registrationCode: cooperative.registrationCode,
        name: cooperative.name,
        kind: cooperative.kind,
        sector: cooperative.sector,
        territoryCode: cooperative.territoryCode,
        fromRegime: cooperative.regime,
        enrolledOn: today,
        items: gapItems(campaign.target, cooperative.kind, cooperative.sector, rules, today),
        stage: 'not-started',
        checklist: [],
        evidence: null,
        reminders: [],
        notices: [],
        overdueSince: null,
        conformedOn: null,
        ended: null,
      },
    },
    legalBasis: campaign.legalBasis,
  };
}

const STATUSES: readonly GapStatus[] = ['unknown', 'conforms', 'gap'];

const requireOpen = (enrolment: Enrolment) => {
  if (!isOpen(enrolment)) {
    refuse([
      problem(
        'enrolmentId',
        'Việc chuyển đổi của hợp tác xã này đã kết thúc.',
        'This cooperative’s conversion has already ended.',
      ),
    ]);
  }
};

export type ChecklistAnswer = { readonly itemId: string; readonly status: string; readonly note?: string };

/** An officer's or the cooperative's answers to points of the gap checklist. */
export function recordChecklist(
  enrolment: Enrolment,
  answers: readonly ChecklistAnswer[],
  by: string,
  today: IsoDate,
): ConversionEvent[] {
  requireOpen(enrolment);
  const known = new Set<string>(enrolment.items.map((item) => item.itemId));
  const problems: FieldProblem[] = [];
  if (answers.length === 0)
    problems.push(problem('answers', 'Trả lời ít nhất một điểm.', 'Answer at least one point.'));
  answers.forEach((answer, index) => {
    if (!known.has(answer.itemId)) {
      problems.push(
        problem(
          `answers[${index}].itemId`,
          `Không có điểm "${answer.itemId}"; các điểm: ${[...known].join(', ')}.`,
          `No point "${answer.itemId}"; the points are: ${[...known].join(', ')}.`,
        ),
      );
    }
    if (!STATUSES.includes(answer.status as GapStatus)) {
      problems.push(
        problem(
          `answers[${index}].status`,
          'Trạng thái: unknown, conforms hoặc gap.',
          'Status: unknown, conforms or gap.',
        ),
      );
    }
  });
  refuse(problems);
  const recorded: GapAnswer[] = answers.map((answer) => ({
    itemId: answer.itemId as GapAnswer['itemId'],
    status: answer.status as GapStatus,
    note: (answer.note ?? '').trim(),
    answeredBy: by,
    answeredOn: today,
  }));
  const unchanged = recorded.every((answer) =>
    enrolment.checklist.some(
      (previous) =>
        previous.itemId === answer.itemId && previous.status === answer.status && previous.note === answer.note,
    ),
  );
  if (unchanged) return [];
  return [
    {
      type: 'ConversionChecklistRecorded',
      data: { enrolmentId: enrolment.enrolmentId, answers: recorded },
      legalBasis: null,
    },
  ];
}

export type EvidenceFiling = { readonly kind: string; readonly reference: string; readonly filedOn: string };

/** The amended charter (or, for a group, its registration) filed as evidence: the officer signs off next. */
export function fileEvidence(
  enrolment: Enrolment,
  filing: EvidenceFiling,
  by: string,
  today: IsoDate,
): ConversionEvent[] {
  requireOpen(enrolment);
  const problems: FieldProblem[] = [];
  if (filing.kind !== 'amended-charter' && filing.kind !== 're-registration') {
    problems.push(
      problem('kind', 'Loại: amended-charter hoặc re-registration.', 'Kind: amended-charter or re-registration.'),
    );
  }
  if (filing.reference.trim() === '') {
    problems.push(problem('reference', 'Ghi số, ký hiệu văn bản.', 'Give the document’s number or reference.'));
  }
  const inForce = REGIMES[enrolment.campaign.target].inForceFrom!;
  if (!isIsoDate(filing.filedOn) || compareIsoDates(filing.filedOn, today) > 0) {
    problems.push(
      problem('filedOn', 'Ngày nộp không hợp lệ hoặc ở tương lai.', 'The filing date is not valid or in the future.'),
    );
  } else if (compareIsoDates(filing.filedOn, inForce) < 0) {
    problems.push(
      problem(
        'filedOn',
        `Điều lệ sửa đổi trước khi luật mới có hiệu lực (${formatVietnamese(inForce)}) không phải là bằng chứng chuyển đổi.`,
        `A charter amended before the new law took effect (${inForce}) is not evidence of conversion.`,
      ),
    );
  }
  refuse(problems);
  const evidence = {
    kind: filing.kind as 'amended-charter' | 're-registration',
    reference: filing.reference.trim(),
    filedOn: filing.filedOn,
    filedBy: by,
  };
  if (
    enrolment.stage === 'awaiting-sign-off' &&
    enrolment.evidence?.reference === evidence.reference &&
    enrolment.evidence.filedOn === evidence.filedOn
  ) {
    return [];
  }
  return [
    {
      type: 'ConversionEvidenceFiled',
      data: { enrolmentId: enrolment.enrolmentId, evidence },
      legalBasis: enrolment.campaign.legalBasis,
    },
  ];
}

/**
 * Time passing: the reminders that fell due, then, once the follow-up date has passed unconformed, the overdue flag.
 * With `notify`, each also mails the cooperative a notice (its id on the event; the outbox sends it).
 */
export function conversionTimeEvents(
  enrolment: Enrolment,
  today: IsoDate,
  options: { readonly notify: boolean },
): ConversionEvent[] {
  if (!isOpen(enrolment)) return [];
  const noticeId = (kind: ConversionNotice['kind'], on: IsoDate) =>
    options.notify ? { noticeId: conversionNoticeId(enrolment, kind, on) } : {};
  const events: ConversionEvent[] = remindersDue(enrolment, today).map((on) => ({
    type: 'ConversionReminderRecorded',
    data: { enrolmentId: enrolment.enrolmentId, on, message: reminderText(enrolment, on), ...noticeId('reminder', on) },
    legalBasis: enrolment.campaign.legalBasis,
  }));
  const past = compareIsoDates(today, enrolment.campaign.followUpBy) > 0;
  if (past && enrolment.stage !== 'overdue' && enrolment.stage !== 'awaiting-sign-off') {
    const on = addDays(enrolment.campaign.followUpBy, 1);
    events.push({
      type: 'ConversionOverdue',
      data: { enrolmentId: enrolment.enrolmentId, on, ...noticeId('overdue', on) },
      legalBasis: enrolment.campaign.legalBasis,
    });
  }
  return events;
}

/** One notice per enrolment, kind and day: the outbox's key, so a repeated decision mails nothing twice. */
export const conversionNoticeId = (
  enrolment: Pick<Enrolment, 'enrolmentId'>,
  kind: ConversionNotice['kind'],
  on: IsoDate,
) => `conversion-${kind}-${on}/${enrolment.enrolmentId}`;

/** The officer's follow-up "notify the violation" (2023 campaign): the cooperative is sent the notice with the note. */
export function notifyViolation(enrolment: Enrolment, by: string, note: string, on: IsoDate): ConversionEvent[] {
  if (!isOpen(enrolment)) return [];
  return [
    {
      type: 'ConversionViolationNotified',
      data: {
        enrolmentId: enrolment.enrolmentId,
        on,
        by,
        note,
        noticeId: conversionNoticeId(enrolment, 'violation', on),
      },
      legalBasis: enrolment.campaign.legalBasis,
    },
  ];
}

/** Notices decided whose delivery has not reached a final outcome: what the workflow still has to deliver. */
export function undeliveredConversionNotices(enrolment: Enrolment | null): string[] {
  return (enrolment?.notices ?? []).filter((notice) => !notice.delivery?.final).map((notice) => notice.noticeId);
}

/** The cooperative began to dissolve (or left the registry): its conversion ends, whatever stage it had reached. */
export function endEnrolment(
  enrolment: Enrolment,
  how: 'dissolution-started' | 'converted-out' | 'not-required',
  on: IsoDate,
  note: string,
): ConversionEvent[] {
  if (!isOpen(enrolment)) return [];
  return [{ type: 'ConversionEnded', data: { enrolmentId: enrolment.enrolmentId, on, how, note }, legalBasis: null }];
}

const law = (enrolment: Enrolment) => REGIMES[enrolment.campaign.target].title;

/** Reminders the day before and on the due date; a week late, the head of the authority. */
const CONVERSION_ESCALATION: EscalationPolicy = {
  remindBefore: { unit: 'working-days', count: 1 },
  escalateAfter: { unit: 'working-days', count: 5 },
  expireAfter: null,
};

const subjectOf = (enrolment: Enrolment): TaskSubject => ({
  type: 'cooperative',
  id: enrolment.cooperativeId,
  name: enrolment.name,
  territoryCode: enrolment.territoryCode,
});

const checklistSummary = (enrolment: Enrolment): LocalizedText => {
  const answers = new Map(enrolment.checklist.map((answer) => [answer.itemId, answer]));
  const lines = enrolment.items.map((item) => {
    const status = GAP_STATUS_LABELS[answers.get(item.itemId)?.status ?? 'unknown'];
    return text(`${item.label.vi}: ${status.vi}`, `${item.label.en}: ${status.en}`);
  });
  return text(lines.map((line) => line.vi).join('; '), lines.map((line) => line.en).join('; '));
};

export const SIGN_OFF_OPTIONS = { confirm: 'confirm', return: 'return' } as const;

/** The officer's sign-off on the amended charter: confirm (the cooperative's regime changes) or return it. */
export function signOffTask(enrolment: Enrolment, taskId: string, due: DeadlineProvenance, at: string): TaskSpec {
  const target = law(enrolment);
  const evidence = enrolment.evidence!;
  return {
    taskId,
    kind: 'conversion-sign-off',
    title: text(`Xác nhận chuyển đổi: ${enrolment.name}`, `Confirm the conversion: ${enrolment.name}`),
    subject: subjectOf(enrolment),
    reference: enrolment.enrolmentId,
    candidateRole: 'registration-officer',
    priority: 60,
    due,
    followUpOn: null,
    form: [],
    options: [
      {
        id: SIGN_OFF_OPTIONS.confirm,
        label: text('Xác nhận đã phù hợp', 'Confirm it conforms'),
        binding: false,
        requiresComment: false,
        consequence: text(
          `Hồ sơ hợp tác xã ghi nhận chuyển sang ${target.vi}.`,
          `The cooperative's record moves to the ${target.en}.`,
        ),
        legalBasis: enrolment.campaign.legalBasis,
      },
      {
        id: SIGN_OFF_OPTIONS.return,
        label: text('Trả lại để sửa đổi tiếp', 'Return for further amendment'),
        binding: false,
        requiresComment: true,
        consequence: text(
          'Hợp tác xã tiếp tục được nhắc; nêu rõ điểm chưa phù hợp.',
          'The cooperative is followed up; say what still does not conform.',
        ),
        legalBasis: null,
      },
    ],
    why: {
      trigger: {
        event: 'ConversionEvidenceFiled',
        occurredAt: at,
        summary: text(
          `Đã nộp ${evidence.reference} ngày ${formatVietnamese(evidence.filedOn)}. ${checklistSummary(enrolment).vi}.`,
          `Filed ${evidence.reference} on ${evidence.filedOn}. ${checklistSummary(enrolment).en}.`,
        ),
      },
      rule: {
        ruleId: enrolment.campaign.legalBasis.ruleId,
        summary: text(`Chuyển đổi theo ${target.vi}.`, `Conversion under the ${target.en}.`),
        legalBasis: enrolment.campaign.legalBasis,
      },
      ifIgnored: text(
        'Nhắc trước hạn một ngày làm việc và đúng hạn; quá 5 ngày làm việc thì chuyển lãnh đạo cơ quan.',
        'A reminder the working day before and on the due date; five working days late it goes to the head of the authority.',
      ),
    },
    excludedDeciders: [],
    escalation: CONVERSION_ESCALATION,
  };
}

/** What an officer may decide about a cooperative that has not conformed by the follow-up date, by campaign. */
export const OVERDUE_OPTIONS: Readonly<Record<ConversionTarget, readonly string[]>> = {
  // The outcomes provinces used after 2016-07-01: dissolve, or convert to another legal form (LIFECYCLE §3(a)).
  'law-2012': ['keep-following', 'dissolution-to-open', 'converted-out'],
  // No sanction for a late charter is confirmed under the 2023 Law: a non-conformity flag and follow-up.
  'law-2023': ['keep-following', 'notify-violation'],
};

const OVERDUE_LABELS: Readonly<Record<string, { label: LocalizedText; consequence: LocalizedText }>> = {
  'keep-following': {
    label: text('Tiếp tục theo dõi, đôn đốc', 'Keep following up'),
    consequence: text(
      'Cờ "điều lệ chưa phù hợp" giữ nguyên; hợp tác xã vẫn có thể nộp điều lệ sửa đổi.',
      'The non-conformity flag stays; the cooperative may still file its amended charter.',
    ),
  },
  'dissolution-to-open': {
    label: text('Đề nghị giải thể', 'Propose dissolution'),
    consequence: text(
      'Ghi nhận đề xuất; việc chuyển đổi kết thúc khi thủ tục giải thể được mở trên hồ sơ hợp tác xã.',
      'Recorded; the conversion ends once a dissolution case is opened on the cooperative’s record.',
    ),
  },
  'converted-out': {
    label: text('Đã chuyển sang loại hình khác', 'Converted to another legal form'),
    consequence: text(
      'Hợp tác xã chuyển tình trạng "đã chuyển đổi sang loại hình khác"; việc chuyển đổi kết thúc.',
      'The cooperative’s status becomes "converted to another legal form"; the conversion ends.',
    ),
  },
  'notify-violation': {
    label: text('Thông báo vi phạm, yêu cầu sửa đổi', 'Notify the violation, require amendment'),
    consequence: text(
      'Thông báo (kèm ý kiến) được gửi tới địa chỉ nhận thông báo của hợp tác xã; cờ "điều lệ chưa phù hợp" giữ nguyên đến khi nộp điều lệ sửa đổi.',
      'The notice (with the comment) is mailed to the cooperative’s notice address; the flag stays until the amended charter is filed.',
    ),
  },
};

/** The follow-up date passed without conformity: the officer decides what follows (T18, or the 2023 flag). */
export function overdueTask(enrolment: Enrolment, taskId: string, due: DeadlineProvenance, at: string): TaskSpec {
  const target = law(enrolment);
  const { campaign } = enrolment;
  return {
    taskId,
    kind: 'conversion-overdue',
    title: text(`Quá hạn chuyển đổi: ${enrolment.name}`, `Conversion overdue: ${enrolment.name}`),
    subject: subjectOf(enrolment),
    reference: enrolment.enrolmentId,
    candidateRole: 'registration-officer',
    priority: 70,
    due,
    followUpOn: null,
    form: [],
    options: OVERDUE_OPTIONS[campaign.target].map((id) => ({
      id,
      label: OVERDUE_LABELS[id].label,
      binding: false,
      requiresComment: id !== 'keep-following',
      consequence: OVERDUE_LABELS[id].consequence,
      legalBasis: campaign.legalBasis,
    })),
    why: {
      trigger: {
        event: 'ConversionOverdue',
        occurredAt: at,
        summary: text(
          `Đến ${formatVietnamese(campaign.followUpBy)} chưa sửa đổi điều lệ theo ${target.vi} (hạn theo luật ${formatVietnamese(campaign.legalDeadline)}). ${checklistSummary(enrolment).vi}.`,
          `Not in line with the ${target.en} by ${campaign.followUpBy} (legal deadline ${campaign.legalDeadline}). ${checklistSummary(enrolment).en}.`,
        ),
      },
      rule: {
        ruleId: campaign.legalBasis.ruleId,
        summary: text(`Hạn chuyển đổi theo ${target.vi}.`, `The conversion deadline under the ${target.en}.`),
        legalBasis: campaign.legalBasis,
      },
      ifIgnored: text(
        'Nhắc trước hạn một ngày làm việc và đúng hạn; quá 5 ngày làm việc thì chuyển lãnh đạo cơ quan.',
        'A reminder the working day before and on the due date; five working days late it goes to the head of the authority.',
      ),
    },
    excludedDeciders: [],
    escalation: CONVERSION_ESCALATION,
  };
}

/** The cohort's progress as the campaign page counts it. */
export const PROGRESS_BUCKETS = [
  'not-started',
  'in-progress',
  'conformed',
  'overdue',
  'dissolved',
  'converted-out',
  'ended',
] as const;
export type ProgressBucket = (typeof PROGRESS_BUCKETS)[number];

export function progressBucket(enrolment: Enrolment): ProgressBucket {
  if (enrolment.stage === 'ended') {
    if (enrolment.ended?.how === 'dissolution-started') return 'dissolved';
    if (enrolment.ended?.how === 'converted-out') return 'converted-out';
    return 'ended';
  }
  if (enrolment.stage === 'awaiting-sign-off') return 'in-progress';
  return enrolment.stage;
}

export const BUCKET_LABELS: Readonly<Record<ProgressBucket, LocalizedText>> = {
  'not-started': text('Chưa bắt đầu', 'Not started'),
  'in-progress': text('Đang thực hiện', 'In progress'),
  conformed: text('Đã phù hợp', 'Conformed'),
  overdue: text('Quá hạn', 'Overdue'),
  dissolved: text('Giải thể', 'Dissolved'),
  'converted-out': text('Chuyển loại hình khác', 'Converted out'),
  ended: text('Không thuộc diện', 'Not required'),
};

export const HISTORY_BUCKETS = ['conformed', 'conformed-late', 'not-converted', 'dissolved', 'converted-out'] as const;
export type HistoryBucket = (typeof HISTORY_BUCKETS)[number];

export const HISTORY_LABELS: Readonly<Record<HistoryBucket, LocalizedText>> = {
  conformed: text('Chuyển đổi đúng hạn', 'Converted on time'),
  'conformed-late': text('Chuyển đổi sau hạn', 'Converted after the deadline'),
  'not-converted': text('Chưa chuyển đổi', 'Not converted'),
  dissolved: text('Giải thể', 'Dissolved'),
  'converted-out': text('Chuyển loại hình khác', 'Converted to another form'),
};

/**
 * A past conversion read back from the records (imported or lived): of the cooperatives that were under a law older
 * than the target, which converted (on time or late, and when), which dissolved or became another form, and which
 * never did. This is how a district's 2016 campaign shows, and how each record tells how it came under its law.
 */
export function conversionHistory(
  cooperatives: readonly Pick<
    Cooperative,
    'cooperativeId' | 'registrationCode' | 'name' | 'regime' | 'regimeChanges' | 'status'
  >[],
  target: ConversionTarget,
  rules: RuleBook,
  today: IsoDate,
) {
  const legal = rules.rule(target, 'conversion.deadline', today);
  const deadline = legal.value as IsoDate;
  const cameFromOlderLaw = (cooperative: (typeof cooperatives)[number]) =>
    !isSameOrLaterRegime(cooperative.regimeChanges?.[0]?.from ?? cooperative.regime, target);
  const items = cooperatives.filter(cameFromOlderLaw).map((cooperative) => {
    const conversion = cooperative.regimeChanges?.find((change) => isSameOrLaterRegime(change.to, target)) ?? null;
    const bucket: HistoryBucket =
      cooperative.status === 'dissolved' || cooperative.status === 'dissolving'
        ? 'dissolved'
        : cooperative.status === 'converted-out'
          ? 'converted-out'
          : conversion
            ? compareIsoDates(conversion.on, deadline) <= 0
              ? 'conformed'
              : 'conformed-late'
            : 'not-converted';
    return {
      cooperativeId: cooperative.cooperativeId,
      registrationCode: cooperative.registrationCode,
      name: cooperative.name,
      bucket,
      bucketLabel: HISTORY_LABELS[bucket],
      convertedOn: conversion?.on ?? null,
    };
  });
  return {
    target,
    legalDeadline: deadline,
    legalBasis: legal.basis,
    counts: HISTORY_BUCKETS.map((bucket) => ({
      bucket,
      label: HISTORY_LABELS[bucket],
      count: items.filter((item) => item.bucket === bucket).length,
    })),
    items,
  };
}
