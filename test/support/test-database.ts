import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../../libs/config/src/app-config';
import { openDatabase } from '../../libs/persistence/src';

export interface TestDatabase {
  config: DatabaseConfig;
  dataSource: DataSource;
  drop(): Promise<void>;
}

/** TEST_DATABASE=postgres runs the file against a fresh PostgreSQL database; SQLite otherwise. */
export const testDatabaseKind = (): 'sqlite' | 'postgres' => (process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite');

async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: process.env.TEST_POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * FORCE ends sessions still open on it, but a server whose test role lacks pg_signal_backend
 * refuses that for sessions of other roles (autovacuum's): a plain DROP, which waits those out,
 * is tried again then.
 */
async function dropPostgresDatabase(name: string): Promise<void> {
  try {
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== '42501') throw error;
  }
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(`DROP DATABASE IF EXISTS ${name}`);
      return;
    } catch (error) {
      // 55006: still in use by another session.
      if ((error as { code?: string }).code !== '55006' || attempt === 20) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** A new, migrated database of its own for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `dse_test_${randomBytes(6).toString('hex')}`;
  let config: DatabaseConfig;
  if (testDatabaseKind() === 'postgres') {
    if (!process.env.TEST_POSTGRES_URL) throw new Error('TEST_DATABASE=postgres needs TEST_POSTGRES_URL (npm test sets it)');
    await adminQuery(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.TEST_POSTGRES_URL);
    url.pathname = `/${name}`;
    config = { kind: 'postgres', url: url.toString() };
  } else {
    config = { kind: 'sqlite', path: path.join(process.env.TEST_RUN_DIR ?? '/tmp', `${name}.sqlite`) };
  }
  const { dataSource } = await openDatabase(config);
  return {
    config,
    dataSource,
    async drop() {
      // A test may have closed it already (to see the API without its database).
      if (dataSource.isInitialized) await dataSource.destroy();
      if (config.kind === 'postgres') await dropPostgresDatabase(name);
    },
  };
}
