import { Client, Connection } from '@temporalio/client';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bareEnv, launch as launchWith, Launch, script, stopLaunch } from '../support/launcher-process';

describe('start-up with bad settings', () => {
  it('the API refuses to start and names every bad setting', () => {
    const result = spawnSync(process.execPath, [script('apps/api/src/main.js')], {
      env: bareEnv({ NODE_ENV: 'production', API_PORT: 'eighty', DATABASE_URL: 'mysql://db/x', TEMPORAL_ADDRESS: 'temporal:7233' }),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Invalid configuration:');
    expect(result.stderr).toContain('API_PORT: must be a port number from 0 to 65535, got "eighty"');
    expect(result.stderr).toContain('DATABASE_URL: must start with postgres://, postgresql:// or sqlite:, got "mysql:…"');
    expect(result.stderr).toContain('JWT_SECRET: is required when NODE_ENV=production');
  });

  it('npm start refuses before starting anything', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dse-bad-'));
    const result = spawnSync(process.execPath, [script('apps/launcher/src/main.js')], {
      env: bareEnv({ DATA_DIR: dataDir, LOG_LEVEL: 'chatty', JWT_TTL: 'forever' }),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent, got "chatty"');
    expect(result.stderr).toContain('JWT_TTL: must be a positive duration such as 90s, 30m, 8h or 1d, got "forever"');
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });
});

const launched: Launch[] = [];

function launch(dataDir: string): Launch {
  const handle = launchWith({ DATA_DIR: dataDir });
  launched.push(handle);
  return handle;
}

const refused = async (url: string) =>
  fetch(url).then(
    () => false,
    () => true,
  );

describe('npm start', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dse-start-'));
  afterAll(async () => {
    // A failed assertion must not leave a launcher (and its server, worker and API) running.
    await Promise.all(launched.map(stopLaunch));
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs the whole system, stops every part on Ctrl-C, and keeps rows and workflows across restarts', async () => {
    const first = launch(dataDir);
    const { apiUrl } = await first.ready;
    // The console's address comes first: it is what a person opens.
    expect(first.output().indexOf('Console ')).toBeLessThan(first.output().indexOf('  API '));
    expect(first.output()).toContain(`OpenAPI docs ${apiUrl}/api/docs`);
    const health = await (await fetch(`${apiUrl}/health`)).json();
    expect(health).toMatchObject({ status: 'ok', database: { reachable: true, kind: 'sqlite' }, temporal: { reachable: true } });
    const password = /One-time password: (\S+)/.exec(first.output())![1];
    const login = await fetch(`${apiUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@localhost', password }),
    });
    expect(await login.json()).toMatchObject({ tokenType: 'Bearer', mustChangePassword: true });

    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);
    expect(await refused(`${apiUrl}/health`)).toBe(true);
    expect(first.output()).toContain('[start] stopped');

    const second = launch(dataDir);
    const again = await second.ready;
    expect(second.output()).not.toContain('One-time password');
    const relogin = await fetch(`${again.apiUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@localhost', password }),
    });
    expect(relogin.status).toBe(200);
    const address = /Temporal dev server .*\n[\s\S]*?Server: +(\S+)/.exec(second.output())?.[1];
    const connection = await Connection.connect({ address: address ?? '' });
    const probes = [];
    for await (const run of new Client({ connection }).workflow.list({ query: `WorkflowType = 'probeWorkflow'` })) probes.push(run);
    await connection.close();
    expect(probes).toHaveLength(2);

    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  }, 240_000);
});
