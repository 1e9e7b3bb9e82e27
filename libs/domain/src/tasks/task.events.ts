import type { LegalBasis } from '../legal/legal-basis';
import type { IsoDate } from '../shared/iso-date';
import type { LocalizedText } from '../shared/localized-text';
import type { Task, TaskDecision, TaskSpec } from './task';

type TaskEventOf<Type extends string, Data> = {
  readonly type: Type;
  readonly data: Data & { readonly taskId: string };
  /** The task's rule, where it has one (claiming or reminding is not itself a legal act). */
  readonly legalBasis: LegalBasis | null;
};

type Person = { readonly id: string; readonly displayName: string };

export type TaskOpened = TaskEventOf<'TaskOpened', { readonly spec: TaskSpec }>;
export type TaskClaimed = TaskEventOf<'TaskClaimed', { readonly assignee: Person }>;
export type TaskUnclaimed = TaskEventOf<'TaskUnclaimed', Record<never, never>>;
export type TaskAssigned = TaskEventOf<'TaskAssigned', { readonly assignee: Person }>;
export type TaskDecided = TaskEventOf<'TaskDecided', { readonly decision: TaskDecision }>;
export type TaskReminderSent = TaskEventOf<
  'TaskReminderSent',
  { readonly to: readonly string[]; readonly dueOn: IsoDate }
>;
export type TaskEscalated = TaskEventOf<'TaskEscalated', { readonly overdueSince: IsoDate }>;
export type TaskCancelled = TaskEventOf<'TaskCancelled', { readonly reason: LocalizedText }>;
export type TaskExpired = TaskEventOf<'TaskExpired', { readonly dueOn: IsoDate }>;

export type TaskEvent =
  | TaskOpened
  | TaskClaimed
  | TaskUnclaimed
  | TaskAssigned
  | TaskDecided
  | TaskReminderSent
  | TaskEscalated
  | TaskCancelled
  | TaskExpired;

/** The task a stream of its events describes. `at` is when the event happened (for closing times). */
export function evolveTask(task: Task | null, event: TaskEvent, at: string): Task | null {
  if (event.type === 'TaskOpened') {
    return { spec: event.data.spec, status: 'open', assignee: null, escalated: false, decision: null, closedAt: null };
  }
  if (!task) return null;
  switch (event.type) {
    case 'TaskClaimed':
    case 'TaskAssigned':
      return { ...task, status: 'claimed', assignee: event.data.assignee };
    case 'TaskUnclaimed':
      return { ...task, status: 'open', assignee: null };
    case 'TaskDecided':
      return { ...task, status: 'completed', decision: event.data.decision, closedAt: at };
    case 'TaskReminderSent':
      return task;
    case 'TaskEscalated':
      return { ...task, escalated: true };
    case 'TaskCancelled':
      return { ...task, status: 'cancelled', closedAt: at };
    case 'TaskExpired':
      return { ...task, status: 'expired', closedAt: at };
  }
}
