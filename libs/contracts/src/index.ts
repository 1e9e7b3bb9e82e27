export * from './task-queues';
export * from './workflow-ids';
export * from './cooperative-lifecycle.contract';
export * from './activities/event-log-activities.contract';
export * from './tasks.contract';
export * from './establishment.contract';
export * from './dormancy-sweep.contract';
export * from './activities/reporting-activities.contract';
