import { Connection } from '@temporalio/client';
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { ApiContext } from '../apps/api/src/api-context';
import { ensureFirstAdmin } from '../apps/api/src/bootstrap-admin';
import { createApi } from '../apps/api/src/create-api';
import { toUnitDto } from '../apps/api/src/units/units.service';
import { loadConfig, resolveTrailKey } from '../libs/config/src';
import { createLogger } from '../libs/logging/src';
import { openDatabase, UnitEntity } from '../libs/persistence/src';

const UNITS = 1000;
const PAGE_SIZE = 50;
const CONNECTIONS = 50;

interface Measured {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
}

async function load(url: string, authorization: string | null, seconds: number): Promise<Measured> {
  const headers = authorization ? { authorization } : undefined;
  // A short warm-up first: JIT, statement caches and connection set-up are not what we measure.
  await autocannon({ url, connections: CONNECTIONS, duration: 1, headers });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
  };
}

export async function benchApiRead(seconds: number): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dse-bench-'));
  const config = loadConfig({
    DATA_DIR: dir,
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
    ADMIN_EMAIL: 'admin@bench.cn',
    ADMIN_PASSWORD: 'bench-password-123',
    LOG_LEVEL: 'silent',
  });
  const { dataSource } = await openDatabase(config.database);
  const now = new Date();
  const rows = Array.from({ length: UNITS }, (_, i) => ({
      id: randomUUID(),
      name: `单位${String(i).padStart(4, '0')}`,
      parentId: null,
      contactEmails: [`u${i}@bench.cn`],
      contactPhone: '0571-88880000',
      leaderEmail: `leader${i}@bench.cn`,
      active: true,
      createdAt: now,
      updatedAt: now,
  }));
  // Chunks: TypeORM reads generated defaults back with one OR-clause per row, and SQLite caps expression depth.
  for (let i = 0; i < rows.length; i += 200) await dataSource.getRepository(UnitEntity).insert(rows.slice(i, i + 200));
  await ensureFirstAdmin(dataSource, config);

  // The list itself needs no Temporal; a lazy connection that is never used stands in the DI slot.
  const temporal = Connection.lazy({ address: '127.0.0.1:1' });
  const app = await createApi({ context: new ApiContext(config, config.auth.jwtSecret!, resolveTrailKey(config), null), dataSource, temporal }, createLogger('bench', 'silent'));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const apiUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const login = await fetch(`${apiUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@bench.cn', password: 'bench-password-123' }),
  });
  const authorization = `Bearer ${((await login.json()) as { accessToken: string }).accessToken}`;

  // The same query and the same rows, with no framework, no auth and no validation around it.
  const units = dataSource.getRepository(UnitEntity);
  const bare = http.createServer((_, response) => {
    units
      .findAndCount({ order: { name: 'ASC', id: 'ASC' }, skip: 0, take: PAGE_SIZE })
      .then(([rows, total]) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ items: rows.map(toUnitDto), total, page: 1, pageSize: PAGE_SIZE }));
      })
      .catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/units`;

  // Same rows both ways, or the comparison means nothing.
  const viaApi = await (await fetch(`${apiUrl}/api/units?page=1&pageSize=${PAGE_SIZE}`, { headers: { authorization } })).json();
  const viaBare = await (await fetch(bareUrl)).json();
  if (JSON.stringify(viaApi) !== JSON.stringify(viaBare)) throw new Error('the API and the bare handler return different rows');

  const api = await load(`${apiUrl}/api/units?page=1&pageSize=${PAGE_SIZE}`, authorization, seconds);
  const baseline = await load(bareUrl, null, seconds);

  await app.close();
  bare.close();
  await temporal.close();
  await dataSource.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    benchmark: `GET /units (page of ${PAGE_SIZE} of ${UNITS}, SQLite), ${CONNECTIONS} connections, ${seconds} s each`,
    api,
    bareHandler: baseline,
    ratio: Number((api.requestsPerSecond / baseline.requestsPerSecond).toFixed(3)),
  };
}
