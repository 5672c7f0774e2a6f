import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startTestApi, TestApi } from '../support/test-api';

/** A built console as Vite lays it out: index.html and hashed assets. */
function builtConsole(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dse-web-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>政务公开督办工作台</title><div id="app"></div>');
  fs.writeFileSync(path.join(dir, 'assets', 'index-3f2a1b.js'), 'console.log("console")');
  return dir;
}

describe('one origin: the console at /, the API under /api', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ WEB_DIR: builtConsole() });
  });
  afterAll(() => api.close());

  it('serves index.html at / and at every console route, for the browser router', async () => {
    for (const route of ['/', '/ledger', '/tasks/6f1c2d3e?tab=timeline']) {
      const page = await api.root.get(route);
      expect([route, page.status, page.headers['content-type']]).toEqual([route, 200, expect.stringMatching(/^text\/html/)]);
      expect(page.text).toContain('政务公开督办工作台');
      expect(page.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed assets, cached for good', async () => {
    const asset = await api.root.get('/assets/index-3f2a1b.js');
    expect(asset.status).toBe(200);
    expect(asset.text).toContain('console');
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('keeps the API under /api: a real route answers there, an unknown one is a JSON 404', async () => {
    expect((await api.root.get('/api/auth/me').set('authorization', api.adminAuth)).status).toBe(200);
    const unknown = await api.root.get('/api/no-such-route');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'NOT_FOUND' });
    expect((await api.root.get('/units').set('authorization', api.adminAuth)).text).not.toContain('"items"');
    expect((await api.root.get('/health')).body).toMatchObject({ status: expect.any(String) });
  });
});

describe('a console that was not built', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ WEB_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'dse-web-empty-')) });
  });
  afterAll(() => api.close());

  it('says how to build it instead of a bare 404', async () => {
    const page = await api.root.get('/');
    expect(page.status).toBe(503);
    expect(page.text).toContain('npm run build:web');
  });
});
