import { ensureTemporalCli } from './temporal-cli';

/** `node dist/libs/temporal/src/ensure-cli.main.js`: find or build the CLI once, print its path. */
ensureTemporalCli(process.env.TEMPORAL_CLI ?? null, process.env, (line) => process.stderr.write(`[setup] ${line}\n`))
  .then((cli) => {
    process.stdout.write(cli ? `${cli.path}\n` : '\n');
  })
  .catch((error: Error) => {
    process.stderr.write(`[setup] ${error.message}\n`);
    process.exit(1);
  });
