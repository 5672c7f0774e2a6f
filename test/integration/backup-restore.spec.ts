import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { Not, type DataSource } from 'typeorm';
import type { DatabaseConfig } from '../../libs/config/src/app-config';
import { verifyTrail, type TrailEvent } from '../../libs/domain/src/signoff/trail-chain';
import { MailMessageEntity, openDatabase, TrailEntryEntity } from '../../libs/persistence/src';
import { decide, register, startSignOffWorld, type SignOffWorld } from '../support/signoff-fixtures';
import { TEST_TRAIL_KEY } from '../support/test-api';
import { testDatabaseKind } from '../support/test-database';
import { waitFor } from '../support/wait-for';

const run = promisify(execFile);
const BACKUP_MAIN = path.resolve(__dirname, '../../dist/apps/cli/src/backup.main.js');
const runDir = process.env.TEST_RUN_DIR ?? '/tmp';

/** What `npm run backup` / `npm run restore` run, as an operator runs them: a process with DATABASE_URL set. */
const cli = (command: 'backup' | 'restore', database: DatabaseConfig, file: string) =>
  run(process.execPath, [BACKUP_MAIN, command, file], {
    env: { ...process.env, DATA_DIR: runDir, DATABASE_URL: database.kind === 'postgres' ? database.url : `sqlite:${database.path}` },
  });

/** A database with nothing in it, of the kind this pass runs on. */
async function emptyDatabase(): Promise<{ config: DatabaseConfig; drop(): Promise<void> }> {
  const name = `dse_restore_${randomBytes(6).toString('hex')}`;
  if (testDatabaseKind() === 'sqlite') return { config: { kind: 'sqlite', path: path.join(runDir, `${name}.sqlite`) }, drop: async () => {} };
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: process.env.TEST_POSTGRES_URL });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.TEST_POSTGRES_URL!);
  url.pathname = `/${name}`;
  return { config: { kind: 'postgres', url: url.toString() }, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** Every row of every table the migrations made, entity or not (mail_bodies has none), each in its primary key's order. */
async function everyRow(dataSource: DataSource): Promise<Record<string, unknown[]>> {
  const runner = dataSource.createQueryRunner();
  try {
    const tables: Record<string, unknown[]> = {};
    const names: Array<{ name: string }> = await runner.query(
      dataSource.options.type === 'postgres'
        ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
        : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    );
    for (const table of (await runner.getTables(names.map((t) => t.name))).sort((a, b) => a.name.localeCompare(b.name))) {
      // By name: TypeORM lists a PostgreSQL table's columns in no fixed order, and both sides must sort alike.
      const order = table.columns.filter((c) => c.isPrimary).map((c) => `"${c.name}"`).sort();
      tables[table.name] = await runner.query(`SELECT * FROM "${table.name}"${order.length ? ` ORDER BY ${order.join(', ')}` : ''}`);
    }
    return tables;
  } finally {
    await runner.release();
  }
}

describe('backup and restore of the project database', () => {
  let w: SignOffWorld;
  let target: Awaited<ReturnType<typeof emptyDatabase>>;
  beforeAll(async () => {
    w = await startSignOffWorld();
    target = await emptyDatabase();
  }, 60_000);
  afterAll(async () => {
    await w?.stop();
    await target?.drop();
  });

  it('restores a backup into a fresh database with every row, and every trail still verifies', async () => {
    const ids: string[] = [];
    for (const title of ['关于做好秋季开学工作的通知', '区教育局2027年工作要点']) {
      const { body } = await register(w, { title, attribute: 'proactive', bodyText: title });
      await decide(w, body.id, 'submit', w.drafter.auth);
      for (const signer of [w.s1, w.s2, w.s3]) await decide(w, body.id, 'approve', signer.auth, { comment: '同意' });
      ids.push(body.id);
    }
    const source = w.api.db.dataSource;
    // Settled first, so that what the backup holds is what the source holds when they are compared.
    await waitFor('the outbox to be sent', async () => (await source.getRepository(MailMessageEntity).countBy({ status: Not('sent') })) === 0 && (await source.getRepository(MailMessageEntity).count()) > 0);

    const file = path.join(runDir, `backup-${randomBytes(4).toString('hex')}.${testDatabaseKind() === 'sqlite' ? 'sqlite' : 'pgdump'}`);
    await cli('backup', w.api.db.config, file);
    await expect(cli('backup', w.api.db.config, file)).rejects.toMatchObject({ stderr: expect.stringContaining('never overwrites') });
    await cli('restore', target.config, file);
    // A restore never merges into a database that has data.
    await expect(cli('restore', w.api.db.config, file)).rejects.toMatchObject({ stderr: expect.stringMatching(/exists|has tables/) });

    const { dataSource: restored, applied } = await openDatabase(target.config);
    try {
      expect(applied).toEqual([]);
      const before = await everyRow(source);
      const after = await everyRow(restored);
      expect(Object.values(after).reduce((n, rows) => n + rows.length, 0)).toBeGreaterThan(0);
      expect(after.mail_bodies.length).toBe(after.mail_outbox.length);
      expect(after).toEqual(before);
      for (const id of ids) {
        const rows = await restored.getRepository(TrailEntryEntity).find({ where: { documentId: id }, order: { seq: 'ASC' } });
        // The backup holds rows, not the key: under the key they were written with, they verify.
        const entries = rows.map((r) => ({ ...r, event: r.event as TrailEvent }));
        expect(verifyTrail(entries, { key: TEST_TRAIL_KEY, seal: null, witness: { kind: 'none' } })).toMatchObject({ valid: true, entries: 7, firstAltered: null });
      }
    } finally {
      await restored.destroy();
      fs.rmSync(file, { force: true });
    }
  });
});
