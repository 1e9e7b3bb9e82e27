import { EVENT_LOG_FAILURE_TYPES, type EventLogActivityContract } from '@htx/contracts';
import { proxyActivities } from '@temporalio/workflow';

/**
 * The only proxyActivities() calls. Appends retry without limit (a database outage delays, never loses, a
 * change); a version conflict is a bug and is not retried.
 */
export const eventLog = proxyActivities<EventLogActivityContract>({
  startToCloseTimeout: '30 seconds',
  retry: {
    initialInterval: '1 second',
    maximumInterval: '1 minute',
    nonRetryableErrorTypes: [EVENT_LOG_FAILURE_TYPES.streamVersionConflict],
  },
});
