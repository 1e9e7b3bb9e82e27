// `npm run bench`: each scenario of issue 9 measures the raw platform and our code side by side, in one run, on one
// PostgreSQL cluster and one Temporal dev server the bench starts itself; PASS/FAIL per goal; JSON + Markdown out.
import 'reflect-metadata';
import { join } from 'node:path';
import { b1WorkflowThroughput } from './scenarios/b1-workflow-throughput';
import { b3EventLogAppend } from './scenarios/b3-event-log-append';
import { b5InboxList } from './scenarios/b5-inbox-list';
import { b6ReplayCost } from './scenarios/b6-replay-cost';
import { b7TimerHerd } from './scenarios/b7-timer-herd';
import { b8Bootstrap } from './scenarios/b8-bootstrap';
import { b10WorkerMemory } from './scenarios/b10-worker-memory';
import { createContext, type BenchContext, type ScenarioResult } from './support/context';
import { startInfra } from './support/infra';
import { describeMachine, type Machine } from './support/machine';
import { writeReport } from './support/report';

type Scenario = { id: string; run: (context: BenchContext) => Promise<ScenarioResult> };

/** In this order: B1 gives B7 its steady rate, B8 imports the population B7 and B10 use. */
const SCENARIOS: Scenario[] = [
  { id: 'B3', run: b3EventLogAppend },
  { id: 'B1', run: b1WorkflowThroughput },
  { id: 'B5', run: b5InboxList },
  { id: 'B6', run: b6ReplayCost },
  { id: 'B8', run: b8Bootstrap },
  { id: 'B7', run: b7TimerHerd },
  { id: 'B10', run: b10WorkerMemory },
];

async function main(): Promise<number> {
  const scale = Number(process.env.BENCH_SCALE ?? 1);
  if (!(scale > 0)) throw new Error(`BENCH_SCALE must be a positive number (got ${process.env.BENCH_SCALE})`);
  const only = (process.env.BENCH_ONLY ?? '')
    .split(',')
    .filter(Boolean)
    .map((id) => id.toUpperCase());
  const startedAt = new Date();
  console.log(`htx-lifecycle bench, BENCH_SCALE=${scale}${only.length ? `, BENCH_ONLY=${only.join(',')}` : ''}`);
  const infra = await startInfra();
  const results: ScenarioResult[] = [];
  let machine: Machine | undefined;
  let context: BenchContext | undefined;
  try {
    machine = await describeMachine(infra.folder, infra.databaseUrl);
    console.log(`${machine.cpu} ×${machine.cores}; fdatasync ${machine.fsync.fdatasyncMicroseconds} µs/op`);
    context = await createContext(infra, scale);
    for (const scenario of SCENARIOS) {
      if (only.length > 0 && !only.includes(scenario.id)) continue;
      const began = performance.now();
      console.log(`\n${scenario.id} …`);
      let result: ScenarioResult;
      try {
        result = await scenario.run(context);
      } catch (error) {
        // A scenario that breaks is a failed check; the others still run.
        const message = error instanceof Error ? error.message : String(error);
        result = {
          id: scenario.id,
          title: 'did not complete',
          size: {},
          measured: {},
          checks: [{ target: 'the scenario ran', value: message.split('\n')[0], goal: 'completes', pass: false }],
          notes: [message],
        };
      }
      result = { ...result, seconds: Math.round((performance.now() - began) / 1000) };
      results.push(result);
      console.log(`${result.id} ${result.title} (${result.seconds} s)`);
      for (const check of result.checks) {
        console.log(`  ${check.pass ? 'PASS' : 'FAIL'}  ${check.target}: ${check.value} (goal ${check.goal})`);
      }
    }
  } finally {
    await context?.stop().catch((error: unknown) => console.error('stopping the processes:', error));
    await infra.stop();
  }
  const report = {
    startedAt: startedAt.toISOString(),
    minutes: Math.round((Date.now() - startedAt.getTime()) / 6_000) / 10,
    scale,
    temporalPersistence: infra.temporalPersistence,
    machine,
    scenarios: results,
  };
  const written = writeReport(join(__dirname, 'results'), report);
  const failed = results.flatMap((result) => result.checks.filter((check) => !check.pass));
  console.log(`\n${failed.length === 0 ? 'PASS' : `FAIL (${failed.length})`}: ${written.md}`);
  return failed.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
