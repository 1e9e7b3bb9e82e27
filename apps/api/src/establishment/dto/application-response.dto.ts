import {
  APPLICATION_STATUS_LABELS,
  applicationPrintouts,
  COOPERATIVE_KIND_LABELS,
  REGIMES,
  type EstablishmentApplication,
  type LocalizedText,
} from '@htx/domain';
import type { ApplicationRecord } from '@htx/persistence';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LocalizedTextDto } from '../../http/api-error';
import { TaskResponseDto } from '../../tasks/dto/task-response.dto';

export class ApplicationResponseDto {
  @ApiProperty({ format: 'uuid', description: 'Also the cooperative id once registered' })
  id: string;

  @ApiProperty({ example: 'under-review' })
  status: string;

  @ApiProperty({ type: LocalizedTextDto })
  statusLabel: LocalizedText;

  @ApiProperty({ example: 'law-2023' })
  regime: string;

  @ApiProperty({ type: LocalizedTextDto })
  regimeLabel: LocalizedText;

  @ApiProperty({ type: LocalizedTextDto })
  kindLabel: LocalizedText;

  @ApiProperty({ example: '2026-11-20', description: 'The first filing: it fixes the regime' })
  filedOn: string;

  @ApiProperty({ example: '2026-11-20', description: 'The latest filing: the review period runs from it' })
  receivedOn: string;

  @ApiProperty({ description: 'The dossier as it stands, with its documents (name, type, size, SHA-256)' })
  dossier: EstablishmentApplication['dossier'];

  @ApiProperty({ description: 'Automatic checks under the regime of the filing date, each with its legal basis' })
  checks: EstablishmentApplication['checks'];

  @ApiPropertyOptional({ nullable: true })
  proposal: EstablishmentApplication['proposal'];

  @ApiProperty({ description: 'Requests for amendments: what, by whom, until when, and when answered' })
  amendments: EstablishmentApplication['amendments'];

  @ApiPropertyOptional({ nullable: true, example: '216-2026-0001' })
  registrationCode: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'The registration certificate, once issued' })
  certificate: EstablishmentApplication['certificate'];

  @ApiPropertyOptional({ nullable: true })
  decidedOn: string | null;

  @ApiPropertyOptional({ nullable: true })
  decidedBy: EstablishmentApplication['decidedBy'];

  @ApiPropertyOptional({ nullable: true })
  refusalReasons: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'When the dossier lapsed, not resubmitted in time' })
  lapsedOn: string | null;

  @ApiProperty({
    description: 'Printable documents: the certificate, the refusal, each amendment notice, the lapse notice',
    example: [{ kind: 'certificate', href: '/establishment-applications/…/printouts/certificate' }],
  })
  printouts: { kind: string; title: LocalizedText; href: string }[];

  @ApiPropertyOptional({ type: [TaskResponseDto], description: 'Its review and decision tasks (on GET by id)' })
  tasks?: TaskResponseDto[];
}

export function toApplicationResponse(
  application: ApplicationRecord,
  tasks?: TaskResponseDto[],
): ApplicationResponseDto {
  return {
    id: application.applicationId,
    status: application.status,
    statusLabel: APPLICATION_STATUS_LABELS[application.status],
    regime: application.regime,
    regimeLabel: REGIMES[application.regime].title,
    kindLabel: COOPERATIVE_KIND_LABELS[application.dossier.kind],
    filedOn: application.filedOn,
    receivedOn: application.receivedOn,
    dossier: application.dossier,
    checks: application.checks,
    proposal: application.proposal,
    amendments: application.amendments,
    registrationCode: application.registrationCode,
    certificate: application.certificate,
    decidedOn: application.decidedOn,
    decidedBy: application.decidedBy,
    refusalReasons: application.refusalReasons,
    lapsedOn: application.lapsedOn,
    printouts: printoutsOf(application),
    ...(tasks ? { tasks } : {}),
  };
}

const printoutsOf = (application: ApplicationRecord) =>
  applicationPrintouts(application).map((printout) => ({
    kind: printout.kind,
    title: printout.title,
    href: `/establishment-applications/${application.applicationId}/printouts/${printout.key}`,
  }));
