// `node scripts/setup.mjs`: every set-up step the tests need, each quick when already done.
import { ensurePostgres } from './lib/postgres.mjs';
import { checkNode, ensureBuild, ensureDependencies, ensureWebBuild, say } from './lib/setup.mjs';
import { ensureTemporalCli } from './lib/temporal.mjs';

checkNode();
ensureDependencies();
ensureBuild();
ensureWebBuild();
say(`Temporal CLI: ${ensureTemporalCli() ?? '(the SDK will download one)'}`);
say(`PostgreSQL for the tests: ${ensurePostgres() ?? 'off (TEST_POSTGRES=off)'}`);
