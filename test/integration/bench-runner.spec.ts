import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bareEnv, script } from '../support/launcher-process';

// Shape only: the figures belong to `npm run bench`, never to a timed test.
describe('the bench runner', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dse-bench-runner-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const bench = (args: string[]) =>
    spawnSync(process.execPath, [script('bench/run-benchmarks.js'), ...args], { cwd: dir, encoding: 'utf8', env: bareEnv({ BENCH_SECONDS: '1', INIT_CWD: dir }), timeout: 120_000 });

  it('runs only the part asked for and writes its result as JSON where it was called from', () => {
    const run = bench(['api-read', '--json', 'results.json']);
    expect(run.status).toBe(0);
    const written = JSON.parse(fs.readFileSync(path.join(dir, 'results.json'), 'utf8'));
    expect(Object.keys(written.results)).toEqual(['api-read']);
    expect(written.seconds).toBe(1);
    expect(Number.isNaN(Date.parse(written.startedAt))).toBe(false);
    const part = written.results['api-read'];
    expect(part.benchmark).toEqual(expect.stringContaining('GET /units'));
    expect(part.api.requestsPerSecond).toBeGreaterThan(0);
    expect(part.bareHandler.requestsPerSecond).toBeGreaterThan(0);
    expect(part.ratio).toBeCloseTo(part.api.requestsPerSecond / part.bareHandler.requestsPerSecond, 2);
    // What it printed is the same result, as one JSON document naming its part.
    expect(JSON.parse(run.stdout)).toEqual({ part: 'api-read', ...part });
    expect(run.stderr).toContain('[bench] 1/1 api-read');
  }, 150_000);

  it('refuses a part it does not know, naming the known ones, and measures nothing', () => {
    const run = bench(['sigoff', '--json', 'none.json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown benchmark part "sigoff"; known parts: api-read, signoff, annual-report, supervision, console, cluster');
    expect(fs.existsSync(path.join(dir, 'none.json'))).toBe(false);
  });
});
