import { TASK_KINDS, TASK_STATUSES, type TaskKind, type TaskStatus } from '@htx/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

export const TASK_VIEWS = ['mine', 'unassigned', 'my-role', 'all'] as const;
export const TASK_SORTS = ['due', 'priority'] as const;
export const MAX_TASK_PAGE = 100;

/** Inbox filters: in the query string, or saved as a view. */
export class TaskFiltersDto {
  @ApiPropertyOptional({
    enum: TASK_VIEWS,
    default: 'all',
    description: 'mine: held by me; unassigned; my-role: for my roles',
  })
  @IsOptional()
  @IsIn(TASK_VIEWS)
  view?: (typeof TASK_VIEWS)[number];

  @ApiPropertyOptional({ enum: TASK_STATUSES, isArray: true, description: 'Default: open and claimed' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',') : value))
  @IsIn(TASK_STATUSES, { each: true })
  status?: TaskStatus[];

  @ApiPropertyOptional({ enum: TASK_KINDS })
  @IsOptional()
  @IsIn(TASK_KINDS)
  kind?: TaskKind;

  @ApiPropertyOptional({ example: '216' })
  @IsOptional()
  @Matches(/^[0-9A-Za-z-]{1,20}$/)
  territoryCode?: string;

  @ApiPropertyOptional({ description: 'Only tasks past their due date' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => value === true || value === 'true')
  overdue?: boolean;

  @ApiPropertyOptional({ example: '2026-12-31' })
  @IsOptional()
  @IsISO8601({ strict: true })
  dueBefore?: string;

  @ApiPropertyOptional({ enum: TASK_SORTS, default: 'due', description: 'due: least time left first' })
  @IsOptional()
  @IsIn(TASK_SORTS)
  sort?: (typeof TASK_SORTS)[number];
}

export class ListTasksDto extends TaskFiltersDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Start from a saved view; explicit filters override it' })
  @IsOptional()
  @IsUUID()
  viewId?: string;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  after?: string;

  @ApiPropertyOptional({ default: 25, maximum: MAX_TASK_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_TASK_PAGE)
  limit?: number;
}
