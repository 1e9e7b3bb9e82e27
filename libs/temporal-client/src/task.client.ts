import {
  assignTaskUpdate,
  claimTaskUpdate,
  decideTaskUpdate,
  unclaimTaskUpdate,
  type TaskActionRequest,
  type TaskActionResult,
} from '@htx/contracts';
import type { DecisionAttempt, TaskActor } from '@htx/domain';
import { Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';

const UPDATE_DEADLINE_MS = 20_000;

export type TaskAction =
  | { readonly kind: 'claim' }
  | { readonly kind: 'unclaim' }
  | { readonly kind: 'assign'; readonly assignee: TaskActor }
  | ({ readonly kind: 'decide' } & DecisionAttempt);

/** Sends an officer's action to the workflow that owns the task, as an Update (refused actions write nothing). */
@Injectable()
export class TaskClient {
  constructor(private readonly client: Client) {}

  act(
    workflowId: string,
    request: TaskActionRequest,
    action: TaskAction,
    updateId?: string,
  ): Promise<TaskActionResult> {
    const handle = this.client.workflow.getHandle(workflowId);
    const options = updateId ? { updateId } : {};
    return this.client.connection.withDeadline(Date.now() + UPDATE_DEADLINE_MS, () => {
      switch (action.kind) {
        case 'claim':
          return handle.executeUpdate(claimTaskUpdate, { args: [request], ...options });
        case 'unclaim':
          return handle.executeUpdate(unclaimTaskUpdate, { args: [request], ...options });
        case 'assign':
          return handle.executeUpdate(assignTaskUpdate, {
            args: [{ ...request, assignee: action.assignee }],
            ...options,
          });
        case 'decide': {
          const { optionId, comment, formData } = action;
          return handle.executeUpdate(decideTaskUpdate, {
            args: [{ ...request, optionId, comment, formData }],
            ...options,
          });
        }
      }
    });
  }
}
