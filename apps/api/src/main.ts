import 'reflect-metadata';
import { Connection } from '@temporalio/client';
import { ConfigError, loadConfig, resolveTrailKey } from '../../../libs/config/src';
import { createLogger, resolveLogFormat } from '../../../libs/logging/src';
import { openDatabase } from '../../../libs/persistence/src';
import { exitWithLauncher } from '../../../libs/process/src';
import { ApiContext } from './api-context';
import { ensureFirstAdmin } from './bootstrap-admin';
import { createApi } from './create-api';
import { resolveJwtSecret } from './jwt-secret';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger('api', config.logLevel, resolveLogFormat(config.logFormat, config.env === 'production'));
  const address = config.temporal.address;
  if (!address) {
    throw new ConfigError([{ variable: 'TEMPORAL_ADDRESS', reason: 'the API process needs it (npm start sets it for you)' }]);
  }
  const { dataSource, applied } = await openDatabase(config.database);
  if (applied.length) log.info({ applied }, 'database migrations applied');
  const admin = await ensureFirstAdmin(dataSource, config);
  if (admin?.oneTimePassword) {
    // Printed, not logged as a field: it is meant for the person at the console, once.
    console.log(`\n  First admin: ${admin.email}\n  One-time password: ${admin.oneTimePassword}\n  (you will be asked to change it at first login)\n`);
  } else if (admin) {
    log.info({ email: admin.email }, 'first admin created from ADMIN_EMAIL/ADMIN_PASSWORD');
  }
  // Lazy: the API starts and reports Temporal as unreachable in /health rather than refusing to start.
  const temporal = Connection.lazy({ address });
  const app = await createApi({ context: new ApiContext(config, resolveJwtSecret(config), resolveTrailKey(config), address), dataSource, temporal }, log);
  await app.listen({ host: config.api.host, port: config.api.port });
  log.info({ url: await app.getUrl() }, 'api listening');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await temporal.close();
    await dataSource.destroy();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  exitWithLauncher(() => void stop());
}

main().catch((error: Error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
