export * from './temporal-client.module';
export * from './temporal-health';
export * from './cooperative-lifecycle.client';
export * from './workflow-failure';
export * from './establishment.client';
export * from './task.client';
export * from './dormancy-sweep.client';
export * from './report-cascade.client';
