import { AppConfig } from '@htx/config';
import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CooperativeRepository } from './cooperatives/cooperative.repository';
import { dataSourceOptions } from './data-source-options';
import { EventLog } from './event-log/event-log';
import { LifecycleRecorder } from './lifecycle-recorder';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        dataSourceOptions({ ...config.database, applicationName: config.applicationName }),
    }),
  ],
  providers: [EventLog, LifecycleRecorder, CooperativeRepository],
  exports: [EventLog, LifecycleRecorder, CooperativeRepository],
})
export class PersistenceModule {}
