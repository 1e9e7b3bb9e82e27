/**
 * The shape of every aggregate in this domain (after EventSourcing.NodeJS / emmett): a command is decided against
 * the current state into events, and the state is a left fold of the events. Pure: time and ids come in the
 * command or the context.
 */
export type Decider<Command, Event, State, Context> = {
  readonly decide: (command: Command, state: State, context: Context) => Event[];
  readonly evolve: (state: State, event: Event) => State;
  readonly initialState: () => State;
};

export function foldEvents<Event, State>(
  decider: Pick<Decider<unknown, Event, State, unknown>, 'evolve' | 'initialState'>,
  events: readonly Event[],
  from: State = decider.initialState(),
): State {
  return events.reduce(decider.evolve, from);
}
