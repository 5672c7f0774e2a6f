import { startTestApi, TestApi } from '../support/test-api';

type Operation = { security?: Array<Record<string, string[]>>; parameters?: Array<{ name: string; in: string }>; requestBody?: { content: Record<string, unknown> } };
type Document = { openapi: string; paths: Record<string, Record<string, Operation>>; components: { securitySchemes: Record<string, { type: string; scheme: string }> } };

const HEALTH = '/health';

describe('API documentation', () => {
  let api: TestApi;
  let doc: Document;
  let response: Awaited<ReturnType<TestApi['http']['get']>>;

  beforeAll(async () => {
    api = await startTestApi();
    response = await api.http.get('/docs/openapi.json');
    doc = response.body;
  });
  afterAll(() => api.close());

  it('serves the OpenAPI document without credentials', () => {
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(doc.openapi).toMatch(/^3\./);
  });

  it('lists the registry and auth paths under /api, and health at the root', () => {
    for (const path of [...['/auth/login', '/units', '/units/{id}', '/people', '/units/import', '/people/import'].map((p) => `/api${p}`), HEALTH]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(Object.keys(doc.paths['/api/units'])).toEqual(expect.arrayContaining(['get', 'post']));
    expect(Object.keys(doc.paths['/api/units/{id}'])).toEqual(expect.arrayContaining(['get', 'patch']));
    expect(doc.paths['/api/units/{id}'].get.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'id', in: 'path' })]));
    expect(Object.keys(doc.paths['/api/units/import'].post.requestBody!.content)).toEqual(['multipart/form-data']);
    expect(Object.keys(doc.paths['/api/people/import'].post.requestBody!.content)).toEqual(['multipart/form-data']);
  });

  it('declares bearer auth, on the closed routes and not on login or health', () => {
    const schemes = Object.entries(doc.components.securitySchemes);
    expect(schemes).toHaveLength(1);
    const [name, scheme] = schemes[0];
    expect(scheme).toMatchObject({ type: 'http', scheme: 'bearer' });
    const bearer = [{ [name]: [] }];
    expect(doc.paths['/api/units'].get.security).toEqual(bearer);
    expect(doc.paths['/api/units/{id}'].patch.security).toEqual(bearer);
    expect(doc.paths['/api/people'].post.security).toEqual(bearer);
    expect(doc.paths['/api/units/import'].post.security).toEqual(bearer);
    expect(doc.paths['/api/people/import'].post.security).toEqual(bearer);
    expect(doc.paths['/api/auth/me'].get.security).toEqual(bearer);
    expect(doc.paths['/api/auth/login'].post.security).toBeUndefined();
    expect(doc.paths[HEALTH].get.security).toBeUndefined();
  });

  it('serves the HTML UI at /docs, with the assets it loads', async () => {
    const response = await api.http.get('/docs');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toMatch(/<title>Swagger UI<\/title>/);
    const assets = [...response.text.matchAll(/(?:href|src)="([^"]+\.(?:css|js))"/g)].map((m) => new URL(m[1], 'http://api.test/api/docs').pathname);
    expect(assets.length).toBeGreaterThanOrEqual(3);
    for (const asset of assets) {
      const loaded = await api.http.get(asset);
      expect([asset, loaded.status]).toEqual([asset, 200]);
    }
    const init = assets.find((a) => a.endsWith('swagger-ui-init.js'));
    expect(init).toBeDefined();
    // The UI is wired to this API's document.
    expect((await api.http.get(init!)).text).toContain('"/api/auth/login"');
  });
});
