import type {
  DormancySweepActivityContract,
  EventLogActivityContract,
  ReferenceDataActivityContract,
  RegistryActivityContract,
} from '@htx/contracts';
import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';

/**
 * The only proxyActivities() calls. Appends retry without limit (a database outage delays a change, never loses
 * it); domain refusals raised by an activity are non-retryable by construction.
 */
export const eventLog = proxyActivities<EventLogActivityContract>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

export const referenceData = proxyActivities<ReferenceDataActivityContract>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/**
 * The same reads as local activities: run by the worker inside the workflow task, recorded as a marker — no task
 * queue round trip, which every cooperative's run pays once when it starts (measured by the bench, B8).
 */
export const localReferenceData = proxyLocalActivities<ReferenceDataActivityContract>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

export const registry = proxyActivities<RegistryActivityContract>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

export const dormancySweeps = proxyActivities<DormancySweepActivityContract>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});
