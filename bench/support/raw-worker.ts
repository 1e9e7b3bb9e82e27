// A bare Temporal worker for the raw baselines, in its own process like the application's worker: the bench's
// trivial workflows, no activities, the options the application's worker uses (shutdownGraceTime, cache size).
import { CONFIG_DEFAULTS } from '@htx/config';
import { NativeConnection, Worker } from '@temporalio/worker';

async function main(): Promise<void> {
  const env = (name: string) => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set`);
    return value;
  };
  const connection = await NativeConnection.connect({ address: env('TEMPORAL_ADDRESS') });
  // The application's worker's default when the bench sets none.
  const maxCached = process.env.WORKER_MAX_CACHED_WORKFLOWS ?? CONFIG_DEFAULTS.WORKER_MAX_CACHED_WORKFLOWS;
  const worker = await Worker.create({
    connection,
    taskQueue: env('TEMPORAL_TASK_QUEUE'),
    workflowBundle: { codePath: env('BENCH_BUNDLE_PATH') },
    maxCachedWorkflows: Number(maxCached),
    shutdownGraceTime: '20 seconds',
  });
  process.once('SIGTERM', () => worker.shutdown());
  const running = worker.run();
  console.log('Raw worker ready');
  await running;
  await connection.close();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
