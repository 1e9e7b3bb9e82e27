// The parts of the api's answers that its OpenAPI document leaves as a plain `object` (or describes only in words),
// spelled out as the api sends them. Everything else comes from the generated schema.d.ts.
import type { LocalizedText } from '../i18n';
import type { Schemas } from './client';
import type { paths } from './schema';

export type Role = Schemas['UserResponseDto']['roles'][number];
export type User = Schemas['UserResponseDto'];
export type LegalBasis = Schemas['LegalBasisDto'];
export type CooperativeResponse = Schemas['CooperativeResponseDto'];
export type LifecycleEventResponse = Schemas['LifecycleEventResponseDto'];
export type ChainVerification = Schemas['ChainVerificationResponseDto'];
export type Territory = Schemas['TerritoryDto'];
export type TaskFilters = Schemas['TaskFiltersDto'];
export type TaskView = Schemas['TaskViewResponseDto'];
export type RegistryImport = Omit<Schemas['RegistryImportDto'], 'failures' | 'rejectedRows'> & {
  failures: { row: number; registrationCode: string; reason: string }[];
  rejectedRows: { row: number; registrationCode: string | null; problems: Schemas['FieldProblemDto'][] }[];
};

export type Period = { unit: 'working-days' | 'days' | 'months'; count: number };
export type DayOff = { date: string; kind: string; reason: LocalizedText };

/** How a due date came about (TaskDueDto.provenance). */
export type DeadlineProvenance = {
  period: Period;
  from: string;
  due: string;
  skipped: DayOff[];
  rolledForwardFrom: string | null;
  calendar: { year: number; basis: 'official' | 'statutory-default'; source: string }[];
  legalBasis: LegalBasis | null;
  explanation: LocalizedText;
};

export type DecisionOption = {
  id: string;
  label: LocalizedText;
  binding: boolean;
  requiresComment: boolean;
  consequence: LocalizedText;
  legalBasis: LegalBasis | null;
};

export type FormField = {
  name: string;
  label: LocalizedText;
  type: 'text' | 'long-text' | 'date' | 'number' | 'boolean';
  requiredFor: 'all' | string[];
  maxLength?: number;
};

export type Task = Omit<
  Schemas['TaskResponseDto'],
  'subject' | 'why' | 'options' | 'form' | 'excludedDeciders' | 'decision' | 'assignee' | 'due' | 'closedAt'
> & {
  subject: {
    type: 'cooperative' | 'establishment-application' | 'territory-report';
    id: string;
    name: string;
    territoryCode: string;
  };
  assignee: { id: string; displayName: string } | null;
  due: Omit<Schemas['TaskDueDto'], 'provenance'> & { provenance: DeadlineProvenance };
  why: {
    trigger: { event: string; occurredAt: string; summary: LocalizedText };
    rule: { ruleId: string; summary: LocalizedText; legalBasis: LegalBasis | null };
    ifIgnored: LocalizedText;
  };
  options: DecisionOption[];
  form: FormField[];
  excludedDeciders: { actorId: string; reason: LocalizedText }[];
  decision: {
    optionId: string;
    comment: string;
    formData: Record<string, string | number | boolean>;
    decidedBy: { id: string; role: string; displayName: string };
    decidedAt: string;
  } | null;
  closedAt: string | null;
};
export type TaskPage = { items: Task[]; nextCursor?: string | null };

export type DormancyClock = {
  ground: 'inactive-12m' | 'below-minimum-12m' | 'no-general-meeting-18m';
  since: string;
  dueOn: string;
  months: number;
  regime: string;
  effect: 'dissolution-ground' | 'monitoring-flag';
  legalBasis: LegalBasis;
};
export type DormancyCase = {
  stage: 'under-review' | 'evidence-requested' | 'confirmed';
  openedOn: string;
  grounds: DormancyClock[];
  flaggedBy: string;
  evidenceDueOn: string | null;
  confirmedOn: string | null;
  path: 'compulsory-dissolution' | 'revocation-proceeding' | null;
};
export type Suspension = {
  noticeOn: string;
  from: string;
  until: string;
  resumeOn: string | null;
  started: boolean;
  consecutiveSince: string;
};
export type SupportRecord = {
  supportId: string;
  kind: string;
  description: string;
  programme: string;
  requestedAmount: number;
  requestedOn: string;
  status: 'requested' | 'approved' | 'refused';
  approvedAmount: number;
  decidedOn: string | null;
  disbursements: { on: string; amount: number }[];
};

export type OperatingEvidence = Pick<Schemas['OperatingEvidenceDto'], 'lastOperatingOn' | 'lastOperatingBy'> & {
  lastGeneralMeetingOn: string | null;
  lastReport: { year: number; filedOn: string } | null;
  belowMinimumSince: string | null;
  clocksRestartedOn: string | null;
};

export type Cooperative = Omit<
  CooperativeResponse,
  'suspension' | 'dormancy' | 'support' | 'evidence' | 'dissolution'
> & {
  evidence: OperatingEvidence;
  dissolution: DissolutionSummary | null;
  suspension: Suspension | null;
  dormancy: DormancyCase | null;
  support: SupportRecord[];
};

/** GET /cooperatives/:id/events?asOf=…: the record as the events up to that day fold into. */
export type RecordAsOf = {
  asOf: string;
  record: {
    name: string;
    registrationCode: string;
    status: CooperativeResponse['status'];
    memberCount: number;
    territoryCode: string;
    suspension: Suspension | null;
    dormancy: DormancyCase | null;
  } | null;
  events: LifecycleEventResponse[];
};

export type Signatory = { id: string; displayName: string };
export type Application = Omit<
  Schemas['ApplicationResponseDto'],
  | 'dossier'
  | 'checks'
  | 'amendments'
  | 'printouts'
  | 'proposal'
  | 'certificate'
  | 'decidedBy'
  | 'tasks'
  | 'registrationCode'
  | 'decidedOn'
  | 'refusalReasons'
  | 'lapsedOn'
> & {
  dossier: Omit<Schemas['SubmitApplicationDto'], 'documentIds'> & {
    documents: { documentId: string; kind: string; fileName: string; size: number; sha256: string }[];
  };
  checks: { ruleId: string; passed: boolean; label: LocalizedText; detail: LocalizedText; legalBasis: LegalBasis }[];
  amendments: {
    number: number;
    items: string;
    requestedOn: string;
    requestedBy: Signatory;
    resubmitBy: string;
    resubmittedOn: string | null;
  }[];
  printouts: { kind: string; title: LocalizedText; href: string }[];
  proposal: { optionId: string; by: string; comment: string } | null;
  certificate: { number: string; issuedOn: string; signedBy: Signatory } | null;
  decidedBy: Signatory | null;
  registrationCode: string | null;
  decidedOn: string | null;
  refusalReasons: string | null;
  lapsedOn: string | null;
  tasks?: Task[];
};

export type Sweep = {
  sweepId: string;
  asOf: string;
  territoryCode: string | null;
  requestedBy: { id: string; displayName: string };
  status: 'running' | 'completed';
  startedAt: string;
  completedAt: string | null;
  counts?: { assessed: number; flagged: number };
};
export type SweepFinding = {
  cooperativeId: string;
  registrationCode: string;
  name: string;
  territoryCode: string;
  status: string;
  lastOperatingOn: string;
  lastGeneralMeetingOn: string | null;
  dormancyCase: { stage: DormancyCase['stage']; openedOn: string; flaggedBy: string } | null;
  assessment: {
    asOf: string;
    flagged: boolean;
    met: DormancyClock[];
    clocks: (DormancyClock & { monthsElapsed: number })[];
    explanation: LocalizedText;
  };
  review: { taskId: string; status: string; decision: Task['decision'] } | null;
};
export type SweepBatch = Sweep & {
  counts: { assessed: number; flagged: number };
  items: SweepFinding[];
  nextCursor: string | null;
};
export type BulkDecisionResult = {
  decided: number;
  unchanged: number;
  refused: number;
  results: {
    cooperativeId: string;
    outcome: 'decided' | 'unchanged' | 'refused';
    taskId: string | null;
    code?: string;
    message?: LocalizedText;
  }[];
};

/** GET /conversion-campaigns/:id: the campaign's terms and its cohort's progress. */
export type ProgressBucket =
  'not-started' | 'in-progress' | 'conformed' | 'overdue' | 'dissolved' | 'converted-out' | 'ended';
export type Campaign = {
  campaignId: string;
  name: string;
  territoryCode: string;
  target: 'law-2012' | 'law-2023';
  targetLabel: LocalizedText;
  legalDeadline: string;
  followUpBy: string;
  legalBasis: LegalBasis;
  openedBy: { id: string; displayName: string };
  openedOn: string;
  openedAt: string;
  /** null while the cohort is still being enrolled */
  enrolled: number | null;
  enrolling: boolean;
  daysToFollowUp: number;
  daysToLegalDeadline: number;
  progress: { bucket: ProgressBucket; label: LocalizedText; count: number }[];
  links: { self: string; enrolments: string; csv: string };
};

/** One cooperative in a campaign: its gap checklist, evidence and the notices mailed to it. */
export type Enrolment = {
  enrolmentId: string;
  campaign: Pick<Campaign, 'campaignId' | 'name' | 'target' | 'followUpBy' | 'legalDeadline' | 'legalBasis'>;
  cooperativeId: string;
  registrationCode: string;
  name: string;
  territoryCode: string;
  fromRegime: string;
  enrolledOn: string;
  stage: string;
  stageLabel: LocalizedText;
  bucket: ProgressBucket;
  checklist: {
    itemId: Schemas['GapAnswerDto']['itemId'];
    label: LocalizedText;
    legalBasis: LegalBasis;
    status: 'unknown' | 'conforms' | 'gap';
    statusLabel: LocalizedText;
    note: string;
    answer: { answeredBy: string; answeredOn: string } | null;
  }[];
  evidence: (Schemas['FileEvidenceDto'] & { filedBy: string }) | null;
  /** The reminders (60, 30 and 7 days before the follow-up date), the overdue notice and any violation notice. */
  notices: {
    noticeId: string;
    kind: 'reminder' | 'overdue' | 'violation';
    on: string;
    /** The officer's words, on a violation notice. */
    note?: string;
    /** null until the first attempt to mail it */
    delivery: {
      outcome: 'delivered' | 'bounced' | 'failed' | 'no-address';
      attempts: number;
      recipient: string | null;
      at: string;
      final: boolean;
    } | null;
  }[];
  overdueSince: string | null;
  conformedOn: string | null;
  ended: { on: string; how: string; note: string } | null;
  endLabel: LocalizedText | null;
  links: { self: string; checklist: string; evidence: string; record: string };
};
export type EnrolmentPage = { items: Enrolment[]; nextCursor: string | null };

/** GET /rule-packs: one entry per legal regime. */
export type RulePackSummary = {
  regime: string;
  title: LocalizedText;
  inForceFrom: string | null;
  inForceUntil: string | null;
  version: string;
  parameters: number;
  unconfirmed: number;
  corrections: number;
};
export type RuleUnit = 'members' | 'days' | 'working-days' | 'months' | 'date' | 'day-of-year' | 'share' | 'provision';
export type RuleCorrection = {
  regime: string;
  parameterId: string;
  sequence: number;
  value: number | string | null;
  citation: LocalizedText;
  confirmed: boolean;
  effectiveFrom: string;
  reason: string;
  correctedBy: string;
  correctedAt: string;
};
/** A parameter as it applies on a day, with the correction in force if any. */
export type AppliedRule = {
  regime: string;
  parameterId: string;
  topic: string;
  label: LocalizedText;
  unit: RuleUnit;
  unitLabel: LocalizedText;
  value: number | string | null;
  citation: LocalizedText;
  confirmed: boolean;
  basis: LegalBasis;
  correction: RuleCorrection | null;
};
export type RulePack = Omit<RulePackSummary, 'parameters' | 'unconfirmed' | 'corrections'> & {
  on: string;
  parameters: AppliedRule[];
  corrections: RuleCorrection[];
};
/** POST /rule-packs/:regime/preview: what saving the correction would change today. */
export type CorrectionPreview = {
  before: AppliedRule;
  after: AppliedRule;
  scanned: number;
  changedDeadlines: number;
  changedOutcomes: number;
  affected: {
    cooperativeId: string;
    registrationCode: string;
    name: string;
    territoryCode: string;
    deadlines: { label: LocalizedText; before: string | null; after: string | null }[];
    outcomes: { label: LocalizedText; before: boolean; after: boolean }[];
  }[];
};

/** GET /reports/overdue: one overdue year of one cooperative (its legal basis is a whole LegalBasis). */
export type OverdueReport = Omit<Schemas['OverdueReportDto'], 'legalBasis' | 'warnedOn' | 'notices'> & {
  legalBasis: LegalBasis;
  warnedOn: string | null;
  notices: (Omit<Schemas['NoticeSentDto'], 'recipient'> & { recipient: string | null })[];
};

/** GET /reports/annual (JSON): the year's aggregate for a territory and all under it. */
export type AnnualReport = {
  territory: { code: string; name: string; level: string };
  aggregate: {
    year: number;
    asOf: string;
    cooperatives: number;
    byKind: Record<string, number>;
    bySector: Record<string, number>;
    byStatus: Record<string, number>;
    members: number;
    reportedRevenue: number;
    reportsWithRevenue: number;
    registeredInYear: number;
    dissolvedInYear: number;
    convertedOut: number;
    reportsFiled: number;
    reportsOverdue: number;
    reportsUnknown: number;
    reportDue: { dueOn: string; legalBasis: LegalBasis };
    cascade: {
      district: { dueOn: string; legalBasis: LegalBasis } | null;
      province: { dueOn: string; legalBasis: LegalBasis } | null;
    };
  };
};

/** A dissolution or revocation case as GET /cooperatives/:id/dissolutions/:caseId gives it. */
export type DissolutionStepView = {
  stepId: NonNullable<
    paths['/cooperatives/{id}/dissolutions/{caseId}/steps/{stepId}']['post']
  >['parameters']['path']['stepId'];
  status: 'waiting' | 'due' | 'done' | 'superseded';
  label: LocalizedText;
  who: LocalizedText;
  kind: 'evidence' | 'office' | 'decision' | 'window' | null;
  after: string[];
  due: DeadlineProvenance | null;
  missedOn: string | null;
  completion: {
    completedOn: string;
    reference: string;
    note: string;
    outcome: string;
    by: { id: string; displayName: string };
  } | null;
  legalBasis: LegalBasis | null;
  links: { record?: string; inbox?: string };
};
export type CouncilMember = { name: string; role: string; organisation: string };
export type DissolutionCaseView = {
  caseId: string;
  kind: string;
  kindLabel: LocalizedText;
  plan: string;
  regime: string;
  ground: string;
  groundLabel: LocalizedText;
  groundBasis: LegalBasis;
  stage: 'open' | 'dissolved' | 'dropped';
  openedOn: string;
  openedBy: { id: string; displayName: string };
  resolution: { adoptedOn: string; membersPresent: number; votesFor: number; minutesReference: string } | null;
  council: (CouncilMember & { roleLabel: LocalizedText })[];
  courtDecision: { court: string; reference: string; decidedOn: string; receivedOn: string } | null;
  closedOn: string | null;
  steps: DissolutionStepView[];
  documents: { key: string; stepId: string; title: LocalizedText; href: string }[];
  links: { self: string; cooperative: string };
};
/** CooperativeResponse.dissolution: the open case (else the last one) in brief. */
export type DissolutionSummary = {
  caseId: string;
  kind: string;
  plan: string;
  stage: DissolutionCaseView['stage'];
  openedOn: string;
  stepsDue: string[];
};

/** GET /stats: a target against its actual, per territory and indicator (null: no target set). */
export type StatsRow = Omit<Schemas['StatsRowDto'], 'target' | 'achieved' | 'source' | 'indicator' | 'label'> & {
  label: LocalizedText;
  indicator: Schemas['TargetDto']['indicator'];
  target: number | null;
  achieved: number | null;
  source: string | null;
};
