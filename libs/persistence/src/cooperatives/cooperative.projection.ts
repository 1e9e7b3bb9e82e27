import {
  BUILT_IN_RULES,
  cooperativeDecider,
  foldEvents,
  nextDueDate,
  type Cooperative,
  type CooperativeEvent,
} from '@htx/domain';
import type { EntityManager } from 'typeorm';
import { CooperativeEntity } from '../entities/cooperative.entity';
import { toCooperative } from './cooperative.mapper';
import { readRuleCorrections } from '../rule-packs/rule-correction.repository';
import { projectSupport } from './support.projection';

export type CooperativeProjectionInput = {
  readonly cooperativeId: string;
  readonly workflowId: string;
  readonly events: readonly CooperativeEvent[];
  readonly streamVersion: number;
  readonly headHash: string;
};

/**
 * Folds new events into the registry row with the same `evolve` the workflow uses, so both always agree. Any append to
 * the stream (a task action too) moves the row's record of the stream head, which the chain verifier checks.
 */
export async function projectCooperative(
  manager: EntityManager,
  input: CooperativeProjectionInput,
): Promise<Cooperative | null> {
  const rows = manager.getRepository(CooperativeEntity);
  const existing = await rows.findOneBy({ id: input.cooperativeId });
  if (input.events.length === 0) {
    if (existing) {
      await rows.update({ id: existing.id }, { streamVersion: input.streamVersion, headHash: input.headHash });
    }
    return existing ? toCooperative(existing) : null;
  }
  const state = foldEvents(cooperativeDecider, input.events, existing ? toCooperative(existing) : null);
  if (state === null) return null;
  await projectSupport(manager, state, input.events);
  await rows.save(
    rows.create({
      id: state.cooperativeId,
      registrationCode: state.registrationCode,
      workflowId: input.workflowId,
      name: state.name,
      kind: state.kind,
      sector: state.sector,
      territoryCode: state.territoryCode,
      regime: state.regime,
      status: state.status,
      registeredOn: state.registeredOn,
      memberCount: state.memberCount,
      lastOperatingOn: state.evidence.lastOperatingOn,
      dormancyStage: state.dormancy?.stage ?? null,
      nextDueOn: nextDueDate(state, BUILT_IN_RULES.withCorrections(await readRuleCorrections(manager))),
      state,
      streamVersion: input.streamVersion,
      headHash: input.headHash,
    }),
  );
  return state;
}
