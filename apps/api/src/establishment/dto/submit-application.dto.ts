import {
  COOPERATIVE_KINDS,
  MEMBER_TYPES,
  MEMBERSHIPS,
  SECTORS,
  type CooperativeKind,
  type EstablishmentDossier,
  type FoundingMember,
  type Membership,
  type MemberType,
  type Sector,
} from '@htx/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class FoundingMemberDto implements FoundingMember {
  @ApiProperty({ example: 'Nguyễn Văn Hùng' })
  @IsString()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: MEMBER_TYPES, example: 'individual' })
  @IsIn(MEMBER_TYPES)
  type: MemberType;

  @ApiProperty({ enum: MEMBERSHIPS, example: 'official' })
  @IsIn(MEMBERSHIPS)
  membership: Membership;

  @ApiProperty({ example: 50_000_000, description: 'Capital contribution in VND' })
  @IsInt()
  @Min(0)
  contribution: number;
}

/** The founders' dossier (hồ sơ đăng ký thành lập), as received by the registration authority. */
export class SubmitApplicationDto implements EstablishmentDossier {
  @ApiProperty({ enum: COOPERATIVE_KINDS, example: 'cooperative' })
  @IsIn(COOPERATIVE_KINDS)
  kind: CooperativeKind;

  @ApiProperty({ example: 'Hợp tác xã Nông nghiệp Ngọc Vân' })
  @IsString()
  @MaxLength(300)
  proposedName: string;

  @ApiProperty({ example: '216' })
  @IsString()
  @MaxLength(5)
  territoryCode: string;

  @ApiProperty({ enum: SECTORS, example: 'agriculture' })
  @IsIn(SECTORS)
  sector: Sector;

  @ApiProperty({ example: 'Thôn Đông, xã Ngọc Vân, huyện Tân Yên, tỉnh Bắc Giang' })
  @IsString()
  @MaxLength(500)
  headOfficeAddress: string;

  @ApiProperty({ example: ['Trồng cây ăn quả', 'Dịch vụ làm đất'] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  businessLines: string[];

  @ApiProperty({ example: 350_000_000, description: 'In VND; equals the contributions added up' })
  @IsInt()
  @Min(1)
  charterCapital: number;

  @ApiProperty({ type: [FoundingMemberDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10_000)
  @ValidateNested({ each: true })
  @Type(() => FoundingMemberDto)
  members: FoundingMemberDto[];

  @ApiProperty({ example: '2026-11-10' })
  @IsISO8601({ strict: true })
  foundingConferenceOn: string;

  @ApiProperty({ example: 'Nguyễn Văn Hùng', description: 'Named in the founding-conference resolution' })
  @IsString()
  @MaxLength(200)
  authorisedFiler: string;

  @ApiProperty({ example: 'Nguyễn Văn Hùng' })
  @IsString()
  @MaxLength(200)
  legalRepresentative: string;
}
