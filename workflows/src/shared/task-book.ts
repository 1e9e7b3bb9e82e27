import {
  assignTaskUpdate,
  claimTaskUpdate,
  decideTaskUpdate,
  getOpenTasksQuery,
  unclaimTaskUpdate,
  type TaskActionRequest,
  type TaskActionResult,
} from '@htx/contracts';
import {
  checkAssign,
  checkClaim,
  checkDecision,
  checkUnclaim,
  DomainError,
  evolveTask,
  isClosed,
  SYSTEM_ACTOR,
  text,
  type Actor,
  type DecisionAttempt,
  type IsoDate,
  type LocalizedText,
  type Role,
  type Task,
  type TaskActor,
  type TaskEvent,
  type TaskSpec,
} from '@htx/domain';
import { setHandler } from '@temporalio/workflow';
import { decideOrFail } from './domain-failure';
import type { OneAtATime } from './one-at-a-time';

export type TaskBookDependencies = {
  /** Appends events to a subject's stream (and, through the activity, moves the inbox). */
  readonly append: (streamId: string, events: TaskEvent[], actor: Actor) => Promise<void>;
  readonly serializer: OneAtATime;
  readonly now: () => Date;
  /**
   * What the decision would do to the workflow's subject, tried before it is accepted (throws a DomainError): a
   * decision the subject would refuse is refused by the Update's validator, with nothing written.
   */
  readonly tryDecision?: (task: Task, attempt: DecisionAttempt & { readonly actor: TaskActor }) => void;
};

/**
 * The tasks a workflow has open, and the officers' actions on them. Every action is an Update whose validator runs
 * the domain's task rules (nothing is written for a refused action); the handler logs the action, then moves the task.
 */
export class TaskBook {
  private readonly tasks = new Map<string, Task>();

  constructor(
    carried: readonly Task[],
    private readonly deps: TaskBookDependencies,
  ) {
    for (const task of carried) this.tasks.set(task.spec.taskId, task);
  }

  installHandlers(): void {
    const act = <Request extends TaskActionRequest>(
      check: (task: Task, request: Request) => 'apply' | 'unchanged',
      event: (task: Task, request: Request) => { event: TaskEvent; actor: Actor },
    ) => ({
      validator: (request: Request) => void decideOrFail(() => check(this.require(request.taskId), request)),
      handler: (request: Request): Promise<TaskActionResult> =>
        this.deps.serializer.run(async () => {
          const task = this.require(request.taskId);
          if (decideOrFail(() => check(task, request)) === 'unchanged') return { task, changed: false };
          const change = event(task, request);
          await this.record(task, change.event, change.actor);
          return { task: this.require(request.taskId), changed: true };
        }),
    });

    const claim = act(
      (task, request: TaskActionRequest) => checkClaim(task, request.actor),
      (task, request) => ({
        event: {
          type: 'TaskClaimed',
          data: { taskId: task.spec.taskId, assignee: person(request.actor) },
          legalBasis: null,
        },
        actor: actorOf(request.actor, workingRole(task, request.actor)),
      }),
    );
    const unclaim = act(
      (task, request: TaskActionRequest) => checkUnclaim(task, request.actor),
      (task, request) => ({
        event: { type: 'TaskUnclaimed', data: { taskId: task.spec.taskId }, legalBasis: null },
        actor: actorOf(request.actor, workingRole(task, request.actor)),
      }),
    );
    const assign = act(
      (task, request: TaskActionRequest & { assignee: TaskActor }) =>
        checkAssign(task, request.actor, request.assignee),
      (task, request) => ({
        event: {
          type: 'TaskAssigned',
          data: { taskId: task.spec.taskId, assignee: person(request.assignee) },
          legalBasis: null,
        },
        actor: actorOf(request.actor, 'head-of-authority'),
      }),
    );
    const decide = act(
      (task, request: TaskActionRequest & DecisionAttempt) => {
        const outcome = checkDecision(task, request.actor, request);
        if (outcome === 'apply') this.deps.tryDecision?.(task, request);
        return outcome;
      },
      (task, request) => {
        const option = task.spec.options.find((candidate) => candidate.id === request.optionId)!;
        const role = option.binding ? 'head-of-authority' : workingRole(task, request.actor);
        const event: TaskEvent = {
          type: 'TaskDecided',
          data: {
            taskId: task.spec.taskId,
            decision: {
              optionId: request.optionId,
              comment: request.comment,
              formData: request.formData,
              decidedBy: { ...person(request.actor), role },
              decidedAt: this.deps.now().toISOString(),
            },
          },
          legalBasis: option.legalBasis,
        };
        return { event, actor: actorOf(request.actor, role) };
      },
    );
    setHandler(claimTaskUpdate, claim.handler, { validator: claim.validator });
    setHandler(unclaimTaskUpdate, unclaim.handler, { validator: unclaim.validator });
    setHandler(assignTaskUpdate, assign.handler, { validator: assign.validator });
    setHandler(decideTaskUpdate, decide.handler, { validator: decide.validator });
    setHandler(getOpenTasksQuery, () => this.open());
  }

  get(taskId: string): Task | undefined {
    return this.tasks.get(taskId);
  }

  isClosed(taskId: string): boolean {
    const task = this.tasks.get(taskId);
    return !!task && isClosed(task);
  }

  open(): Task[] {
    return [...this.tasks.values()].filter((task) => !isClosed(task));
  }

  /** Open tasks only: what a continue-as-new carries. */
  snapshot(): Task[] {
    return this.open();
  }

  /**
   * The task is known before its opening is logged: the inbox shows it the moment the log is written, and an officer
   * acting on it at once must not be told it does not exist. Their action waits its turn behind the opening.
   */
  async openTask(spec: TaskSpec): Promise<void> {
    if (this.tasks.has(spec.taskId)) return;
    const opened: TaskEvent = {
      type: 'TaskOpened',
      data: { taskId: spec.taskId, spec },
      legalBasis: spec.why.rule.legalBasis,
    };
    await this.deps.serializer.run(async () => {
      this.tasks.set(spec.taskId, evolveTask(null, opened, this.deps.now().toISOString())!);
      try {
        await this.deps.append(spec.subject.id, [opened], SYSTEM_ACTOR);
      } catch (error) {
        this.tasks.delete(spec.taskId);
        throw error;
      }
    });
  }

  /** System actions on a task (reminders, escalation, expiry, cancellation), logged like any other. */
  async systemAction(taskId: string, event: TaskEvent): Promise<void> {
    await this.deps.serializer.run(async () => {
      const task = this.require(taskId);
      if (isClosed(task)) return;
      await this.record(task, event, SYSTEM_ACTOR);
    });
  }

  remind(taskId: string, dueOn: IsoDate): Promise<void> {
    const task = this.require(taskId);
    const to = task.assignee ? [task.assignee.id] : [`${task.spec.candidateRole}@${task.spec.subject.territoryCode}`];
    return this.systemAction(taskId, { type: 'TaskReminderSent', data: { taskId, to, dueOn }, legalBasis: null });
  }

  escalate(taskId: string, overdueSince: IsoDate): Promise<void> {
    return this.systemAction(taskId, { type: 'TaskEscalated', data: { taskId, overdueSince }, legalBasis: null });
  }

  expire(taskId: string): Promise<void> {
    const task = this.require(taskId);
    return this.systemAction(taskId, {
      type: 'TaskExpired',
      data: { taskId, dueOn: task.spec.due.due },
      legalBasis: null,
    });
  }

  cancel(taskId: string, reason: LocalizedText): Promise<void> {
    return this.systemAction(taskId, { type: 'TaskCancelled', data: { taskId, reason }, legalBasis: null });
  }

  private async record(task: Task, event: TaskEvent, actor: Actor): Promise<void> {
    await this.deps.append(task.spec.subject.id, [event], actor);
    const next = evolveTask(task, event, this.deps.now().toISOString());
    if (next) this.tasks.set(next.spec.taskId, next);
  }

  private require(taskId: string): Task {
    const task = this.tasks.get(taskId);
    if (!task) {
      throw new DomainError('TASK_NOT_FOUND', text(`Không có công việc ${taskId}.`, `There is no task ${taskId}.`));
    }
    return task;
  }
}

const person = (actor: TaskActor) => ({ id: actor.id, displayName: actor.displayName });
const actorOf = (actor: TaskActor, role: Role): Actor => ({ id: actor.id, role, displayName: actor.displayName });

/** The role someone works a task in: the task's own role if they hold it, else as the supervising head. */
const workingRole = (task: Task, actor: TaskActor): Role =>
  actor.roles.includes(task.spec.candidateRole) ? task.spec.candidateRole : 'head-of-authority';
