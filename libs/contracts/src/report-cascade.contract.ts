import type { IsoDate } from '@htx/domain';

export const REPORT_CASCADE_WORKFLOW_TYPE = 'reportCascadeWorkflow';
export const TERRITORY_REPORT_WORKFLOW_TYPE = 'territoryReportWorkflow';

/** The yearly pass: every district and province on the map that day gets its consolidation task for `year`. */
export type ReportCascadeInput = {
  /** The year reported on; absent (the schedule's run), the year of the day it runs. */
  readonly year?: number;
};

export type ReportCascadeSummary = { readonly year: number; readonly territories: number; readonly started: number };

export type CascadeTerritory = {
  readonly code: string;
  readonly name: string;
  readonly level: 'district' | 'province';
};

/** One territory's consolidation for one year: a task for its officers, due on the cascade date. */
export type TerritoryReportInput = { readonly territory: CascadeTerritory; readonly year: number };

export interface ReportCascadeActivityContract {
  /** The districts and provinces of the map on `asOf` (after the 2025 reform, provinces only). */
  listCascadeTerritories(asOf: IsoDate): Promise<CascadeTerritory[]>;
}

/** One pass per year and one task per territory and year: a re-run or a backfill starts nothing twice. */
export const reportCascadeWorkflowId = (year: number): string => `report-cascade/${year}`;
export const territoryReportWorkflowId = (territoryCode: string, year: number): string =>
  `territory-report/${territoryCode}/${year}`;

/** The yearly schedule, one per task queue (as the dormancy sweep's). */
export const reportCascadeScheduleId = (taskQueue: string): string => `report-cascade-yearly/${taskQueue}`;
