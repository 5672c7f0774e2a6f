import 'reflect-metadata';
import { benchAnnualReport } from './annual-report.bench';
import { benchApiRead } from './api-read.bench';
import { benchConsole } from './console.bench';
import { benchCluster } from './cluster.bench';
import { benchSignOff } from './signoff.bench';
import { benchSupervision } from './supervision.bench';

/** `npm run bench`: each benchmark measures itself and its baseline in this one run. */
async function main(): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  if (!Number.isFinite(seconds) || seconds < 1) throw new Error('BENCH_SECONDS must be a number of seconds, at least 1');
  // Each prints as soon as it is measured: a long run shows its progress.
  console.log(JSON.stringify(await benchApiRead(seconds), null, 2));
  console.log(JSON.stringify(await benchSignOff(), null, 2));
  console.log(JSON.stringify(await benchAnnualReport(), null, 2));
  console.log(JSON.stringify(await benchSupervision(), null, 2));
  console.log(JSON.stringify(await benchConsole(), null, 2));
  console.log(JSON.stringify(await benchCluster(seconds), null, 2));
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
