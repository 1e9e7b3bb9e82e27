import type { Cooperative } from '@htx/domain';
import type { RecordedEvent } from '@htx/persistence';
import { ApiProperty } from '@nestjs/swagger';
import { LocalizedTextDto } from '../../http/api-error';

export class ActorDto {
  @ApiProperty({ example: 'officer.tanyen' })
  id: string;

  @ApiProperty({ example: 'registration-officer' })
  role: string;

  @ApiProperty({ example: 'Nguyễn Văn An' })
  displayName: string;
}

export class LegalBasisDto {
  @ApiProperty({ example: 'registry.record-registration' })
  ruleId: string;

  @ApiProperty({ example: 'law-2012' })
  regime: string;

  @ApiProperty({ example: '1' })
  rulePackVersion: string;

  @ApiProperty({ type: LocalizedTextDto })
  citation: LocalizedTextDto;

  @ApiProperty({ description: 'false: the citation is not yet confirmed against the text of the law' })
  confirmed: boolean;
}

export class LifecycleEventResponseDto {
  @ApiProperty({ example: 1 })
  version: number;

  @ApiProperty({ example: 'CooperativeRegistered' })
  type: string;

  @ApiProperty({ example: '2015-03-19T17:00:00.000Z', description: 'When it happened in the world' })
  occurredAt: string;

  @ApiProperty({ example: '2026-11-22T03:15:00.000Z', description: 'When the log recorded it' })
  recordedAt: string;

  @ApiProperty({ type: ActorDto })
  actor: ActorDto;

  @ApiProperty({
    type: LegalBasisDto,
    nullable: true,
    description: 'Null for acts that are not legal acts (a task claimed)',
  })
  legalBasis: LegalBasisDto | null;

  @ApiProperty({ type: 'object', additionalProperties: true })
  data: Record<string, unknown>;

  @ApiProperty({ example: '0000000000000000000000000000000000000000000000000000000000000000' })
  prevHash: string;

  @ApiProperty({ example: '9f2c…' })
  hash: string;
}

export function toLifecycleEventResponse(event: RecordedEvent): LifecycleEventResponseDto {
  return {
    version: event.version,
    type: event.type,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    actor: event.actor,
    legalBasis: event.legalBasis,
    data: event.data,
    prevHash: event.prevHash,
    hash: event.hash,
  };
}

export class RecordAsOfResponseDto {
  @ApiProperty({ example: '2025-12-31' })
  asOf: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The record as the events up to that day fold into (null: not yet registered)',
  })
  record: Cooperative | null;

  @ApiProperty({ type: [LifecycleEventResponseDto] })
  events: LifecycleEventResponseDto[];
}
