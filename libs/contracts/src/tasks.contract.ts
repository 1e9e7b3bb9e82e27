import type { DecisionAttempt, Task, TaskActor } from '@htx/domain';
import { defineQuery, defineUpdate } from '@temporalio/workflow';

export type TaskActionRequest = { readonly taskId: string; readonly actor: TaskActor };

export type TaskActionResult = {
  readonly task: Task;
  /** false when the request repeated what was already so: nothing changed, nothing was logged. */
  readonly changed: boolean;
};

/**
 * Officer actions on a workflow's tasks. Each is an Update whose validator applies the domain's task rules (a refused
 * action writes no history); the handler logs the action and moves the task.
 */
export const claimTaskUpdate = defineUpdate<TaskActionResult, [TaskActionRequest]>('claimTask');
export const unclaimTaskUpdate = defineUpdate<TaskActionResult, [TaskActionRequest]>('unclaimTask');
export const assignTaskUpdate = defineUpdate<TaskActionResult, [TaskActionRequest & { readonly assignee: TaskActor }]>(
  'assignTask',
);
export const decideTaskUpdate = defineUpdate<TaskActionResult, [TaskActionRequest & DecisionAttempt]>('decideTask');

export const getOpenTasksQuery = defineQuery<Task[]>('getOpenTasks');
