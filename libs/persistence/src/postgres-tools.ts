import * as fs from 'node:fs';
import * as path from 'node:path';

const DEBIAN_POSTGRES = '/usr/lib/postgresql';

/**
 * A PostgreSQL program (pg_dump, initdb, pg_ctl…) of the newest of Debian's packages
 * (`apt-get install postgresql`; a dump must be made by a pg_dump at least as new as the
 * server), else the name alone, for PATH.
 */
export function postgresProgram(name: string): string {
  const versions = fs.existsSync(DEBIAN_POSTGRES) ? fs.readdirSync(DEBIAN_POSTGRES).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  return versions.map((v) => path.join(DEBIAN_POSTGRES, v, 'bin', name)).find((p) => fs.existsSync(p)) ?? name;
}
