import type { ReferenceDataActivityContract } from '@htx/contracts';

/** Reference data for workflow tests with no database: the statutory calendar, no rule corrections, no registry. */
export const emptyReferenceData: ReferenceDataActivityContract = {
  loadCalendarSchedules: () => Promise.resolve([]),
  loadRuleCorrections: () => Promise.resolve([]),
  cooperativeWorkflowPage: () => Promise.resolve({ workflowIds: [], next: null }),
};
