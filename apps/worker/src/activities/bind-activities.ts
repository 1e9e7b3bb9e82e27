import type { EventLogActivityContract } from '@htx/contracts';
import type { EventLogActivities } from './event-log.activities';

/** Everything the workflows may call, as the plain record the Temporal worker registers. */
export type ActivityRecord = EventLogActivityContract;

export const ACTIVITY_RECORD = Symbol('ACTIVITY_RECORD');

export function bindActivities(eventLog: EventLogActivities): ActivityRecord {
  return {
    appendLifecycleEvents: eventLog.appendLifecycleEvents.bind(eventLog),
  };
}
