import { sized, type BenchContext, type ScenarioResult } from '../support/context';
import { BENCH_OFFICER, benchCode, benchDetails } from '../support/population';
import { closedLoop, round } from '../support/stats';

const CONCURRENCY = 8;

/**
 * B1: a trivial workflow started and completed vs a cooperative registered — its workflow started and its first
 * audited transition (update, validator, the activity writing the event log and the read model) confirmed.
 */
export async function b1WorkflowThroughput(context: BenchContext): Promise<ScenarioResult> {
  const count = sized(context, 1_000, 40);
  const warmup = 20;
  let rawFailures = 0;
  let oursFailures = 0;
  const raw = (index: number) =>
    context.client.workflow
      .execute('trivialWorkflow', { taskQueue: context.rawTaskQueue, workflowId: `b1-raw-${index}`, args: [] })
      .catch(() => void rawFailures++);
  const ours = (index: number) =>
    context.lifecycle
      .register({ details: benchDetails(benchCode('01', index), index), actor: BENCH_OFFICER })
      .catch(() => void oursFailures++);

  await closedLoop(warmup, CONCURRENCY, (index) => raw(1_000_000 + index));
  await closedLoop(warmup, CONCURRENCY, (index) => ours(900_000 + index));
  const rawRun = await closedLoop(count, CONCURRENCY, raw);
  const oursRun = await closedLoop(count, CONCURRENCY, ours);

  const [{ n: registered }] = await context.dataSource.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM lifecycle_events WHERE type = 'CooperativeRegistered'`,
  );
  const ratio = round(oursRun.perSecond / rawRun.perSecond, 3);
  context.shared.b1OursPerSecond = oursRun.perSecond;
  context.shared.b1RawPerSecond = rawRun.perSecond;
  return {
    id: 'B1',
    title: 'Workflow throughput: trivial workflow vs registering a cooperative with its first audited transition',
    size: { workflows: count, concurrency: CONCURRENCY, warmup },
    measured: { raw: rawRun, ours: oursRun, ratio, failures: { raw: rawFailures, ours: oursFailures } },
    checks: [
      { target: 'throughput ratio ours / raw', value: String(ratio), goal: '≥ 0.33', pass: ratio >= 0.33 },
      {
        target: 'workflow failures',
        value: `raw ${rawFailures}, ours ${oursFailures}`,
        goal: '0',
        pass: rawFailures === 0 && oursFailures === 0,
      },
      {
        target: 'every registration audited',
        value: `${registered} CooperativeRegistered events for ${count + warmup} registrations`,
        goal: 'one each',
        pass: registered === count + warmup,
      },
    ],
    notes: [
      'ours is CooperativeLifecycleClient.register (update-with-start, USE_EXISTING), as POST /cooperatives calls it',
    ],
  };
}
