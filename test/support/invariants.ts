import { getCooperativeStateQuery } from '@htx/contracts';
import { canonicalJson, recordOf } from '@htx/domain';
import { asLifecycleEvent, chainedFields, toRecordedEvent, verifyChain } from '@htx/persistence';
import type { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { LifecycleEventEntity } from '../../libs/persistence/src/entities/lifecycle-event.entity';

type CooperativeRow = { id: string; workflow_id: string; state: unknown; stream_version: number; head_hash: string };

export type InvariantReport = {
  readonly cooperatives: number;
  readonly events: number;
  /** (I1, I5) workflows that did not answer with the state the log holds, or ended. */
  readonly workflowsOutOfStep: string[];
  /** (I2) idempotency keys, and facts, recorded more than once. */
  readonly duplicateKeys: string[];
  readonly duplicateFacts: string[];
  /** (I3) streams whose chain does not verify, with the verifier's finding. */
  readonly brokenChains: string[];
  /** (I4) registry rows that differ from the fold of their own log. */
  readonly readModelsOff: string[];
};

/**
 * The checks after every fault (perf-reliability-anchors §8): every cooperative's workflow running and holding the
 * state its log holds; one event per idempotency key and per fact; every hash chain verifying against the head the
 * registry recorded; every registry row equal to a fold over its log.
 */
export async function checkInvariants(dataSource: DataSource, client: Client): Promise<InvariantReport> {
  // A workflow may be a step ahead of its log for a moment (an activity in flight): give it ten seconds to settle.
  let report = await checkOnce(dataSource, client);
  for (let attempt = 0; attempt < 20 && report.workflowsOutOfStep.length > 0; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    report = await checkOnce(dataSource, client);
  }
  return report;
}

async function checkOnce(dataSource: DataSource, client: Client): Promise<InvariantReport> {
  const rows = await dataSource.query<CooperativeRow[]>(
    'SELECT id, workflow_id, state, stream_version, head_hash FROM cooperatives ORDER BY id',
  );
  const report: InvariantReport = {
    cooperatives: rows.length,
    events: (await dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM lifecycle_events'))[0].n,
    workflowsOutOfStep: [],
    duplicateKeys: (
      await dataSource.query<{ key: string }[]>(
        'SELECT idempotency_key AS key FROM lifecycle_events GROUP BY 1 HAVING count(*) > 1',
      )
    ).map(({ key }) => key),
    duplicateFacts: (
      await dataSource.query<{ fact: string }[]>(
        `SELECT stream_id || '/' || (data->>'factId') AS fact FROM lifecycle_events WHERE data ? 'factId'
         GROUP BY stream_id, data->>'factId' HAVING count(*) > 1`,
      )
    ).map(({ fact }) => fact),
    brokenChains: [],
    readModelsOff: [],
  };
  for (const { id } of rows) {
    // The registry row and its log read in one snapshot: an append landing between the two reads is not a break.
    const { row, events } = await dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [current] = await manager.query<CooperativeRow[]>(
        'SELECT id, workflow_id, state, stream_version, head_hash FROM cooperatives WHERE id = $1',
        [id],
      );
      const stream = await manager
        .getRepository(LifecycleEventEntity)
        .find({ where: { streamId: id }, order: { version: 'ASC' } });
      return { row: current, events: stream.map(toRecordedEvent) };
    });
    const verification = verifyChain(events.map(chainedFields), { version: row.stream_version, hash: row.head_hash });
    if (!verification.valid) report.brokenChains.push(`${row.id}: ${JSON.stringify(verification.break)}`);

    // Compared as canonical JSON: jsonb keeps its own key order, and drops what JSON drops.
    const folded = JSON.parse(JSON.stringify(recordOf(events.map(asLifecycleEvent)))) as unknown;
    if (canonicalJson(folded) !== canonicalJson(row.state)) report.readModelsOff.push(row.id);

    try {
      const handle = client.workflow.getHandle(row.workflow_id);
      const [description, state] = await Promise.all([handle.describe(), handle.query(getCooperativeStateQuery)]);
      const lastVersion = events[events.length - 1]?.version ?? 0;
      if (description.status.name !== 'RUNNING' || state.streamVersion !== lastVersion) {
        report.workflowsOutOfStep.push(
          `${row.workflow_id}: ${description.status.name}, workflow at version ${state.streamVersion}, log at ${lastVersion}`,
        );
      }
    } catch (error) {
      report.workflowsOutOfStep.push(`${row.workflow_id}: ${String(error)}`);
    }
  }
  return report;
}

/** What a clean report looks like (for `expect(report).toMatchObject(CLEAN)`). */
export const CLEAN = {
  workflowsOutOfStep: [],
  duplicateKeys: [],
  duplicateFacts: [],
  brokenChains: [],
  readModelsOff: [],
};
