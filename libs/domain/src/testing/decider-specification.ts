import type { Decider } from '../shared/decider';
import { foldEvents } from '../shared/decider';

/**
 * Given / When / Then over a decider (EventSourcing.NodeJS `DeciderSpecification`):
 * given past events, when a command is decided, then these events (or this error) follow.
 */
export function deciderSpecification<Command, Event, State, Context>(decider: Decider<Command, Event, State, Context>) {
  return {
    given(events: readonly Event[]) {
      const state = foldEvents(decider, events);
      return {
        when(command: Command, context: Context) {
          const decideNow = () => decider.decide(command, state, context);
          return {
            then(expected: readonly Event[]): void {
              expect(decideNow()).toEqual(expected);
            },
            thenThrows<E extends Error>(check: (error: E) => void): void {
              let thrown: unknown;
              try {
                decideNow();
              } catch (error) {
                thrown = error;
              }
              expect(thrown).toBeInstanceOf(Error);
              check(thrown as E);
            },
          };
        },
      };
    },
  };
}
