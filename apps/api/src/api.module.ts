import { ConfigModule, type AppConfig } from '@htx/config';
import { PersistenceModule } from '@htx/persistence';
import { TemporalClientModule } from '@htx/temporal-client';
import { Module, type DynamicModule } from '@nestjs/common';
import { AccessModule } from './access/access.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { ConversionsModule } from './conversions/conversions.module';
import { CooperativesModule } from './cooperatives/cooperatives.module';
import { DormancySweepsModule } from './dormancy-sweeps/dormancy-sweeps.module';
import { EstablishmentModule } from './establishment/establishment.module';
import { HealthModule } from './health/health.module';
import { RulePacksModule } from './rule-packs/rule-packs.module';
import { ReportsModule } from './reports/reports.module';
import { TasksModule } from './tasks/tasks.module';
import { TerritoriesModule } from './territories/territories.module';

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        PersistenceModule,
        TemporalClientModule,
        AuthModule,
        AccessModule,
        HealthModule,
        CooperativesModule,
        ReportsModule,
        DormancySweepsModule,
        TerritoriesModule,
        CalendarModule,
        RulePacksModule,
        ConversionsModule,
        AuditModule,
        TasksModule,
        EstablishmentModule,
      ],
    };
  }
}
