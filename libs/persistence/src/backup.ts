import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import type { DatabaseConfig } from '../../config/src/app-config';
import { postgresProgram } from './postgres-tools';

const run = promisify(execFile);

/** The part of better-sqlite3 (TypeORM's SQLite driver, which ships no types) used here: its online backup. */
interface SqliteFile {
  backup(destination: string): Promise<unknown>;
  close(): void;
}
const Database = require('better-sqlite3') as new (file: string, options: { readonly: boolean; fileMustExist: boolean }) => SqliteFile;
/**
 * A consistent copy of the project's database while the API and workers keep writing:
 * SQLite's online backup API, or pg_dump's custom format (one snapshot, restorable table by table).
 */
export async function backupDatabase(database: DatabaseConfig, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (fs.existsSync(file)) throw new Error(`${file} exists already: a backup never overwrites one`);
  if (database.kind === 'sqlite') {
    if (!fs.existsSync(database.path)) throw new Error(`no SQLite database at ${database.path}`);
    const db = new Database(database.path, { readonly: true, fileMustExist: true });
    try {
      await db.backup(file);
    } finally {
      db.close();
    }
    return;
  }
  await run(postgresProgram('pg_dump'), ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${database.url}`], { maxBuffer: 16 * 1024 * 1024 });
}

/** Restores a backup into a database that must be new (no tables): a restore never merges into data. */
export async function restoreDatabase(database: DatabaseConfig, file: string): Promise<void> {
  if (!fs.existsSync(file)) throw new Error(`no backup at ${file}`);
  if (database.kind === 'sqlite') {
    if (fs.existsSync(database.path) && fs.statSync(database.path).size > 0) {
      throw new Error(`${database.path} exists: restore into a new file (set DATABASE_URL to it), then swap them while the system is stopped`);
    }
    fs.mkdirSync(path.dirname(path.resolve(database.path)), { recursive: true });
    // Through SQLite rather than a file copy, so the result is checked as a database.
    const source = new Database(file, { readonly: true, fileMustExist: true });
    try {
      await source.backup(database.path);
    } finally {
      source.close();
    }
    return;
  }
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    const tables = await client.query("SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = 'public'");
    if (Number(tables.rows[0].n) > 0) throw new Error('the database named by DATABASE_URL has tables: restore into a new, empty database');
  } finally {
    await client.end();
  }
  await run(postgresProgram('pg_restore'), ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${database.url}`, file], { maxBuffer: 16 * 1024 * 1024 });
}
