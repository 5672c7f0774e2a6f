// Finds, installs or starts a local PostgreSQL for the tests' PostgreSQL pass.
import { spawnSync } from 'node:child_process';
import { say } from './setup.mjs';

const ROLE = 'dse_test';

function capture(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return result.error ? null : { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

const has = (command) => capture('sh', ['-c', `command -v ${command}`])?.status === 0;

function clusters() {
  const out = capture('pg_lsclusters', ['-h']);
  if (!out || out.status !== 0) return [];
  return out.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [version, name, port, status] = line.split(/\s+/);
      return { version, name, port: Number(port), online: status.startsWith('online') };
    });
}

function psql(port, sql) {
  return capture('runuser', ['-u', 'postgres', '--', 'psql', '-p', String(port), '-v', 'ON_ERROR_STOP=1', '-tAc', sql]);
}

/**
 * TEST_POSTGRES_URL when set; otherwise the machine's Debian cluster, installed (as root, with
 * apt-get) and started as needed, with a test role that may create databases.
 * Returns null only for TEST_POSTGRES=off.
 */
export function ensurePostgres() {
  if (process.env.TEST_POSTGRES === 'off') return null;
  if (process.env.TEST_POSTGRES_URL) return process.env.TEST_POSTGRES_URL;
  if (!has('pg_lsclusters')) {
    if (process.getuid?.() !== 0 || !has('apt-get')) {
      throw new Error('no PostgreSQL found: install it (Debian: apt-get install postgresql), or set TEST_POSTGRES_URL to a server where the user may create databases, or TEST_POSTGRES=off to skip that pass');
    }
    say('installing PostgreSQL from Debian packages…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'postgresql']]) {
      const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
      if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed`);
    }
  }
  let cluster = clusters()[0];
  if (!cluster) throw new Error('PostgreSQL is installed but has no cluster: create one with pg_createcluster');
  if (!cluster.online) {
    say(`starting PostgreSQL ${cluster.version}/${cluster.name}`);
    const started = spawnSync('pg_ctlcluster', [cluster.version, cluster.name, 'start'], { stdio: 'inherit' });
    if (started.status !== 0) throw new Error(`pg_ctlcluster ${cluster.version} ${cluster.name} start failed`);
    cluster = clusters().find((c) => c.name === cluster.name && c.version === cluster.version);
  }
  const exists = psql(cluster.port, `SELECT 1 FROM pg_roles WHERE rolname = '${ROLE}'`);
  if (!exists || exists.status !== 0) throw new Error(`cannot reach PostgreSQL as the postgres user: ${exists?.stderr ?? 'runuser missing'}`);
  if (exists.stdout.trim() !== '1') {
    const created = psql(cluster.port, `CREATE ROLE ${ROLE} LOGIN CREATEDB PASSWORD '${ROLE}'`);
    if (created.status !== 0) throw new Error(`creating the test role failed: ${created.stderr}`);
  }
  // Dropping a test database WITH (FORCE) ends every session on it, autovacuum's included; the
  // role needs pg_signal_backend for sessions that are not its own. Granting again is harmless.
  const granted = psql(cluster.port, `GRANT pg_signal_backend TO ${ROLE}`);
  if (granted.status !== 0) throw new Error(`granting pg_signal_backend to the test role failed: ${granted.stderr}`);
  return `postgres://${ROLE}:${ROLE}@127.0.0.1:${cluster.port}/postgres`;
}
