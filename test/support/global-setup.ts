import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bundleWorkflows, ensureTemporalCli, startDevServer } from '../../libs/temporal/src';

/**
 * One real Temporal dev server and one workflow bundle for the whole run; each test file
 * gets its own task queue and database. Their addresses reach the test workers through env.
 */
export default async function globalSetup(): Promise<void> {
  const log = (line: string) => process.stderr.write(`[test setup] ${line}\n`);
  const cli = await ensureTemporalCli(process.env.TEMPORAL_CLI ?? null, process.env, log);
  const server = await startDevServer({ cli, namespace: 'default' });
  (globalThis as { __temporalDevServer?: typeof server }).__temporalDevServer = server;

  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dse-test-'));
  const { code } = await bundleWorkflows({
    logger: { trace() {}, debug() {}, info() {}, warn: (m: string) => log(m), error: (m: string) => log(m), log() {} },
  });
  const bundlePath = path.join(runDir, 'workflow-bundle.js');
  fs.writeFileSync(bundlePath, code);

  process.env.TEST_TEMPORAL_ADDRESS = server.address;
  process.env.TEST_WORKFLOW_BUNDLE = bundlePath;
  process.env.TEST_RUN_DIR = runDir;
}
