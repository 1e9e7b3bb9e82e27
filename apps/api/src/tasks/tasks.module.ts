import { Module } from '@nestjs/common';
import { InboxService } from './inbox.service';
import { NotificationsController } from './notifications.controller';
import { TaskViewsController } from './task-views.controller';
import { TasksController } from './tasks.controller';

@Module({
  controllers: [TasksController, TaskViewsController, NotificationsController],
  providers: [InboxService],
  exports: [InboxService],
})
export class TasksModule {}
