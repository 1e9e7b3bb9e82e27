import {
  COUNCIL_ROLES,
  DISSOLUTION_GROUNDS,
  DISSOLUTION_KINDS,
  type CouncilRole,
  type DissolutionGround,
  type DissolutionKind,
} from '@htx/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

// The DTOs check shapes; the domain's dissolution rules check the values against the cooperative and its regime.

export class CouncilMemberDto {
  @ApiProperty({ example: 'Nguyễn Văn Hùng' })
  @IsString()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: COUNCIL_ROLES, example: 'board' })
  @IsIn(COUNCIL_ROLES)
  role: CouncilRole;

  @ApiProperty({ example: 'Hội đồng quản trị HTX Nông nghiệp Cao Xá' })
  @IsString()
  @MaxLength(300)
  organisation: string;
}

export class ResolutionDto {
  @ApiProperty({ example: '2026-11-15', description: 'Ngày đại hội thông qua / adopted on (YYYY-MM-DD)' })
  @IsString()
  @MaxLength(10)
  adoptedOn: string;

  @ApiProperty({ example: 40, description: 'Số thành viên, đại biểu có mặt / members or delegates present' })
  @IsInt()
  membersPresent: number;

  @ApiProperty({ example: 36, description: 'Số tán thành / votes for' })
  @IsInt()
  votesFor: number;

  @ApiProperty({ example: '05/BB-ĐHTV', description: 'Số biên bản họp đính kèm / the minutes attached' })
  @IsString()
  @MaxLength(100)
  minutesReference: string;
}

export class CourtDecisionDto {
  @ApiProperty({ example: 'Tòa án nhân dân tỉnh Bắc Giang' })
  @IsString()
  @MaxLength(200)
  court: string;

  @ApiProperty({ example: '12/2026/QĐ-TA' })
  @IsString()
  @MaxLength(100)
  reference: string;

  @ApiProperty({ example: '2026-11-10' })
  @IsString()
  @MaxLength(10)
  decidedOn: string;

  @ApiProperty({ example: '2026-11-12', description: 'Ngày cơ quan đăng ký nhận / received by the authority' })
  @IsString()
  @MaxLength(10)
  receivedOn: string;
}

export class OpenDissolutionDto {
  @ApiProperty({
    enum: DISSOLUTION_KINDS,
    description:
      'voluntary (general meeting; 2012 and 2023), compulsory (People’s Committee, 2012 grounds), revocation (2023), ' +
      'court (a court decision; on an open case it is recorded there)',
  })
  @IsIn(DISSOLUTION_KINDS)
  kind: DissolutionKind;

  @ApiPropertyOptional({ enum: DISSOLUTION_GROUNDS, description: 'For compulsory and revocation' })
  @IsOptional()
  @IsIn(DISSOLUTION_GROUNDS)
  ground?: DissolutionGround;

  @ApiPropertyOptional({ example: '2024-03-01', description: 'The day the ground was established (default today)' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  groundOn?: string;

  @ApiPropertyOptional({ type: ResolutionDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ResolutionDto)
  resolution?: ResolutionDto;

  @ApiPropertyOptional({ type: [CouncilMemberDto], description: '2012 voluntary: the dissolution council' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CouncilMemberDto)
  council?: CouncilMemberDto[];

  @ApiPropertyOptional({ type: CourtDecisionDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CourtDecisionDto)
  courtDecision?: CourtDecisionDto;

  @ApiPropertyOptional({ example: 'Hồ sơ do người đại diện theo pháp luật gửi' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class RecordStepDto {
  @ApiProperty({ example: '2026-11-20', description: 'Ngày thực hiện / the day it was done (YYYY-MM-DD)' })
  @IsString()
  @MaxLength(10)
  completedOn: string;

  @ApiPropertyOptional({ example: 'Báo Bắc Giang số 201, 202, 203', description: 'Số, ký hiệu văn bản / document' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  reference?: string;

  @ApiPropertyOptional({ example: 'Đã đăng ba số liên tiếp' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({
    type: [CouncilMemberDto],
    description: '2012 compulsory, dossier-submitted: the council proposed to the People’s Committee',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CouncilMemberDto)
  council?: CouncilMemberDto[];
}
