import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cooperativeLifecycleWorkflowId, getCooperativeStateQuery } from '@htx/contracts';
import { addDays, vietnamDateOf } from '@htx/domain';
import { projectPaths } from '@htx/dev-infra';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import type { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { sized, type BenchContext, type ScenarioResult } from '../support/context';
import { BENCH_OFFICER, benchCode, benchDetails } from '../support/population';
import { median, round } from '../support/stats';

type History = temporal.api.history.v1.IHistory;

/** Each side replays every history `repeats` times per turn, in this many alternating turns; medians of them all. */
const TURNS = 5;
type Replayed = { name: string; events: number; ms: number; msPerEvent: number };

/** Replays each history `repeats` times through one replay worker (after a warm-up), adding each time to `times`. */
async function replayTimes(
  codePath: string,
  histories: readonly { name: string; history: History }[],
  repeats: number,
  times: Map<string, number[]>,
): Promise<void> {
  const items = [
    { workflowId: 'warm-up', history: histories[0].history },
    ...Array.from({ length: repeats }, (_, round_) =>
      histories.map(({ name, history }) => ({ workflowId: `${name}#${round_}`, history })),
    ).flat(),
  ];
  let last = performance.now();
  for await (const result of Worker.runReplayHistories({ workflowBundle: { codePath } }, items)) {
    const now = performance.now();
    if (result.error) throw new Error(`replay of ${result.workflowId} failed: ${String(result.error)}`);
    const name = result.workflowId.split('#')[0];
    if (result.workflowId !== 'warm-up') times.set(name, [...(times.get(name) ?? []), now - last]);
    last = now;
  }
}

/** The median replay of each history. */
function medians(histories: readonly { name: string; history: History }[], times: Map<string, number[]>): Replayed[] {
  return histories.map(({ name, history }) => {
    const ms = median(times.get(name) ?? []);
    const events = history.events?.length ?? 0;
    return { name, events, ms: round(ms, 1), msPerEvent: round(ms / events, 4) };
  });
}

/** Drives one cooperative with facts, a few at a time, until its run continues as new (or `maxFacts` is reached). */
async function growUntilContinuedAsNew(
  context: BenchContext,
  maxFacts: number,
): Promise<{ history: History; facts: number; continued: boolean }> {
  const code = benchCode('06', 0);
  await context.lifecycle.register({ details: benchDetails(code, 0), actor: BENCH_OFFICER });
  const workflowId = cooperativeLifecycleWorkflowId(code);
  const first = context.client.workflow.getHandle(workflowId);
  const firstRunId = (await first.describe()).runId;
  const today = vietnamDateOf(new Date());
  let sent = 0;
  let continued = false;
  while (sent < maxFacts && !continued) {
    for (let index = 0; index < 5; index++, sent++) {
      await context.lifecycle.recordFact(workflowId, {
        factId: `b6-${sent}`,
        fact: {
          kind: 'activity',
          on: addDays(today, -(sent % 20)),
          activity: 'contract',
          description: `Hợp đồng số ${sent}`,
        },
        actor: BENCH_OFFICER,
      });
    }
    for (;;) {
      const description = await context.client.workflow.getHandle(workflowId).describe();
      if (description.runId !== firstRunId) {
        continued = true;
        break;
      }
      const state = await first.query(getCooperativeStateQuery);
      if (state.streamVersion >= sent + 1) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const history = await context.client.workflow.getHandle(workflowId, firstRunId).fetchHistory();
  return { history, facts: sent, continued };
}

/**
 * B6: what a cache miss costs. Our real histories (the recorded fixtures and one cooperative grown until its run
 * continues as new) against synthetic entity histories of the same length (one timer per iteration) from the same
 * server, replayed by the same SDK: milliseconds per event, and the longest run's replay time.
 */
export async function b6ReplayCost(context: BenchContext): Promise<ScenarioResult> {
  const maxFacts = sized(context, 2_000, 400);
  const repeats = 3;
  let at = performance.now();
  const grown = await growUntilContinuedAsNew(context, maxFacts);
  const growSeconds = round((performance.now() - at) / 1000, 1);
  at = performance.now();

  const fixtures = join(projectPaths().root, 'test', 'replay', 'histories');
  const ours: { name: string; history: History }[] = readdirSync(fixtures)
    .filter((file) => file.startsWith('cooperative-'))
    .map((file) => ({
      name: file.replace(/\.json$/, ''),
      history: historyFromJSON(JSON.parse(readFileSync(join(fixtures, file), 'utf8'))),
    }));
  ours.push({ name: 'cooperative-grown-until-continued-as-new', history: grown.history });

  const synthetic: { name: string; history: History }[] = [];
  for (const { name, history } of ours) {
    const iterations = Math.max(1, Math.round(((history.events?.length ?? 0) - 6) / 5));
    const handle = await context.client.workflow.start('syntheticEntityWorkflow', {
      taskQueue: context.rawTaskQueue,
      workflowId: `b6-synthetic-${name}`,
      args: [iterations],
    });
    await handle.result();
    synthetic.push({ name: `synthetic-for-${name}`, history: await handle.fetchHistory() });
  }

  const syntheticSeconds = round((performance.now() - at) / 1000, 1);
  // Both sides take turns, so a busy moment of the machine weighs on both alike.
  const oursTimes = new Map<string, number[]>();
  const syntheticTimes = new Map<string, number[]>();
  for (let turn = 0; turn < TURNS; turn++) {
    await replayTimes(join(projectPaths().root, 'dist', 'workflow-bundle.js'), ours, repeats, oursTimes);
    await replayTimes(context.rawBundlePath, synthetic, repeats, syntheticTimes);
  }
  const oursReplayed = medians(ours, oursTimes);
  const syntheticReplayed = medians(synthetic, syntheticTimes);
  const pairs = oursReplayed.map((replayed, index) => ({
    ours: replayed,
    synthetic: syntheticReplayed[index],
    ratio: round(replayed.msPerEvent / syntheticReplayed[index].msPerEvent, 2),
  }));
  // Per event only means something where the events outweigh a replay's fixed cost (a worker activation, the
  // calendar, the handlers): histories of 100 events and more. The short fixtures are reported beside it.
  const worstRatio = Math.max(...pairs.filter((pair) => pair.ours.events >= 100).map((pair) => pair.ratio));
  const largest = oursReplayed[oursReplayed.length - 1];
  return {
    id: 'B6',
    title: 'Replay cost: synthetic entity histories vs our real histories at the same event count',
    size: { turns: TURNS, repeats, histories: ours.length, factsSent: grown.facts },
    measured: {
      pairs,
      largestRun: { ...largest, continuedAsNew: grown.continued },
    },
    checks: [
      {
        target: 'ms per event, ours / synthetic (worst history of ≥ 100 events)',
        value: String(worstRatio),
        goal: '≤ 2',
        pass: worstRatio <= 2,
      },
      {
        target: 'the run continues as new by itself',
        value: grown.continued ? `after ${largest.events} events` : `not after ${grown.facts} facts`,
        goal: 'yes',
        pass: grown.continued,
      },
      {
        target: 'longest run replays in',
        value: `${largest.ms} ms (${largest.events} events)`,
        goal: '≤ 1000 ms',
        pass: largest.ms <= 1000,
      },
    ],
    notes: [
      `grown in ${growSeconds} s (${grown.facts} facts, 5 at a time); synthetic histories made in ${syntheticSeconds} s`,
      ...pairs.map(
        (pair) =>
          `${pair.ours.name}: ${pair.ours.events} events in ${pair.ours.ms} ms (${pair.ours.msPerEvent} ms/event); synthetic ` +
          `${pair.synthetic.events} events in ${pair.synthetic.ms} ms (${pair.synthetic.msPerEvent} ms/event), ratio ${pair.ratio}`,
      ),
    ],
  };
}
