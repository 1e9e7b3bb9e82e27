import { evolveApplication, type ApplicationEvent, type EstablishmentApplication } from '@htx/domain';
import type { EntityManager } from 'typeorm';
import { EstablishmentApplicationEntity } from '../entities/establishment-application.entity';
import { attachDocuments } from './dossier-documents';

/** Folds application events into the applications read model with the domain's `evolveApplication`. */
export async function projectApplicationEvents(
  manager: EntityManager,
  input: { readonly workflowId: string; readonly events: readonly ApplicationEvent[] },
): Promise<void> {
  if (input.events.length === 0) return;
  const rows = manager.getRepository(EstablishmentApplicationEntity);
  const applicationId = input.events[0].data.applicationId;
  const existing = await rows.findOneBy({ id: applicationId });
  const state = input.events.reduce<EstablishmentApplication | null>(
    evolveApplication,
    existing ? (existing.state as unknown as EstablishmentApplication) : null,
  );
  if (!state) return;
  for (const event of input.events) {
    if (event.type === 'ApplicationSubmitted' || event.type === 'ApplicationResubmitted') {
      await attachDocuments(manager, state.applicationId, event.data.dossier.documents);
    }
  }
  await rows.save({
    id: state.applicationId,
    workflowId: input.workflowId,
    status: state.status,
    kind: state.dossier.kind,
    proposedName: state.dossier.proposedName,
    territoryCode: state.dossier.territoryCode,
    regime: state.regime,
    filedOn: state.filedOn,
    state,
    registrationCode: state.registrationCode,
  });
}
