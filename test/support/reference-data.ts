import type { ReferenceDataActivityContract } from '@htx/contracts';
import { DEFAULT_REMINDER_POLICY } from '@htx/domain';

/**
 * Reference data for workflow tests with no database: the statutory calendar, no rule corrections, no registry, the
 * default reminder policy.
 */
export const emptyReferenceData: ReferenceDataActivityContract = {
  loadRunSettings: () => Promise.resolve({ schedules: [], corrections: [], reminderPolicy: DEFAULT_REMINDER_POLICY }),
  loadCalendarSchedules: () => Promise.resolve([]),
  loadRuleCorrections: () => Promise.resolve([]),
  cooperativeWorkflowPage: () => Promise.resolve({ workflowIds: [], next: null }),
};
