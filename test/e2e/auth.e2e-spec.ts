import { createServer, type Server } from 'node:http';
import { SYSTEM_ACTOR } from '@htx/domain';
import { AuditLog, UserRepository } from '@htx/persistence';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import type { DataSource } from 'typeorm';
import { ALLOWED_ROLES, PUBLIC_ROUTE } from '../../apps/api/src/auth/decorators';
import { seedIdentity, TEST_PASSWORD, USERS } from '../support/identity';
import { createTestDatabase, openDataSource, type TestDatabase } from '../support/postgres';
import { httpClient, signedIn, startServices, type RunningServices } from '../support/services';

type ApiError = { code: string; message: { vi: string; en: string }; fix?: { vi: string; en: string } };

let database: TestDatabase;
let dataSource: DataSource;
let services: RunningServices;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await openDataSource(database.url);
  await seedIdentity(dataSource);
  services = await startServices({ databaseUrl: database.url });
});
afterAll(async () => {
  await services?.stop();
  await dataSource?.destroy();
  await database?.drop();
});

describe('signing in', () => {
  it('gives a bearer token that says who you are, with roles and territories', async () => {
    const officer = await signedIn(services.baseUrl, USERS.officer.id, TEST_PASSWORD);
    expect((await officer.get('/auth/me')).body).toEqual({
      id: 'can-bo.tanyen',
      displayName: 'Nguyễn Văn An',
      roles: ['registration-officer'],
      territoryCodes: ['216'],
      cooperativeIds: [],
    });
  });

  it('answers a wrong password like an unknown user, and records the attempt', async () => {
    const anonymous = httpClient(services.baseUrl);
    const wrong = await anonymous.post<ApiError>('/auth/login', { username: USERS.officer.id, password: 'đoán-thử' });
    const unknown = await anonymous.post<ApiError>('/auth/login', { username: 'nobody', password: 'đoán-thử' });
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');

    const admin = await signedIn(services.baseUrl, USERS.admin.id, TEST_PASSWORD);
    const records = await admin.get<{ action: string; subject: { id: string } }[]>(
      '/audit/records?action=sign-in-failed',
    );
    expect(records.body.map((record) => record.subject.id)).toEqual(
      expect.arrayContaining(['can-bo.tanyen', 'nobody']),
    );
  });

  it('refuses requests without a valid token (401), saying how to sign in', async () => {
    const missing = await httpClient(services.baseUrl).get<ApiError>('/cooperatives');
    expect(missing.status).toBe(401);
    expect(missing.body.fix?.en).toContain('POST /auth/login');
    expect((await httpClient(services.baseUrl, 'not-a-token').get('/cooperatives')).status).toBe(401);

    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(USERS.admin.id)
      .setIssuer('htx-lifecycle')
      .setAudience('htx-lifecycle-api')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('x'.repeat(64)));
    expect((await httpClient(services.baseUrl, forged).get('/cooperatives')).status).toBe(401);
  });

  it('stops a deactivated user at once, even with a token issued before', async () => {
    const client = await signedIn(services.baseUrl, USERS.secondOfficer.id, TEST_PASSWORD);
    expect((await client.get('/auth/me')).status).toBe(200);
    const users = new UserRepository(dataSource, new AuditLog(dataSource));
    const user = await users.findById(USERS.secondOfficer.id);
    await users.save({ ...user!, active: false }, SYSTEM_ACTOR, new Date());
    expect((await client.get('/auth/me')).status).toBe(401);
  });
});

describe('roles', () => {
  it('refuses what a role may not do (403), naming the roles that may', async () => {
    const auditor = await signedIn(services.baseUrl, USERS.auditor.id, TEST_PASSWORD);
    const register = await auditor.post<ApiError>('/cooperatives', {});
    expect(register.status).toBe(403);
    expect(register.body.code).toBe('ROLE_NOT_ALLOWED');
    expect(register.body.fix?.vi).toContain('Cán bộ đăng ký');

    const officer = await signedIn(services.baseUrl, USERS.officer.id, TEST_PASSWORD);
    expect((await officer.get('/audit/records')).status).toBe(403);
    expect((await officer.put('/territories', { territories: [] })).status).toBe(403);
    expect((await officer.put('/calendar/schedules/2026', {})).status).toBe(403);
  });

  it('has no route that forgot to say who may use it: each is public or names its roles', () => {
    const modules = services.api.get(ModulesContainer);
    const reflector = services.api.get(Reflector);
    const scanner = new MetadataScanner();
    const unguarded: string[] = [];
    const controllers = [...modules.values()].flatMap((module) => [...module.controllers.values()]);
    expect(controllers.length).toBeGreaterThan(5);
    for (const wrapper of controllers) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | undefined;
      if (!controller) continue;
      const prototype = controller.prototype as object;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[name] as () => void;
        if (Reflect.getMetadata('path', handler) === undefined) continue;
        const isPublic = reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [handler, controller]);
        const roles = reflector.getAllAndOverride<string[] | undefined>(ALLOWED_ROLES, [handler, controller]);
        if (!isPublic && !(roles && roles.length > 0)) unguarded.push(`${controller.name}.${name}`);
      }
    }
    expect(unguarded).toEqual([]);
  });
});

describe('an OIDC identity provider', () => {
  let jwks: Server;
  let oidc: RunningServices;
  let privateKey: KeyLike;
  const issuer = 'http://127.0.0.1/realms/htx';

  beforeAll(async () => {
    const keys = await generateKeyPair('RS256');
    privateKey = keys.privateKey;
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
    jwks = createServer((_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const port = (jwks.address() as { port: number }).port;
    await new UserRepository(dataSource, new AuditLog(dataSource)).save(
      {
        id: 'sso.officer',
        displayName: 'Cán bộ đăng nhập một lần',
        roles: ['registration-officer'],
        territoryCodes: ['216'],
        cooperativeIds: [],
        passwordHash: null,
        externalSubject: 'f3b1c2d4-sso-subject',
        active: true,
      },
      SYSTEM_ACTOR,
      new Date(),
    );
    oidc = await startServices({
      databaseUrl: database.url,
      env: {
        AUTH_OIDC_ISSUER: issuer,
        AUTH_OIDC_AUDIENCE: 'htx-api',
        AUTH_OIDC_JWKS_URL: `http://127.0.0.1:${port}/certs`,
      },
    });
  });
  afterAll(async () => {
    await oidc?.stop();
    await new Promise((resolve) => jwks?.close(resolve));
  });

  const token = (claims: { sub: string; aud?: string; iss?: string }) =>
    new SignJWT({})
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setSubject(claims.sub)
      .setIssuer(claims.iss ?? issuer)
      .setAudience(claims.aud ?? 'htx-api')
      .setExpirationTime('10m')
      .sign(privateKey);

  it("accepts the provider's tokens for a known subject; roles still come from our users", async () => {
    const me = await httpClient(oidc.baseUrl, await token({ sub: 'f3b1c2d4-sso-subject' })).get('/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: 'sso.officer', roles: ['registration-officer'] });
  });

  it('refuses tokens for another audience, another issuer, or a subject we do not know', async () => {
    for (const claims of [
      { sub: 'f3b1c2d4-sso-subject', aud: 'someone-else' },
      { sub: 'f3b1c2d4-sso-subject', iss: 'http://evil.example' },
      { sub: 'unknown-subject' },
    ]) {
      expect((await httpClient(oidc.baseUrl, await token(claims)).get('/auth/me')).status).toBe(401);
    }
  });
});
