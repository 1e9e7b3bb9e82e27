import { getCooperativeStateQuery } from '@htx/contracts';
import type { BenchContext, ScenarioResult } from '../support/context';
import { ensurePopulation } from '../support/population-ensure';
import { closedLoop, round } from '../support/stats';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** RSS once it has settled (two readings a second apart within 2 MB), in MB. */
async function settledRss(read: () => number): Promise<number> {
  let last = read();
  for (let attempt = 0; attempt < 20; attempt++) {
    await sleep(1_000);
    const now = read();
    if (Math.abs(now - last) < 2) return now;
    last = now;
  }
  return last;
}

type Step = { cached: number; rssMb: number; mbPerWorkflow: number };

/**
 * B10: worker memory per cached workflow. A fresh worker with a cache larger than the population; each step loads
 * more workflows into it (a query replays a workflow the worker does not hold, and keeps it), and the RSS growth over
 * the workflows added is the cost of one. Raw: the bare worker holding sleeping trivial workflows, the same way.
 */
export async function b10WorkerMemory(context: BenchContext): Promise<ScenarioResult> {
  const population = await ensurePopulation(
    context,
    context.shared.population?.length ?? Math.round(2_000 * context.scale),
  );
  const total = population.length;
  const steps = [Math.round(total / 10), Math.round(total / 2), total].filter(
    (step, index, all) => step > 0 && all.indexOf(step) === index,
  );

  const worker = await context.restartAppWorker({ maxCachedWorkflows: total + 100 });
  const baseline = await settledRss(() => worker.rssMb());
  const ours: Step[] = [];
  let loaded = 0;
  for (const step of steps) {
    await closedLoop(step - loaded, 16, (index) =>
      context.client.workflow.getHandle(population[loaded + index]).query(getCooperativeStateQuery),
    );
    loaded = step;
    const rss = await settledRss(() => worker.rssMb());
    ours.push({ cached: step, rssMb: round(rss, 1), mbPerWorkflow: round((rss - baseline) / step, 3) });
  }

  const rawWorker = await context.restartRawWorker({ maxCachedWorkflows: total + 100 });
  const rawBaseline = await settledRss(() => rawWorker.rssMb());
  const wakeAt = Date.now() + 3_600_000;
  await closedLoop(total, 16, (index) =>
    context.client.workflow
      .execute('trivialWorkflow', {
        taskQueue: context.rawTaskQueue,
        workflowId: `b10-raw-done-${index}`,
        args: [],
      })
      .then(() => undefined),
  ).catch(() => undefined);
  const afterCompleted = await settledRss(() => rawWorker.rssMb());
  await closedLoop(total, 16, (index) =>
    context.client.workflow.start('sleeperWorkflow', {
      taskQueue: context.rawTaskQueue,
      workflowId: `b10-raw-${index}`,
      args: [wakeAt],
    }),
  );
  await sleep(2_000);
  const rawRss = await settledRss(() => rawWorker.rssMb());
  const rawPerWorkflow = round((rawRss - afterCompleted) / total, 3);

  const largest = ours[ours.length - 1];
  const budgetMb = 1_024;
  const suggested = Math.floor(budgetMb / Math.max(largest.mbPerWorkflow, 0.1));
  // The worker is left as the other scenarios expect it.
  await context.restartAppWorker();
  await context.restartRawWorker();
  return {
    id: 'B10',
    title: 'Worker memory per cached cooperative workflow',
    size: { workflows: total, steps: steps.join(' / ') },
    measured: {
      baselineRssMb: round(baseline, 1),
      ours,
      raw: { baselineRssMb: round(rawBaseline, 1), rssMb: round(rawRss, 1), mbPerWorkflow: rawPerWorkflow },
      suggestedMaxCachedWorkflowsPerGb: suggested,
    },
    checks: [
      {
        target: 'MB per cached cooperative workflow',
        value: `${largest.mbPerWorkflow} (at ${largest.cached} cached)`,
        goal: '≤ 2',
        pass: largest.mbPerWorkflow <= 2,
      },
    ],
    notes: [
      `ours: ${ours.map((step) => `${step.cached} cached → ${step.rssMb} MB RSS (${step.mbPerWorkflow} MB each)`).join('; ')}; fresh worker ${round(baseline, 1)} MB`,
      `raw: ${total} sleeping trivial workflows cached → ${rawPerWorkflow} MB each`,
      `1 GiB of cache holds about ${suggested} cooperative workflows`,
    ],
  };
}
