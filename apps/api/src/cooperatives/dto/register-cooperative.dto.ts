import {
  COOPERATIVE_KINDS,
  LEGAL_REGIMES,
  SECTORS,
  type CooperativeKind,
  type LegalRegime,
  type RegistrationDetails,
  type Sector,
} from '@htx/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, MaxLength } from 'class-validator';

/**
 * A cooperative already registered (it holds a registration certificate) entered into the registry. The DTO checks
 * types; the domain's registration rules check the values and explain each problem.
 */
export class RegisterCooperativeDto implements RegistrationDetails {
  @ApiProperty({ example: '2400123456', description: 'Mã số trên giấy chứng nhận đăng ký / the certificate code' })
  @IsString()
  @MaxLength(64)
  registrationCode: string;

  @ApiProperty({ example: 'Hợp tác xã Nông nghiệp Ngọc Thiện' })
  @IsString()
  @MaxLength(300)
  name: string;

  @ApiProperty({ enum: COOPERATIVE_KINDS, example: 'cooperative' })
  @IsIn(COOPERATIVE_KINDS)
  kind: CooperativeKind;

  @ApiProperty({ enum: SECTORS, example: 'agriculture' })
  @IsIn(SECTORS)
  sector: Sector;

  @ApiProperty({ example: '221', description: 'Mã đơn vị hành chính (2, 3 hoặc 5 chữ số) / territory code' })
  @IsString()
  @MaxLength(5)
  territoryCode: string;

  @ApiProperty({ enum: LEGAL_REGIMES, example: 'law-2012', description: 'The law its current charter conforms to' })
  @IsIn(LEGAL_REGIMES)
  regime: LegalRegime;

  @ApiProperty({ example: '2015-03-20', description: 'Date of the first registration certificate (YYYY-MM-DD)' })
  @IsString()
  @MaxLength(10)
  registeredOn: string;

  @ApiProperty({ example: 42 })
  @IsInt()
  memberCount: number;
}
