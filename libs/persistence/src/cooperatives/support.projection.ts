import { yearOf, type Cooperative, type CooperativeEvent } from '@htx/domain';
import type { EntityManager } from 'typeorm';
import { SupportRecordEntity } from '../entities/support-record.entity';

/** Keeps one row per support request in step with the cooperative's record, for the territory and year sums. */
export async function projectSupport(
  manager: EntityManager,
  cooperative: Cooperative,
  events: readonly CooperativeEvent[],
): Promise<void> {
  const touched = new Set(
    events.flatMap((event) =>
      event.type.startsWith('Support') ? [(event.data as { supportId: string }).supportId] : [],
    ),
  );
  for (const record of cooperative.support.filter((candidate) => touched.has(candidate.supportId))) {
    await manager.getRepository(SupportRecordEntity).save({
      supportId: record.supportId,
      cooperativeId: cooperative.cooperativeId,
      territoryCode: cooperative.territoryCode,
      year: yearOf(record.requestedOn),
      kind: record.kind,
      status: record.status,
      requestedAmount: String(record.requestedAmount),
      approvedAmount: String(record.approvedAmount),
      disbursedAmount: String(record.disbursements.reduce((sum, payment) => sum + payment.amount, 0)),
      requestedOn: record.requestedOn,
      decidedOn: record.decidedOn,
    });
  }
}
