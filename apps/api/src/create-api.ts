import multipart from '@fastify/multipart';
import { LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from '../../../libs/logging/src';
import { ApiDependencies, AppModule } from './app.module';
import { API_PREFIX } from './common/api-prefix';
import { documentErrors } from './common/openapi-errors';
import { applySafeDefaults } from './common/safe-defaults';
import { sendError } from './common/all-errors.filter';
import { createValidationPipe } from './common/validation';
import { serveConsole } from './console/serve-console';


/** Nest's own messages (bootstrap, route map) go to the same structured log. */
function nestLogger(log: Logger): LoggerService {
  return {
    log: (message: unknown, context?: string) => log.debug({ context }, String(message)),
    error: (message: unknown, trace?: string, context?: string) => log.error({ context, trace }, String(message)),
    warn: (message: unknown, context?: string) => log.warn({ context }, String(message)),
    debug: (message: unknown, context?: string) => log.debug({ context }, String(message)),
    verbose: (message: unknown, context?: string) => log.trace({ context }, String(message)),
  };
}

/** The API application, not yet listening: main.ts listens, tests drive it with supertest. */
export async function createApi(deps: ApiDependencies, log: Logger): Promise<NestFastifyApplication> {
  const { api } = deps.context.config;
  const adapter = new FastifyAdapter({
    loggerInstance: log,
    bodyLimit: api.bodyLimitBytes,
    // X-Forwarded-For is believed only from the proxies named: anyone can write that header.
    trustProxy: api.trustProxy.length ? api.trustProxy : false,
    // The router's own refusals (a path parameter over its length, a path that does not decode)
    // leave in the one error shape too, not Fastify's.
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) => sendError(error, request, reply),
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.with(deps), adapter, {
    logger: nestLogger(log),
    abortOnError: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  await applySafeDefaults(app, api.corsOrigins);
  await app.register(multipart as never, { limits: { fileSize: api.uploadLimitBytes, files: 1, fields: 5 } });
  // One origin: the console is served at `/`, the API lives under `/api`; `/health` stays at the
  // root because probes and load balancers know it there.
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health'] });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  const document = documentErrors(SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Disclosure supervision engine')
      .setDescription('政务公开督办引擎 API: organisation registry, access control, and the disclosure workflows built on them.')
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'a JWT from POST /api/auth/login, or an API token (dse_…)' })
      .build(),
  ));
  await serveConsole(app, api.webDir, log);
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs/openapi.json` });
  await app.init();
  await fastify.ready();
  return app;
}
