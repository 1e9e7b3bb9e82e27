import type { Role } from '@htx/domain';
import { NotificationRepository, type NotificationRecord } from '@htx/persistence';
import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessPolicy } from '../access/access-policy';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser, Roles } from '../auth/decorators';

const OFFICERS: Role[] = ['registration-officer', 'head-of-authority', 'administrator'];

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly access: AccessPolicy,
  ) {}

  @Get()
  @Roles(...OFFICERS)
  @ApiOperation({ summary: 'Thông báo / Reminders and escalations for you, newest first' })
  @ApiOkResponse({ description: 'Notifications' })
  async list(@CurrentUser() user: AuthenticatedUser): Promise<NotificationRecord[]> {
    const { territoryCodes } = await this.access.reach(user, new Date());
    return this.notifications.forUser(user.id, user.roles, territoryCodes ?? []);
  }

  @Post(':id/read')
  @Roles(...OFFICERS)
  @HttpCode(204)
  @ApiOperation({ summary: 'Đánh dấu đã đọc / Mark as read' })
  async read(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    if (/^\d{1,19}$/.test(id)) await this.notifications.markRead(id, user.id);
  }
}
