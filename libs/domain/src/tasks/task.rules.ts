import type { Role } from '../access/roles';
import { ROLE_LABELS } from '../access/roles';
import { computeDeadline, type Period } from '../calendar/deadline';
import { addDays } from '../calendar/calendar-date';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { DomainError, type FieldProblem } from '../shared/domain-error';
import { isIsoDate, type IsoDate } from '../shared/iso-date';
import { text } from '../shared/localized-text';
import { isClosed, type Task, type TaskDecision } from './task';

/** Who is trying to act on a task, with every role they hold. */
export type TaskActor = { readonly id: string; readonly displayName: string; readonly roles: readonly Role[] };

export type DecisionAttempt = {
  readonly optionId: string;
  readonly comment: string;
  readonly formData: Readonly<Record<string, string | number | boolean>>;
};

/** Whether an attempt changes something ('apply') or repeats what is already so ('unchanged', harmless). */
export type TaskCheck = 'apply' | 'unchanged';

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** An instant as officers read it: Vietnam's wall clock (UTC+7, no daylight saving), to the minute. */
const formatWhen = (iso: string | null) =>
  iso ? new Date(Date.parse(iso) + VIETNAM_OFFSET_MS).toISOString().replace('T', ' ').slice(0, 16) : '?';

function closed(task: Task): DomainError {
  const decision = task.decision;
  return new DomainError(
    'TASK_CLOSED',
    decision
      ? text(
          `Công việc đã được ${decision.decidedBy.displayName} quyết định lúc ${formatWhen(decision.decidedAt)} (giờ Việt Nam).`,
          `The task was decided by ${decision.decidedBy.displayName} at ${formatWhen(decision.decidedAt)} (Vietnam time).`,
        )
      : text(`Công việc đã đóng (${task.status}).`, `The task is closed (${task.status}).`),
  );
}

function claimedByOther(task: Task): DomainError {
  return new DomainError(
    'TASK_CLAIMED_BY_OTHER',
    text(
      `${task.assignee?.displayName ?? '?'} đang xử lý công việc này.`,
      `${task.assignee?.displayName ?? '?'} is working on this task.`,
    ),
  );
}

/** The candidates of the task, and the head of the authority, who supervises every step. */
function mayWork(task: Task, actor: TaskActor): boolean {
  return actor.roles.includes(task.spec.candidateRole) || actor.roles.includes('head-of-authority');
}

function roleNotAllowed(task: Task): DomainError {
  const label = ROLE_LABELS[task.spec.candidateRole];
  return new DomainError(
    'TASK_ROLE_NOT_ALLOWED',
    text(`Công việc này dành cho ${label.vi}.`, `This task is for the ${label.en.toLowerCase()}.`),
  );
}

export function checkClaim(task: Task, actor: TaskActor): TaskCheck {
  if (isClosed(task)) throw closed(task);
  if (!mayWork(task, actor)) throw roleNotAllowed(task);
  if (task.status === 'claimed') {
    if (task.assignee?.id === actor.id) return 'unchanged';
    throw claimedByOther(task);
  }
  return 'apply';
}

export function checkUnclaim(task: Task, actor: TaskActor): TaskCheck {
  if (isClosed(task)) throw closed(task);
  if (task.status === 'open') return 'unchanged';
  if (task.assignee?.id !== actor.id && !actor.roles.includes('head-of-authority')) throw claimedByOther(task);
  return 'apply';
}

/** Only the head of the authority assigns, and only to someone who may work the task. */
export function checkAssign(task: Task, actor: TaskActor, assignee: TaskActor): TaskCheck {
  if (isClosed(task)) throw closed(task);
  if (!actor.roles.includes('head-of-authority')) {
    throw new DomainError(
      'TASK_ROLE_NOT_ALLOWED',
      text('Chỉ lãnh đạo cơ quan mới giao việc.', 'Only the head of the authority assigns tasks.'),
    );
  }
  if (!mayWork(task, assignee)) {
    throw new DomainError('INVALID_DECISION', roleNotAllowed(task).detail, [
      { field: 'assigneeId', reason: roleNotAllowed(task).detail },
    ]);
  }
  return task.status === 'claimed' && task.assignee?.id === assignee.id ? 'unchanged' : 'apply';
}

/**
 * A decision is taken by whoever holds the task (or, on an open task, by any candidate, which claims it). A binding
 * option needs the head of the authority; whoever prepared or flagged the case may not take it; the form must be
 * complete. Repeating the decision already recorded, by the same person, is harmless.
 */
export function checkDecision(task: Task, actor: TaskActor, attempt: DecisionAttempt): TaskCheck {
  if (task.status === 'completed' && isSameDecision(task.decision, actor, attempt)) return 'unchanged';
  if (isClosed(task)) throw closed(task);
  if (!mayWork(task, actor)) throw roleNotAllowed(task);
  if (task.status === 'claimed' && task.assignee?.id !== actor.id) throw claimedByOther(task);

  const option = task.spec.options.find((candidate) => candidate.id === attempt.optionId);
  if (!option) {
    throw new DomainError('INVALID_DECISION', text('Lựa chọn không hợp lệ.', 'Not one of the decision options.'), [
      {
        field: 'optionId',
        reason: text(
          `Chọn một trong: ${task.spec.options.map((o) => o.id).join(', ')}.`,
          `Choose one of: ${task.spec.options.map((o) => o.id).join(', ')}.`,
        ),
      },
    ]);
  }
  if (option.binding && !actor.roles.includes('head-of-authority')) {
    throw new DomainError(
      'TASK_ROLE_NOT_ALLOWED',
      text(
        `"${option.label.vi}" là quyết định có giá trị pháp lý: cần lãnh đạo cơ quan ký.`,
        `"${option.label.en}" is a binding decision: the head of the authority signs it.`,
      ),
    );
  }
  const excluded = task.spec.excludedDeciders.find((entry) => entry.actorId === actor.id);
  if (excluded) {
    throw new DomainError(
      'SEPARATION_OF_DUTIES',
      text(
        `Người đã ${excluded.reason.vi} không được quyết định bước này.`,
        `Whoever ${excluded.reason.en} may not decide this step.`,
      ),
    );
  }
  const problems = checkForm(task, attempt);
  if (option.requiresComment && attempt.comment.trim().length === 0) {
    problems.push({
      field: 'comment',
      reason: text('Cần ghi rõ lý do bằng văn bản.', 'Written reasons are required.'),
      fix: text('Nêu căn cứ và lý do của quyết định.', 'State the grounds and reasons for the decision.'),
    });
  }
  if (problems.length > 0) {
    throw new DomainError(
      'INVALID_DECISION',
      text('Quyết định chưa đủ thông tin.', 'The decision is incomplete.'),
      problems,
    );
  }
  return 'apply';
}

function isSameDecision(decision: TaskDecision | null, actor: TaskActor, attempt: DecisionAttempt): boolean {
  return (
    !!decision &&
    decision.decidedBy.id === actor.id &&
    decision.optionId === attempt.optionId &&
    decision.comment === attempt.comment &&
    JSON.stringify(decision.formData) === JSON.stringify(attempt.formData)
  );
}

function checkForm(task: Task, attempt: DecisionAttempt): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const fields = new Map(task.spec.form.map((field) => [field.name, field]));
  for (const name of Object.keys(attempt.formData)) {
    if (!fields.has(name)) {
      problems.push({
        field: `formData.${name}`,
        reason: text('Trường không có trong biểu mẫu.', 'Not a field of this form.'),
      });
    }
  }
  for (const field of task.spec.form) {
    const value = attempt.formData[field.name];
    const required = field.requiredFor === 'all' || field.requiredFor.includes(attempt.optionId);
    if (value === undefined || value === '') {
      if (required) {
        problems.push({
          field: `formData.${field.name}`,
          reason: text(`Cần điền "${field.label.vi}".`, `"${field.label.en}" is required.`),
        });
      }
      continue;
    }
    const wrongType =
      (field.type === 'number' && (typeof value !== 'number' || !Number.isFinite(value))) ||
      (field.type === 'boolean' && typeof value !== 'boolean') ||
      (field.type === 'date' && (typeof value !== 'string' || !isIsoDate(value))) ||
      ((field.type === 'text' || field.type === 'long-text') &&
        (typeof value !== 'string' || value.length > (field.maxLength ?? (field.type === 'text' ? 500 : 10_000))));
    if (wrongType) {
      problems.push({
        field: `formData.${field.name}`,
        reason: text(
          `"${field.label.vi}" không đúng kiểu (${field.type}).`,
          `"${field.label.en}" is not a valid ${field.type}.`,
        ),
      });
    }
  }
  return problems;
}

export type TaskMilestone = { readonly on: IsoDate; readonly action: 'remind' | 'remind-due' | 'escalate' | 'expire' };

/** The working day `count` working days before `date`. */
function workingDaysBefore(calendar: WorkingCalendar, date: IsoDate, count: number): IsoDate {
  let day = date;
  for (let counted = 0; counted < count;) {
    day = addDays(day, -1);
    if (calendar.isWorkingDay(day)) counted += 1;
  }
  return day;
}

/** When a task's reminders, escalation and expiry fall, in order (each at the start of that working day). */
export function taskMilestones(
  calendar: WorkingCalendar,
  task: Pick<Task, 'spec'>,
  openedOn: IsoDate,
): TaskMilestone[] {
  const { due, escalation } = task.spec;
  const milestones: TaskMilestone[] = [];
  const before = (period: Period | null) =>
    period && period.unit === 'working-days' ? workingDaysBefore(calendar, due.due, period.count) : null;
  const remindOn = before(escalation.remindBefore);
  if (remindOn && remindOn > openedOn) milestones.push({ on: remindOn, action: 'remind' });
  milestones.push({ on: due.due, action: 'remind-due' });
  if (escalation.escalateAfter) {
    milestones.push({ on: computeDeadline(calendar, due.due, escalation.escalateAfter).due, action: 'escalate' });
  }
  if (escalation.expireAfter) {
    milestones.push({ on: computeDeadline(calendar, due.due, escalation.expireAfter).due, action: 'expire' });
  }
  return milestones.sort((a, b) => a.on.localeCompare(b.on));
}
