import {
  COOPERATIVE_KINDS,
  MEMBER_TYPES,
  MEMBERSHIPS,
  SECTORS,
  type CooperativeKind,
  type EstablishmentDossier,
  type FoundingMember,
  type Management,
  type Membership,
  type MemberType,
  type Sector,
} from '@htx/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
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

  // Signs and sums are the domain's checks (reported with every other problem of the dossier at once).
  @ApiProperty({ example: 50_000_000, description: 'Capital contribution in VND' })
  @IsInt()
  contribution: number;

  @ApiPropertyOptional({ example: '2416000001', description: 'For a member cooperative or other legal entity' })
  @IsOptional()
  @Matches(/^[\w-]{1,30}$/)
  registrationCode?: string;
}

export class ManagementDto implements Management {
  @ApiProperty({ example: ['Nguyễn Văn Hùng', 'Trần Thị Mai', 'Lê Văn Nam'], description: 'Chair first' })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  board: string[];

  @ApiProperty({ example: 'Nguyễn Văn Hùng' })
  @IsString()
  @MaxLength(200)
  director: string;

  @ApiProperty({ example: ['Phạm Thị Hoa'], description: 'The control board, or the one controller' })
  @IsArray()
  @ArrayMaxSize(15)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  supervisors: string[];
}

/**
 * The founders' dossier (hồ sơ đăng ký thành lập), as received by the registration authority; its files are uploaded
 * first and listed here by id.
 */
export class SubmitApplicationDto implements Omit<EstablishmentDossier, 'documents'> {
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

  @ApiProperty({ type: ManagementDto })
  @ValidateNested()
  @Type(() => ManagementDto)
  management: ManagementDto;

  @ApiProperty({
    example: ['6f1c2a9e-4b7d-4c1e-9a3f-2d5e8b7c1a40'],
    description: 'Ids returned by POST /establishment-applications/documents',
  })
  @IsArray()
  @ArrayMaxSize(30)
  @IsUUID('4', { each: true })
  documentIds: string[];
}
