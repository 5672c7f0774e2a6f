// `npm test`: set-up, the lint pass, then the whole suite on SQLite, the console's browser tests, then the
// persistence and API tests on PostgreSQL. `npm test -- <jest arguments>` runs only the SQLite
// pass, narrowed as asked.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensurePostgres } from './lib/postgres.mjs';
import { checkNode, ensureBuild, ensureDependencies, ensureWebBuild, root, say } from './lib/setup.mjs';
import { ensureTemporalCli, ensureTemporalTestServer } from './lib/temporal.mjs';

const POSTGRES_PASS = ['test/e2e', 'test/integration/persistence.spec.ts', 'test/integration/backup-restore.spec.ts', 'test/integration/mail-outbox.spec.ts', 'test/integration/mail-dead.spec.ts', 'test/integration/trail-migration.spec.ts', 'test/integration/quarter-timeliness.spec.ts'];

const PASS_TIMEOUT_MS = Number(process.env.TEST_PASS_TIMEOUT_MINUTES ?? 30) * 60_000;

checkNode();
ensureDependencies();
lint();
typecheck();
ensureBuild();
ensureWebBuild();
const temporalCli = ensureTemporalCli();
const temporalTestServer = ensureTemporalTestServer();
const jestArgs = process.argv.slice(2);
const postgresUrl = jestArgs.length ? null : ensurePostgres();

/**
 * ESLint first: a broken house rule (a floating promise, I/O in workflow code, an import against
 * the layers) fails the run in seconds, naming the rule and the file, before any server starts.
 */
function lint() {
  say('Lint pass: the house rules (eslint.config.mjs)…');
  const run = spawnSync('npm', ['run', '--silent', 'lint'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    say('Lint pass failed: fix the rules named above (npm run lint)');
    console.log('\n0 passed, 1 failed');
    process.exit(1);
  }
}

/**
 * Jest strips types without checking them (swc), so the tests, benchmarks and console are
 * type-checked here: a test that no longer compiles against the code it tests fails the run.
 */
function typecheck() {
  say('Type pass: the tests, benchmarks and console against the code (tsc, vue-tsc)…');
  for (const script of ['typecheck', 'typecheck:web']) {
    const run = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
    if (run.status !== 0) {
      say(`Type pass failed: fix the errors above (npm run ${script})`);
      console.log('\n0 passed, 1 failed');
      process.exit(1);
    }
  }
}

function jest(label, args, env) {
  const results = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dse-jest-')), 'results.json');
  say(`${label}…`);
  const run = spawnSync(
    process.execPath,
    // --forceExit: a handle some test forgot must not keep the run from ending (CI waited out
    // its whole limit once on one); the timeout is the last word for a pass that hangs anyway.
    [path.join(root, 'node_modules/jest/bin/jest.js'), '--json', `--outputFile=${results}`, '--forceExit', ...args],
    { cwd: root, stdio: 'inherit', timeout: PASS_TIMEOUT_MS, killSignal: 'SIGKILL', env: { ...process.env, ...(temporalCli && { TEMPORAL_CLI: temporalCli }), TEMPORAL_TEST_SERVER: temporalTestServer, ...env } },
  );
  if (run.error?.code === 'ETIMEDOUT') say(`${label} did not end within ${PASS_TIMEOUT_MS / 60_000} min; stopped`);
  const status = run.status;
  let counts = { passed: 0, failed: 0, skipped: 0 };
  if (fs.existsSync(results)) {
    const r = JSON.parse(fs.readFileSync(results, 'utf8'));
    counts = { passed: r.numPassedTests, failed: r.numFailedTests + r.numRuntimeErrorTestSuites, skipped: r.numPendingTests };
  } else {
    counts.failed = 1;
  }
  return { status: status ?? 1, ...counts };
}

// The browser tests come after the API suites: a console failure then reads as one, not as an
// API regression that happened to break a page.
const passes = jestArgs.length
  ? [jest('SQLite pass: the tests asked for', jestArgs, { TEST_DATABASE: 'sqlite' })]
  : [
      jest('SQLite pass: every test but the console\'s', ['--testPathIgnorePatterns=/node_modules/', '--testPathIgnorePatterns=/test/console/'], { TEST_DATABASE: 'sqlite' }),
      jest('Console pass: the browser tests (Chromium)', ['test/console'], { TEST_DATABASE: 'sqlite' }),
    ];
if (postgresUrl) {
  passes.push(jest('PostgreSQL pass: persistence and API tests', POSTGRES_PASS, { TEST_DATABASE: 'postgres', TEST_POSTGRES_URL: postgresUrl }));
} else if (!jestArgs.length) {
  say('PostgreSQL pass not run (TEST_POSTGRES=off)');
}

const total = passes.reduce((t, p) => ({ passed: t.passed + p.passed, failed: t.failed + p.failed, skipped: t.skipped + p.skipped }), {
  passed: 0,
  failed: 0,
  skipped: 0,
});
const failed = passes.some((p) => p.status !== 0) ? Math.max(total.failed, 1) : total.failed;
console.log(`\n${total.passed} passed, ${failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
