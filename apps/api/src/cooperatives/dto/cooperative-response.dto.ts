import {
  COOPERATIVE_KIND_LABELS,
  COOPERATIVE_KINDS,
  COOPERATIVE_STATUS_LABELS,
  COOPERATIVE_STATUSES,
  LEGAL_REGIMES,
  REGIMES,
  SECTOR_LABELS,
  SECTORS,
  openDissolution,
  overdueReports,
  pendingDeadlines,
  type Cooperative,
  type LocalizedText,
  type RuleBook,
  regimeStanding,
  type RegimeStanding,
  vietnamDateOf,
} from '@htx/domain';
import type { CooperativeRecord } from '@htx/persistence';
import { ApiProperty } from '@nestjs/swagger';
import { LocalizedTextDto } from '../../http/api-error';
import { LegalBasisDto } from './lifecycle-event-response.dto';

export class CooperativeLinksDto {
  @ApiProperty({ example: '/cooperatives/3f1c…' })
  self: string;

  @ApiProperty({ example: '/cooperatives/3f1c…/events' })
  events: string;

  @ApiProperty({ example: '/cooperatives/3f1c…/events/verify' })
  verify: string;

  @ApiProperty({ example: '/cooperatives/3f1c…/dissolutions' })
  dissolutions: string;
}

export class OperatingEvidenceDto {
  @ApiProperty({ example: '2026-03-15', description: 'The last day it is known to have operated' })
  lastOperatingOn: string;

  @ApiProperty({ type: LocalizedTextDto, description: 'What that evidence was' })
  lastOperatingBy: LocalizedText;

  @ApiProperty({ example: '2026-03-15', nullable: true })
  lastGeneralMeetingOn: string | null;

  @ApiProperty({ example: { year: 2025, filedOn: '2026-01-10' }, nullable: true })
  lastReport: { year: number; filedOn: string } | null;

  @ApiProperty({ example: null, nullable: true, description: 'Since when it has had fewer members than the law asks' })
  belowMinimumSince: string | null;

  @ApiProperty({
    example: null,
    nullable: true,
    description: 'An officer dismissing a dormancy case restarted the clocks',
  })
  clocksRestartedOn: string | null;
}

export class PendingDeadlineDto {
  @ApiProperty({
    enum: [
      'dormancy-ground',
      'suspension-start',
      'suspension-end',
      'evidence-due',
      'dissolution-step',
      'annual-report',
      'report-ladder',
    ],
  })
  kind: string;

  @ApiProperty({ example: '2027-03-15' })
  dueOn: string;

  @ApiProperty({ type: LocalizedTextDto })
  label: LocalizedText;

  @ApiProperty({ type: LocalizedTextDto, description: 'How the date came about' })
  explanation: LocalizedText;

  @ApiProperty({ type: LegalBasisDto, nullable: true })
  legalBasis: LegalBasisDto | null;
}

export class CooperativeResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '2400123456' })
  registrationCode: string;

  @ApiProperty({ example: 'Hợp tác xã Nông nghiệp Ngọc Thiện' })
  name: string;

  @ApiProperty({ enum: COOPERATIVE_KINDS })
  kind: string;

  @ApiProperty({ type: LocalizedTextDto })
  kindLabel: LocalizedText;

  @ApiProperty({ enum: SECTORS })
  sector: string;

  @ApiProperty({ type: LocalizedTextDto })
  sectorLabel: LocalizedText;

  @ApiProperty({ example: '221' })
  territoryCode: string;

  @ApiProperty({ enum: LEGAL_REGIMES })
  regime: string;

  @ApiProperty({ type: LocalizedTextDto })
  regimeLabel: LocalizedText;

  @ApiProperty({ enum: COOPERATIVE_STATUSES })
  status: string;

  @ApiProperty({ type: LocalizedTextDto })
  statusLabel: LocalizedText;

  @ApiProperty({ example: '2015-03-20' })
  registeredOn: string;

  @ApiProperty({ example: 42 })
  memberCount: number;

  @ApiProperty({ example: 1, description: 'Events in its log so far' })
  streamVersion: number;

  @ApiProperty({ type: OperatingEvidenceDto })
  evidence: OperatingEvidenceDto;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'A notified suspension: noticeOn, from, until, resumeOn, started, consecutiveSince',
  })
  suspension: Cooperative['suspension'];

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description:
      'An open dormancy case: stage (under-review, evidence-requested, confirmed), openedOn, grounds (each with ' +
      'since, dueOn, months, effect and legal basis), flaggedBy, evidenceDueOn, path',
  })
  dormancy: Cooperative['dormancy'];

  @ApiProperty({
    type: [PendingDeadlineDto],
    description: 'Every date its record will change by itself, soonest first',
  })
  deadlines: PendingDeadlineDto[];

  @ApiProperty({
    description:
      'Which law governs the cooperative today, which law its charter conforms to, and the conversion deadline if behind',
  })
  regimeStanding: RegimeStanding;

  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description: 'Support for the new cooperative: requests, decisions and payments',
  })
  support: Cooperative['support'];

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description:
      'The open dissolution or revocation case (else the last one): caseId, kind, plan, stage, openedOn, the steps ' +
      'due now; the whole case at links.dissolutions',
  })
  dissolution: {
    caseId: string;
    kind: string;
    plan: string;
    stage: string;
    openedOn: string;
    stepsDue: string[];
  } | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description:
      'Yearly reports: obligations (year, dueOn with its legal basis, status, warnedOn, the reminder ladder with ' +
      'each notice and its delivery) and the reports filed; null until reports were first tracked',
  })
  reporting: Cooperative['reporting'] | null;

  @ApiProperty({
    type: [String],
    example: ['REPORT_OVERDUE'],
    description: 'Monitoring flags (not legal statuses): REPORT_OVERDUE once a report was warned overdue',
  })
  flags: string[];

  @ApiProperty({ example: 'htx.caoxa@example.vn', nullable: true, description: 'Where notices are sent' })
  noticeEmail: string | null;

  @ApiProperty({ type: CooperativeLinksDto })
  links: CooperativeLinksDto;
}

export function toCooperativeResponse(record: CooperativeRecord, rules: RuleBook): CooperativeResponseDto {
  const self = `/cooperatives/${record.cooperativeId}`;
  return {
    id: record.cooperativeId,
    registrationCode: record.registrationCode,
    name: record.name,
    kind: record.kind,
    kindLabel: COOPERATIVE_KIND_LABELS[record.kind],
    sector: record.sector,
    sectorLabel: SECTOR_LABELS[record.sector],
    territoryCode: record.territoryCode,
    regime: record.regime,
    regimeLabel: REGIMES[record.regime].title,
    status: record.status,
    statusLabel: COOPERATIVE_STATUS_LABELS[record.status],
    registeredOn: record.registeredOn,
    memberCount: record.memberCount,
    streamVersion: record.streamVersion,
    evidence: record.evidence,
    suspension: record.suspension,
    dormancy: record.dormancy,
    deadlines: pendingDeadlines(record, rules),
    regimeStanding: regimeStanding(record, vietnamDateOf(new Date()), rules),
    support: record.support,
    dissolution: dissolutionSummary(record),
    reporting: record.reporting ?? null,
    flags: overdueReports(record).length > 0 ? ['REPORT_OVERDUE'] : [],
    noticeEmail: record.noticeEmail ?? null,
    links: { self, events: `${self}/events`, verify: `${self}/events/verify`, dissolutions: `${self}/dissolutions` },
  };
}

function dissolutionSummary(record: CooperativeRecord): CooperativeResponseDto['dissolution'] {
  const cases = record.dissolutions ?? [];
  const shown = openDissolution(cases) ?? cases[cases.length - 1];
  if (!shown) return null;
  const { caseId, kind, plan, stage, openedOn } = shown;
  const stepsDue = shown.steps.filter((step) => step.status === 'due').map((step) => step.stepId);
  return { caseId, kind, plan, stage, openedOn, stepsDue };
}
