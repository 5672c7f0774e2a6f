import * as fs from 'node:fs';
import * as path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { TemporalCli } from './temporal-cli';
import { temporalCacheDir } from './temporal-cli';

export interface DevServerOptions {
  cli: TemporalCli | null;
  namespace: string;
  /** undefined: a free port. */
  port?: number;
  /** undefined: no UI. */
  uiPort?: number;
  /** undefined: in memory, gone when the server stops. */
  dbFile?: string;
}

export interface DevServer {
  address: string;
  uiUrl: string | null;
  stop(): Promise<void>;
}

/**
 * Starts `temporal server start-dev` through the SDK, which waits until the frontend answers
 * and kills the process on stop. Without a CLI the SDK downloads one (needs internet).
 */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  if (options.dbFile) fs.mkdirSync(path.dirname(options.dbFile), { recursive: true });
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      executable: options.cli
        ? { type: 'existing-path', path: options.cli.path }
        : { type: 'cached-download', downloadDir: path.join(temporalCacheDir(), 'download') },
      namespace: options.namespace,
      ip: '127.0.0.1',
      port: options.port,
      ui: options.uiPort !== undefined,
      uiPort: options.uiPort,
      dbFilename: options.dbFile,
      log: { format: 'json', level: 'error' },
    },
  });
  return {
    address: env.address,
    uiUrl: options.uiPort !== undefined ? `http://127.0.0.1:${options.uiPort}` : null,
    stop: () => env.teardown(),
  };
}
