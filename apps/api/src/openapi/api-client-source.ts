import openapiTS, { astToString } from 'openapi-typescript';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadConfig } from '../../../../libs/config/src';
import { createLogger } from '../../../../libs/logging/src';
import { openDatabase } from '../../../../libs/persistence/src';
import { Connection } from '@temporalio/client';
import { ApiContext } from '../api-context';
import { createApi } from '../create-api';

/** Where the console keeps the client types generated from this document. */
export const API_CLIENT_TYPES = path.join(repositoryRoot(__dirname), 'apps/web/src/api/schema.d.ts');

/** The folder holding package-lock.json above `dir`: the same from the sources (jest) and from dist/. */
function repositoryRoot(dir: string): string {
  return fs.existsSync(path.join(dir, 'package-lock.json')) ? dir : repositoryRoot(path.dirname(dir));
}

const HEADER = '// Generated from the API\'s OpenAPI document by `npm run api:client`; do not edit.\n';

/**
 * The OpenAPI document as the API itself serves it: the application is built on an in-memory
 * database and asked through Fastify's injection, without listening or reaching Temporal.
 */
export async function servedOpenApiDocument(): Promise<Record<string, unknown>> {
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'sqlite::memory:', JWT_SECRET: 'x'.repeat(32), LOG_LEVEL: 'silent' });
  const { dataSource } = await openDatabase({ kind: 'sqlite', path: ':memory:' });
  const temporal = Connection.lazy({ address: '127.0.0.1:1' });
  const app = await createApi({ context: new ApiContext(config, 'x'.repeat(32), 'y'.repeat(32), null), dataSource, temporal }, createLogger('api', 'silent'));
  try {
    const fastify = app.getHttpAdapter().getInstance();
    const response = await fastify.inject({ method: 'GET', url: '/api/docs/openapi.json' });
    if (response.statusCode !== 200) throw new Error(`GET /api/docs/openapi.json answered ${response.statusCode}`);
    return response.json();
  } finally {
    await app.close();
    await temporal.close();
    await dataSource.destroy();
  }
}

/** The TypeScript the console's client is typed with, for the document the API serves now. */
export async function apiClientTypes(): Promise<string> {
  const ast = await openapiTS((await servedOpenApiDocument()) as never, { alphabetize: true });
  return HEADER + astToString(ast);
}
