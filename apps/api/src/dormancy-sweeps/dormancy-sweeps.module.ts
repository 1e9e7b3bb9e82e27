import { Module } from '@nestjs/common';
import { TasksModule } from '../tasks/tasks.module';
import { DormancySweepsController } from './dormancy-sweeps.controller';
import { DormancySweepsService } from './dormancy-sweeps.service';

@Module({
  imports: [TasksModule],
  controllers: [DormancySweepsController],
  providers: [DormancySweepsService],
})
export class DormancySweepsModule {}
