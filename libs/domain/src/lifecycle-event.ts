import { COOPERATIVE_EVENT_TYPES, type CooperativeEvent } from './cooperative/cooperative.events';
import type { ConversionEvent } from './conversion/conversion.events';
import type { ApplicationEvent } from './establishment/establishment.events';
import type { TaskEvent } from './tasks/task.events';

/** Every event that enters a cooperative's (or an application's, or a conversion's) log. */
export type LifecycleEvent = CooperativeEvent | TaskEvent | ApplicationEvent | ConversionEvent;

const COOPERATIVE_TYPES: ReadonlySet<string> = new Set<string>(COOPERATIVE_EVENT_TYPES);

export const isCooperativeEvent = (event: LifecycleEvent): event is CooperativeEvent =>
  COOPERATIVE_TYPES.has(event.type);

export const isTaskEvent = (event: LifecycleEvent): event is TaskEvent => event.type.startsWith('Task');

export const isApplicationEvent = (event: LifecycleEvent): event is ApplicationEvent =>
  event.type.startsWith('Application');
