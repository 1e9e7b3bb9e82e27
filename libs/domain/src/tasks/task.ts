import type { Role } from '../access/roles';
import type { DeadlineProvenance, Period } from '../calendar/deadline';
import type { LegalBasis } from '../legal/legal-basis';
import type { IsoDate } from '../shared/iso-date';
import type { LocalizedText } from '../shared/localized-text';

export const TASK_STATUSES = ['open', 'claimed', 'completed', 'cancelled', 'expired'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_KINDS = [
  'establishment-review',
  'establishment-decision',
  'dormancy-review',
  'support-approval',
  'dissolution-step',
  'dissolution-decision',
  'dissolution-follow-up',
  'conversion-sign-off',
  'conversion-overdue',
  'report-follow-up',
  'report-cascade',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export type TaskSubject = {
  /** `territory-report`: a territory's yearly aggregate (its id derived from the territory and the year). */
  readonly type: 'cooperative' | 'establishment-application' | 'territory-report';
  readonly id: string;
  readonly name: string;
  readonly territoryCode: string;
};

/** One way to close a task, with what it binds and what follows. */
export type DecisionOption = {
  readonly id: string;
  readonly label: LocalizedText;
  /** A binding decision (a certificate, a refusal…) needs the head of the authority. */
  readonly binding: boolean;
  /** Written reasons required (e.g. a refusal). */
  readonly requiresComment: boolean;
  readonly consequence: LocalizedText;
  readonly legalBasis: LegalBasis | null;
};

export type FormField = {
  readonly name: string;
  readonly label: LocalizedText;
  readonly type: 'text' | 'long-text' | 'date' | 'number' | 'boolean';
  /** Required whatever the decision, or only for these options. */
  readonly requiredFor: 'all' | readonly string[];
  readonly maxLength?: number;
};

/** Why the task exists, shown on its card: what triggered it, under which rule, how the due date came about, what if ignored. */
export type TaskWhy = {
  readonly trigger: { readonly event: string; readonly occurredAt: string; readonly summary: LocalizedText };
  readonly rule: { readonly ruleId: string; readonly summary: LocalizedText; readonly legalBasis: LegalBasis | null };
  readonly ifIgnored: LocalizedText;
};

/**
 * Reminders and escalation (jBPM's "not completed by" escalation): remind the assignee (or the candidates) some working
 * days before the due date and on it; once it is overdue by `escalateAfter`, hand it to the head of the authority.
 */
export type EscalationPolicy = {
  readonly remindBefore: Period | null;
  readonly escalateAfter: Period | null;
  /** The task closes as expired this long after the due date (null: it waits). */
  readonly expireAfter: Period | null;
};

/** What a workflow asks an officer to do. */
export type TaskSpec = {
  readonly taskId: string;
  readonly kind: TaskKind;
  readonly title: LocalizedText;
  readonly subject: TaskSubject;
  /** What the task decides within its subject, when the subject has several (e.g. one support request); else null. */
  readonly reference: string | null;
  readonly candidateRole: Role;
  readonly priority: number;
  readonly due: DeadlineProvenance;
  readonly followUpOn: IsoDate | null;
  readonly form: readonly FormField[];
  readonly options: readonly DecisionOption[];
  readonly why: TaskWhy;
  /** People who may not decide this task (who prepared or flagged the case), and why. */
  readonly excludedDeciders: readonly { readonly actorId: string; readonly reason: LocalizedText }[];
  readonly escalation: EscalationPolicy;
};

export type TaskDecision = {
  readonly optionId: string;
  readonly comment: string;
  readonly formData: Readonly<Record<string, string | number | boolean>>;
  readonly decidedBy: { readonly id: string; readonly role: Role; readonly displayName: string };
  readonly decidedAt: string;
};

/** A task as its workflow holds it. */
export type Task = {
  readonly spec: TaskSpec;
  readonly status: TaskStatus;
  readonly assignee: { readonly id: string; readonly displayName: string } | null;
  readonly escalated: boolean;
  readonly decision: TaskDecision | null;
  readonly closedAt: string | null;
};

export const isClosed = (task: Pick<Task, 'status'>) =>
  task.status === 'completed' || task.status === 'cancelled' || task.status === 'expired';
