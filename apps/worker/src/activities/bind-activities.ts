import type {
  ConversionActivityContract,
  DormancySweepActivityContract,
  EventLogActivityContract,
  ReferenceDataActivityContract,
  RegistryActivityContract,
  ReportCascadeActivityContract,
  ReportingActivityContract,
} from '@htx/contracts';
import type { ConversionActivities } from './conversion.activities';
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
  ConversionActivityContract &
  ReportingActivityContract &
  ReportCascadeActivityContract;

export const ACTIVITY_RECORD = Symbol('ACTIVITY_RECORD');

export function bindActivities(
  eventLog: EventLogActivities,
  referenceData: ReferenceDataActivities,
  registry: RegistryActivities,
  sweeps: DormancySweepActivities,
  conversions: ConversionActivities,
  reporting: ReportingActivities,
  cascade: ReportCascadeActivities,
): ActivityRecord {
  return {
    appendLifecycleEvents: eventLog.appendLifecycleEvents.bind(eventLog),
    loadRunSettings: referenceData.loadRunSettings.bind(referenceData),
    loadCalendarSchedules: referenceData.loadCalendarSchedules.bind(referenceData),
    loadRuleCorrections: referenceData.loadRuleCorrections.bind(referenceData),
    cooperativeWorkflowPage: referenceData.cooperativeWorkflowPage.bind(referenceData),
    allocateRegistrationCode: registry.allocateRegistrationCode.bind(registry),
    screenApplication: registry.screenApplication.bind(registry),
    openDormancySweep: sweeps.openDormancySweep.bind(sweeps),
    assessDormancySweepPage: sweeps.assessDormancySweepPage.bind(sweeps),
    completeDormancySweep: sweeps.completeDormancySweep.bind(sweeps),
    enrolCohortPage: conversions.enrolCohortPage.bind(conversions),
    completeCampaignEnrolment: conversions.completeCampaignEnrolment.bind(conversions),
    loadReminderPolicy: reporting.loadReminderPolicy.bind(reporting),
    deliverNotice: reporting.deliverNotice.bind(reporting),
    listCascadeTerritories: cascade.listCascadeTerritories.bind(cascade),
  };
}
