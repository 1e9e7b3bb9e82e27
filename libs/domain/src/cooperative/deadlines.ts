import type { RuleBook } from '../legal/rule-pack';
import { addDays, formatVietnamese } from '../calendar/calendar-date';
import type { LegalBasis } from '../legal/legal-basis';
import { compareIsoDates, type IsoDate } from '../shared/iso-date';
import { text, type LocalizedText } from '../shared/localized-text';
import type { Cooperative } from './cooperative';
import { openDissolution, STEP_LABELS } from './dissolution';
import { dissolutionNextDue } from './dissolution.rules';
import { openObligations, reportingApplies, reportingNextDue } from './reporting';
import { dormancyApplies, dormancyClocks, GROUND_LABELS } from './dormancy';

export type PendingDeadline = {
  readonly kind:
    | 'dormancy-ground'
    | 'suspension-start'
    | 'suspension-end'
    | 'evidence-due'
    | 'dissolution-step'
    | 'annual-report'
    | 'report-ladder';
  readonly dueOn: IsoDate;
  readonly label: LocalizedText;
  /** How the date came about: what it runs from and for how long. */
  readonly explanation: LocalizedText;
  readonly legalBasis: LegalBasis | null;
};

/** The day after a suspension's last day: the resumption, notified or at the end of the period. */
const resumesOn = (suspension: NonNullable<Cooperative['suspension']>) =>
  suspension.resumeOn ?? addDays(suspension.until, 1);

/** Every date on which the cooperative's record will change by itself, with its provenance, soonest first. */
export function pendingDeadlines(cooperative: Cooperative, rules: RuleBook): PendingDeadline[] {
  const deadlines: PendingDeadline[] = [];
  const { suspension, dormancy } = cooperative;
  if (suspension && !suspension.started) {
    deadlines.push({
      kind: 'suspension-start',
      dueOn: suspension.from,
      label: text('Bắt đầu tạm ngừng kinh doanh', 'The suspension begins'),
      explanation: text(
        `Theo thông báo ngày ${formatVietnamese(suspension.noticeOn)}.`,
        `As notified on ${suspension.noticeOn}.`,
      ),
      legalBasis: null,
    });
  }
  if (suspension) {
    deadlines.push({
      kind: 'suspension-end',
      dueOn: resumesOn(suspension),
      label: text('Hoạt động trở lại', 'Business resumes'),
      explanation: suspension.resumeOn
        ? text('Theo thông báo tiếp tục kinh doanh.', 'As the resumption notice says.')
        : text(
            `Hết thời hạn tạm ngừng (đến hết ngày ${formatVietnamese(suspension.until)}).`,
            `The notified period ends (${suspension.until}).`,
          ),
      legalBasis: null,
    });
  }
  if (dormancy?.stage === 'evidence-requested' && dormancy.evidenceDueOn) {
    deadlines.push({
      kind: 'evidence-due',
      dueOn: dormancy.evidenceDueOn,
      label: text('Hạn nộp bằng chứng hoạt động', 'Evidence of operating due'),
      explanation: text(
        'Cán bộ yêu cầu bằng chứng; quá hạn thì hồ sơ xem xét quay lại cán bộ.',
        'An officer asked for evidence; past this date the case goes back to the officer.',
      ),
      legalBasis: null,
    });
  }
  const dissolution = openDissolution(cooperative.dissolutions);
  if (dormancyApplies(cooperative) && !dormancy && !dissolution) {
    for (const running of dormancyClocks(cooperative, rules)) {
      deadlines.push({
        kind: 'dormancy-ground',
        dueOn: running.dueOn,
        label: GROUND_LABELS[running.ground],
        explanation: text(
          `${running.months} tháng tính từ ${formatVietnamese(running.since)}, nếu không có bằng chứng mới.`,
          `${running.months} months from ${running.since}, unless new evidence arrives.`,
        ),
        legalBasis: running.legalBasis,
      });
    }
  }
  for (const step of dissolution?.steps ?? []) {
    if (step.status !== 'due' || !step.due) continue;
    deadlines.push({
      kind: 'dissolution-step',
      dueOn: step.due.due,
      label: STEP_LABELS[step.stepId].label,
      explanation: step.due.explanation,
      legalBasis: step.due.legalBasis,
    });
  }
  if (reportingApplies(cooperative)) deadlines.push(...reportingDeadlines(cooperative));
  return deadlines.sort((a, b) => compareIsoDates(a.dueOn, b.dueOn));
}

const LADDER_LABELS = {
  reminder: text('Nhắc hợp tác xã nộp báo cáo năm', 'Reminder to file the annual report'),
  'follow-up': text('Giao cán bộ đôn đốc báo cáo năm', 'An officer follows up the annual report'),
  warning: text('Cảnh báo quá hạn báo cáo năm', 'Warning: annual report overdue'),
} as const;

/** Each open year's deadline, and the next step of its reminder ladder. */
function reportingDeadlines(cooperative: Cooperative): PendingDeadline[] {
  return openObligations(cooperative).flatMap((obligation) => {
    const due: PendingDeadline = {
      kind: 'annual-report',
      dueOn: obligation.dueOn,
      label: text(`Hạn nộp báo cáo năm ${obligation.year}`, `Annual report ${obligation.year} due`),
      explanation: text(
        `Báo cáo tình hình hoạt động năm ${obligation.year}.`,
        `The activity report on ${obligation.year}.`,
      ),
      legalBasis: obligation.legalBasis,
    };
    const next = obligation.steps.find((step) => step.status === 'pending');
    if (!next) return [due];
    const offset = next.offsetDays;
    return [
      due,
      {
        kind: 'report-ladder',
        dueOn: next.on,
        label: LADDER_LABELS[next.kind],
        explanation: text(
          `${offset < 0 ? `${-offset} ngày trước hạn` : offset === 0 ? 'Đúng hạn' : `${offset} ngày sau hạn`} ${formatVietnamese(obligation.dueOn)} (quy định nhắc việc của cơ quan, không phải của luật); nộp báo cáo thì dừng.`,
          `${offset < 0 ? `${-offset} days before` : offset === 0 ? 'On' : `${offset} days after`} the deadline of ${obligation.dueOn} (the authority's reminder policy, not law); filing the report stops it.`,
        ),
        legalBasis: null,
      },
    ];
  });
}

/**
 * The next day on which time alone changes the record (what the workflow's timer waits for): a suspension starting
 * or ending, requested evidence falling overdue (the day after its deadline), a dormancy ground being met.
 */
export function nextDueDate(cooperative: Cooperative, rules: RuleBook): IsoDate | null {
  // A case's steps wake the workflow the day after they fall due (dissolutionNextDue), only where time moves them.
  const dates = pendingDeadlines(cooperative, rules)
    .filter((deadline) => !['dissolution-step', 'annual-report', 'report-ladder'].includes(deadline.kind))
    .map((deadline) => (deadline.kind === 'evidence-due' ? addDays(deadline.dueOn, 1) : deadline.dueOn));
  const dissolution = dissolutionNextDue(cooperative);
  const reporting = reportingNextDue(cooperative);
  return (
    [...dates, ...(dissolution ? [dissolution] : []), ...(reporting ? [reporting] : [])].sort(compareIsoDates)[0] ??
    null
  );
}
