import { ensureTemporalTestServer } from './test-server';

/** `node dist/libs/temporal/src/ensure-test-server.main.js`: fetch the time-skipping server once, print its launcher's path. */
ensureTemporalTestServer(process.env, (line) => process.stderr.write(`[setup] ${line}\n`))
  .then((executable) => {
    process.stdout.write(`${executable}\n`);
  })
  .catch((error: Error) => {
    process.stderr.write(`[setup] ${error.message}\n`);
    process.exit(1);
  });
