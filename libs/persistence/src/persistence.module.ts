import { AppConfig } from '@htx/config';
import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLog } from './audit/audit-log';
import { CalendarScheduleRepository } from './calendar/calendar-schedule.repository';
import { RuleCorrectionRepository } from './rule-packs/rule-correction.repository';
import { ConversionCampaignRepository } from './conversion/conversion-campaign.repository';
import { CooperativeRepository } from './cooperatives/cooperative.repository';
import { dataSourceOptions } from './data-source-options';
import { EventLog } from './event-log/event-log';
import { ApplicationRepository } from './establishment/application.repository';
import { ApplicationScreeningService } from './establishment/application-screening';
import { RegistryImportRepository } from './imports/registry-import.repository';
import { DormancySweepRepository } from './sweeps/dormancy-sweep.repository';
import { DossierDocuments } from './establishment/dossier-documents';
import { RegistrationCodes } from './establishment/registration-codes';
import { UserRepository } from './identity/user.repository';
import { LifecycleRecorder } from './lifecycle-recorder';
import { NoticeOutbox } from './notices/notice-outbox';
import { ReportingRepository } from './reports/reporting.repository';
import { NotificationRepository } from './tasks/notification.repository';
import { TaskViewRepository } from './tasks/task-view.repository';
import { TaskRepository } from './tasks/task.repository';
import { TerritoryRepository } from './territories/territory.repository';

const PROVIDERS = [
  EventLog,
  LifecycleRecorder,
  CooperativeRepository,
  AuditLog,
  TerritoryRepository,
  UserRepository,
  CalendarScheduleRepository,
  RuleCorrectionRepository,
  ConversionCampaignRepository,
  TaskRepository,
  TaskViewRepository,
  NotificationRepository,
  ApplicationRepository,
  RegistrationCodes,
  ApplicationScreeningService,
  DossierDocuments,
  RegistryImportRepository,
  DormancySweepRepository,
  NoticeOutbox,
  ReportingRepository,
];

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        dataSourceOptions({ ...config.database, applicationName: config.applicationName }),
    }),
  ],
  providers: PROVIDERS,
  exports: PROVIDERS,
})
export class PersistenceModule {}
