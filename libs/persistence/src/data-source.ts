import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../../config/src/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { serializeTransactions } from './serialized-transactions';

export function dataSourceOptions(database: DatabaseConfig): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, synchronize: false, migrationsRun: false } as const;
  if (database.kind === 'postgres') {
    return { ...common, type: 'postgres', url: database.url, poolSize: 10 };
  }
  return {
    ...common,
    type: 'better-sqlite3',
    database: database.path,
    enableWAL: database.path !== ':memory:',
    // The API and the worker are two processes on one file: wait for the other's write lock.
    timeout: 10_000,
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('foreign_keys = ON');
    },
  };
}

export function createDataSource(database: DatabaseConfig): DataSource {
  if (database.kind === 'sqlite' && database.path !== ':memory:') {
    fs.mkdirSync(path.dirname(database.path), { recursive: true });
  }
  const dataSource = new DataSource(dataSourceOptions(database));
  if (database.kind === 'sqlite') serializeTransactions(dataSource);
  return dataSource;
}

/** Opens the database and applies pending migrations; returns their names. */
export async function openDatabase(database: DatabaseConfig): Promise<{ dataSource: DataSource; applied: string[] }> {
  const dataSource = createDataSource(database);
  await dataSource.initialize();
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return { dataSource, applied: applied.map((m) => m.name) };
}
