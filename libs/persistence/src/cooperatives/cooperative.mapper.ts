import type { Cooperative } from '@htx/domain';
import type { CooperativeEntity } from '../entities/cooperative.entity';

/** The registry row as a plain domain value (entities never leave this library). */
export function toCooperative(row: CooperativeEntity): Cooperative {
  return row.state as Cooperative;
}

/** A registry entry with where it stands in its event stream. */
export type CooperativeRecord = Cooperative & {
  readonly workflowId: string;
  readonly streamVersion: number;
  readonly headHash: string;
  readonly updatedAt: string;
};

export function toCooperativeRecord(row: CooperativeEntity): CooperativeRecord {
  return {
    ...toCooperative(row),
    workflowId: row.workflowId,
    streamVersion: row.streamVersion,
    headHash: row.headHash,
    updatedAt: row.updatedAt.toISOString(),
  };
}
