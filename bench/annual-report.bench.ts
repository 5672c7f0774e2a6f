import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { countReportRecords } from '../apps/api/src/annual-reports/report-counts-query';
import { ensureFirstAdmin } from '../apps/api/src/bootstrap-admin';
import { figuresFromCounts } from '../libs/domain/src/annual-report/figures-from-counts';
import { checkReconciliation } from '../libs/domain/src/annual-report/reconciliation-check';
import { uniformFigures } from '../libs/domain/src/annual-report/report-figures';
import { APPLICANT_COLUMN_CODES, OUTCOME_CODES } from '../libs/domain/src/annual-report/request-format';
import { loadConfig, type DatabaseConfig } from '../libs/config/src';
import { openDatabase, UnitEntity } from '../libs/persistence/src';

const ROWS = Number(process.env.BENCH_ANNUAL_REPORT_ROWS ?? 1_000_000);
const BATCH = 2_000;
const YEARS = [2022, 2023, 2024, 2025];

const day = (i: number) => `${YEARS[i % YEARS.length]}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;

/**
 * Rows spread over four years, six requester types and every outcome; one in seven still
 * open, one in five answered the year after receipt (so carried over). Literal values in
 * multi-row INSERTs: every value is generated here, and bind-parameter limits do not apply.
 */
async function fill(dataSource: DataSource, unitId: string, personId: string): Promise<void> {
  const columns =
    'id, number, year_received, number_in_year, unit_id, requester_type, requester_name, requester_contact, receipt_channel, ' +
    'received_on, content, count_from, status, outcome, answered_on, registered_by, created_at, updated_at';
  const now = new Date().toISOString();
  for (let start = 0; start < ROWS; start += BATCH) {
    const values: string[] = [];
    for (let i = start; i < Math.min(ROWS, start + BATCH); i++) {
      const received = day(i);
      const year = Number(received.slice(0, 4));
      const open = i % 7 === 0;
      const answered = open ? null : i % 5 === 0 ? `${year + 1}-01-15` : `${received.slice(0, 8)}28`;
      const outcome = open ? null : OUTCOME_CODES[i % OUTCOME_CODES.length];
      const q = (v: string | null) => (v === null ? 'NULL' : `'${v}'`);
      values.push(
        `('${randomUUID()}', '${year}-${i}', ${year}, ${i}, '${unitId}', '${APPLICANT_COLUMN_CODES[i % 6]}', '申请人', '13800000000', 'online', ` +
          `'${received}', '申请内容', 'next_day', '${open ? 'open' : 'answered'}', ${q(outcome)}, ${q(answered)}, '${personId}', '${now}', '${now}')`,
      );
    }
    await dataSource.query(`INSERT INTO information_requests (${columns}) VALUES ${values.join(',')}`);
  }
}

async function measure(database: DatabaseConfig): Promise<Record<string, unknown>> {
  const config = loadConfig({
    DATA_DIR: os.tmpdir(),
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
    ADMIN_EMAIL: 'admin@bench.cn',
    ADMIN_PASSWORD: 'bench-password-123',
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.kind === 'postgres' ? database.url : `sqlite:${database.path}`,
  });
  const { dataSource } = await openDatabase(config.database);
  try {
    await ensureFirstAdmin(dataSource, config);
    const person = (await dataSource.query('SELECT id FROM people LIMIT 1')) as Array<{ id: string }>;
    const unitId = randomUUID();
    const now = new Date();
    await dataSource.getRepository(UnitEntity).insert({ id: unitId, name: '基准单位', parentId: null, contactEmails: ['b@bench.cn'], contactPhone: null, leaderEmail: null, active: true, createdAt: now, updatedAt: now });
    const filling = process.hrtime.bigint();
    await fill(dataSource, unitId, person[0].id);
    const insertSeconds = Number(process.hrtime.bigint() - filling) / 1e9;
    if (database.kind === 'postgres') await dataSource.query('ANALYZE information_requests');

    const rssBefore = process.memoryUsage().rss;
    const timings: Record<string, number> = {};
    let balanced = true;
    for (const year of [2024, 2025]) {
      const started = process.hrtime.bigint();
      const counts = await countReportRecords(dataSource.manager, year);
      const figures = figuresFromCounts(year, '基准单位', counts, uniformFigures(year, '', 0).proactive);
      timings[String(year)] = Number(process.hrtime.bigint() - started) / 1e9;
      balanced &&= checkReconciliation(figures).length === 0;
    }
    return {
      database: database.kind,
      rows: ROWS,
      insertSeconds: Number(insertSeconds.toFixed(2)),
      aggregationSeconds: Object.fromEntries(Object.entries(timings).map(([y, s]) => [y, Number(s.toFixed(3))])),
      reconciled: balanced,
      rssBeforeAggregationMb: Math.round(rssBefore / 2 ** 20),
      rssAfterAggregationMb: Math.round(process.memoryUsage().rss / 2 ** 20),
      // maxRSS covers the whole process, the inserts included: the aggregation itself stays near rssBefore.
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    await dataSource.destroy();
  }
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Sections 三's aggregation over a million requests: SQLite in a temp file, and PostgreSQL when a server is given. */
export async function benchAnnualReport(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dse-bench-report-'));
  const results: Array<Record<string, unknown>> = [];
  try {
    results.push(await measure({ kind: 'sqlite', path: path.join(dir, 'bench.sqlite') }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const server = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL;
  if (server) {
    const name = `dse_bench_${Date.now()}`;
    await adminQuery(server, `CREATE DATABASE ${name}`);
    try {
      const url = new URL(server);
      url.pathname = `/${name}`;
      results.push(await measure({ kind: 'postgres', url: url.toString() }));
    } finally {
      await adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  }
  return { benchmark: 'annual report aggregation (section 三)', results };
}
