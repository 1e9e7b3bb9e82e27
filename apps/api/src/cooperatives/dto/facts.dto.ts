import {
  OPERATING_ACTIVITIES,
  REGISTRATION_CHANGES,
  REPORT_DOCUMENTS,
  SUPPORT_KINDS,
  type OperatingActivity,
  type RegistrationChange,
  type ReportDocument,
  type SupportKind,
} from '@htx/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

// The DTOs check shapes; the domain's fact rules check the values against the cooperative and its regime.

const date = (example: string, description: string) =>
  ApiProperty({ example, description: `${description} (YYYY-MM-DD)` });

export class FileReportDto {
  @ApiProperty({ example: 2025, description: 'Năm báo cáo / the year reported on' })
  @IsInt()
  year: number;

  @date('2026-01-10', 'Ngày nộp / the day it was filed')
  @IsString()
  @MaxLength(10)
  filedOn: string;

  @ApiProperty({ example: 'BC-2025/HTX-CX', required: false, description: 'Số, ký hiệu văn bản / its reference' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reference?: string;

  @ApiProperty({
    enum: REPORT_DOCUMENTS,
    required: false,
    example: 'activity-report',
    description:
      'Báo cáo tình hình hoạt động (activity-report, default: satisfies the yearly obligation) or báo cáo tài chính ' +
      '(financial-statement: evidence of operating, its own filing rule is unconfirmed)',
  })
  @IsOptional()
  @IsIn(REPORT_DOCUMENTS)
  document?: ReportDocument;

  @ApiProperty({ example: 2_450_000_000, required: false, description: 'Doanh thu năm báo cáo (đồng) / revenue, VND' })
  @IsOptional()
  @IsInt()
  @Min(0)
  revenue?: number;
}

export class NoticeAddressDto {
  @ApiProperty({ example: 'htx.caoxa@example.vn', description: 'Thư điện tử nhận thông báo / where notices go' })
  @IsString()
  @MaxLength(254)
  email: string;
}

export class GeneralMeetingDto {
  @date('2026-03-15', 'Ngày họp / the day it was held')
  @IsString()
  @MaxLength(10)
  heldOn: string;

  @ApiProperty({ enum: ['annual', 'extraordinary'], example: 'annual' })
  @IsIn(['annual', 'extraordinary'])
  meeting: 'annual' | 'extraordinary';

  @ApiProperty({ example: 'Biên bản đại hội số 01/BB-ĐH', required: false })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class MemberCountDto {
  @date('2026-04-01', 'Ngày thay đổi / the day the count changed')
  @IsString()
  @MaxLength(10)
  changedOn: string;

  @ApiProperty({ example: 38 })
  @IsInt()
  memberCount: number;

  @ApiProperty({ example: '4 thành viên ra khỏi hợp tác xã', required: false })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class ActivityDto {
  @date('2026-05-20', 'Ngày / the day of the evidence')
  @IsString()
  @MaxLength(10)
  on: string;

  @ApiProperty({ enum: OPERATING_ACTIVITIES, example: 'contract' })
  @IsIn(OPERATING_ACTIVITIES)
  activity: OperatingActivity;

  @ApiProperty({ example: 'Hợp đồng tiêu thụ lúa vụ xuân với Công ty Lương thực Bắc Giang' })
  @IsString()
  @MaxLength(1000)
  description: string;
}

export class SuspensionDto {
  @date('2026-06-01', 'Ngày thông báo / the day the notice was given')
  @IsString()
  @MaxLength(10)
  noticeOn: string;

  @date('2026-06-20', 'Tạm ngừng từ ngày / first day suspended')
  @IsString()
  @MaxLength(10)
  from: string;

  @date('2026-12-19', 'Đến hết ngày / last day suspended')
  @IsString()
  @MaxLength(10)
  until: string;

  @ApiProperty({ example: 'Tạm ngừng sau mùa vụ', required: false })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class ResumptionDto {
  @date('2026-09-01', 'Ngày thông báo / the day the notice was given')
  @IsString()
  @MaxLength(10)
  noticeOn: string;

  @date('2026-09-10', 'Hoạt động trở lại từ ngày / the day it resumes')
  @IsString()
  @MaxLength(10)
  resumeOn: string;

  @ApiProperty({ example: '', required: false })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class SupportRequestDto {
  @ApiProperty({ enum: SUPPORT_KINDS, example: 'grant' })
  @IsIn(SUPPORT_KINDS)
  kind: SupportKind;

  @ApiProperty({ example: 'Hỗ trợ kinh phí thành lập hợp tác xã nông nghiệp mới' })
  @IsString()
  @MaxLength(1000)
  description: string;

  @ApiProperty({ example: 'Nghị quyết số 05/NQ-HĐND huyện Tân Yên', required: false })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  programme?: string;

  @ApiProperty({ example: 20_000_000, description: 'Số tiền đề nghị (đồng); 0 nếu hỗ trợ bằng hiện vật / VND' })
  @IsInt()
  requestedAmount: number;
}

export class DisbursementDto {
  @ApiProperty({ example: 20_000_000, description: 'Số tiền đã chi (đồng) / VND paid' })
  @IsInt()
  amount: number;

  @date('2026-07-01', 'Ngày chi / the day it was paid')
  @IsString()
  @MaxLength(10)
  disbursedOn: string;
}

export class EventsQueryDto {
  @ApiPropertyOptional({
    example: '2025-12-31',
    description: 'Rebuild the record as it stood at the end of this day (Vietnamese time)',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  asOf?: string;
}

export class SupportSummaryQueryDto {
  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiPropertyOptional({ example: '216' })
  @IsOptional()
  @IsString()
  @MaxLength(5)
  territoryCode?: string;
}

export class RegistrationChangeDto {
  @date('2026-06-10', 'Ngày nộp hồ sơ đăng ký thay đổi / the day the change was filed')
  @IsString()
  @MaxLength(10)
  filedOn: string;

  @ApiProperty({ enum: REGISTRATION_CHANGES, example: 'head-office' })
  @IsIn(REGISTRATION_CHANGES)
  change: RegistrationChange;

  @ApiProperty({ example: 'Chuyển trụ sở về thôn Đồng Lạc, xã Cao Xá' })
  @IsString()
  @MaxLength(1000)
  description: string;
}

export class CapitalRaisedDto {
  @date('2026-06-10', 'Ngày huy động / the day the capital was raised')
  @IsString()
  @MaxLength(10)
  raisedOn: string;

  @ApiProperty({ example: 200_000_000, description: 'Số vốn (đồng) / amount in VND' })
  @IsInt()
  amount: number;

  @ApiProperty({ example: 'Thành viên góp thêm vốn', required: false })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}
