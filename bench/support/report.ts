import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScenarioResult } from './context';
import type { Machine } from './machine';

export type BenchReport = {
  readonly startedAt: string;
  readonly minutes: number;
  readonly scale: number;
  readonly temporalPersistence: string;
  readonly machine: Machine;
  readonly scenarios: readonly ScenarioResult[];
};

type Timing = { p50: number; p95: number; p99: number; perSecond: number };
const isTiming = (value: unknown): value is Timing =>
  typeof value === 'object' && value !== null && 'p99' in value && 'perSecond' in value;

/** The Markdown table: one row per check, with the raw and our timings beside it. */
export function markdown(report: BenchReport): string {
  const { machine } = report;
  const lines = [
    `# Benchmark run ${report.startedAt}`,
    '',
    `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GiB, ${machine.os}; load average at start ` +
      `${machine.loadAverageAtStart.join(' / ')}. Node ${machine.node}, PostgreSQL ${machine.postgres} (durable: fsync and ` +
      `synchronous_commit on), Temporal CLI ${machine.temporalCli} dev server (${report.temporalPersistence}), SDK ` +
      `${machine.temporalSdk}. fdatasync ${machine.fsync.fdatasyncMicroseconds} µs/op ` +
      `(${machine.fsync.fdatasyncOpsPerSecond} ops/s, ${machine.fsync.tool}). BENCH_SCALE=${report.scale}; ` +
      `${report.minutes} minutes.`,
    '',
    '| scenario | check | measured | goal | result |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const scenario of report.scenarios) {
    for (const check of scenario.checks) {
      lines.push(
        `| ${scenario.id} | ${check.target} | ${check.value} | ${check.goal} | ${check.pass ? 'PASS' : '**FAIL**'} |`,
      );
    }
  }
  lines.push(
    '',
    '| scenario | side | n | per second | p50 ms | p95 ms | p99 ms |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const scenario of report.scenarios) {
    for (const [side, value] of Object.entries(scenario.measured)) {
      if (!isTiming(value)) continue;
      const count = (value as { count?: number }).count ?? '';
      lines.push(
        `| ${scenario.id} | ${side} | ${count} | ${value.perSecond} | ${value.p50} | ${value.p95} | ${value.p99} |`,
      );
    }
  }
  lines.push('');
  for (const scenario of report.scenarios) {
    lines.push(
      `**${scenario.id}** ${scenario.title}. Size: ${Object.entries(scenario.size)
        .map(([key, value]) => `${key} ${value}`)
        .join(', ')}.`,
    );
    for (const note of scenario.notes) lines.push(`- ${note}`);
    lines.push('');
  }
  return lines.join('\n');
}

export function writeReport(folder: string, report: BenchReport): { json: string; md: string } {
  mkdirSync(folder, { recursive: true });
  const stamp = report.startedAt.replace(/[:]/g, '-').replace(/\..*$/, '');
  const json = join(folder, `${stamp}.json`);
  const md = join(folder, `${stamp}.md`);
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(md, markdown(report));
  return { json, md };
}
