import { ConfigError, logLevelsFrom, type AppConfig } from '@htx/config';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ApiModule } from './api.module';
import { ApiExceptionFilter } from './http/api-exception.filter';
import { useJsonBody } from './http/json-body';
import { serveWebApp } from './http/web-app';
import { createValidationPipe } from './http/validation';
import { serveOpenApi } from './openapi';

/** The api as main.ts runs it and as the e2e tests run it: the same pipes, filters, limits and docs. */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  if (!config.auth.jwtSecret && !config.auth.oidc) {
    throw new ConfigError([
      'AUTH_JWT_SECRET (at least 32 characters) or AUTH_OIDC_ISSUER/AUDIENCE/JWKS_URL: the api needs a way to sign users in',
    ]);
  }
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), {
    logger: logLevelsFrom(config.logLevel),
    bodyParser: false,
    // Errors reach the caller (main.ts exits with a message; tests see them) instead of Nest exiting the process.
    abortOnError: false,
  });
  useJsonBody(app, config.api.bodyLimit);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
  app.enableShutdownHooks();
  serveOpenApi(app);
  serveWebApp(app, config.api.webAppDir);
  return app;
}
