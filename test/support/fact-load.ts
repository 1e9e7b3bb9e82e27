import type { FaultStack } from './fault-stack';
import { reportActivity } from './fault-helpers';

/**
 * Officers reporting facts through the api while something breaks: each report under its own Idempotency-Key,
 * repeated (same key) until the api accepts it, as a client that keeps its keys would. Returns the fact ids.
 */
export function factLoad(stack: FaultStack, cooperativeIds: readonly string[], count: number, label: string) {
  const accepted: string[] = [];
  let refusals = 0;
  const done = (async () => {
    for (let index = 0; index < count; index++) {
      const key = `${label}-${index}`;
      for (;;) {
        try {
          accepted.push(await reportActivity(stack, cooperativeIds[index % cooperativeIds.length], key));
          break;
        } catch {
          refusals++;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return accepted;
  })();
  return { done, accepted, refusals: () => refusals };
}
