import { ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('falls back to the embedded defaults', () => {
    const config = loadConfig({}, 'htx-test');
    expect(config.database.url).toBe('postgres://postgres@127.0.0.1:54329/htx');
    expect(config.temporal).toEqual({
      address: '127.0.0.1:7233',
      namespace: 'default',
      taskQueue: 'htx-lifecycle',
      embedded: true,
    });
    expect(config.database.embedded).toBe(true);
    expect(config.launcher).toEqual({ dataDir: undefined, temporalUiPort: undefined, demoData: true });
    expect(config.api.port).toBe(3000);
    expect(config.worker.dormancySweepAt).toEqual({ hour: 6, minute: 0 });
    expect(config.worker.maxCachedWorkflows).toBe(1_000);
    expect(config.applicationName).toBe('htx-test');
  });

  it('sizes the worker cache as told (0 turns it off), and refuses a size that is not a whole number', () => {
    expect(loadConfig({ WORKER_MAX_CACHED_WORKFLOWS: '250' }).worker.maxCachedWorkflows).toBe(250);
    expect(loadConfig({ WORKER_MAX_CACHED_WORKFLOWS: '0' }).worker.maxCachedWorkflows).toBe(0);
    expect(() => loadConfig({ WORKER_MAX_CACHED_WORKFLOWS: '-1' })).toThrow(/WORKER_MAX_CACHED_WORKFLOWS/);
    expect(() => loadConfig({ WORKER_MAX_CACHED_WORKFLOWS: 'many' })).toThrow(/WORKER_MAX_CACHED_WORKFLOWS/);
  });

  it('schedules the daily dormancy sweep at the time given, or not at all', () => {
    expect(loadConfig({ DORMANCY_SWEEP_AT: '21:30' }).worker.dormancySweepAt).toEqual({ hour: 21, minute: 30 });
    expect(loadConfig({ DORMANCY_SWEEP_AT: 'off' }).worker.dormancySweepAt).toBeNull();
    expect(() => loadConfig({ DORMANCY_SWEEP_AT: '6h' })).toThrow(/DORMANCY_SWEEP_AT="6h": must be HH:MM/);
  });

  it('reads and converts the variables a deployment sets', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://htx:secret@db:5432/htx',
      DATABASE_POOL_SIZE: '20',
      TEMPORAL_ADDRESS: 'temporal:7233',
      API_PORT: '8080',
      API_HOST: '0.0.0.0',
    });
    expect(config.database).toEqual({ url: 'postgres://htx:secret@db:5432/htx', poolSize: 20, embedded: false });
    expect(config.temporal.embedded).toBe(false);
    expect(config.temporal.address).toBe('temporal:7233');
    expect(config.api).toMatchObject({ host: '0.0.0.0', port: 8080 });
  });

  it('moves the embedded servers to other ports together with their addresses', () => {
    const config = loadConfig({ EMBEDDED_POSTGRES_PORT: '55432', EMBEDDED_TEMPORAL_PORT: '17233' });
    expect(config.database).toMatchObject({ url: 'postgres://postgres@127.0.0.1:55432/htx', embedded: true });
    expect(config.temporal).toMatchObject({ address: '127.0.0.1:17233', embedded: true });
  });

  it('names every bad variable and how to fix it', () => {
    let error: unknown;
    try {
      loadConfig({ DATABASE_URL: 'mysql://x', API_PORT: 'eighty', TEMPORAL_ADDRESS: 'temporal' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toMatch(/DATABASE_URL="mysql:\/\/x": must be a postgres:\/\/ connection string/);
    expect(message).toMatch(/API_PORT/);
    expect(message).toMatch(/TEMPORAL_ADDRESS="temporal": must be host:port/);
    expect(message).toMatch(/README/);
  });

  it('reads the mail server, the reminder ladder and the yearly cascade, and refuses a ladder out of order', () => {
    const config = loadConfig({
      SMTP_URL: 'smtp://mail.tanyen.gov.vn:587',
      REPORT_REMINDER_DAYS: '-30,0,30',
      REPORT_FOLLOW_UP_DAYS: '40',
      REPORT_WARNING_DAYS: '90',
      REPORT_CASCADE_ON: 'off',
    });
    expect(config.mail.smtpUrl).toBe('smtp://mail.tanyen.gov.vn:587');
    expect(config.reporting).toEqual({
      reminderOffsetsDays: [-30, 0, 30],
      followUpAfterDays: 40,
      warningAfterDays: 90,
    });
    expect(config.worker.reportCascadeOn).toBeNull();
    expect(loadConfig({}).mail.smtpUrl).toBeNull();
    expect(loadConfig({}).worker.reportCascadeOn).toEqual({ month: 12, day: 16 });
    expect(() => loadConfig({ REPORT_REMINDER_DAYS: '0,-15' })).toThrow(/reminder offsets in increasing order/);
    expect(() => loadConfig({ SMTP_URL: 'mail.example.vn' })).toThrow(/SMTP_URL="mail.example.vn": must be an smtp/);
  });
});
