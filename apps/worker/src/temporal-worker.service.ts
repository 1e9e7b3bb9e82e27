import { AppConfig } from '@htx/config';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import { ACTIVITY_RECORD, type ActivityRecord } from './activities/bind-activities';
import { workflowSource } from './workflow-source';

/**
 * Hosts the Temporal worker inside the Nest application context. `start()` connects and creates the worker (a bad
 * bundle or an unreachable server fails here, loudly); `run()` is observed by the caller; `shutdown()` drains
 * in-flight tasks before the process leaves.
 */
@Injectable()
export class TemporalWorkerService implements OnModuleDestroy {
  private readonly logger = new Logger(TemporalWorkerService.name);
  private connection?: NativeConnection;
  private worker?: Worker;
  private stopRequested = false;

  constructor(
    private readonly config: AppConfig,
    @Inject(ACTIVITY_RECORD) private readonly activities: ActivityRecord,
  ) {}

  async start(): Promise<void> {
    const { address, namespace, taskQueue } = this.config.temporal;
    this.connection = await NativeConnection.connect({ address });
    this.worker = await Worker.create({
      connection: this.connection,
      namespace,
      taskQueue,
      activities: this.activities,
      ...workflowSource(this.config.worker.workflowBundlePath),
      ...(this.config.worker.maxCachedWorkflows === undefined
        ? {}
        : { maxCachedWorkflows: this.config.worker.maxCachedWorkflows }),
      shutdownGraceTime: '20 seconds',
    });
    this.logger.log(`Worker ready: namespace "${namespace}", task queue "${taskQueue}", Temporal at ${address}`);
  }

  /** Resolves when the worker has shut down cleanly; rejects if it fails. */
  run(): Promise<void> {
    if (!this.worker) throw new Error('TemporalWorkerService.run() called before start()');
    const running = this.worker.run();
    // A stop asked for while the worker was still being created takes effect now.
    if (this.stopRequested) this.worker.shutdown();
    return running;
  }

  shutdown(): void {
    this.stopRequested = true;
    if (this.worker?.getState() === 'RUNNING') this.worker.shutdown();
  }

  async onModuleDestroy(): Promise<void> {
    await this.connection?.close();
  }
}
