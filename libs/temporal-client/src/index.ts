export * from './temporal-client.module';
export * from './temporal-health';
export * from './cooperative-lifecycle.client';
export * from './workflow-failure';
