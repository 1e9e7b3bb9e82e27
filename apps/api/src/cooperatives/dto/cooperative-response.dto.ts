import {
  COOPERATIVE_KIND_LABELS,
  COOPERATIVE_KINDS,
  COOPERATIVE_STATUS_LABELS,
  COOPERATIVE_STATUSES,
  LEGAL_REGIMES,
  REGIMES,
  SECTOR_LABELS,
  SECTORS,
  type LocalizedText,
} from '@htx/domain';
import type { CooperativeRecord } from '@htx/persistence';
import { ApiProperty } from '@nestjs/swagger';
import { LocalizedTextDto } from '../../http/api-error';

export class CooperativeLinksDto {
  @ApiProperty({ example: '/cooperatives/3f1c…' })
  self: string;

  @ApiProperty({ example: '/cooperatives/3f1c…/events' })
  events: string;

  @ApiProperty({ example: '/cooperatives/3f1c…/events/verify' })
  verify: string;
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

  @ApiProperty({ type: CooperativeLinksDto })
  links: CooperativeLinksDto;
}

export function toCooperativeResponse(record: CooperativeRecord): CooperativeResponseDto {
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
    links: { self, events: `${self}/events`, verify: `${self}/events/verify` },
  };
}
