import { addMonths, formatVietnamese } from '../calendar/calendar-date';
import type { LegalBasis } from '../legal/legal-basis';
import type { RuleBook } from '../legal/rule-pack';
import { regimeInForceOn, type LegalRegime } from '../legal/legal-regime';
import { compareIsoDates, type IsoDate } from '../shared/iso-date';
import { text, type LocalizedText } from '../shared/localized-text';
import type { Cooperative } from './cooperative';
import { memberMinimum } from './membership.rules';
import { overdueReports } from './reporting';

/** The grounds of LIFECYCLE §4: not operating 12 months, too few members 12 months, no general meeting 18 months. */
export const DORMANCY_GROUNDS = ['inactive-12m', 'below-minimum-12m', 'no-general-meeting-18m'] as const;
export type DormancyGroundId = (typeof DORMANCY_GROUNDS)[number];

/**
 * Under the 2012 Law each ground is a ground for compulsory dissolution; under the 2023 Law none is by itself — it is
 * a monitoring flag that may lead an officer to a revocation proceeding.
 */
export type DormancyEffect = 'dissolution-ground' | 'monitoring-flag';

/** One ground's clock: the evidence it runs from and the day it is met, under the law in force that day. */
export type DormancyClock = {
  readonly ground: DormancyGroundId;
  readonly since: IsoDate;
  readonly dueOn: IsoDate;
  readonly months: number;
  readonly regime: LegalRegime;
  readonly effect: DormancyEffect;
  readonly legalBasis: LegalBasis;
};

/** A dormancy case: flagged, under review (perhaps waiting for evidence), or confirmed, which opens the regime's path. */
export type DormancyCase = {
  readonly stage: 'under-review' | 'evidence-requested' | 'confirmed';
  readonly openedOn: IsoDate;
  readonly grounds: readonly DormancyClock[];
  /** `system` for the workflow's own timer; the officer who ran the sweep that flagged it otherwise. */
  readonly flaggedBy: string;
  readonly evidenceDueOn: IsoDate | null;
  readonly confirmedOn: IsoDate | null;
  readonly path: 'compulsory-dissolution' | 'revocation-proceeding' | null;
};

export const GROUND_LABELS: Readonly<Record<DormancyGroundId, LocalizedText>> = {
  'inactive-12m': text('Không hoạt động 12 tháng liên tục', 'Not operating for 12 consecutive months'),
  'below-minimum-12m': text(
    'Không đủ số thành viên tối thiểu 12 tháng liên tục',
    'Below the minimum number of members for 12 consecutive months',
  ),
  'no-general-meeting-18m': text(
    'Không tổ chức đại hội thành viên thường niên 18 tháng liên tục',
    'No annual general meeting for 18 consecutive months',
  ),
};

export const CASE_STAGE_LABELS: Readonly<Record<DormancyCase['stage'], LocalizedText>> = {
  'under-review': text('đang xem xét', 'under review'),
  'evidence-requested': text('đang chờ hợp tác xã nộp bằng chứng', 'waiting for the cooperative’s evidence'),
  confirmed: text('đã xác nhận ngừng hoạt động', 'dormancy confirmed'),
};

/**
 * Under the 2012 Law each ground is a ground for compulsory dissolution; under the 2023 Law a monitoring flag. The
 * period comes from the pack in force on the day the clock starts,
 * the effect and basis from the law in force on the day it completes.
 */
function clock(rules: RuleBook, ground: DormancyGroundId, from: IsoDate, restartedOn: IsoDate | null): DormancyClock {
  const since = restartedOn && compareIsoDates(restartedOn, from) > 0 ? restartedOn : from;
  const ruleId = `dormancy.${ground}`;
  const months = rules.count(regimeInForceOn(since), ruleId, since);
  const dueOn = addMonths(since, months);
  const regime = regimeInForceOn(dueOn);
  const effect: DormancyEffect = regime === 'law-2023' ? 'monitoring-flag' : 'dissolution-ground';
  return { ground, since, dueOn, months, regime, effect, legalBasis: rules.basis(regime, ruleId, since) };
}

/** Every clock running for the cooperative, whatever its status. A cooperative group answers only for inactivity. */
export function dormancyClocks(cooperative: Cooperative, rules: RuleBook): DormancyClock[] {
  const { evidence } = cooperative;
  const restarted = evidence.clocksRestartedOn;
  const clocks = [clock(rules, 'inactive-12m', evidence.lastOperatingOn, restarted)];
  if (cooperative.kind === 'group') return clocks;
  if (evidence.belowMinimumSince) {
    clocks.push(clock(rules, 'below-minimum-12m', evidence.belowMinimumSince, restarted));
  }
  clocks.push(
    clock(rules, 'no-general-meeting-18m', evidence.lastGeneralMeetingOn ?? cooperative.registeredOn, restarted),
  );
  return clocks;
}

/** Only an active cooperative can be dormant: a lawful suspension pauses the clocks, and the other statuses end them. */
export function dormancyApplies(cooperative: Cooperative): boolean {
  return cooperative.status === 'active';
}

/** The grounds met on a date (its due day counts: exactly 12 months without evidence is 12 months). */
export function groundsMet(cooperative: Cooperative, asOf: IsoDate, rules: RuleBook): DormancyClock[] {
  if (!dormancyApplies(cooperative)) return [];
  return dormancyClocks(cooperative, rules).filter((running) => compareIsoDates(running.dueOn, asOf) <= 0);
}

/** Whole months from one date to another (the same day of a later month completes a month). */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  let months = 0;
  while (compareIsoDates(addMonths(from, months + 1), to) <= 0) months++;
  return months;
}

/** The fewest members the law in force on a day allows this kind of organisation, as the rule pack says. */
export function memberMinimumOn(rules: RuleBook, kind: Cooperative['kind'], on: IsoDate): number {
  return memberMinimum(rules, regimeInForceOn(on), kind, on).count;
}

export type DormancyAssessment = {
  readonly asOf: IsoDate;
  readonly flagged: boolean;
  readonly met: readonly DormancyClock[];
  readonly clocks: readonly (DormancyClock & { readonly monthsElapsed: number })[];
  readonly explanation: LocalizedText;
};

/** The whole answer for one cooperative on a date, with the reasons in plain words — what a sweep lists. */
export function assessDormancy(cooperative: Cooperative, asOf: IsoDate, rules: RuleBook): DormancyAssessment {
  const clocks = dormancyClocks(cooperative, rules).map((running) => ({
    ...running,
    monthsElapsed: monthsBetween(running.since, asOf),
  }));
  const met = groundsMet(cooperative, asOf, rules);
  return { asOf, flagged: met.length > 0, met, clocks, explanation: explain(cooperative, clocks, met) };
}

function explain(
  cooperative: Cooperative,
  clocks: readonly (DormancyClock & { readonly monthsElapsed: number })[],
  met: readonly DormancyClock[],
): LocalizedText {
  if (!dormancyApplies(cooperative)) {
    const until = cooperative.suspension?.resumeOn ?? cooperative.suspension?.until;
    return cooperative.status === 'suspended' && until
      ? text(
          `Đang tạm ngừng kinh doanh hợp pháp đến ${formatVietnamese(until)}: thời gian này không tính là ngừng hoạt động.`,
          `Lawfully suspended until ${until}: the time does not count as not operating.`,
        )
      : text(
          'Không xét: hợp tác xã không ở trạng thái đang hoạt động.',
          'Not assessed: the cooperative is not active.',
        );
  }
  const lines = clocks.map((running) => {
    const label = GROUND_LABELS[running.ground];
    const effect =
      running.effect === 'dissolution-ground'
        ? text('căn cứ giải thể bắt buộc', 'a ground for compulsory dissolution')
        : text('dấu hiệu cần theo dõi, có thể dẫn tới thu hồi giấy chứng nhận', 'a flag that may lead to revocation');
    const isMet = met.some((found) => found.ground === running.ground);
    return isMet
      ? text(
          `${label.vi}: tính từ ${formatVietnamese(running.since)}, đã ${running.monthsElapsed} tháng, đủ từ ${formatVietnamese(running.dueOn)} — ${effect.vi} (${running.legalBasis.citation.vi}).`,
          `${label.en}: since ${running.since}, ${running.monthsElapsed} months, met on ${running.dueOn} — ${effect.en} (${running.legalBasis.citation.en}).`,
        )
      : text(
          `${label.vi}: tính từ ${formatVietnamese(running.since)}, mới ${running.monthsElapsed} tháng; đến ${formatVietnamese(running.dueOn)} mới đủ ${running.months} tháng.`,
          `${label.en}: since ${running.since}, only ${running.monthsElapsed} months; ${running.months} months only on ${running.dueOn}.`,
        );
  });
  const open = cooperative.dormancy;
  const verdict = open
    ? text(
        `Đã có hồ sơ xem xét từ ${formatVietnamese(open.openedOn)} (${CASE_STAGE_LABELS[open.stage].vi}).`,
        `A case has been open since ${open.openedOn} (${CASE_STAGE_LABELS[open.stage].en}).`,
      )
    : met.length > 0
      ? text('Đưa vào diện xem xét.', 'Flagged for review.')
      : text('Không đưa vào diện xem xét.', 'Not flagged.');
  // REPORT_OVERDUE is a monitoring flag, not a ground: it is shown beside the grounds for the officer to weigh.
  const overdue = overdueReports(cooperative).map((obligation) =>
    text(
      `Quá hạn báo cáo năm ${obligation.year} (hạn ${formatVietnamese(obligation.dueOn)}, đã cảnh báo ngày ${formatVietnamese(obligation.warnedOn!)}).`,
      `Annual report ${obligation.year} overdue (due ${obligation.dueOn}, warned on ${obligation.warnedOn}).`,
    ),
  );
  const all = [...lines, ...overdue];
  return text(
    [`${cooperative.evidence.lastOperatingBy.vi}.`, ...all.map((line) => line.vi), verdict.vi].join(' '),
    [`${cooperative.evidence.lastOperatingBy.en}.`, ...all.map((line) => line.en), verdict.en].join(' '),
  );
}
