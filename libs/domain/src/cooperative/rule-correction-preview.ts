import type { RuleBook } from '../legal/rule-pack';
import type { IsoDate } from '../shared/iso-date';
import type { LocalizedText } from '../shared/localized-text';
import type { Cooperative } from './cooperative';
import { pendingDeadlines } from './deadlines';
import { openDissolution } from './dissolution';
import { groundsMet, GROUND_LABELS } from './dormancy';

export type DeadlineChange = {
  readonly label: LocalizedText;
  readonly before: IsoDate | null;
  readonly after: IsoDate | null;
};

export type OutcomeChange = {
  readonly label: LocalizedText;
  /** Whether the ground is met today, before and after the correction. */
  readonly before: boolean;
  readonly after: boolean;
};

export type CorrectionEffect = {
  readonly deadlines: readonly DeadlineChange[];
  readonly outcomes: readonly OutcomeChange[];
};

/**
 * What a correction would change for one cooperative, were it saved today: the deadlines on its record that move,
 * appear or go, and the dormancy grounds that would be met (or no longer met) today. Deadlines already recorded with
 * a case (a dissolution step's due date) keep the rule they were computed with, so they do not appear.
 */
export function correctionEffect(
  cooperative: Cooperative,
  today: IsoDate,
  current: RuleBook,
  corrected: RuleBook,
): CorrectionEffect {
  const key = (deadline: { kind: string; label: LocalizedText }) => `${deadline.kind}/${deadline.label.en}`;
  const before = new Map(pendingDeadlines(cooperative, current).map((deadline) => [key(deadline), deadline]));
  const after = new Map(pendingDeadlines(cooperative, corrected).map((deadline) => [key(deadline), deadline]));
  const deadlines = [...new Set([...before.keys(), ...after.keys()])]
    .map((id) => ({
      label: (before.get(id) ?? after.get(id))!.label,
      before: before.get(id)?.dueOn ?? null,
      after: after.get(id)?.dueOn ?? null,
    }))
    .filter((change) => change.before !== change.after);
  // A cooperative already under review or in a case is not flagged again, whatever the clocks say.
  const flaggable = !cooperative.dormancy && !openDissolution(cooperative.dissolutions);
  const met = (rules: RuleBook) =>
    new Set(flaggable ? groundsMet(cooperative, today, rules).map((clock) => clock.ground) : []);
  const metBefore = met(current);
  const metAfter = met(corrected);
  const outcomes = [...new Set([...metBefore, ...metAfter])]
    .filter((ground) => metBefore.has(ground) !== metAfter.has(ground))
    .map((ground) => ({ label: GROUND_LABELS[ground], before: metBefore.has(ground), after: metAfter.has(ground) }));
  return { deadlines, outcomes };
}
