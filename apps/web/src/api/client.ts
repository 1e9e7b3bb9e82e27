import createClient from 'openapi-fetch';
import type { LocalizedText } from '../i18n';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type ApiErrorBody = Schemas['ApiErrorDto'];

/** A refusal from the api (its 4xx body: code, message and fix in both languages, the fields at fault). */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(`${status} ${body.code}: ${body.message.en}`);
    this.name = 'ApiFailure';
  }
}

const UNREACHABLE: LocalizedText = {
  vi: 'Không kết nối được với máy chủ. Kiểm tra mạng rồi thử lại.',
  en: 'The server could not be reached. Check the connection and try again.',
};

function isApiError(body: unknown): body is ApiErrorBody {
  return typeof body === 'object' && body !== null && 'code' in body && 'message' in body;
}

function failureOf(response: Response | undefined, body: unknown): ApiFailure {
  const status = response?.status ?? 0;
  if (isApiError(body)) return new ApiFailure(status, { ...body, fields: body.fields ?? [] });
  return new ApiFailure(status, {
    statusCode: status,
    code: status === 0 ? 'NETWORK' : `HTTP_${status}`,
    message: status === 0 ? UNREACHABLE : { vi: `Máy chủ trả lời ${status}.`, en: `The server answered ${status}.` },
    fields: [],
  });
}

const TOKEN_KEY = 'htx.token';
let token: string | null = sessionStorage.getItem(TOKEN_KEY);
let onSignedOut: () => void = () => undefined;

export function setToken(next: string | null): void {
  token = next;
  if (next) sessionStorage.setItem(TOKEN_KEY, next);
  else sessionStorage.removeItem(TOKEN_KEY);
}
export const currentToken = () => token;
/** What to do when the api no longer accepts the token (it lasts 8 hours): back to the sign-in page. */
export function whenSignedOut(handler: () => void): void {
  onSignedOut = handler;
}

/** The documented api, typed from its OpenAPI document (schema.d.ts is generated: `npm run web:types`). */
export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use({
  onRequest({ request }) {
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response, request }) {
    if (response.status === 401 && token && !request.url.endsWith('/auth/login')) {
      setToken(null);
      onSignedOut();
    }
    return response;
  },
});

type Result<T> = { data?: T; error?: unknown; response: Response };

/** The body of a successful answer, or an ApiFailure with the api's own explanation. */
export async function call<T>(request: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await request;
  } catch (error) {
    if (error instanceof ApiFailure) throw error;
    throw failureOf(undefined, undefined);
  }
  if (!result.response.ok) throw failureOf(result.response, result.error);
  return result.data as T;
}

/**
 * For the few answers the document describes only in words (sweeps): the shape comes from ./shapes, checked by the
 * browser tests rather than by the compiler.
 */
export async function callAs<T>(request: Promise<Result<unknown>>): Promise<T> {
  return (await call(request)) as T;
}

/** Multipart uploads and file downloads, which the typed client does not carry: same token, same errors. */
export async function send(path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...init.headers },
    });
  } catch {
    throw failureOf(undefined, undefined);
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    throw failureOf(response, body);
  }
  return response;
}

/** Saves a file the api serves behind the token (a dossier paper, a printout). */
export async function download(path: string, fallbackName: string): Promise<void> {
  const response = await send(path);
  const disposition = response.headers.get('content-disposition') ?? '';
  const named = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = named ? decodeURIComponent(named) : fallbackName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A fresh key for a decision, so a retried request decides nothing twice. */
export const idempotencyKey = () => crypto.randomUUID();
