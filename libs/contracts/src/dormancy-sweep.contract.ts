import type { Actor, IsoDate } from '@htx/domain';

export const DORMANCY_SWEEP_WORKFLOW_TYPE = 'dormancySweepWorkflow';

/** Cooperatives assessed per activity: one page of the registry, its events read in one query. */
export const DORMANCY_SWEEP_PAGE_SIZE = 200;

/**
 * What a sweep evaluates: the registry (or one territory of it) as it stood at the end of `asOf`. An officer's sweep
 * names all of it; the schedule's names nothing and sweeps its own day, as the system. `after` resumes a sweep that
 * continued as new.
 */
export type DormancySweepInput = {
  readonly sweep?: DormancySweepRequest;
  readonly after?: string | null;
};

export type DormancySweepRequest = {
  readonly sweepId: string;
  readonly asOf: IsoDate;
  /** The territory asked for (null: the whole registry) and the codes it covered on `asOf`. */
  readonly territoryCode: string | null;
  readonly territoryCodes: readonly string[] | null;
  readonly requestedBy: Actor;
};

export type DormancySweepWorkflow = (input: DormancySweepInput) => Promise<DormancySweepSummary>;

export type DormancySweepSummary = {
  readonly sweepId: string;
  readonly assessed: number;
  readonly flagged: number;
};

/** One sweep per id: a repeated request, or the schedule firing twice in a day, lands on the same sweep. */
export const dormancySweepWorkflowId = (sweepId: string): string => `dormancy-sweep/${sweepId}`;

/** The daily sweep's schedule; one per task queue, so deployments (and tests) sharing a namespace keep their own. */
export const dormancySweepScheduleId = (taskQueue: string): string => `dormancy-sweep-daily/${taskQueue}`;

/** A cooperative the sweep found dormant without a case: its workflow is asked to flag it. */
export type FlagTarget = { readonly cooperativeId: string; readonly workflowId: string };

export type AssessedPage = {
  readonly assessed: number;
  readonly flagged: number;
  /** The last cooperative of the page (the cursor of the next); null when the registry is done. */
  readonly next: string | null;
  readonly toFlag: readonly FlagTarget[];
};

/** The sweep's bookkeeping, in the registry's database. Every call is idempotent: a retry writes nothing twice. */
export interface DormancySweepActivityContract {
  /** Records the sweep (if new) and returns it as recorded: a repeat returns the first request's terms. */
  openDormancySweep(request: DormancySweepRequest): Promise<DormancySweepRequest & { readonly completed: boolean }>;
  /** Assesses the cooperatives after `after` (by id) and keeps each finding with the sweep. */
  assessDormancySweepPage(input: { readonly sweepId: string; readonly after: string | null }): Promise<AssessedPage>;
  completeDormancySweep(sweepId: string): Promise<DormancySweepSummary>;
}
