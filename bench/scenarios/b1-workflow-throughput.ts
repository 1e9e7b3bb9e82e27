import { sized, type BenchContext, type ScenarioResult } from '../support/context';
import { BENCH_OFFICER, benchCode, benchDetails } from '../support/population';
import { closedLoop, median, medianOf, round, type Summary } from '../support/stats';

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
  // Two rounds each, interleaved, so a change in the machine's load (it is shared) hits both sides alike.
  const half = Math.ceil(count / 2);
  const rawRuns: Summary[] = [];
  const oursRuns: Summary[] = [];
  for (let round_ = 0; round_ < 2; round_++) {
    rawRuns.push(await closedLoop(half, CONCURRENCY, (index) => raw(round_ * half + index)));
    oursRuns.push(await closedLoop(half, CONCURRENCY, (index) => ours(round_ * half + index)));
  }
  const rawRun = medianOf(rawRuns);
  const oursRun = medianOf(oursRuns);

  const [{ n: registered }] = await context.dataSource.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM lifecycle_events WHERE type = 'CooperativeRegistered'`,
  );
  const ratio = round(median(oursRuns.map((run, index) => run.perSecond / rawRuns[index].perSecond)), 3);
  context.shared.b1OursPerSecond = oursRun.perSecond;
  context.shared.b1RawPerSecond = rawRun.perSecond;
  return {
    id: 'B1',
    title: 'Workflow throughput: trivial workflow vs registering a cooperative with its first audited transition',
    size: { workflows: 2 * half, rounds: 2, concurrency: CONCURRENCY, warmup },
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
        value: `${registered} CooperativeRegistered events for ${2 * half + warmup} registrations`,
        goal: 'one each',
        pass: registered === 2 * half + warmup,
      },
    ],
    notes: [
      'ours is CooperativeLifecycleClient.register (update-with-start, USE_EXISTING), as POST /cooperatives calls it',
    ],
  };
}
