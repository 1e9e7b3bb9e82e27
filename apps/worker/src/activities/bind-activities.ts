import type {
  ConversionActivityContract,
  DormancySweepActivityContract,
  EventLogActivityContract,
  ReferenceDataActivityContract,
  RegistryActivityContract,
} from '@htx/contracts';
import type { ConversionActivities } from './conversion.activities';
import type { DormancySweepActivities } from './dormancy-sweep.activities';
import type { EventLogActivities } from './event-log.activities';
import type { ReferenceDataActivities, RegistryActivities } from './reference-data.activities';

/** Everything the workflows may call, as the plain record the Temporal worker registers. */
export type ActivityRecord = EventLogActivityContract &
  ReferenceDataActivityContract &
  RegistryActivityContract &
  DormancySweepActivityContract &
  ConversionActivityContract;

export const ACTIVITY_RECORD = Symbol('ACTIVITY_RECORD');

export function bindActivities(
  eventLog: EventLogActivities,
  referenceData: ReferenceDataActivities,
  registry: RegistryActivities,
  sweeps: DormancySweepActivities,
  conversions: ConversionActivities,
): ActivityRecord {
  return {
    appendLifecycleEvents: eventLog.appendLifecycleEvents.bind(eventLog),
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
  };
}
