import { text, type LocalizedText } from '@htx/domain';
import type { ChainVerification } from '@htx/persistence';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LocalizedTextDto } from '../../http/api-error';

export class ChainBreakDto {
  @ApiProperty({ example: 2 })
  version: number;

  @ApiProperty({ enum: ['hash-mismatch', 'prev-hash-mismatch', 'missing-version', 'head-mismatch'] })
  kind: string;

  @ApiProperty({ type: LocalizedTextDto })
  message: LocalizedText;
}

export class ChainVerificationResponseDto {
  @ApiProperty({ format: 'uuid' })
  cooperativeId: string;

  @ApiProperty({ example: true })
  valid: boolean;

  @ApiProperty({ example: 1 })
  eventCount: number;

  @ApiProperty({ example: 1, description: 'Last version that verified' })
  headVersion: number;

  @ApiProperty({ description: 'Hash of the last event that verified' })
  headHash: string;

  @ApiPropertyOptional({ type: ChainBreakDto, nullable: true })
  break: ChainBreakDto | null;

  @ApiProperty({ type: LocalizedTextDto })
  summary: LocalizedText;

  @ApiProperty({ example: '2026-11-22T03:15:00.000Z' })
  verifiedAt: string;
}

export function toChainVerificationResponse(
  cooperativeId: string,
  verification: ChainVerification,
  verifiedAt: Date,
): ChainVerificationResponseDto {
  return {
    cooperativeId,
    ...verification,
    summary: verification.valid
      ? text(
          `Nhật ký toàn vẹn: ${verification.eventCount} sự kiện, chuỗi băm khớp.`,
          `The log is intact: ${verification.eventCount} events, every hash matches.`,
        )
      : text('Nhật ký KHÔNG toàn vẹn.', 'The log is NOT intact.'),
    verifiedAt: verifiedAt.toISOString(),
  };
}
