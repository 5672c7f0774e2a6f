import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { benchAnnualReport } from './annual-report.bench';
import { benchApiRead } from './api-read.bench';
import { parseBenchArgs, type BenchRequest } from './bench-args';
import { benchConsole } from './console.bench';
import { benchCluster } from './cluster.bench';
import { benchSignOff } from './signoff.bench';
import { benchSupervision } from './supervision.bench';

type Part = (seconds: number) => Promise<Record<string, unknown>>;

/** In the order they run when none is named. */
const PARTS: Record<string, Part> = {
  'api-read': benchApiRead,
  signoff: () => benchSignOff(),
  'annual-report': () => benchAnnualReport(),
  supervision: () => benchSupervision(),
  console: () => benchConsole(),
  cluster: benchCluster,
};

/** `npm run bench -- [part …] [--json FILE]`: each benchmark measures itself and its baseline in this one run. */
async function main(request: BenchRequest): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  if (!Number.isFinite(seconds) || seconds < 1) throw new Error('BENCH_SECONDS must be a number of seconds, at least 1');
  const results: Record<string, Record<string, unknown>> = {};
  const startedAt = new Date().toISOString();
  const write = () => {
    if (request.jsonFile) fs.writeFileSync(request.jsonFile, `${JSON.stringify({ startedAt, seconds, results }, null, 2)}\n`);
  };
  for (const [index, part] of request.parts.entries()) {
    console.error(`[bench] ${index + 1}/${request.parts.length} ${part}…`);
    results[part] = await PARTS[part](seconds);
    // Printed and written as soon as it is measured: a long run shows its progress, and a run
    // stopped midway keeps what it measured.
    console.log(JSON.stringify({ part, ...results[part] }, null, 2));
    write();
  }
  if (request.jsonFile) console.error(`[bench] results written to ${request.jsonFile}`);
}

let request: BenchRequest;
try {
  request = parseBenchArgs(process.argv.slice(2), Object.keys(PARTS));
} catch (error) {
  console.error(`[bench] ${(error as Error).message}`);
  process.exit(2);
}
// npm runs scripts from the package root; a relative file is meant from where npm was called.
if (request.jsonFile) request.jsonFile = path.resolve(process.env.INIT_CWD ?? process.cwd(), request.jsonFile);

main(request).catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
