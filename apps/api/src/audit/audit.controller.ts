import { AuditLog, type AuditAction, type AuditRecord } from '@htx/persistence';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { AccessPolicy } from '../access/access-policy';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser, Roles } from '../auth/decorators';

const ACTIONS: AuditAction[] = [
  'access-denied',
  'task-action-refused',
  'sign-in-failed',
  'territories-loaded',
  'authorities-loaded',
  'calendar-schedule-loaded',
  'rule-pack-corrected',
  'user-saved',
];

class AuditQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  cooperativeId?: string;

  @ApiPropertyOptional({ example: 'can-bo.tanyen' })
  @IsOptional()
  @Matches(/^[\w.@-]{1,100}$/)
  actorId?: string;

  @ApiPropertyOptional({ enum: ACTIONS })
  @IsOptional()
  @IsIn(ACTIONS)
  action?: AuditAction;

  @ApiPropertyOptional({ description: 'Cursor: the id of the last record of the previous page' })
  @IsOptional()
  @Matches(/^\d{1,19}$/)
  before?: string;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(
    private readonly auditLog: AuditLog,
    private readonly access: AccessPolicy,
  ) {}

  @Get('records')
  @Roles('auditor', 'administrator')
  @ApiOperation({
    summary: 'Nhật ký kiểm soát truy cập và quản trị / Refused access and administrative changes, newest first',
    description: 'Records about a cooperative are listed only within your territories.',
  })
  @ApiOkResponse({ description: 'Audit records' })
  async records(@Query() query: AuditQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<AuditRecord[]> {
    const { territoryCodes } = await this.access.reach(user, new Date());
    return this.auditLog.list({ ...query, territoryCodes, limit: query.limit ?? 50 });
  }
}
