import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Connection } from '@temporalio/client';
import request from 'supertest';
import { AppConfig, loadConfig } from '../../libs/config/src';
import { createLogger } from '../../libs/logging/src';
import { ApiContext } from '../../apps/api/src/api-context';
import { ensureFirstAdmin } from '../../apps/api/src/bootstrap-admin';
import type { ApiDependencies } from '../../apps/api/src/app.module';
import { createApi } from '../../apps/api/src/create-api';
import { createTestDatabase, TestDatabase } from './test-database';

export const ADMIN = { email: 'admin@test.gov.cn', password: 'admin-password-1234' };
export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';
export const TEST_TRAIL_KEY = 'test-trail-key-that-is-long-enough-0123456789';

export interface TestApi {
  app: NestFastifyApplication;
  db: TestDatabase;
  config: AppConfig;
  /** Supertest on the API's routes, written as `/units`: the `/api` prefix is added here, once. */
  http: ApiHttp;
  /** Supertest on the server's root, for what lives outside `/api` (the console, `/health`). */
  root: ReturnType<typeof request>;
  /** Logs in and returns the bearer header value. */
  login(email: string, password: string): Promise<string>;
  adminAuth: string;
  close(): Promise<void>;
}

export interface TestApiOptions {
  /** Another Temporal address, connected to lazily (e.g. one nobody listens on); default: the run's dev server. */
  temporalAddress?: string;
  /** Modules mounted beside the API's own (ApiDependencies.modules). */
  modules?: ApiDependencies['modules'];
  /** Another API's database, to run a second process on it; left to that API to drop. */
  database?: TestDatabase;
}

type ApiHttp = Pick<ReturnType<typeof request>, 'get' | 'post' | 'put' | 'patch' | 'delete'>;

/** `/health` and paths already under `/api` (links the API gives out) are left as they are. */
export function apiPath(path: string): string {
  return /^\/(health|api)(\/|\?|$)/.test(path) ? path : `/api${path}`;
}

function apiHttp(root: ReturnType<typeof request>): ApiHttp {
  return {
    get: (path, ...rest) => root.get(apiPath(path), ...rest),
    post: (path, ...rest) => root.post(apiPath(path), ...rest),
    put: (path, ...rest) => root.put(apiPath(path), ...rest),
    patch: (path, ...rest) => root.patch(apiPath(path), ...rest),
    delete: (path, ...rest) => root.delete(apiPath(path), ...rest),
  };
}

/** What a test needs to call an API as its admin, in-process or over the network. */
export type ApiClient = Pick<TestApi, 'http' | 'root' | 'login' | 'adminAuth'>;

/** An API (a URL such as one under the real launcher, or an in-process server) logged in as `admin`. */
export async function connectApi(url: Parameters<typeof request>[0], admin: { email: string; password: string }): Promise<ApiClient> {
  const root = request(url);
  const http = apiHttp(root);
  const login = async (email: string, password: string) => {
    const response = await http.post('/auth/login').send({ email, password });
    if (response.status !== 200) throw new Error(`login of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
    return `Bearer ${response.body.accessToken}`;
  };
  return { http, root, login, adminAuth: await login(admin.email, admin.password) };
}

/** The real Nest application on a real database, talking to the run's real Temporal server. */
export async function startTestApi(env: Record<string, string> = {}, options: TestApiOptions = {}): Promise<TestApi> {
  const db = options.database ?? (await createTestDatabase());
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: process.env.TEST_RUN_DIR ?? '/tmp',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    JWT_SECRET: TEST_JWT_SECRET,
    TRAIL_KEY: TEST_TRAIL_KEY,
    LOG_LEVEL: 'silent',
    LOGIN_RATE_LIMIT: '1000/60s',
    // The database the API really uses, so what it reports (GET /health) matches.
    DATABASE_URL: db.config.kind === 'postgres' ? db.config.url : `sqlite:${db.config.path}`,
    ...env,
  });
  await ensureFirstAdmin(db.dataSource, config);
  const address = options.temporalAddress ?? process.env.TEST_TEMPORAL_ADDRESS!;
  // Lazy for a chosen address, as main.ts does: the API starts even when nobody answers there.
  const temporal = options.temporalAddress ? Connection.lazy({ address }) : await Connection.connect({ address });
  const app = await createApi(
    { context: new ApiContext(config, TEST_JWT_SECRET, TEST_TRAIL_KEY, address), dataSource: db.dataSource, temporal, modules: options.modules },
    createLogger('api', 'silent'),
  );
  return {
    app,
    db,
    config,
    ...(await connectApi(app.getHttpServer(), ADMIN)),
    async close() {
      // Each part is let go even when one before it fails, or its handles keep jest alive.
      try {
        await app.close();
      } finally {
        try {
          await temporal.close();
        } finally {
          if (!options.database) await db.drop();
        }
      }
    },
  };
}
