import { JwtService } from '@nestjs/jwt';
import { ApiTokenEntity } from '../../libs/persistence/src/entities/api-token.entity';
import { createPersonAndLogin, createUnit } from '../support/registry-fixtures';
import { ADMIN, startTestApi, TEST_JWT_SECRET, TestApi } from '../support/test-api';

const ISSUER = 'disclosure-engine';
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

describe('auth API', () => {
  let api: TestApi;
  let adminId: string;
  let mine: { id: string };
  let other: { id: string };

  const me = (auth: string) => api.http.get('/auth/me').set('authorization', auth);

  beforeAll(async () => {
    api = await startTestApi();
    adminId = (await me(api.adminAuth)).body.personId;
    mine = await createUnit(api, '区卫健委');
    other = await createUnit(api, '区民政局');
  });
  afterAll(() => api.close());

  describe('login', () => {
    it('gives a bearer token that works on GET /auth/me', async () => {
      const response = await api.http.post('/auth/login').send({ email: ADMIN.email.toUpperCase(), password: ADMIN.password });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 8 * 3600, mustChangePassword: false });
      expect(typeof response.body.accessToken).toBe('string');
      const who = await me(`Bearer ${response.body.accessToken}`);
      expect(who.status).toBe(200);
      expect(who.body).toEqual({
        personId: adminId,
        name: '系统管理员',
        email: ADMIN.email,
        roles: ['admin'],
        unitId: null,
        signerLevel: null,
        via: 'password',
      });
    });

    it('reads roles and unit from the database on every request, not from the token', async () => {
      const person = await createPersonAndLogin(api, { name: '赵六', email: 'zhaoliu@wjw.example.cn', roles: ['unit_contact'], unitId: mine.id });
      expect((await me(person.auth)).body).toMatchObject({ roles: ['unit_contact'], unitId: mine.id, signerLevel: null });
      const changed = await api.http
        .patch(`/people/${person.id}`)
        .set('authorization', api.adminAuth)
        .send({ roles: ['signer'], signerLevel: 2, unitId: other.id });
      expect(changed.status).toBe(200);
      // Same token, new facts.
      expect((await me(person.auth)).body).toMatchObject({ personId: person.id, roles: ['signer'], unitId: other.id, signerLevel: 2 });
      expect((await api.http.get(`/units/${other.id}`).set('authorization', person.auth)).status).toBe(200);
      expect((await api.http.get(`/units/${mine.id}`).set('authorization', person.auth)).status).toBe(403);
    });

    it('gives the same 401 for a wrong password and for an unknown email', async () => {
      const wrong = await api.http.post('/auth/login').send({ email: ADMIN.email, password: 'not-the-password' });
      const unknown = await api.http.post('/auth/login').send({ email: 'nobody@test.gov.cn', password: ADMIN.password });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrong.body).toMatchObject({ code: 'UNAUTHENTICATED', message: '邮箱或密码错误' });
      expect(unknown.body).toEqual(wrong.body);
    });

    it('refuses a deactivated person at login and stops their existing token and API token', async () => {
      const person = await createPersonAndLogin(api, { name: '钱七', email: 'qianqi@wjw.example.cn', roles: ['unit_contact'], unitId: mine.id });
      const created = await api.http.post('/auth/tokens').set('authorization', person.auth).send({ name: 'sync' });
      expect(created.status).toBe(201);
      expect((await me(person.auth)).status).toBe(200);

      const off = await api.http.post(`/people/${person.id}/deactivate`).set('authorization', api.adminAuth);
      expect(off.status).toBe(200);

      const login = await api.http.post('/auth/login').send({ email: 'qianqi@wjw.example.cn', password: person.password });
      expect(login.status).toBe(401);
      expect(login.body.message).toBe('邮箱或密码错误');
      for (const auth of [person.auth, `Bearer ${created.body.token}`]) {
        const stale = await me(auth);
        expect(stale.status).toBe(401);
        expect(stale.body.code).toBe('UNAUTHENTICATED');
        expect((await api.http.get('/units').set('authorization', auth)).status).toBe(401);
      }

      expect((await api.http.post(`/people/${person.id}/reactivate`).set('authorization', api.adminAuth)).status).toBe(200);
      expect((await me(person.auth)).status).toBe(200);
    });
  });

  describe('bearer tokens', () => {
    it('refuses an expired JWT with a message saying to log in again', async () => {
      const jwt = new JwtService({ secret: TEST_JWT_SECRET });
      const expired = jwt.sign({ sub: adminId, iat: now() - 3600, exp: now() - 60 }, { algorithm: 'HS256', issuer: ISSUER });
      const response = await me(`Bearer ${expired}`);
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ code: 'UNAUTHENTICATED', message: '令牌已过期，请重新登录' });
      // The same claims, not expired, are accepted: it is the expiry that is refused.
      const fresh = jwt.sign({ sub: adminId, exp: now() + 60 }, { algorithm: 'HS256', issuer: ISSUER });
      expect((await me(`Bearer ${fresh}`)).status).toBe(200);
    });

    it('refuses a token signed with another secret, with another issuer, or with alg none', async () => {
      const forged = new JwtService({ secret: 'another-secret-that-is-long-enough-for-hs256-9876543210' }).sign(
        { sub: adminId },
        { algorithm: 'HS256', issuer: ISSUER, expiresIn: 600 },
      );
      const otherIssuer = new JwtService({ secret: TEST_JWT_SECRET }).sign({ sub: adminId }, { algorithm: 'HS256', issuer: 'someone-else', expiresIn: 600 });
      const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ sub: adminId, iss: ISSUER, iat: now(), exp: now() + 600 })}.`;
      for (const token of [forged, otherIssuer, unsigned]) {
        const response = await me(`Bearer ${token}`);
        expect(response.status).toBe(401);
        expect(response.body).toMatchObject({ code: 'UNAUTHENTICATED', message: '令牌无效' });
        expect((await api.http.get('/people').set('authorization', `Bearer ${token}`)).status).toBe(401);
      }
    });

    it('refuses a valid signature naming nobody', async () => {
      const jwt = new JwtService({ secret: TEST_JWT_SECRET });
      const ghost = jwt.sign({ sub: '7d5c1b0e-0000-4000-8000-000000000000' }, { algorithm: 'HS256', issuer: ISSUER, expiresIn: 600 });
      const noSubject = jwt.sign({ role: 'admin' }, { algorithm: 'HS256', issuer: ISSUER, expiresIn: 600 });
      expect((await me(`Bearer ${ghost}`)).status).toBe(401);
      expect((await me(`Bearer ${noSubject}`)).status).toBe(401);
    });

    it('refuses a missing or garbled Authorization header', async () => {
      const token = api.adminAuth.slice('Bearer '.length);
      const missing = await api.http.get('/auth/me');
      expect(missing.status).toBe(401);
      expect(missing.body).toMatchObject({ code: 'UNAUTHENTICATED', message: '请登录：发送 Authorization: Bearer <令牌>' });
      for (const header of ['Bearer', 'Bearer ', token, `Basic ${Buffer.from(`${ADMIN.email}:${ADMIN.password}`).toString('base64')}`, `Bearer ${token} extra`, 'Bearer not.a.jwt', 'Bearer dse_not-a-real-token']) {
        const response = await api.http.get('/units').set('authorization', header);
        expect(response.status).toBe(401);
        expect(response.body.code).toBe('UNAUTHENTICATED');
      }
    });
  });

  describe('one-time password', () => {
    let oneTime: string;
    let auth: string;
    const email = 'sunba@wjw.example.cn';

    beforeAll(async () => {
      const created = await api.http.post('/people').set('authorization', api.adminAuth).send({ name: '孙八', email, roles: ['coordinator'] });
      expect(created.status).toBe(201);
      oneTime = created.body.oneTimePassword;
      const login = await api.http.post('/auth/login').send({ email, password: oneTime });
      expect(login.status).toBe(200);
      expect(login.body.mustChangePassword).toBe(true);
      auth = `Bearer ${login.body.accessToken}`;
    });

    it('allows only GET /auth/me and the password change until the password is changed', async () => {
      expect((await me(auth)).status).toBe(200);
      for (const pending of [
        api.http.get('/units'),
        api.http.get('/people'),
        api.http.post('/units').send({ name: '先建一个' }),
        api.http.get('/auth/tokens'),
        api.http.post('/auth/tokens').send({ name: 'early' }),
      ]) {
        const response = await pending.set('authorization', auth);
        expect(response.status).toBe(403);
        expect(response.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
      }
      expect((await api.http.get('/units?q=先建一个').set('authorization', api.adminAuth)).body.total).toBe(0);
    });

    it('refuses a wrong current password, naming currentPassword', async () => {
      const response = await api.http.post('/auth/password').set('authorization', auth).send({ currentPassword: 'wrong-one-time', newPassword: 'a-good-long-password' });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.details).toEqual([{ field: 'currentPassword', reason: '当前密码错误' }]);
    });

    it('refuses a too-short new password, naming newPassword', async () => {
      const response = await api.http.post('/auth/password').set('authorization', auth).send({ currentPassword: oneTime, newPassword: 'short' });
      expect(response.status).toBe(400);
      expect(response.body.details.map((d: { field: string }) => d.field)).toEqual(['newPassword']);
      expect(response.body.message).toMatch(/长度不能少于 12 个字符/);
      const same = await api.http.post('/auth/password').set('authorization', auth).send({ currentPassword: oneTime, newPassword: oneTime });
      expect(same.status).toBe(400);
      expect(same.body.details).toEqual([{ field: 'newPassword', reason: '新密码不能与当前密码相同' }]);
      // None of that changed the password.
      expect((await api.http.post('/auth/login').send({ email, password: oneTime })).status).toBe(200);
    });

    it('after the change, retires the one-time password and its session; a new login opens everything', async () => {
      const changed = await api.http.post('/auth/password').set('authorization', auth).send({ currentPassword: oneTime, newPassword: 'sunba-chose-this-one' });
      expect(changed.status).toBe(204);
      expect((await api.http.get('/units').set('authorization', auth)).status).toBe(401);
      const old = await api.http.post('/auth/login').send({ email, password: oneTime });
      expect(old.status).toBe(401);
      const fresh = await api.http.post('/auth/login').send({ email, password: 'sunba-chose-this-one' });
      expect(fresh.status).toBe(200);
      expect(fresh.body.mustChangePassword).toBe(false);
      expect((await api.http.get('/units').set('authorization', `Bearer ${fresh.body.accessToken}`)).status).toBe(200);
    });
  });

  describe('API tokens', () => {
    let contact: { id: string; auth: string };
    beforeAll(async () => {
      contact = await createPersonAndLogin(api, { name: '周九', email: 'zhoujiu@wjw.example.cn', roles: ['unit_contact'], unitId: mine.id });
    });

    it('are shown once, act with the person\'s roles and unit, are listed without their value, and stop when revoked', async () => {
      const created = await api.http.post('/auth/tokens').set('authorization', contact.auth).send({ name: 'OA 同步' });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ name: 'OA 同步', expiresAt: null, lastUsedAt: null });
      const token: string = created.body.token;
      expect(token).toMatch(/^dse_[A-Za-z0-9_-]{20,}$/);
      const bearer = `Bearer ${token}`;

      expect((await me(bearer)).body).toMatchObject({ personId: contact.id, roles: ['unit_contact'], unitId: mine.id, via: 'api_token' });
      const units = await api.http.get('/units').set('authorization', bearer);
      expect(units.status).toBe(200);
      expect(units.body).toMatchObject({ total: 1, items: [{ id: mine.id }] });
      const outOfScope = await api.http.get(`/units/${other.id}`).set('authorization', bearer);
      expect(outOfScope.status).toBe(403);
      expect(outOfScope.body.code).toBe('UNIT_SCOPE');
      const write = await api.http.post('/units').set('authorization', bearer).send({ name: '令牌建的' });
      expect(write.status).toBe(403);
      expect(write.body.code).toBe('FORBIDDEN');

      const list = await api.http.get('/auth/tokens').set('authorization', contact.auth);
      expect(list.status).toBe(200);
      expect(list.body).toHaveLength(1);
      expect(list.body[0]).toMatchObject({ id: created.body.id, name: 'OA 同步' });
      expect(list.body[0].lastUsedAt).not.toBeNull();
      expect(list.body[0]).not.toHaveProperty('token');
      expect(list.body[0]).not.toHaveProperty('tokenHash');
      expect(JSON.stringify(list.body)).not.toContain(token.slice(4));
      // Another person neither sees nor revokes it.
      expect((await api.http.get('/auth/tokens').set('authorization', api.adminAuth)).body).toEqual([]);
      expect((await api.http.delete(`/auth/tokens/${created.body.id}`).set('authorization', api.adminAuth)).status).toBe(404);
      expect((await me(bearer)).status).toBe(200);

      const revoked = await api.http.delete(`/auth/tokens/${created.body.id}`).set('authorization', contact.auth);
      expect(revoked.status).toBe(204);
      const after = await me(bearer);
      expect(after.status).toBe(401);
      expect(after.body.code).toBe('UNAUTHENTICATED');
      expect((await api.http.get('/auth/tokens').set('authorization', contact.auth)).body).toEqual([]);
      expect((await api.http.get('/units?q=令牌建的').set('authorization', api.adminAuth)).body.total).toBe(0);
    });

    it('stop working once expired', async () => {
      const created = await api.http.post('/auth/tokens').set('authorization', contact.auth).send({ name: 'short-lived', expiresInDays: 30 });
      expect(created.status).toBe(201);
      const expiresIn = Date.parse(created.body.expiresAt) - Date.now();
      expect(expiresIn).toBeGreaterThan(29 * 86_400_000);
      expect(expiresIn).toBeLessThanOrEqual(30 * 86_400_000);
      const bearer = `Bearer ${created.body.token}`;
      expect((await me(bearer)).status).toBe(200);

      await api.db.dataSource.getRepository(ApiTokenEntity).update({ id: created.body.id }, { expiresAt: new Date(Date.now() - 1000) });
      const response = await me(bearer);
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ code: 'UNAUTHENTICATED', message: 'API 令牌已过期' });
    });

    it('refuses a bad token request, naming the field', async () => {
      const response = await api.http.post('/auth/tokens').set('authorization', contact.auth).send({ name: 'x', expiresInDays: 0 });
      expect(response.status).toBe(400);
      expect(response.body.details.map((d: { field: string }) => d.field)).toEqual(['expiresInDays']);
      expect((await api.http.get('/auth/tokens').set('authorization', contact.auth)).body.map((t: { name: string }) => t.name)).toEqual(['short-lived']);
    });
  });

  describe('login rate limit', () => {
    let limited: TestApi;
    beforeAll(async () => {
      limited = await startTestApi({ LOGIN_RATE_LIMIT: '3/60s' });
    });
    afterAll(() => limited.close());

    it('refuses the 4th attempt in the window with 429 and retry-after, even with the right password', async () => {
      const created = await limited.http.post('/people').set('authorization', limited.adminAuth).send({ name: '吴十', email: 'wushi@wjw.example.cn', roles: ['auditor'] });
      expect(created.status).toBe(201);
      for (let attempt = 1; attempt <= 3; attempt++) {
        const wrong = await limited.http.post('/auth/login').send({ email: 'wushi@wjw.example.cn', password: `guess-${attempt}` });
        expect(wrong.status).toBe(401);
      }
      const fourth = await limited.http.post('/auth/login').send({ email: 'WuShi@wjw.example.cn', password: created.body.oneTimePassword });
      expect(fourth.status).toBe(429);
      expect(fourth.body.code).toBe('RATE_LIMITED');
      expect(fourth.body).not.toHaveProperty('accessToken');
      const retryAfter = Number(fourth.headers['retry-after']);
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      // Counted per email: other accounts can still log in.
      expect((await limited.http.post('/auth/login').send({ email: ADMIN.email, password: ADMIN.password })).status).toBe(200);
    });
  });
});
