import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';

/**
 * Every environment variable the api and the worker read, with the rule it must meet. The defaults (in
 * `load-config.ts`) are the embedded ones the main command starts; a deployment sets the variables.
 */
export class EnvDto {
  /** PostgreSQL connection string, e.g. postgres://htx:secret@db:5432/htx */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// connection string' })
  DATABASE_URL?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE?: number;

  /** host:port of the Temporal frontend. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9.\-_]+:\d{1,5}$/, { message: 'must be host:port, e.g. temporal:7233' })
  TEMPORAL_ADDRESS?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  TEMPORAL_NAMESPACE?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  TEMPORAL_TASK_QUEUE?: string;

  @IsOptional()
  @IsString()
  API_HOST?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  API_PORT?: number;

  /** Largest request body the api accepts (Temporal refuses payloads over 2 MB). */
  @IsOptional()
  @Matches(/^\d+(kb|mb)$/, { message: 'must be a size such as 256kb or 1mb' })
  API_BODY_LIMIT?: string;

  /** Largest file of a dossier, in megabytes (stored in PostgreSQL, never passed through Temporal). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  DOCUMENT_MAX_MB?: number;

  /** The built officers' web app the api serves under /app/ (default dist/web, from the working directory). */
  @IsOptional()
  @IsString()
  @MinLength(1)
  WEB_APP_DIR?: string;

  /** Secret that signs the api's own sign-in tokens (HS256), at least 32 characters. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters (e.g. openssl rand -hex 32)' })
  AUTH_JWT_SECRET?: string;

  /** How long a sign-in token lasts, e.g. 8h or 30m. */
  @IsOptional()
  @Matches(/^\d+[mhd]$/, { message: 'must be a duration such as 30m, 8h or 1d' })
  AUTH_TOKEN_TTL?: string;

  /** false: no local sign-in (users come only from the OIDC provider). */
  @IsOptional()
  @IsIn(['true', 'false'])
  AUTH_LOCAL_LOGIN?: 'true' | 'false';

  /** OIDC provider whose tokens the api accepts (all three or none). */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'must be the issuer URL' })
  AUTH_OIDC_ISSUER?: string;

  @IsOptional()
  @IsString()
  AUTH_OIDC_AUDIENCE?: string;

  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'must be the JWKS URL' })
  AUTH_OIDC_JWKS_URL?: string;

  /** A prebuilt workflow bundle (production); without it the worker bundles `workflows/` at start. */
  @IsOptional()
  @IsString()
  WORKFLOW_BUNDLE_PATH?: string;

  /** Workflows one worker keeps in memory; 0 turns the cache off. Default: CONFIG_DEFAULTS (from bench B10). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  WORKER_MAX_CACHED_WORKFLOWS?: number;

  /** Vietnamese time of day of the daily dormancy sweep (a Temporal Schedule the workers keep), or `off`. */
  @IsOptional()
  @Matches(/^(off|([01]\d|2[0-3]):[0-5]\d)$/, { message: 'must be HH:MM (Vietnamese time, e.g. 06:00) or off' })
  DORMANCY_SWEEP_AT?: string;

  /** Day of the year (MM-DD, Vietnamese time 07:00) of the yearly pass up the ladder (a Temporal Schedule), or `off`. */
  @IsOptional()
  @Matches(/^(off|(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))$/, { message: 'must be MM-DD (e.g. 12-16) or off' })
  REPORT_CASCADE_ON?: string;

  /** SMTP server the worker sends notices through, e.g. smtp://user:pass@mail:587 or smtps://…; unset: mail is off. */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'must be an smtp:// or smtps:// URL, e.g. smtp://mail.example.vn:587' })
  SMTP_URL?: string;

  /** The sender of notices, e.g. "Phòng Tài chính - Kế hoạch <dangky@tanyen.gov.vn>". */
  @IsOptional()
  @Matches(/^(.*<)?[^\s@<>]+@[^\s@<>]+(>)?$/, { message: 'must be an address, optionally with a name: Name <a@b.vn>' })
  MAIL_FROM?: string;

  /** The reminder ladder, in days from the annual report's due date, e.g. -15,0,15,30 (policy, not law). */
  @IsOptional()
  @Matches(/^-?\d{1,3}(,-?\d{1,3}){0,9}$/, { message: 'must be comma-separated whole days, e.g. -15,0,15,30' })
  REPORT_REMINDER_DAYS?: string;

  /** Days after the due date when an officer is asked to follow up an unfiled report. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  REPORT_FOLLOW_UP_DAYS?: number;

  /** Days after the due date when the cooperative is warned and flagged REPORT_OVERDUE. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  REPORT_WARNING_DAYS?: number;

  /** Main command only: serve the Temporal UI of the embedded dev server on this port (headless when unset). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  TEMPORAL_UI_PORT?: number;

  /** Main command only: where the embedded PostgreSQL and Temporal keep their data and logs (default .data/). */
  @IsOptional()
  @IsString()
  @MinLength(1)
  DATA_DIR?: string;

  /** Main command only: port of the embedded PostgreSQL (when DATABASE_URL is unset). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  EMBEDDED_POSTGRES_PORT?: number;

  /** Main command only: port of the embedded Temporal dev server (when TEMPORAL_ADDRESS is unset). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  EMBEDDED_TEMPORAL_PORT?: number;

  /** Main command only: load the demo registry (default true). */
  @IsOptional()
  @IsIn(['true', 'false'])
  DEMO_DATA?: 'true' | 'false';

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL?: 'fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose';
}
