import { CreateEventLogAndRegistry1795371286409 } from './1795371286409-CreateEventLogAndRegistry';
import { MakeLifecycleEventsAppendOnly1795371286410 } from './1795371286410-MakeLifecycleEventsAppendOnly';

// Every migration, in order. Listed explicitly (no globs) so the same list works compiled, under jest and bundled.
export const MIGRATIONS = [CreateEventLogAndRegistry1795371286409, MakeLifecycleEventsAppendOnly1795371286410];
