import { ROLES } from '@htx/domain';
import { ApiProperty } from '@nestjs/swagger';

export class UserResponseDto {
  @ApiProperty({ example: 'can-bo.tanyen' })
  id: string;

  @ApiProperty({ example: 'Nguyễn Văn An' })
  displayName: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['registration-officer'] })
  roles: readonly string[];

  @ApiProperty({ example: ['216'], description: 'Territories within reach (GSO codes)' })
  territoryCodes: readonly string[];

  @ApiProperty({ example: [], description: 'For cooperative representatives: their cooperatives' })
  cooperativeIds: readonly string[];
}

export class SignInResponseDto {
  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiJ9…' })
  accessToken: string;

  @ApiProperty({ example: 'Bearer' })
  tokenType: 'Bearer';

  @ApiProperty({ example: '2026-11-22T11:00:00.000Z' })
  expiresAt: string;

  @ApiProperty({ type: UserResponseDto })
  user: UserResponseDto;
}
