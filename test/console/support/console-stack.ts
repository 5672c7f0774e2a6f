import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startSupervisionWorld, type SupervisionWorld } from '../../support/supervision-fixtures';
import { launchBrowser, openPage } from './browser';

const WEB_DIR = path.resolve(__dirname, '../../../dist/web');

export interface Served {
  /** Where the API listens on loopback, serving the built console at `/`. */
  baseURL: string;
  browser: Browser;
}
export type ConsoleWorld = SupervisionWorld & Served;

/**
 * The supervision world (API, worker, Temporal, SMTP on loopback) with the API listening on a
 * real port, as `npm start` runs it, and a Chromium to drive the console it serves.
 */
export function startConsoleWorld(env: Record<string, string> = {}): Promise<ConsoleWorld> {
  return serveConsole(startSupervisionWorld, env);
}

/** Any test world (its API, worker, Temporal, SMTP) listening on a real port, with a Chromium. */
export async function serveConsole<W extends { api: SupervisionWorld['api']; stop(): Promise<void> }>(
  start: (env: Record<string, string>) => Promise<W>,
  env: Record<string, string> = {},
): Promise<W & Served> {
  if (!fs.existsSync(path.join(WEB_DIR, 'index.html'))) {
    throw new Error(`the console is not built in ${WEB_DIR}: run \`npm run build:web\` (npm test builds it when its sources change)`);
  }
  const world = await start({ WEB_DIR, ...env });
  try {
    await world.api.app.listen({ host: '127.0.0.1', port: 0 });
    const baseURL = (await world.api.app.getUrl()).replace('[::1]', '127.0.0.1');
    const browser = await launchBrowser();
    return {
      ...world,
      baseURL,
      browser,
      async stop() {
        await browser.close();
        await world.stop();
      },
    };
  } catch (error) {
    await world.stop();
    throw error;
  }
}

/**
 * One world for a describe block and a fresh browser profile (no cookies) for each test: read
 * `suite.world` and `suite.page` inside the tests.
 */
export function consoleSuite(env: Record<string, string> = {}): { world: ConsoleWorld; page: Page } {
  const suite = {} as { world: ConsoleWorld; page: Page };
  beforeAll(async () => {
    suite.world = await startConsoleWorld(env);
  });
  afterAll(() => suite.world?.stop());
  beforeEach(async () => {
    suite.page = await openPage(suite.world.browser, suite.world.baseURL);
  });
  afterEach(() => suite.page?.context().close());
  return suite;
}
