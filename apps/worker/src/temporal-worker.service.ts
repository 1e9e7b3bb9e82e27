import { AppConfig } from '@htx/config';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { ensureDormancySweepSchedule, ensureReportCascadeSchedule } from '@htx/temporal-client';
import { Client, Connection } from '@temporalio/client';
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
      maxCachedWorkflows: this.config.worker.maxCachedWorkflows,
      shutdownGraceTime: '20 seconds',
    });
    await this.scheduleDormancySweep();
    await this.scheduleReportCascade();
    this.logger.log(`Worker ready: namespace "${namespace}", task queue "${taskQueue}", Temporal at ${address}`);
  }

  /** The daily sweep belongs to the task queue this worker serves: each worker makes sure it is scheduled. */
  private async scheduleDormancySweep(): Promise<void> {
    const at = this.config.worker.dormancySweepAt;
    if (!at) return;
    const { address, namespace, taskQueue } = this.config.temporal;
    const connection = await Connection.connect({ address });
    try {
      await ensureDormancySweepSchedule(new Client({ connection, namespace }), taskQueue, at);
    } finally {
      await connection.close();
    }
    const time = `${String(at.hour).padStart(2, '0')}:${String(at.minute).padStart(2, '0')}`;
    this.logger.log(`Dormancy sweep scheduled daily at ${time} (Vietnamese time) for task queue "${taskQueue}"`);
  }

  /** The yearly pass up the ladder, scheduled like the sweep (one per task queue). */
  private async scheduleReportCascade(): Promise<void> {
    const on = this.config.worker.reportCascadeOn;
    if (!on) return;
    const { address, namespace, taskQueue } = this.config.temporal;
    const connection = await Connection.connect({ address });
    try {
      await ensureReportCascadeSchedule(new Client({ connection, namespace }), taskQueue, on);
    } finally {
      await connection.close();
    }
    const day = `${String(on.day).padStart(2, '0')}/${String(on.month).padStart(2, '0')}`;
    this.logger.log(`Yearly reports up the ladder scheduled on ${day} at 07:00 for task queue "${taskQueue}"`);
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
