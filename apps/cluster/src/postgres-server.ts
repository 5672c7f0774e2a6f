import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { postgresProgram } from '../../../libs/persistence/src/postgres-tools';

const run = promisify(execFile);

export interface PostgresServer {
  host: string;
  port: number;
  superuser: { user: string; password: string };
  /** A role that logs in with a password and owns the named databases (created when missing). */
  ensureRole(user: string, password: string, options?: { createdb?: boolean }): Promise<void>;
  ensureDatabase(name: string, owner: string): Promise<void>;
  url(user: string, password: string, database: string): string;
  start(): Promise<void>;
  /** Fast shutdown: open sessions are ended, as when the server is restarted for maintenance. */
  stop(): Promise<void>;
}

/** PostgreSQL refuses to run as root: as root, its tools run as the postgres user the package created. */
function asOwner(tool: string, args: string[]) {
  const binary = postgresProgram(tool);
  if (!path.isAbsolute(binary)) throw new Error(`no PostgreSQL under /usr/lib/postgresql: install it (Debian: apt-get install postgresql)`);
  return process.getuid?.() === 0 ? run('runuser', ['-u', 'postgres', '--', binary, ...args]) : run(binary, args);
}

/**
 * A server of its own in `dir` on a loopback port, so that stopping it (as the topology proofs
 * do) disturbs no other database on the machine. Created with initdb on first use, kept after.
 */
export function postgresServer(dir: string, port: number, superuserPassword: string): PostgresServer {
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'postgres.log');
  const superuser = { user: 'postgres', password: superuserPassword };
  const host = '127.0.0.1';
  const query = async (sql: string, params: unknown[] = []) => {
    const client = new Client({ host, port, ...superuser, database: 'postgres' });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows;
    } finally {
      await client.end();
    }
  };
  const init = async () => {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const pwFile = path.join(dir, 'superuser-password');
    fs.writeFileSync(pwFile, superuserPassword, { mode: 0o600 });
    if (process.getuid?.() === 0) {
      await run('chown', ['-R', 'postgres:postgres', dir]);
    }
    try {
      await asOwner('initdb', ['-D', dataDir, '-U', 'postgres', '--pwfile', pwFile, '--auth-local=scram-sha-256', '--auth-host=scram-sha-256', '-E', 'UTF8', '--locale=C.UTF-8']);
    } finally {
      fs.rmSync(pwFile, { force: true });
    }
  };
  return {
    host,
    port,
    superuser,
    url: (user, password, database) => `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${host}:${port}/${database}`,
    async start() {
      if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) await init();
      const options = `-c port=${port} -c listen_addresses=${host} -c unix_socket_directories=${dir} -c max_connections=200`;
      await asOwner('pg_ctl', ['-D', dataDir, '-l', logFile, '-o', options, '-w', '-t', '60', 'start']);
    },
    async stop() {
      if (!fs.existsSync(path.join(dataDir, 'postmaster.pid'))) return;
      await asOwner('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', '-t', '60', 'stop']);
    },
    async ensureRole(user, password, options = {}) {
      const exists = await query('SELECT 1 FROM pg_roles WHERE rolname = $1', [user]);
      const attributes = `LOGIN ${options.createdb ? 'CREATEDB' : 'NOCREATEDB'}`;
      // Identifiers cannot be parameters; the names are our own constants.
      await query(`${exists.length ? 'ALTER' : 'CREATE'} ROLE ${user} ${attributes} PASSWORD '${password.replace(/'/g, "''")}'`);
    },
    async ensureDatabase(name, owner) {
      const exists = await query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (!exists.length) await query(`CREATE DATABASE ${name} OWNER ${owner}`);
    },
  };
}
