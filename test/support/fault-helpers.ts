import { vietnamDateOf } from '@htx/domain';
import { temporal } from '@temporalio/proto';
import { Client as PgClient } from 'pg';
import { until } from './eventually';
import { registrationDetails } from './events';
import type { FaultStack } from './fault-stack';

type Cooperative = { id: string; registrationCode: string; workflowId?: string };

/**
 * Registers a cooperative through the api (the officer of Tân Yên) and returns it with its workflow id once its run
 * has gone quiet: right after registering it records its yearly report obligations, and a fault injected into that
 * would be injected into the wrong append.
 */
export async function registerCooperative(stack: FaultStack): Promise<{ id: string; workflowId: string }> {
  const details = registrationDetails();
  const created = await stack.officer.post<Cooperative>('/cooperatives', details);
  if (created.status !== 201) throw new Error(`registration failed: ${created.status} ${JSON.stringify(created.body)}`);
  const workflowId = `cooperative-lifecycle/${details.registrationCode}`;
  await settledHistoryLength(stack, workflowId);
  return { id: created.body.id, workflowId };
}

/** Reports an operating activity through the api, under an Idempotency-Key; the api answers 202 once signalled. */
export async function reportActivity(stack: FaultStack, cooperativeId: string, key: string): Promise<string> {
  const response = await stack.officer.post<{ factId: string }>(
    `/cooperatives/${cooperativeId}/activities`,
    { on: vietnamDateOf(new Date()), activity: 'contract', description: `Hợp đồng ${key}` },
    { 'idempotency-key': key },
  );
  if (response.status !== 202) throw new Error(`report refused: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.factId;
}

export const eventsOfFact = async (stack: FaultStack, factId: string) =>
  (
    await stack.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM lifecycle_events WHERE data->>'factId' = $1`,
      [factId],
    )
  )[0].n;

export const waitForFact = (stack: FaultStack, factId: string, timeoutMs = 90_000) =>
  until(
    () => eventsOfFact(stack, factId),
    (n) => n > 0,
    `the fact ${factId} in the log`,
    { timeoutMs, intervalMs: 200 },
  );

/**
 * Holds a stream's append lock from outside (the advisory lock EventLog.append takes first), so the next append to
 * it waits inside its transaction — an activity caught mid-flight, before its commit.
 */
export async function holdStream(stack: FaultStack, streamId: string) {
  const holder = new PgClient({ connectionString: stack.database.url });
  await holder.connect();
  await holder.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [streamId]);
  return {
    /** Resolves once an append is waiting for the lock. */
    appendWaiting: () =>
      until(
        async () =>
          (
            await holder.query<{ n: number }>(
              `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`,
            )
          ).rows[0].n,
        (n) => n > 0,
        'an append waiting for the stream',
        { timeoutMs: 30_000, intervalMs: 50 },
      ),
    release: async () => {
      await holder.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [streamId]);
      await holder.end();
    },
  };
}

type HistoryEvent = temporal.api.history.v1.IHistoryEvent;

export async function historyOf(stack: FaultStack, workflowId: string): Promise<HistoryEvent[]> {
  return (await stack.client.workflow.getHandle(workflowId).fetchHistory()).events ?? [];
}

/**
 * The history's length once the workflow has gone quiet (the same over three reads): a new cooperative's run keeps
 * working a moment after its registration (the yearly report obligations, their notices), so a count taken at once
 * would move by itself.
 */
export async function settledHistoryLength(stack: FaultStack, workflowId: string): Promise<number> {
  let previous = (await historyOf(stack, workflowId)).length;
  for (let same = 0, tries = 0; same < 3 && tries < 100; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const current = (await historyOf(stack, workflowId)).length;
    same = current === previous ? same + 1 : 0;
    previous = current;
  }
  return previous;
}

/** The highest attempt any activity of the history started with (2 and more: retried). */
export const maxActivityAttempt = (events: HistoryEvent[]) =>
  Math.max(0, ...events.map((event) => event.activityTaskStartedEventAttributes?.attempt ?? 0));

/** Workflow-task timeouts of the start-to-close kind (a task that took too long), and failed workflow tasks. */
export function taskTroubles(events: HistoryEvent[]): { startToCloseTimeouts: number; failedTasks: number } {
  return {
    startToCloseTimeouts: events.filter(
      (event) =>
        event.workflowTaskTimedOutEventAttributes?.timeoutType ===
        temporal.api.enums.v1.TimeoutType.TIMEOUT_TYPE_START_TO_CLOSE,
    ).length,
    failedTasks: events.filter((event) => event.workflowTaskFailedEventAttributes).length,
  };
}
