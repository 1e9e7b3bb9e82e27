import { cooperativeLifecycleWorkflowId } from '@htx/contracts';
import type { BenchContext } from './context';
import { BENCH_OFFICER, benchCode, benchDetails } from './population';
import { closedLoop } from './stats';

/** The cooperatives B8 imported; registered here when B8 did not run (BENCH_ONLY). */
export async function ensurePopulation(context: BenchContext, size: number): Promise<readonly string[]> {
  if (context.shared.population && context.shared.population.length >= size) {
    return context.shared.population.slice(0, size);
  }
  const codes = Array.from({ length: size }, (_, index) => benchCode('07', index));
  await closedLoop(size, 16, (index) =>
    context.lifecycle.register({ details: benchDetails(codes[index], index), actor: BENCH_OFFICER }),
  );
  context.shared.population = codes.map(cooperativeLifecycleWorkflowId);
  return context.shared.population;
}
