import type { RuleBook } from '../legal/rule-pack';
import { addDays, daysBetween, formatVietnamese, isoDate, yearOf } from '../calendar/calendar-date';
import type { LegalBasis } from '../legal/legal-basis';
import { compareIsoDates, type IsoDate } from '../shared/iso-date';
import { text, type LocalizedText } from '../shared/localized-text';
import type { Cooperative } from './cooperative';
import { reportDueOn } from './reporting.rules';

/** What a cooperative files each year: the activity report the law requires, and its financial statement. */
export const REPORT_DOCUMENTS = ['activity-report', 'financial-statement'] as const;
export type ReportDocument = (typeof REPORT_DOCUMENTS)[number];

export const REPORT_DOCUMENT_LABELS: Readonly<Record<ReportDocument, LocalizedText>> = {
  'activity-report': text('Báo cáo tình hình hoạt động', 'Activity report'),
  'financial-statement': text('Báo cáo tài chính', 'Financial statement'),
};

/**
 * The reminder ladder: policy of the authority, not law (configurable). Reminders on these days relative to the due
 * date, then a follow-up task for an officer, then a warning that sets the REPORT_OVERDUE flag.
 */
export type ReminderPolicy = {
  readonly reminderOffsetsDays: readonly number[];
  readonly followUpAfterDays: number;
  readonly warningAfterDays: number;
};

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  reminderOffsetsDays: [-15, 0, 15, 30],
  followUpAfterDays: 45,
  warningAfterDays: 60,
};

/** Why a policy cannot be used, in words for whoever configured it; empty when it can. */
export function checkReminderPolicy(policy: ReminderPolicy): string[] {
  const problems: string[] = [];
  const offsets = policy.reminderOffsetsDays;
  if (offsets.length === 0 || offsets.length > 10) problems.push('between 1 and 10 reminder offsets');
  if (offsets.some((offset) => !Number.isInteger(offset) || offset < -90 || offset > 180)) {
    problems.push('reminder offsets are whole days from -90 to 180');
  }
  if (offsets.some((offset, index) => index > 0 && offset <= offsets[index - 1])) {
    problems.push('reminder offsets in increasing order');
  }
  const last = offsets[offsets.length - 1] ?? 0;
  if (!Number.isInteger(policy.followUpAfterDays) || policy.followUpAfterDays <= Math.max(last, 0)) {
    problems.push('the follow-up comes after the last reminder and after the due date');
  }
  if (!Number.isInteger(policy.warningAfterDays) || policy.warningAfterDays <= policy.followUpAfterDays) {
    problems.push('the warning comes after the follow-up');
  }
  return problems;
}

export type LadderStepKind = 'reminder' | 'follow-up' | 'warning';

/** How delivering a notice went, as the delivery recorded it (proof of notice). */
export type NoticeOutcome = 'delivered' | 'bounced' | 'failed' | 'no-address';

/** Where a notice's delivery stands: its latest attempt. */
export type NoticeDelivery = {
  readonly outcome: NoticeOutcome;
  readonly attempts: number;
  readonly recipient: string | null;
  readonly at: string;
  readonly final: boolean;
};

export type LadderStep = {
  /** `reminder-15`, `reminder+0`, `follow-up+45`, `warning+60`: its kind and its offset from the due date. */
  readonly stepId: string;
  readonly kind: LadderStepKind;
  readonly offsetDays: number;
  readonly on: IsoDate;
  /** done: issued; skipped: a later step of the same kind was due at the same time; cancelled: the report arrived. */
  readonly status: 'pending' | 'done' | 'skipped' | 'cancelled';
  readonly doneOn: IsoDate | null;
  /** The notice it sent (reminders and the warning), whose delivery is recorded on the log. */
  readonly noticeId: string | null;
  readonly delivery: NoticeDelivery | null;
};

/** One year's report obligation, from the day it is tracked until the report arrives. */
export type ReportObligation = {
  readonly year: number;
  readonly dueOn: IsoDate;
  readonly legalBasis: LegalBasis;
  readonly openedOn: IsoDate;
  readonly status: 'open' | 'filed';
  readonly filedOn: IsoDate | null;
  /** Set by the ladder's warning: the REPORT_OVERDUE monitoring flag. */
  readonly warnedOn: IsoDate | null;
  readonly steps: readonly LadderStep[];
};

/** What the registry knows of a cooperative's yearly reports (absent until reporting was first tracked). */
export type ReportingRecord = {
  readonly obligations: readonly ReportObligation[];
  /** Every report filed, by year and document. */
  readonly filed: readonly {
    readonly year: number;
    readonly document: ReportDocument;
    readonly filedOn: IsoDate;
    readonly revenue?: number;
  }[];
};

const sign = (offset: number) => (offset < 0 ? `${offset}` : `+${offset}`);

/** The ladder of a year's obligation under a policy, every step pending. */
export function plannedLadder(year: number, policy: ReminderPolicy, rules: RuleBook): LadderStep[] {
  const { dueOn } = reportDueOn(year, rules);
  const step = (kind: LadderStepKind, offsetDays: number): LadderStep => ({
    stepId: `${kind}${sign(offsetDays)}`,
    kind,
    offsetDays,
    on: addDays(dueOn, offsetDays),
    status: 'pending',
    doneOn: null,
    noticeId: null,
    delivery: null,
  });
  return [
    ...policy.reminderOffsetsDays.map((offset) => step('reminder', offset)),
    step('follow-up', policy.followUpAfterDays),
    step('warning', policy.warningAfterDays),
  ];
}

/** The notice a ladder step sends: one per cooperative, year and step, whoever asks and however often. */
export const noticeIdOf = (cooperativeId: string, year: number, stepId: string) =>
  `report-${year}-${stepId}/${cooperativeId}`;

/** Has the activity report on `year` been filed? (Before tracking began, the last report the registry saw counts.) */
export function isReportFiled(cooperative: Cooperative, year: number): boolean {
  const filed = cooperative.reporting?.filed ?? [];
  if (filed.some((report) => report.year === year && report.document === 'activity-report')) return true;
  return (cooperative.evidence.lastReport?.year ?? 0) >= year;
}

/** Only an active or suspended cooperative is asked for its reports; the other statuses end the duty. */
export const reportingApplies = (cooperative: Cooperative) =>
  cooperative.status === 'active' || cooperative.status === 'suspended';

/**
 * Is a year's report unknown to the registry? Carried over from a register that said nothing of its reports, a
 * cooperative's reports due before the import may well have been filed: nobody here can say they were not.
 */
export const isReportUnknown = (cooperative: Cooperative, dueOn: IsoDate) =>
  cooperative.carriedOverOn !== undefined &&
  cooperative.evidence.lastReport === null &&
  compareIsoDates(dueOn, cooperative.carriedOverOn) < 0;

/**
 * The years whose report the cooperative is asked for on `today`: this year's and last year's, if not filed, due
 * after it was registered, known to be missing, and not tracked already.
 */
export function yearsToTrack(cooperative: Cooperative, today: IsoDate, rules: RuleBook): number[] {
  if (!reportingApplies(cooperative)) return [];
  const thisYear = yearOf(today);
  return [thisYear - 1, thisYear].filter((year) => {
    const { dueOn } = reportDueOn(year, rules);
    return (
      compareIsoDates(cooperative.registeredOn, dueOn) < 0 &&
      !isReportUnknown(cooperative, dueOn) &&
      !isReportFiled(cooperative, year) &&
      !(cooperative.reporting?.obligations ?? []).some((obligation) => obligation.year === year)
    );
  });
}

export const openObligations = (cooperative: Cooperative): ReportObligation[] =>
  (cooperative.reporting?.obligations ?? []).filter((obligation) => obligation.status === 'open');

/** REPORT_OVERDUE (LIFECYCLE state machine, monitoring flags): a warned, still unfiled report. */
export function overdueReports(cooperative: Cooperative): ReportObligation[] {
  return openObligations(cooperative).filter((obligation) => obligation.warnedOn !== null);
}

/** Days late on `today` (0 when not yet due). */
export const daysOverdue = (obligation: Pick<ReportObligation, 'dueOn'>, today: IsoDate) =>
  Math.max(0, daysBetween(obligation.dueOn, today));

/** The next day the ladder moves by itself: the next pending step of an open obligation, or next New Year. */
export function reportingNextDue(cooperative: Cooperative): IsoDate | null {
  if (!cooperative.reporting || !reportingApplies(cooperative)) return null;
  const steps = openObligations(cooperative).flatMap((obligation) =>
    obligation.steps.filter((step) => step.status === 'pending').map((step) => step.on),
  );
  const latestTracked = Math.max(...cooperative.reporting.obligations.map((obligation) => obligation.year), 0);
  const newYear = latestTracked > 0 ? [isoDate(latestTracked + 1, 1, 1)] : [];
  return [...steps, ...newYear].sort(compareIsoDates)[0] ?? null;
}

/** What a ladder step's notice says, Vietnamese first. */
export function reportNotice(
  cooperative: Pick<Cooperative, 'name' | 'registrationCode'>,
  obligation: Pick<ReportObligation, 'year' | 'dueOn' | 'legalBasis'>,
  step: Pick<LadderStep, 'kind' | 'offsetDays'>,
): { readonly subject: LocalizedText; readonly body: LocalizedText } {
  const { year, dueOn, legalBasis } = obligation;
  const due = formatVietnamese(dueOn);
  const basis = `${legalBasis.citation.vi}${legalBasis.confirmed ? '' : ' (căn cứ chưa được xác nhận)'}`;
  const basisEn = `${legalBasis.citation.en}${legalBasis.confirmed ? '' : ' (unconfirmed basis)'}`;
  const when =
    step.offsetDays < 0
      ? text(`Còn ${-step.offsetDays} ngày đến hạn ${due}.`, `${-step.offsetDays} days left until ${dueOn}.`)
      : step.offsetDays === 0
        ? text(`Hôm nay (${due}) là hạn nộp.`, `Today (${dueOn}) is the deadline.`)
        : text(`Đã quá hạn ${due} ${step.offsetDays} ngày.`, `${step.offsetDays} days past the deadline of ${dueOn}.`);
  const warning = step.kind === 'warning';
  const subject = warning
    ? text(
        `Cảnh báo: chưa nộp báo cáo năm ${year} — ${cooperative.name}`,
        `Warning: annual report ${year} not filed — ${cooperative.name}`,
      )
    : text(
        `Nhắc nộp báo cáo năm ${year} — ${cooperative.name}`,
        `Reminder: annual report ${year} — ${cooperative.name}`,
      );
  const consequence = warning
    ? text(
        'Hợp tác xã đã được đánh dấu "quá hạn báo cáo"; việc này được xem xét cùng các dấu hiệu ngừng hoạt động.',
        'The cooperative is now marked "report overdue"; this is weighed with the signs of not operating.',
      )
    : text('Báo cáo đã nộp sẽ dừng các lần nhắc tiếp theo.', 'Filing the report stops any further reminder.');
  return {
    subject,
    body: text(
      `Kính gửi ${cooperative.name} (mã số ${cooperative.registrationCode}),\n\n` +
        `Hợp tác xã cần nộp báo cáo tình hình hoạt động năm ${year} cho cơ quan đăng ký. ${when.vi}\n` +
        `Căn cứ: ${basis}.\n${consequence.vi}`,
      `To ${cooperative.name} (registration code ${cooperative.registrationCode}),\n\n` +
        `The cooperative must file its activity report for ${year} with the registration agency. ${when.en}\n` +
        `Basis: ${basisEn}.\n${consequence.en}`,
    ),
  };
}
