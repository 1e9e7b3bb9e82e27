import { patched } from '@temporalio/workflow';

/** The changes a cooperative's run was made to check for (Temporal patches), oldest first. */
export type LifecyclePatch =
  | 'rule-pack-corrections'
  | 'annual-report-obligations'
  | 'dissolution-cases'
  | 'continue-as-new-at-history-length'
  | 'calendar-by-local-activity'
  | 'import-in-one-append'
  | 'start-reads-by-local-activity'
  | 'local-activities-one-at-a-time'
  | 'imported-reports-unknown'
  | 'start-reads-in-one'
  | 'import-records-time-at-once';

/**
 * Which of those changes this run is recorded with. A run started from here records one marker standing for all of
 * them: a marker each cost every new run two history events and a search-attribute write on the server. Runs
 * recorded before it never met that marker as they started, so they go on through each change's own.
 *
 * Constructed before the run's first command. The list is closed: runs recorded with this marker were made without
 * any later change, so a later change calls `patched()` itself (never `has()`) until the next such marker covers it.
 */
export class LifecyclePatches {
  private readonly allOfThem = patched('lifecycle-patches-to-2026-11');

  has(patch: LifecyclePatch): boolean {
    return this.allOfThem || patched(patch);
  }
}
