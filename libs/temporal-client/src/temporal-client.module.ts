import { AppConfig } from '@htx/config';
import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { CooperativeLifecycleClient } from './cooperative-lifecycle.client';
import { DormancySweepClient } from './dormancy-sweep.client';
import { ReportCascadeClient } from './report-cascade.client';
import { EstablishmentClient } from './establishment.client';
import { ConversionClient } from './conversion.client';
import { RuleRolloutClient } from './rule-rollout.client';
import { TaskClient } from './task.client';
import { TemporalHealth } from './temporal-health';

/**
 * The api's connection to Temporal. Lazy: the api starts (and answers /health) while Temporal is still coming up,
 * and /ready tells the difference.
 */
@Global()
@Module({
  providers: [
    {
      provide: Connection,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => Connection.lazy({ address: config.temporal.address }),
    },
    {
      provide: Client,
      inject: [Connection, AppConfig],
      useFactory: (connection: Connection, config: AppConfig) =>
        new Client({ connection, namespace: config.temporal.namespace }),
    },
    CooperativeLifecycleClient,
    EstablishmentClient,
    TaskClient,
    RuleRolloutClient,
    ConversionClient,
    DormancySweepClient,
    ReportCascadeClient,
    TemporalHealth,
  ],
  exports: [
    Client,
    CooperativeLifecycleClient,
    EstablishmentClient,
    TaskClient,
    DormancySweepClient,
    ReportCascadeClient,
    RuleRolloutClient,
    ConversionClient,
    TemporalHealth,
  ],
})
export class TemporalClientModule implements OnApplicationShutdown {
  constructor(@Inject(Connection) private readonly connection: Connection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}
