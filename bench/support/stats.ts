/** Latency percentiles and throughput of one measured run. */
export type Summary = {
  readonly count: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
};

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

/** Latencies in milliseconds and the wall time they took together. */
export function summarize(latenciesMs: readonly number[], wallMs: number): Summary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    count: sorted.length,
    seconds: round(wallMs / 1000, 2),
    perSecond: round(sorted.length / (wallMs / 1000), 1),
    p50: round(percentile(sorted, 50), 2),
    p95: round(percentile(sorted, 95), 2),
    p99: round(percentile(sorted, 99), 2),
    max: round(sorted[sorted.length - 1] ?? Number.NaN, 2),
  };
}

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

export const median = (values: readonly number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

/** Runs `operation(i)` for i < count with `concurrency` at a time (closed loop) and times each call. */
export async function closedLoop(
  count: number,
  concurrency: number,
  operation: (index: number) => Promise<unknown>,
): Promise<Summary> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const lane = async () => {
    for (let index = next++; index < count; index = next++) {
      const at = performance.now();
      await operation(index);
      latencies.push(performance.now() - at);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  return summarize(latencies, performance.now() - started);
}

/** Runs `operation` for `durationMs` with `concurrency` at a time (closed loop). */
export async function closedLoopFor(
  durationMs: number,
  concurrency: number,
  operation: (lane: number, index: number) => Promise<unknown>,
): Promise<Summary> {
  const latencies: number[] = [];
  const started = performance.now();
  const until = started + durationMs;
  let issued = 0;
  const lane = async (laneIndex: number) => {
    while (performance.now() < until) {
      const at = performance.now();
      await operation(laneIndex, issued++);
      latencies.push(performance.now() - at);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, index) => lane(index)));
  return summarize(latencies, performance.now() - started);
}

/**
 * Open loop: issues `operation` at a fixed rate for `durationMs` whatever the previous calls are doing (as users
 * would), so a slow answer shows as latency instead of slowing the load down.
 */
export async function openLoop(
  ratePerSecond: number,
  durationMs: number,
  operation: (index: number) => Promise<unknown>,
): Promise<Summary & { readonly errors: number }> {
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  let errors = 0;
  const started = performance.now();
  const total = Math.round((ratePerSecond * durationMs) / 1000);
  for (let index = 0; index < total; index++) {
    const due = started + (index * 1000) / ratePerSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const at = performance.now();
    pending.push(
      operation(index).then(
        () => void latencies.push(performance.now() - at),
        () => void errors++,
      ),
    );
  }
  await Promise.all(pending);
  return { ...summarize(latencies, performance.now() - started), errors };
}

/** Several runs of the same thing (rounds interleaved with the other side, so load drift hits both): medians. */
export function medianOf(runs: readonly Summary[]): Summary {
  const pick = (key: keyof Summary) => round(median(runs.map((run) => run[key])), 2);
  return {
    count: runs.reduce((total, run) => total + run.count, 0),
    seconds: round(
      runs.reduce((total, run) => total + run.seconds, 0),
      2,
    ),
    perSecond: pick('perSecond'),
    p50: pick('p50'),
    p95: pick('p95'),
    p99: pick('p99'),
    max: Math.max(...runs.map((run) => run.max)),
  };
}
