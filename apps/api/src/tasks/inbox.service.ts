import {
  checkAssign,
  checkClaim,
  checkDecision,
  checkUnclaim,
  DomainError,
  text,
  vietnamDateOf,
  type TaskActor,
} from '@htx/domain';
import {
  AuditLog,
  TaskRepository,
  TaskViewRepository,
  UserRepository,
  type TaskCursor,
  type TaskRecord,
} from '@htx/persistence';
import { TaskClient, workflowRefusalOf, type TaskAction } from '@htx/temporal-client';
import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../access/access-policy';
import { actingAs, type AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError, type ApiErrorDto } from '../http/api-error';
import { invalidRequest } from '../http/validation';
import type { ListTasksDto, TaskFiltersDto } from './dto/list-tasks.dto';
import { taskRefusal } from './task-refusal';

export type TaskPage = { readonly items: TaskRecord[]; readonly nextCursor: string | null };

const actorOf = (user: AuthenticatedUser): TaskActor => ({
  id: user.id,
  displayName: user.displayName,
  roles: user.roles,
});

function encodeCursor(task: TaskRecord): string {
  return Buffer.from(JSON.stringify([task.spec.due.due, task.spec.priority, task.spec.taskId])).toString('base64url');
}

function decodeCursor(cursor: string): TaskCursor {
  try {
    const [dueOn, priority, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [
      string,
      number,
      string,
    ];
    if (typeof dueOn === 'string' && typeof priority === 'number' && typeof id === 'string')
      return { dueOn, priority, id };
  } catch {
    // reported below
  }
  throw invalidRequest([
    {
      field: 'after',
      reason: text('Con trỏ trang không hợp lệ.', 'The page cursor is not valid.'),
      fix: text('Dùng đúng nextCursor của trang trước.', 'Pass the nextCursor of the previous page unchanged.'),
    },
  ]);
}

@Injectable()
export class InboxService {
  constructor(
    private readonly tasks: TaskRepository,
    private readonly views: TaskViewRepository,
    private readonly users: UserRepository,
    private readonly client: TaskClient,
    private readonly access: AccessPolicy,
    private readonly auditLog: AuditLog,
  ) {}

  async list(query: ListTasksDto, user: AuthenticatedUser, now: Date): Promise<TaskPage> {
    const { territoryCodes } = await this.access.reach(user, now);
    const filters: TaskFiltersDto = {
      ...(query.viewId ? await this.savedFilters(query.viewId, user, now) : {}),
      ...definedOnly(query),
    };
    const limit = query.limit ?? 25;
    const items = await this.tasks.list({
      territoryCodes: territoryCodes ?? [],
      userId: user.id,
      roles: user.roles,
      view: filters.view ?? 'all',
      statuses: filters.status ?? ['open', 'claimed'],
      kind: filters.kind,
      territoryCode: filters.territoryCode,
      overdueOn: filters.overdue ? vietnamDateOf(now) : undefined,
      dueBefore: filters.dueBefore,
      sort: filters.sort ?? 'due',
      after: query.after ? decodeCursor(query.after) : undefined,
      limit,
    });
    return { items, nextCursor: items.length === limit ? encodeCursor(items[items.length - 1]) : null };
  }

  /** The task if it lies within the user's reach; otherwise the same 404 as for one that does not exist, recorded. */
  async get(id: string, user: AuthenticatedUser, now: Date, action = 'read'): Promise<TaskRecord> {
    const task = await this.tasks.findById(id);
    if (!task)
      throw taskRefusal('TASK_NOT_FOUND', text(`Không tìm thấy công việc ${id}.`, `Task ${id} was not found.`), [])!;
    if (!(await this.access.covers(user, task.spec.subject.territoryCode, now))) {
      throw await this.access.refuse(
        user,
        { action, subject: { type: 'task', id }, cooperativeId: null, territoryCode: task.spec.subject.territoryCode },
        now,
      );
    }
    return task;
  }

  /**
   * An officer's action: checked here with the domain's task rules (a clear refusal never reaches Temporal), then sent
   * to the owning workflow as an Update, whose validator checks again against the workflow's own state.
   */
  async act(
    id: string,
    user: AuthenticatedUser,
    request:
      | { kind: 'claim' }
      | { kind: 'unclaim' }
      | { kind: 'assign'; assigneeId: string }
      | ({ kind: 'decide' } & Omit<Extract<TaskAction, { kind: 'decide' }>, 'kind'>),
    now: Date,
    idempotencyKey?: string,
  ): Promise<TaskRecord> {
    const task = await this.get(id, user, now, request.kind);
    const actor = actorOf(user);
    const action: TaskAction =
      request.kind === 'assign'
        ? { kind: 'assign', assignee: await this.assignee(request.assigneeId, task, now) }
        : request;
    let check: 'apply' | 'unchanged';
    try {
      check =
        action.kind === 'claim'
          ? checkClaim(task, actor)
          : action.kind === 'unclaim'
            ? checkUnclaim(task, actor)
            : action.kind === 'assign'
              ? checkAssign(task, actor, action.assignee)
              : checkDecision(task, actor, action);
    } catch (error) {
      const refusal = error instanceof DomainError && taskRefusal(error.code, error.detail, error.problems);
      throw refusal ? await this.refused(refusal, task, user, action.kind, now) : error;
    }
    if (check === 'unchanged') return task;

    try {
      const updateId = idempotencyKey ? `${id}/${action.kind}/${idempotencyKey}` : undefined;
      await this.client.act(task.workflowId, { taskId: id, actor }, action, updateId);
    } catch (error) {
      const workflowRefusal = workflowRefusalOf(error);
      const refusal =
        workflowRefusal &&
        taskRefusal(
          workflowRefusal.type,
          workflowRefusal.detail ?? text('Không thực hiện được.', 'Refused.'),
          workflowRefusal.problems,
        );
      throw refusal ? await this.refused(refusal, task, user, action.kind, now) : error;
    }
    return (await this.tasks.findById(id))!;
  }

  /** A refused action is on the audit trail with who tried what, on which task, and why it was refused. */
  private async refused(
    refusal: ApiError,
    task: TaskRecord,
    user: AuthenticatedUser,
    attempted: TaskAction['kind'],
    now: Date,
  ): Promise<ApiError> {
    const { code, message } = refusal.getResponse() as ApiErrorDto;
    await this.auditLog.record({
      actor: actingAs(user, user.roles),
      action: 'task-action-refused',
      outcome: 'denied',
      subject: { type: 'task', id: task.spec.taskId },
      cooperativeId: task.spec.subject.id,
      territoryCode: task.spec.subject.territoryCode,
      reason: message,
      details: { attempted, code, taskKind: task.spec.kind },
      occurredAt: now,
    });
    return refusal;
  }

  private async assignee(assigneeId: string, task: TaskRecord, now: Date): Promise<TaskActor> {
    const found = await this.users.findById(assigneeId);
    const problem = (vi: string, en: string) => invalidRequest([{ field: 'assigneeId', reason: text(vi, en) }]);
    if (!found?.active) throw problem(`Không có người dùng ${assigneeId}.`, `There is no user ${assigneeId}.`);
    const candidate = { ...found, cooperativeIds: found.cooperativeIds };
    if (!(await this.access.covers(candidate, task.spec.subject.territoryCode, now))) {
      throw problem(
        `${found.displayName} không phụ trách địa bàn này.`,
        `${found.displayName} does not cover this territory.`,
      );
    }
    return { id: found.id, displayName: found.displayName, roles: found.roles };
  }

  private async savedFilters(viewId: string, user: AuthenticatedUser, now: Date): Promise<TaskFiltersDto> {
    const { territoryCodes } = await this.access.reach(user, now);
    const visible = await this.views.visibleTo(user.id, territoryCodes ?? []);
    const view = visible.find((candidate) => candidate.id === viewId);
    if (!view) {
      throw new ApiError(404, 'TASK_VIEW_NOT_FOUND', text('Không tìm thấy bộ lọc đã lưu.', 'Saved view not found.'));
    }
    return view.filters;
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as Partial<T>;
}
