import { ConfigModule, type AppConfig } from '@htx/config';
import { PersistenceModule } from '@htx/persistence';
import { TemporalClientModule } from '@htx/temporal-client';
import { Module, type DynamicModule } from '@nestjs/common';
import { CooperativesModule } from './cooperatives/cooperatives.module';
import { HealthModule } from './health/health.module';

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        PersistenceModule,
        TemporalClientModule,
        HealthModule,
        CooperativesModule,
      ],
    };
  }
}
