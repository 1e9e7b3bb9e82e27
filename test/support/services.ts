import { randomBytes } from 'node:crypto';
import { loadConfig, type AppConfig } from '@htx/config';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { installTemporalLogging } from '../../apps/worker/src/temporal-logger';
import { TemporalWorkerService } from '../../apps/worker/src/temporal-worker.service';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { uniqueTaskQueue } from './temporal';
import { testEnv } from './test-env';

export type RunningServices = {
  readonly baseUrl: string;
  readonly config: AppConfig;
  readonly api: INestApplication;
  stop(): Promise<void>;
};

/**
 * The api and the worker as their mains build them (same modules, pipes, filters), in this process, on a task queue
 * of their own, against the given PostgreSQL and Temporal. The api listens on a free port.
 */
export async function startServices(options: {
  databaseUrl: string;
  temporalAddress?: string;
  /** Extra configuration, e.g. an OIDC provider. */
  env?: Record<string, string>;
}): Promise<RunningServices> {
  const config = loadConfig(
    {
      AUTH_JWT_SECRET: randomBytes(32).toString('hex'),
      DORMANCY_SWEEP_AT: 'off',
      REPORT_CASCADE_ON: 'off',
      ...options.env,
      DATABASE_URL: options.databaseUrl,
      DATABASE_POOL_SIZE: '5',
      TEMPORAL_ADDRESS: options.temporalAddress ?? testEnv('temporalAddress'),
      TEMPORAL_TASK_QUEUE: uniqueTaskQueue('e2e'),
      WORKFLOW_BUNDLE_PATH: testEnv('workflowBundle'),
      API_BODY_LIMIT: '64kb',
      LOG_LEVEL: 'error',
    },
    'htx-e2e',
  );
  installTemporalLogging(config.logLevel);
  const workerContext: INestApplicationContext = await NestFactory.createApplicationContext(
    WorkerModule.forRoot(config),
    { logger: ['error'], abortOnError: false },
  );
  const worker = workerContext.get(TemporalWorkerService);
  await worker.start();
  const running = worker.run();

  const api = await createApiApp(config);
  await api.listen(0, '127.0.0.1');
  const baseUrl = (await api.getUrl()).replace('[::1]', '127.0.0.1');

  return {
    baseUrl,
    config,
    api,
    stop: async () => {
      await api.close();
      worker.shutdown();
      await running;
      await workerContext.close();
    },
  };
}

export type HttpResponse<T = unknown> = { status: number; body: T; headers: Headers };

/** A tiny HTTP client over fetch, for tests that speak to the api as a user's program would. */
export function httpClient(baseUrl: string, token?: string) {
  type Extra = { raw?: string; headers?: Record<string, string> };
  const send = async <T>(method: string, path: string, body?: unknown, extra: Extra = {}): Promise<HttpResponse<T>> => {
    const headers: Record<string, string> = {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...extra.headers,
    };
    if (body !== undefined || extra.raw !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: extra.raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
  };
  return {
    get: <T = Record<string, unknown>>(path: string) => send<T>('GET', path),
    post: <T = Record<string, unknown>>(path: string, body: unknown, headers?: Record<string, string>) =>
      send<T>('POST', path, body, { headers }),
    put: <T = Record<string, unknown>>(path: string, body: unknown) => send<T>('PUT', path, body),
    delete: <T = Record<string, unknown>>(path: string) => send<T>('DELETE', path),
    /** A GET whose body is bytes (a file, a PDF). */
    download: async (path: string): Promise<HttpResponse<Buffer>> => {
      const response = await fetch(`${baseUrl}${path}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      return { status: response.status, body: Buffer.from(await response.arrayBuffer()), headers: response.headers };
    },
    /** A multipart upload: text fields and one file in the field "file". */
    upload: async <T = Record<string, unknown>>(
      path: string,
      fields: Record<string, string>,
      file: { name: string; content: Buffer; type?: string },
    ): Promise<HttpResponse<T>> => {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      form.append('file', new Blob([file.content], { type: file.type ?? 'application/pdf' }), file.name);
      const response = await fetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers: token ? { authorization: `Bearer ${token}` } : {},
        body: form,
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
    },
    postRaw: <T = Record<string, unknown>>(path: string, raw: string) => send<T>('POST', path, undefined, { raw }),
  };
}

export type HttpClient = ReturnType<typeof httpClient>;

/** Signs in through the api and returns a client that sends the token. */
export async function signedIn(baseUrl: string, username: string, password: string): Promise<HttpClient> {
  const response = await httpClient(baseUrl).post<{ accessToken: string }>('/auth/login', { username, password });
  if (response.status !== 200) throw new Error(`sign-in as ${username} failed: ${JSON.stringify(response.body)}`);
  return httpClient(baseUrl, response.body.accessToken);
}
