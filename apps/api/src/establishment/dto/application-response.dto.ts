import { COOPERATIVE_KIND_LABELS, REGIMES, type EstablishmentApplication, type LocalizedText } from '@htx/domain';
import type { ApplicationRecord } from '@htx/persistence';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LocalizedTextDto } from '../../http/api-error';
import { TaskResponseDto } from '../../tasks/dto/task-response.dto';

const STATUS_LABELS: Record<EstablishmentApplication['status'], LocalizedText> = {
  'under-review': { vi: 'Đang thẩm định', en: 'Under review' },
  'awaiting-decision': { vi: 'Chờ lãnh đạo quyết định', en: 'Awaiting the decision' },
  approved: { vi: 'Đã cấp giấy chứng nhận', en: 'Registered' },
  refused: { vi: 'Đã từ chối', en: 'Refused' },
};

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

  @ApiProperty({ example: '2026-11-20' })
  filedOn: string;

  @ApiProperty({ description: 'The dossier as filed' })
  dossier: EstablishmentApplication['dossier'];

  @ApiProperty({ description: 'Automatic checks under the regime of the filing date, each with its legal basis' })
  checks: EstablishmentApplication['checks'];

  @ApiPropertyOptional({ nullable: true })
  proposal: EstablishmentApplication['proposal'];

  @ApiPropertyOptional({ nullable: true, example: '216-2026-0001' })
  registrationCode: string | null;

  @ApiPropertyOptional({ nullable: true })
  decidedOn: string | null;

  @ApiPropertyOptional({ nullable: true })
  refusalReasons: string | null;

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
    statusLabel: STATUS_LABELS[application.status],
    regime: application.regime,
    regimeLabel: REGIMES[application.regime].title,
    kindLabel: COOPERATIVE_KIND_LABELS[application.dossier.kind],
    filedOn: application.filedOn,
    dossier: application.dossier,
    checks: application.checks,
    proposal: application.proposal,
    registrationCode: application.registrationCode,
    decidedOn: application.decidedOn,
    refusalReasons: application.refusalReasons,
    ...(tasks ? { tasks } : {}),
  };
}
