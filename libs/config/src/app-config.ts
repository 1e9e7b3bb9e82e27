export type LogLevel = 'fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose';

/** Typed configuration, built once from the environment by `loadConfig`. Also the DI token for it. */
export abstract class AppConfig {
  abstract readonly applicationName: string;
  /** `embedded`: no address was configured, so the main command starts its own server on the default one. */
  abstract readonly database: { readonly url: string; readonly poolSize: number; readonly embedded: boolean };
  abstract readonly temporal: {
    readonly address: string;
    readonly namespace: string;
    readonly taskQueue: string;
    readonly embedded: boolean;
  };
  abstract readonly api: {
    readonly host: string;
    readonly port: number;
    readonly bodyLimit: string;
    readonly documentMaxBytes: number;
    /** The built web app (`npm run build`), served under /app/. */
    readonly webAppDir: string;
  };
  abstract readonly auth: {
    readonly jwtSecret: string | undefined;
    readonly tokenTtlSeconds: number;
    readonly localLogin: boolean;
    readonly oidc: { readonly issuer: string; readonly audience: string; readonly jwksUrl: string } | undefined;
  };
  abstract readonly worker: {
    readonly workflowBundlePath: string | undefined;
    /** Workflows a worker keeps in memory (0: none, every task replays); see CONFIG_DEFAULTS for the default's basis. */
    readonly maxCachedWorkflows: number;
    /** When the daily dormancy sweep runs (Vietnamese time); null: not scheduled. */
    readonly dormancySweepAt: { readonly hour: number; readonly minute: number } | null;
    /** The day of the yearly pass up the ladder (07:00 Vietnamese time); null: not scheduled. */
    readonly reportCascadeOn: { readonly month: number; readonly day: number } | null;
  };
  /** Notices to cooperatives: the SMTP server (null: mail is off, deliveries are recorded as not sent). */
  abstract readonly mail: { readonly smtpUrl: string | null; readonly from: string };
  /** The reminder ladder of the yearly reports (the authority's policy, not law). */
  abstract readonly reporting: {
    readonly reminderOffsetsDays: readonly number[];
    readonly followUpAfterDays: number;
    readonly warningAfterDays: number;
  };
  /** Options of the main command (`npm start`). */
  abstract readonly launcher: {
    /** undefined: `.data/` in the checkout. */
    readonly dataDir: string | undefined;
    readonly temporalUiPort: number | undefined;
    readonly demoData: boolean;
  };
  abstract readonly logLevel: LogLevel;
}
