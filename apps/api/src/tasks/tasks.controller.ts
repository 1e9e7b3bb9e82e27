import { vietnamDateOf, type Role } from '@htx/domain';
import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { IdempotencyKeyHeader } from '../http/idempotency';
import { ApiErrorDto } from '../http/api-error';
import { ListTasksDto } from './dto/list-tasks.dto';
import { AssignTaskDto, CompleteTaskDto } from './dto/task-action.dto';
import { TaskPageDto, TaskResponseDto, toTaskResponse } from './dto/task-response.dto';
import { InboxService } from './inbox.service';

const INBOX_READERS: Role[] = ['registration-officer', 'head-of-authority', 'auditor', 'administrator'];
const WORKERS: Role[] = ['registration-officer', 'head-of-authority'];
const uuid = new ParseUUIDPipe();
const IDEMPOTENCY = IdempotencyKeyHeader('Repeat the same key to repeat the same action harmlessly');

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @Roles(...INBOX_READERS)
  @ApiOperation({
    summary: 'Hộp công việc / The inbox: tasks within your territories, least time left first',
    description:
      'Server-side filters; keyset pages (pass nextCursor as `after`); start from a saved view with `viewId`.',
  })
  @ApiOkResponse({ type: TaskPageDto })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  async list(@Query() query: ListTasksDto, @CurrentUser() user: AuthenticatedUser): Promise<TaskPageDto> {
    const now = new Date();
    const page = await this.inbox.list(query, user, now);
    return { items: page.items.map((task) => toTaskResponse(task, vietnamDateOf(now))), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @Roles(...INBOX_READERS)
  @ApiOperation({ summary: 'Một công việc / A task, with why it exists and what each decision does' })
  @ApiOkResponse({ type: TaskResponseDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  async get(@Param('id', uuid) id: string, @CurrentUser() user: AuthenticatedUser): Promise<TaskResponseDto> {
    const now = new Date();
    return toTaskResponse(await this.inbox.get(id, user, now), vietnamDateOf(now));
  }

  @Post(':id/claim')
  @Roles(...WORKERS)
  @HttpCode(200)
  @IDEMPOTENCY
  @ApiOperation({ summary: 'Nhận việc / Claim a task (claiming it again is harmless)' })
  @ApiOkResponse({ type: TaskResponseDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Someone else holds it, or it is closed' })
  claim(
    @Param('id', uuid) id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.respond(this.inbox.act(id, user, { kind: 'claim' }, new Date(), key));
  }

  @Post(':id/unclaim')
  @Roles(...WORKERS)
  @HttpCode(200)
  @IDEMPOTENCY
  @ApiOperation({ summary: 'Trả việc / Give a task back' })
  @ApiOkResponse({ type: TaskResponseDto })
  unclaim(
    @Param('id', uuid) id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.respond(this.inbox.act(id, user, { kind: 'unclaim' }, new Date(), key));
  }

  @Post(':id/assign')
  @Roles('head-of-authority')
  @HttpCode(200)
  @IDEMPOTENCY
  @ApiOperation({ summary: 'Giao việc / Assign a task to an officer of its territory (head of the authority)' })
  @ApiOkResponse({ type: TaskResponseDto })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  assign(
    @Param('id', uuid) id: string,
    @Body() body: AssignTaskDto,
    @CurrentUser() user: AuthenticatedUser,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.respond(this.inbox.act(id, user, { kind: 'assign', assigneeId: body.assigneeId }, new Date(), key));
  }

  @Post(':id/complete')
  @Roles(...WORKERS)
  @HttpCode(200)
  @IDEMPOTENCY
  @ApiOperation({
    summary: 'Quyết định / Decide a task',
    description:
      'Binding options need the head of the authority; whoever prepared the case may not decide it. Of two officers ' +
      'deciding at once, one wins and the other gets 409 naming who decided and when.',
  })
  @ApiOkResponse({ type: TaskResponseDto })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiForbiddenResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto })
  complete(
    @Param('id', uuid) id: string,
    @Body() body: CompleteTaskDto,
    @CurrentUser() user: AuthenticatedUser,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.respond(
      this.inbox.act(
        id,
        user,
        { kind: 'decide', optionId: body.optionId, comment: body.comment ?? '', formData: body.formData ?? {} },
        new Date(),
        key,
      ),
    );
  }

  private async respond(action: Promise<Parameters<typeof toTaskResponse>[0]>): Promise<TaskResponseDto> {
    return toTaskResponse(await action, vietnamDateOf(new Date()));
  }
}
