import { DEFAULT_TASK_QUEUE } from '@htx/contracts';
import { checkReminderPolicy } from '@htx/domain';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { AppConfig } from './app-config';
import { EnvDto } from './env.dto';

/** The embedded defaults: what `npm start` runs on this machine. */
export const CONFIG_DEFAULTS = {
  EMBEDDED_POSTGRES_PORT: 54329,
  EMBEDDED_TEMPORAL_PORT: 7233,
  DATABASE_POOL_SIZE: 10,
  TEMPORAL_NAMESPACE: 'default',
  TEMPORAL_TASK_QUEUE: DEFAULT_TASK_QUEUE,
  API_HOST: '127.0.0.1',
  API_PORT: 3000,
  API_BODY_LIMIT: '1mb',
  DOCUMENT_MAX_MB: 10,
  WEB_APP_DIR: 'dist/web',
  LOG_LEVEL: 'log',
  DORMANCY_SWEEP_AT: '06:00',
  MAIL_FROM: 'Co quan dang ky HTX <no-reply@htx-lifecycle.local>',
  REPORT_REMINDER_DAYS: '-15,0,15,30',
  REPORT_FOLLOW_UP_DAYS: 45,
  REPORT_WARNING_DAYS: 60,
  REPORT_CASCADE_ON: '12-16',
  /**
   * Workflows one worker keeps in memory. From bench B10: a cached cooperative workflow costs 0.60 MB of worker RSS
   * at 300 cached and 0.85 MB at 100 (the fixed part spread thinner as the cache grows). A budget of 1 GiB of cache
   * per worker at the worse figure gives 1,024 / 0.85 ≈ 1,200; 1,000 leaves headroom (≈ 850 MB over a fresh worker's
   * RSS). Checked at 2,000 (23 November 2026): 1,000 cached → 1,009 MB RSS, 0.79 MB each over a 220 MB fresh
   * worker; docker/compose.yaml gives each worker 1.5 GiB. Unset, the SDK sized it from the V8 heap limit of whatever
   * machine the worker ran on (≈ 2,300 on a 24 GiB host), so the memory a worker needed depended on where it ran. A run
   * the worker no longer holds is replayed from its history on its next task (B6: ≤ 1 s for the longest run).
   */
  WORKER_MAX_CACHED_WORKFLOWS: 1_000,
} as const;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid configuration / Cấu hình không hợp lệ:\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
        'Fix the variables above or unset them to use the documented defaults (README, "Configuration").',
    );
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment once. Throws a ConfigError naming every bad variable. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  applicationName = 'htx-lifecycle',
): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const dto = plainToInstance(EnvDto, present, { excludeExtraneousValues: false });
  const errors = validateSync(dto, { whitelist: true, forbidUnknownValues: false });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map(
        (error) =>
          `${error.property}=${JSON.stringify(present[error.property])}: ${Object.values(error.constraints ?? {}).join('; ')}`,
      ),
    );
  }
  const oidcVariables = [dto.AUTH_OIDC_ISSUER, dto.AUTH_OIDC_AUDIENCE, dto.AUTH_OIDC_JWKS_URL];
  if (oidcVariables.some(Boolean) && !oidcVariables.every(Boolean)) {
    throw new ConfigError([
      "AUTH_OIDC_ISSUER, AUTH_OIDC_AUDIENCE and AUTH_OIDC_JWKS_URL: set all three to accept the provider's tokens, or none",
    ]);
  }
  const reporting = {
    reminderOffsetsDays: (dto.REPORT_REMINDER_DAYS ?? CONFIG_DEFAULTS.REPORT_REMINDER_DAYS).split(',').map(Number),
    followUpAfterDays: dto.REPORT_FOLLOW_UP_DAYS ?? CONFIG_DEFAULTS.REPORT_FOLLOW_UP_DAYS,
    warningAfterDays: dto.REPORT_WARNING_DAYS ?? CONFIG_DEFAULTS.REPORT_WARNING_DAYS,
  };
  const ladderProblems = checkReminderPolicy(reporting);
  if (ladderProblems.length > 0) {
    throw new ConfigError([
      `REPORT_REMINDER_DAYS=${JSON.stringify(present.REPORT_REMINDER_DAYS ?? CONFIG_DEFAULTS.REPORT_REMINDER_DAYS)}, ` +
        `REPORT_FOLLOW_UP_DAYS, REPORT_WARNING_DAYS: the ladder needs ${ladderProblems.join('; ')}`,
    ]);
  }
  return {
    applicationName,
    database: {
      url:
        dto.DATABASE_URL ??
        `postgres://postgres@127.0.0.1:${dto.EMBEDDED_POSTGRES_PORT ?? CONFIG_DEFAULTS.EMBEDDED_POSTGRES_PORT}/htx`,
      poolSize: dto.DATABASE_POOL_SIZE ?? CONFIG_DEFAULTS.DATABASE_POOL_SIZE,
      embedded: dto.DATABASE_URL === undefined,
    },
    temporal: {
      address:
        dto.TEMPORAL_ADDRESS ?? `127.0.0.1:${dto.EMBEDDED_TEMPORAL_PORT ?? CONFIG_DEFAULTS.EMBEDDED_TEMPORAL_PORT}`,
      namespace: dto.TEMPORAL_NAMESPACE ?? CONFIG_DEFAULTS.TEMPORAL_NAMESPACE,
      taskQueue: dto.TEMPORAL_TASK_QUEUE ?? CONFIG_DEFAULTS.TEMPORAL_TASK_QUEUE,
      embedded: dto.TEMPORAL_ADDRESS === undefined,
    },
    api: {
      host: dto.API_HOST ?? CONFIG_DEFAULTS.API_HOST,
      port: dto.API_PORT ?? CONFIG_DEFAULTS.API_PORT,
      bodyLimit: dto.API_BODY_LIMIT ?? CONFIG_DEFAULTS.API_BODY_LIMIT,
      documentMaxBytes: (dto.DOCUMENT_MAX_MB ?? CONFIG_DEFAULTS.DOCUMENT_MAX_MB) * 1024 * 1024,
      webAppDir: dto.WEB_APP_DIR ?? CONFIG_DEFAULTS.WEB_APP_DIR,
    },
    auth: {
      jwtSecret: dto.AUTH_JWT_SECRET,
      tokenTtlSeconds: durationSeconds(dto.AUTH_TOKEN_TTL ?? '8h'),
      localLogin: dto.AUTH_LOCAL_LOGIN !== 'false',
      oidc:
        dto.AUTH_OIDC_ISSUER && dto.AUTH_OIDC_AUDIENCE && dto.AUTH_OIDC_JWKS_URL
          ? { issuer: dto.AUTH_OIDC_ISSUER, audience: dto.AUTH_OIDC_AUDIENCE, jwksUrl: dto.AUTH_OIDC_JWKS_URL }
          : undefined,
    },
    worker: {
      workflowBundlePath: dto.WORKFLOW_BUNDLE_PATH,
      maxCachedWorkflows: dto.WORKER_MAX_CACHED_WORKFLOWS ?? CONFIG_DEFAULTS.WORKER_MAX_CACHED_WORKFLOWS,
      dormancySweepAt: timeOfDay(dto.DORMANCY_SWEEP_AT ?? CONFIG_DEFAULTS.DORMANCY_SWEEP_AT),
      reportCascadeOn: dayOfYear(dto.REPORT_CASCADE_ON ?? CONFIG_DEFAULTS.REPORT_CASCADE_ON),
    },
    mail: { smtpUrl: dto.SMTP_URL ?? null, from: dto.MAIL_FROM ?? CONFIG_DEFAULTS.MAIL_FROM },
    reporting,
    launcher: { dataDir: dto.DATA_DIR, temporalUiPort: dto.TEMPORAL_UI_PORT, demoData: dto.DEMO_DATA !== 'false' },
    logLevel: dto.LOG_LEVEL ?? CONFIG_DEFAULTS.LOG_LEVEL,
  };
}

function dayOfYear(value: string): { month: number; day: number } | null {
  if (value === 'off') return null;
  const [month, day] = value.split('-').map(Number);
  return { month, day };
}

function timeOfDay(value: string): { hour: number; minute: number } | null {
  if (value === 'off') return null;
  const [hour, minute] = value.split(':').map(Number);
  return { hour, minute };
}

function durationSeconds(duration: string): number {
  const amount = Number(duration.slice(0, -1));
  return amount * { m: 60, h: 3_600, d: 86_400 }[duration.slice(-1) as 'm' | 'h' | 'd'];
}
