import { logLevelsFrom, type AppConfig } from '@htx/config';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApiModule } from './api.module';
import { ApiExceptionFilter } from './http/api-exception.filter';
import { useJsonBody } from './http/json-body';
import { createValidationPipe } from './http/validation';
import { serveOpenApi } from './openapi';

/** The api as main.ts runs it and as the e2e tests run it: the same pipes, filters, limits and docs. */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create(ApiModule.forRoot(config), {
    logger: logLevelsFrom(config.logLevel),
    bodyParser: false,
  });
  useJsonBody(app, config.api.bodyLimit);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
  app.enableShutdownHooks();
  serveOpenApi(app);
  return app;
}
