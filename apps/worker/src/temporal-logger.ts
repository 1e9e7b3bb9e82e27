import type { LogLevel as NestLogLevel } from '@htx/config';
import { Logger as NestLogger } from '@nestjs/common';
import { DefaultLogger, Runtime, type LogEntry, type LogLevel } from '@temporalio/worker';

/** The SDK is chatty at INFO: at the default LOG_LEVEL it reports warnings and errors only. */
const SDK_LEVEL: Record<NestLogLevel, LogLevel> = {
  fatal: 'ERROR',
  error: 'ERROR',
  warn: 'WARN',
  log: 'WARN',
  debug: 'INFO',
  verbose: 'DEBUG',
};

/**
 * Routes the Temporal SDK's logs through Nest's logger, one line each, so the worker's output reads as one log.
 * Call before the first worker or connection is created; later calls change nothing.
 */
export function installTemporalLogging(level: NestLogLevel): void {
  const nest = new NestLogger('Temporal');
  const logger = new DefaultLogger(SDK_LEVEL[level], ({ level: entryLevel, message, meta }: LogEntry) => {
    const line = meta && Object.keys(meta).length > 0 ? `${message} ${JSON.stringify(meta)}` : message;
    if (entryLevel === 'ERROR') nest.error(line);
    else if (entryLevel === 'WARN') nest.warn(line);
    else if (entryLevel === 'INFO') nest.log(line);
    else nest.debug(line);
  });
  try {
    Runtime.install({ logger });
  } catch {
    // The runtime already exists (tests create several workers in one process): keep it.
  }
}
