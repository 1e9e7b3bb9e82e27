import { evolveEnrolment, progressBucket, type ConversionEvent, type Enrolment } from '@htx/domain';
import type { EntityManager } from 'typeorm';
import { ConversionEnrolmentEntity } from '../entities/conversion-enrolment.entity';

/** Folds a conversion's events into its read-model row with the domain's `evolveEnrolment`; gives the new state. */
export async function projectConversionEvents(
  manager: EntityManager,
  input: { readonly workflowId: string; readonly events: readonly ConversionEvent[] },
): Promise<Enrolment | null> {
  if (input.events.length === 0) return null;
  const rows = manager.getRepository(ConversionEnrolmentEntity);
  const existing = await rows.findOneBy({ id: input.events[0].data.enrolmentId });
  const state = input.events.reduce<Enrolment | null>(
    evolveEnrolment,
    existing ? (existing.state as unknown as Enrolment) : null,
  );
  if (!state) return null;
  await rows.save({
    id: state.enrolmentId,
    campaignId: state.campaign.campaignId,
    cooperativeId: state.cooperativeId,
    registrationCode: state.registrationCode,
    name: state.name,
    territoryCode: state.territoryCode,
    stage: state.stage,
    bucket: progressBucket(state),
    workflowId: input.workflowId,
    state,
  });
  return state;
}
