import type {
  ConversionActivityContract,
  DormancySweepActivityContract,
  EventLogActivityContract,
  ReferenceDataActivityContract,
  RegistryActivityContract,
  ReportCascadeActivityContract,
  ReportingActivityContract,
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

/**
 * Appends as a local activity: for a cooperative's import, whose registration and history go into the log in one
 * append right as its workflow starts (B8: a workflow task and a task-queue round trip fewer per row). Idempotent
 * like the other: the key is the run and the activity's sequence number, which a retry or a replay keeps.
 */
export const localEventLog = proxyLocalActivities<EventLogActivityContract>({
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

export const conversions = proxyActivities<ConversionActivityContract>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

export const reportingPolicy = proxyActivities<Pick<ReportingActivityContract, 'loadReminderPolicy'>>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/** The same read as a local activity (see `localReferenceData`). */
export const localReportingPolicy = proxyLocalActivities<Pick<ReportingActivityContract, 'loadReminderPolicy'>>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/**
 * Mail delivery retries with growing pauses, without limit on Temporal's side: the activity itself records each
 * attempt and gives up (recording the last failure as final) after its own number of attempts.
 */
export const noticeDelivery = proxyActivities<Pick<ReportingActivityContract, 'deliverNotice'>>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '30 seconds', backoffCoefficient: 3, maximumInterval: '2 hours' },
});

export const reportCascade = proxyActivities<ReportCascadeActivityContract>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});
