import { ADMIN, startTestApi, TestApi } from '../support/test-api';

/** `name=value` pairs of a response's Set-Cookie headers, with their attributes. */
function cookiesOf(setCookie: string[] | string | undefined): Map<string, { value: string; attributes: string[] }> {
  const found = new Map<string, { value: string; attributes: string[] }>();
  for (const line of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
    const [pair, ...attributes] = line.split(';').map((s) => s.trim());
    const at = pair.indexOf('=');
    found.set(pair.slice(0, at), { value: decodeURIComponent(pair.slice(at + 1)), attributes });
  }
  return found;
}

describe("the console's cookie session", () => {
  let api: TestApi;
  let session: string;
  let csrf: string;
  let cookieHeader: string;

  beforeAll(async () => {
    api = await startTestApi();
    const login = await api.http.post('/auth/login').send({ email: ADMIN.email, password: ADMIN.password });
    expect(login.status).toBe(200);
    const cookies = cookiesOf(login.headers['set-cookie']);
    session = cookies.get('dse_session')!.value;
    csrf = cookies.get('dse_csrf')!.value;
    cookieHeader = `dse_session=${encodeURIComponent(session)}; dse_csrf=${encodeURIComponent(csrf)}`;
  });
  afterAll(() => api.close());

  it('keeps the session token out of page scripts and other sites', async () => {
    const login = await api.http.post('/auth/login').send({ email: ADMIN.email, password: ADMIN.password });
    const cookies = cookiesOf(login.headers['set-cookie']);
    expect(cookies.get('dse_session')!.attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/', 'Max-Age=28800']));
    // The CSRF token is meant to be read by the console, so it is not httpOnly; it is no credential.
    expect(cookies.get('dse_csrf')!.attributes).toEqual(expect.arrayContaining(['SameSite=Strict', 'Path=/']));
    expect(cookies.get('dse_csrf')!.attributes).not.toContain('HttpOnly');
    expect(cookies.get('dse_csrf')!.value).not.toBe(csrf);
    // Secure is for production (HTTPS); these tests speak plain HTTP.
    expect(cookies.get('dse_session')!.attributes).not.toContain('Secure');
  });

  it('reads with the cookie alone', async () => {
    const me = await api.http.get('/auth/me').set('cookie', cookieHeader);
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(ADMIN.email);
  });

  it('refuses a change sent with the cookie but without the CSRF header, in Chinese and with a stable code', async () => {
    for (const header of [undefined, 'forged-token', `${csrf}x`]) {
      const request = api.http.post('/auth/tokens').set('cookie', cookieHeader).send({ name: '同步' });
      const refused = await (header === undefined ? request : request.set('x-csrf-token', header));
      expect([header, refused.status, refused.body.code]).toEqual([header, 403, 'CSRF_TOKEN_INVALID']);
      expect(refused.body.message).toMatch(/CSRF/);
    }
    const tokens = await api.http.get('/auth/tokens').set('cookie', cookieHeader);
    expect(tokens.body).toEqual([]);
  });

  it('accepts the change when the header echoes the CSRF cookie', async () => {
    const created = await api.http.post('/auth/tokens').set('cookie', cookieHeader).set('x-csrf-token', csrf).send({ name: '同步' });
    expect(created.status).toBe(201);
    expect(created.body.name).toBe('同步');
  });

  it('lets integrations with a bearer token change things without any CSRF header', async () => {
    const created = await api.http.post('/auth/tokens').set('authorization', api.adminAuth).send({ name: '报表' });
    expect(created.status).toBe(201);
  });

  it('after a password change over the cookie, carries the console on with fresh cookies and refuses the old ones', async () => {
    const email = 'zhoujiu@wjw.example.cn';
    const created = await api.http.post('/people').set('authorization', api.adminAuth).send({ name: '周九', email, roles: ['coordinator'] });
    expect(created.status).toBe(201);
    const login = await api.http.post('/auth/login').send({ email, password: created.body.oneTimePassword });
    const before = cookiesOf(login.headers['set-cookie']);
    const oldCookies = `dse_session=${encodeURIComponent(before.get('dse_session')!.value)}; dse_csrf=${encodeURIComponent(before.get('dse_csrf')!.value)}`;
    const changed = await api.http
      .post('/auth/password')
      .set('cookie', oldCookies)
      .set('x-csrf-token', before.get('dse_csrf')!.value)
      .send({ currentPassword: created.body.oneTimePassword, newPassword: 'zhoujiu-chose-this-one' });
    expect(changed.status).toBe(204);
    const after = cookiesOf(changed.headers['set-cookie']);
    expect(after.get('dse_session')!.attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict']));
    expect(after.get('dse_session')!.value).not.toBe(before.get('dse_session')!.value);
    const newCookies = `dse_session=${encodeURIComponent(after.get('dse_session')!.value)}; dse_csrf=${encodeURIComponent(after.get('dse_csrf')!.value)}`;
    expect((await api.http.get('/units').set('cookie', newCookies)).status).toBe(200);
    const stale = await api.http.get('/units').set('cookie', oldCookies);
    expect([stale.status, stale.body.code]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('sets no cookies when a bearer token changes the password: that token is simply ended', async () => {
    const email = 'wushi-yi@wjw.example.cn';
    const created = await api.http.post('/people').set('authorization', api.adminAuth).send({ name: '吴十一', email, roles: ['coordinator'] });
    const login = await api.http.post('/auth/login').send({ email, password: created.body.oneTimePassword });
    const auth = `Bearer ${login.body.accessToken}`;
    const changed = await api.http.post('/auth/password').set('authorization', auth).send({ currentPassword: created.body.oneTimePassword, newPassword: 'wushiyi-chose-this-one' });
    expect(changed.status).toBe(204);
    expect(changed.headers['set-cookie']).toBeUndefined();
    expect((await api.http.get('/units').set('authorization', auth)).status).toBe(401);
  });

  it('answers 401 with no session, and logout clears both cookies', async () => {
    expect((await api.http.get('/auth/me')).status).toBe(401);
    const logout = await api.http.post('/auth/logout').set('cookie', cookieHeader);
    expect(logout.status).toBe(204);
    const cleared = cookiesOf(logout.headers['set-cookie']);
    for (const name of ['dse_session', 'dse_csrf']) {
      expect([name, cleared.get(name)!.value, cleared.get(name)!.attributes]).toEqual([name, '', expect.arrayContaining(['Max-Age=0'])]);
    }
  });
});
