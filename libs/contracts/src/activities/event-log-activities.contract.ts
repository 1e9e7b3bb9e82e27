import type {
  Actor,
  ApplicationScreening,
  EstablishmentDossier,
  LifecycleEvent,
  OfficialSchedule,
  ReminderPolicy,
  RuleCorrection,
} from '@htx/domain';

export type AppendLifecycleEventsInput = {
  /** The subject's stream: a cooperative's id (an establishment application uses the id its cooperative will have). */
  readonly streamId: string;
  readonly workflowId: string;
  readonly actor: Actor;
  /** When the events happened in the world (ISO instant with offset). */
  readonly occurredAt: string;
  readonly events: readonly LifecycleEvent[];
  /**
   * When each event happened, where they differ (an imported history: registration, then each fact on its own
   * date); absent, every event happened at `occurredAt`.
   */
  readonly occurredAtByEvent?: readonly string[];
};

export type AppendLifecycleEventsResult = {
  readonly streamVersion: number;
  readonly headHash: string;
};

/**
 * The only way events enter the log: appended with their hash chain, in the same transaction as the read models
 * they change (the registry, the task inbox). Idempotent per workflow run and activity: a retried activity appends
 * nothing twice.
 */
export interface EventLogActivityContract {
  appendLifecycleEvents(input: AppendLifecycleEventsInput): Promise<AppendLifecycleEventsResult>;
}

/** What a cooperative's run decides with, read in one go as it starts. */
export type RunSettings = {
  readonly schedules: readonly OfficialSchedule[];
  readonly corrections: readonly RuleCorrection[];
  readonly reminderPolicy: ReminderPolicy;
};

/** Reference data a workflow needs to decide deterministically, read once through an activity. */
export interface ReferenceDataActivityContract {
  /** The calendar schedules, the rule corrections and the reminder policy, together. */
  loadRunSettings(): Promise<RunSettings>;
  /** Every official yearly schedule loaded so far (years without one use the statutory default). */
  loadCalendarSchedules(): Promise<OfficialSchedule[]>;
  /** Every rule-pack correction an administrator has saved, oldest first. */
  loadRuleCorrections(): Promise<RuleCorrection[]>;
  /** The workflow ids of the registry's cooperatives after a cursor, a page at a time (for a rule-pack rollout). */
  cooperativeWorkflowPage(input: { readonly after: string | null; readonly limit: number }): Promise<{
    readonly workflowIds: string[];
    readonly next: string | null;
  }>;
}

export type AllocateRegistrationCodeInput = {
  readonly applicationId: string;
  readonly territoryCode: string;
  readonly year: number;
};

export type ScreenApplicationInput = {
  readonly applicationId: string;
  readonly dossier: EstablishmentDossier;
};

/** The registry's own bookkeeping. */
export interface RegistryActivityContract {
  /**
   * What the registry says about a filing as it stands now: cooperatives and other pending applications of the
   * territory with the same name, and founding members barred from founding (being dissolved, dissolved, revoked).
   */
  screenApplication(input: ScreenApplicationInput): Promise<ApplicationScreening>;

  /**
   * The next registration code of the territory and year (format `<territory>-<year>-<sequence>`, e.g. 216-2026-0007),
   * once per application: a retry returns the code already given.
   */
  allocateRegistrationCode(input: AllocateRegistrationCodeInput): Promise<string>;
}
