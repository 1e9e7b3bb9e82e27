import { ConfigModule, type AppConfig } from '@htx/config';
import { PersistenceModule } from '@htx/persistence';
import { Module, type DynamicModule } from '@nestjs/common';
import { ACTIVITY_RECORD, bindActivities } from './activities/bind-activities';
import { ConversionActivities } from './activities/conversion.activities';
import { DormancySweepActivities } from './activities/dormancy-sweep.activities';
import { EventLogActivities } from './activities/event-log.activities';
import { ReferenceDataActivities, RegistryActivities } from './activities/reference-data.activities';
import { ReportCascadeActivities } from './activities/report-cascade.activities';
import { ReportingActivities } from './activities/reporting.activities';
import { TemporalWorkerService } from './temporal-worker.service';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), PersistenceModule],
      providers: [
        EventLogActivities,
        ReferenceDataActivities,
        RegistryActivities,
        DormancySweepActivities,
        ConversionActivities,
        ReportingActivities,
        ReportCascadeActivities,
        {
          provide: ACTIVITY_RECORD,
          inject: [
            EventLogActivities,
            ReferenceDataActivities,
            RegistryActivities,
            DormancySweepActivities,
            ConversionActivities,
            ReportingActivities,
            ReportCascadeActivities,
          ],
          useFactory: bindActivities,
        },
        TemporalWorkerService,
      ],
      exports: [TemporalWorkerService],
    };
  }
}
