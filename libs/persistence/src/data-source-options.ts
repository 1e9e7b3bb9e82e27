import type { DataSourceOptions } from 'typeorm';
import { AuditRecordEntity } from './entities/audit-record.entity';
import { AuthorityEntity } from './entities/authority.entity';
import { CalendarScheduleEntity } from './entities/calendar-schedule.entity';
import { RuleCorrectionEntity } from './entities/rule-correction.entity';
import { ConversionCampaignEntity } from './entities/conversion-campaign.entity';
import { ConversionEnrolmentEntity } from './entities/conversion-enrolment.entity';
import { CooperativeEntity } from './entities/cooperative.entity';
import { DormancySweepFindingEntity } from './entities/dormancy-sweep-finding.entity';
import { DormancySweepEntity } from './entities/dormancy-sweep.entity';
import { DossierDocumentEntity } from './entities/dossier-document.entity';
import { RegistryImportEntity } from './entities/registry-import.entity';
import { SupportRecordEntity } from './entities/support-record.entity';
import { EstablishmentApplicationEntity } from './entities/establishment-application.entity';
import { LifecycleEventEntity } from './entities/lifecycle-event.entity';
import { NoticeOutboxEntity } from './entities/notice-outbox.entity';
import { NotificationEntity } from './entities/notification.entity';
import { StatisticsTargetEntity } from './entities/statistics-target.entity';
import { IssuedRegistrationCodeEntity, RegistrationCodeCounterEntity } from './entities/registration-code.entity';
import { TaskViewEntity } from './entities/task-view.entity';
import { TaskEntity } from './entities/task.entity';
import { TerritoryEntity } from './entities/territory.entity';
import { UserEntity } from './entities/user.entity';
import { MIGRATIONS } from './migrations';

export const ENTITIES = [
  LifecycleEventEntity,
  CooperativeEntity,
  TerritoryEntity,
  AuthorityEntity,
  UserEntity,
  AuditRecordEntity,
  CalendarScheduleEntity,
  RuleCorrectionEntity,
  ConversionCampaignEntity,
  ConversionEnrolmentEntity,
  TaskEntity,
  NotificationEntity,
  TaskViewEntity,
  EstablishmentApplicationEntity,
  RegistrationCodeCounterEntity,
  IssuedRegistrationCodeEntity,
  DossierDocumentEntity,
  SupportRecordEntity,
  RegistryImportEntity,
  DormancySweepEntity,
  DormancySweepFindingEntity,
  NoticeOutboxEntity,
  StatisticsTargetEntity,
];

export type DatabaseSettings = {
  readonly url: string;
  readonly poolSize: number;
  readonly applicationName: string;
};

/** The one place the TypeORM connection is described. `synchronize` is never on: the schema is the migrations'. */
export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    applicationName: settings.applicationName,
    poolSize: settings.poolSize,
    extra: { connectionTimeoutMillis: 5_000 },
  };
}
