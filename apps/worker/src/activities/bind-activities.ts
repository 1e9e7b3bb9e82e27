import type {
  DormancySweepActivityContract,
  EventLogActivityContract,
  ReferenceDataActivityContract,
  RegistryActivityContract,
  ReportCascadeActivityContract,
  ReportingActivityContract,
} from '@htx/contracts';
import type { DormancySweepActivities } from './dormancy-sweep.activities';
import type { EventLogActivities } from './event-log.activities';
import type { ReferenceDataActivities, RegistryActivities } from './reference-data.activities';
import type { ReportCascadeActivities } from './report-cascade.activities';
import type { ReportingActivities } from './reporting.activities';

/** Everything the workflows may call, as the plain record the Temporal worker registers. */
export type ActivityRecord = EventLogActivityContract &
  ReferenceDataActivityContract &
  RegistryActivityContract &
  DormancySweepActivityContract &
  ReportingActivityContract &
  ReportCascadeActivityContract;

export const ACTIVITY_RECORD = Symbol('ACTIVITY_RECORD');

export function bindActivities(
  eventLog: EventLogActivities,
  referenceData: ReferenceDataActivities,
  registry: RegistryActivities,
  sweeps: DormancySweepActivities,
  reporting: ReportingActivities,
  cascade: ReportCascadeActivities,
): ActivityRecord {
  return {
    appendLifecycleEvents: eventLog.appendLifecycleEvents.bind(eventLog),
    loadCalendarSchedules: referenceData.loadCalendarSchedules.bind(referenceData),
    allocateRegistrationCode: registry.allocateRegistrationCode.bind(registry),
    screenApplication: registry.screenApplication.bind(registry),
    openDormancySweep: sweeps.openDormancySweep.bind(sweeps),
    assessDormancySweepPage: sweeps.assessDormancySweepPage.bind(sweeps),
    completeDormancySweep: sweeps.completeDormancySweep.bind(sweeps),
    loadReminderPolicy: reporting.loadReminderPolicy.bind(reporting),
    deliverNotice: reporting.deliverNotice.bind(reporting),
    listCascadeTerritories: cascade.listCascadeTerritories.bind(cascade),
  };
}
