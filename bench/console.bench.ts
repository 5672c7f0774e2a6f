import { Connection } from '@temporalio/client';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ApiContext } from '../apps/api/src/api-context';
import { ensureFirstAdmin } from '../apps/api/src/bootstrap-admin';
import { createApi } from '../apps/api/src/create-api';
import { loadConfig, resolveTrailKey } from '../libs/config/src';
import { createLogger } from '../libs/logging/src';
import { openDatabase, PersonEntity } from '../libs/persistence/src';
import { launchBrowser, openPage, signIn } from '../test/console/support/browser';
import { insertTasks, insertUnits } from './supervision.bench';

const TASKS = Number(process.env.BENCH_CONSOLE_TASKS ?? 100_000);
const UNITS = 1000;
const ROUNDS = 7;
const WEB_DIR = path.resolve(__dirname, '../../dist/web');
const ADMIN = { email: 'admin@bench.cn', password: 'bench-password-123' };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value: number) => Number(value.toFixed(1));

/** The console's first load: index.html's scripts, styles and preloaded modules, gzipped as served. */
function initialBundle(): { files: number; gzipKb: number; rawKb: number } {
  const html = fs.readFileSync(path.join(WEB_DIR, 'index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const bytes = assets.map((a) => fs.readFileSync(path.join(WEB_DIR, a)));
  return {
    files: assets.length,
    gzipKb: Number((bytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0) / 1024).toFixed(1)),
    rawKb: Number((bytes.reduce((sum, b) => sum + b.length, 0) / 1024).toFixed(1)),
  };
}

/**
 * The ledger's first screen in Chromium with 100,000 tasks in SQLite: from opening /ledger
 * until the first page of rows is on screen (the console's code, the session, the page's API
 * calls, the render), and from the menu once the console is loaded; against the ledger's API
 * call alone from the same browser, the floor of both.
 */
export async function benchConsole(): Promise<Record<string, unknown>> {
  if (!fs.existsSync(path.join(WEB_DIR, 'index.html'))) throw new Error(`the console is not built in ${WEB_DIR}: run npm run build:web`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dse-bench-console-'));
  const config = loadConfig({
    DATA_DIR: dir,
    WEB_DIR,
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'silent',
  });
  const { dataSource } = await openDatabase(config.database);
  await ensureFirstAdmin(dataSource, config);
  const units = await insertUnits(dataSource, UNITS);
  const admin = await dataSource.getRepository(PersonEntity).findOneByOrFail({ email: ADMIN.email });
  await insertTasks(dataSource, units, admin.id, TASKS, (i) => `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`);

  const temporal = Connection.lazy({ address: '127.0.0.1:1' });
  const app = await createApi({ context: new ApiContext(config, config.auth.jwtSecret!, resolveTrailKey(config), null), dataSource, temporal }, createLogger('bench', 'silent'));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const baseURL = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const browser = await launchBrowser();
  try {
    const page = await openPage(browser, baseURL);
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.waitForURL('**/desk');

    const screen: number[] = [];
    const inApp: number[] = [];
    const apiCall: number[] = [];
    for (let round = 0; round < ROUNDS + 1; round++) {
      await page.goto('/desk');
      await page.getByText('工作台').first().waitFor();
      const started = performance.now();
      await page.goto('/ledger');
      await page.getByTestId('ledger-table').locator('tbody tr').first().waitFor();
      const elapsed = performance.now() - started;
      // From the desk through the menu: the console already loaded, only the page's chunk and its calls.
      await page.getByRole('menuitem', { name: '工作台' }).click();
      await page.waitForURL('**/desk');
      const clicked = performance.now();
      await page.getByRole('menuitem', { name: '督办台账' }).click();
      await page.getByTestId('ledger-table').locator('tbody tr').first().waitFor();
      const navigated = performance.now() - clicked;
      // The same first page the screen asks for, from the same browser and session.
      const call = await page.evaluate(async () => {
        const t0 = performance.now();
        const response = await fetch('/api/tasks?page=1&pageSize=20', { credentials: 'same-origin' });
        await response.json();
        return performance.now() - t0;
      });
      // The first round warms caches and the JIT; it is not counted.
      if (round > 0) {
        screen.push(elapsed);
        inApp.push(navigated);
        apiCall.push(call);
      }
    }
    const rows = await page.getByTestId('ledger-table').locator('tbody tr').count();
    if (rows !== 20) throw new Error(`the ledger showed ${rows} rows, not a page of 20`);
    return {
      benchmark: `the ledger's first screen in Chromium, ${TASKS} tasks over ${UNITS} units (SQLite), median of ${ROUNDS}`,
      ledgerFirstScreenMs: { median: ms(median(screen)), max: ms(Math.max(...screen)) },
      ledgerFromMenuMs: { median: ms(median(inApp)), max: ms(Math.max(...inApp)) },
      apiCallAloneMs: { median: ms(median(apiCall)), max: ms(Math.max(...apiCall)) },
      initialJsCss: { ...initialBundle(), targetGzipKb: 500 },
    };
  } finally {
    await browser.close();
    await app.close();
    await temporal.close();
    await dataSource.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
