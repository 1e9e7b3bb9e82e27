import type { RuleBook } from '../legal/rule-pack';
import { foldEvents } from '../shared/decider';
import type { IsoDate } from '../shared/iso-date';
import { isCooperativeEvent, type LifecycleEvent } from '../lifecycle-event';
import type { Cooperative, CooperativeStatus } from './cooperative';
import { cooperativeDecider } from './cooperative.decider';
import { assessDormancy, type DormancyAssessment, type DormancyCase } from './dormancy';

/** The record as its events had left it: what the registry knew on the day the last of them happened. */
export function recordOf(events: readonly LifecycleEvent[]): Cooperative | null {
  return foldEvents(cooperativeDecider, events.filter(isCooperativeEvent));
}

/** One line of a sweep's batch: a cooperative as the registry knew it on the sweep's date, and the verdict. */
export type SweepFinding = {
  readonly cooperativeId: string;
  readonly registrationCode: string;
  readonly name: string;
  readonly territoryCode: string;
  readonly status: CooperativeStatus;
  readonly lastOperatingOn: IsoDate;
  readonly lastGeneralMeetingOn: IsoDate | null;
  /** The dormancy case the record already had on the sweep's date (its own timer or an earlier sweep opened it). */
  readonly dormancyCase: Pick<DormancyCase, 'stage' | 'openedOn' | 'flaggedBy'> | null;
  readonly assessment: DormancyAssessment;
};

export function sweepFinding(record: Cooperative, asOf: IsoDate, rules: RuleBook): SweepFinding {
  return {
    cooperativeId: record.cooperativeId,
    registrationCode: record.registrationCode,
    name: record.name,
    territoryCode: record.territoryCode,
    status: record.status,
    lastOperatingOn: record.evidence.lastOperatingOn,
    lastGeneralMeetingOn: record.evidence.lastGeneralMeetingOn,
    dormancyCase: record.dormancy && {
      stage: record.dormancy.stage,
      openedOn: record.dormancy.openedOn,
      flaggedBy: record.dormancy.flaggedBy,
    },
    assessment: assessDormancy(record, asOf, rules),
  };
}

/**
 * Whether the sweep asks the cooperative's workflow to flag it: grounds met and no case open yet. The workflow flags
 * only if its own clocks still agree on the day the request arrives, so asking twice, or late, changes nothing.
 */
export const needsFlag = (finding: SweepFinding): boolean =>
  finding.assessment.flagged && finding.dormancyCase === null;

/** The scheduled sweep of a day is one sweep, however often the schedule fires that day. */
export const scheduledSweepId = (asOf: IsoDate): string => `scheduled-${asOf}`;
