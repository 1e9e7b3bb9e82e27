import { randomUUID } from 'node:crypto';
import { text, type Role } from '@htx/domain';
import { TaskViewRepository } from '@htx/persistence';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessPolicy } from '../access/access-policy';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { ApiError } from '../http/api-error';
import { invalidRequest } from '../http/validation';
import { SaveTaskViewDto, TaskViewResponseDto } from './dto/task-view.dto';

const INBOX_USERS: Role[] = ['registration-officer', 'head-of-authority', 'auditor', 'administrator'];

/** Saved inbox filters live on the server (not in one browser) and can be shared with a territory's team. */
@ApiTags('tasks')
@ApiBearerAuth()
@Controller('task-views')
export class TaskViewsController {
  constructor(
    private readonly views: TaskViewRepository,
    private readonly access: AccessPolicy,
  ) {}

  @Get()
  @Roles(...INBOX_USERS)
  @ApiOperation({ summary: 'Bộ lọc đã lưu / Saved views: yours and those shared with your territories' })
  @ApiOkResponse({ type: [TaskViewResponseDto] })
  async list(@CurrentUser() user: AuthenticatedUser): Promise<TaskViewResponseDto[]> {
    const { territoryCodes } = await this.access.reach(user, new Date());
    return this.views.visibleTo(user.id, territoryCodes ?? []);
  }

  @Post()
  @Roles(...INBOX_USERS)
  @ApiOperation({ summary: 'Lưu bộ lọc / Save a view, optionally shared with a team' })
  @ApiCreatedResponse({ type: TaskViewResponseDto })
  async create(@Body() body: SaveTaskViewDto, @CurrentUser() user: AuthenticatedUser): Promise<TaskViewResponseDto> {
    const sharedWith = body.sharedWith ?? [];
    const outside: string[] = [];
    for (const code of sharedWith) if (!(await this.access.covers(user, code, new Date()))) outside.push(code);
    if (outside.length > 0) {
      throw invalidRequest([
        {
          field: 'sharedWith',
          reason: text(
            `Ngoài địa bàn của bạn: ${outside.join(', ')}.`,
            `Outside your territories: ${outside.join(', ')}.`,
          ),
        },
      ]);
    }
    return this.views.save({
      id: randomUUID(),
      name: body.name,
      ownerId: user.id,
      sharedWith,
      filters: { ...body.filters },
    });
  }

  @Delete(':id')
  @Roles(...INBOX_USERS)
  @HttpCode(204)
  @ApiOperation({ summary: 'Xóa bộ lọc / Delete a view you own' })
  async remove(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    const view = await this.views.findById(id);
    if (!view || view.ownerId !== user.id) {
      throw new ApiError(
        404,
        'TASK_VIEW_NOT_FOUND',
        text('Không có bộ lọc này trong số bộ lọc của bạn.', 'You own no such view.'),
      );
    }
    await this.views.delete(id);
  }
}
