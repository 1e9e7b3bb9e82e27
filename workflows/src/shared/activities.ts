import type {
  ConversionActivityContract,
  DormancySweepActivityContract,
  EventLogActivityContract,
  ReferenceDataActivityContract,
  RegistryActivityContract,
  ReportCascadeActivityContract,
  ReportingActivityContract,
} from '@htx/contracts';
import { proxyActivities } from '@temporalio/workflow';

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
