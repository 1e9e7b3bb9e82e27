import 'reflect-metadata';
import { loadConfig, logLevelsFrom } from '@htx/config';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { installTemporalLogging } from './temporal-logger';
import { TemporalWorkerService } from './temporal-worker.service';
import { WorkerModule } from './worker.module';

/** The worker process: a Nest application context (no HTTP listener) hosting the Temporal worker. */
async function main(): Promise<number> {
  const config = loadConfig(process.env, 'htx-worker');
  installTemporalLogging(config.logLevel);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: logLevelsFrom(config.logLevel),
    abortOnError: false,
  });
  const logger = new Logger('WorkerMain');
  const worker = app.get(TemporalWorkerService);
  const stop = (signal: string) => {
    logger.log(`${signal} received: finishing in-flight tasks, then stopping`);
    worker.shutdown();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));

  let exitCode = 0;
  try {
    await worker.start();
    await worker.run();
    logger.log('Worker stopped');
  } catch (error) {
    logger.error(`Worker failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    exitCode = 1;
  }
  await app.close();
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('Worker could not start:', error);
    process.exit(1);
  },
);
