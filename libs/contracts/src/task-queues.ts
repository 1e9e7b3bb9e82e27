/** The default task queue; deployments may override it (TEMPORAL_TASK_QUEUE), tests use a random one. */
export const DEFAULT_TASK_QUEUE = 'htx-lifecycle';
