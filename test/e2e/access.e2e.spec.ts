import { createPersonAndLogin, createUnit } from '../support/registry-fixtures';
import { startTestApi, TestApi } from '../support/test-api';

type Operations = Record<string, Record<string, unknown>>;

const WRITE_METHODS = ['post', 'put', 'patch', 'delete'] as const;
/** Writes an auditor may make: their own sign-in, and checking report files, which stores nothing. */
const OPEN_TO_AUDITORS = /^(\/api)?\/(auth\/|annual-reports\/check(-batch)?$)/;
const ANY_ID = '7d5c1b0e-0000-4000-8000-000000000000';

describe('access rules', () => {
  let api: TestApi;
  let office: { id: string };
  let bureau: { id: string };
  let other: { id: string };
  let auditor: { id: string; auth: string };

  beforeAll(async () => {
    api = await startTestApi();
    office = await createUnit(api, '区政府办公室');
    bureau = await createUnit(api, '区教育局', { parentId: office.id });
    other = await createUnit(api, '区卫健委', { parentId: office.id });
    // An auditor who belongs to the office: belonging to a unit gives them no unit's rights to act.
    auditor = await createPersonAndLogin(api, { name: '审计周', email: 'zhou@gov.test.cn', roles: ['auditor'], unitId: office.id });
  });
  afterAll(() => api.close());

  describe('an auditor', () => {
    it('is refused on every write the API documents, with AUDITOR_READ_ONLY', async () => {
      const doc = (await api.http.get('/docs/openapi.json')).body as { paths: Operations };
      const writes = Object.entries(doc.paths).flatMap(([path, operations]) =>
        WRITE_METHODS.filter((method) => operations[method] && !OPEN_TO_AUDITORS.test(path)).map((method) => ({ method, path })),
      );
      expect(writes.length).toBeGreaterThan(40);
      for (const { method, path } of writes) {
        const concrete = path.replace(/\{[^}]+\}/g, ANY_ID);
        const response = await api.http[method](concrete).set('authorization', auditor.auth).send({});
        expect([method, path, response.status, response.body.code]).toEqual([method, path, 403, 'AUDITOR_READ_ONLY']);
      }
    });

    it('still reads, checks a report file and manages their own API tokens', async () => {
      expect((await api.http.get('/units').set('authorization', auditor.auth)).status).toBe(200);
      const check = await api.http.post('/annual-reports/check').set('authorization', auditor.auth).attach('file', Buffer.from('not a report'), 'report.txt');
      expect(check.body.code).not.toBe('AUDITOR_READ_ONLY');
      expect(check.status).toBeLessThan(500);
      const token = await api.http.post('/auth/tokens').set('authorization', auditor.auth).send({ name: '审计导出' });
      expect(token.status).toBe(201);
      expect((await api.http.delete(`/auth/tokens/${token.body.id}`).set('authorization', auditor.auth)).status).toBe(204);
    });
  });

  describe('responsibility letters', () => {
    let planId: string;
    let bureauLetter: string;
    let officeWide: string;
    let bureauContact: string;
    let otherContact: string;

    const letter = (name: string, unitId?: string) =>
      api.http
        .post(`/plans/${planId}/letters`)
        .set('authorization', api.adminAuth)
        .send({ filename: name, mediaType: 'application/pdf', contentBase64: Buffer.from(`%PDF ${name}`).toString('base64'), ...(unitId && { unitId }) });

    beforeAll(async () => {
      const plan = await api.http.post('/plans').set('authorization', api.adminAuth).send({ year: 2026, title: '2026年政务公开工作要点' });
      expect(plan.status).toBe(201);
      planId = plan.body.id;
      bureauLetter = (await letter('教育局责任书.pdf', bureau.id)).body.id;
      officeWide = (await letter('总体责任书.pdf')).body.id;
      await letter('卫健委责任书.pdf', other.id);
      bureauContact = (await createPersonAndLogin(api, { name: '教育局联络员', email: 'lly@jyj.test.cn', roles: ['unit_contact'], unitId: bureau.id })).auth;
      otherContact = (await createPersonAndLogin(api, { name: '卫健委联络员', email: 'lly@wjw.test.cn', roles: ['unit_contact'], unitId: other.id })).auth;
    });

    it('are listed to a unit only when they are its own, and to the office and auditors all', async () => {
      const seen = async (auth: string) => (await api.http.get(`/plans/${planId}`).set('authorization', auth)).body.letters.map((l: { filename: string }) => l.filename).sort();
      expect(await seen(bureauContact)).toEqual(['教育局责任书.pdf']);
      expect(await seen(otherContact)).toEqual(['卫健委责任书.pdf']);
      expect(await seen(auditor.auth)).toHaveLength(3);
      expect(await seen(api.adminAuth)).toHaveLength(3);
    });

    it('are downloaded by the unit they are for, the office and auditors; anyone else gets UNIT_SCOPE', async () => {
      const download = (id: string, auth: string) => api.http.get(`/plans/${planId}/letters/${id}`).set('authorization', auth);
      const own = await download(bureauLetter, bureauContact);
      expect(own.status).toBe(200);
      expect(Buffer.from(own.body).toString()).toBe('%PDF 教育局责任书.pdf');
      expect((await download(bureauLetter, auditor.auth)).status).toBe(200);
      expect((await download(officeWide, api.adminAuth)).status).toBe(200);
      for (const [id, auth] of [
        [bureauLetter, otherContact],
        [officeWide, bureauContact],
      ]) {
        const refused = await download(id, auth);
        expect([refused.status, refused.body.code]).toEqual([403, 'UNIT_SCOPE']);
      }
    });
  });

  describe('sessions after a password change or reset', () => {
    it('ends every login token of the person when they change their password', async () => {
      const person = await createPersonAndLogin(api, { name: '换密码', email: 'pw@jyj.test.cn', roles: ['unit_contact'], unitId: bureau.id });
      const second = await api.login('pw@jyj.test.cn', person.password);
      const changed = await api.http.post('/auth/password').set('authorization', second).send({ currentPassword: person.password, newPassword: 'a-brand-new-password-1' });
      expect(changed.status).toBe(204);
      for (const old of [person.auth, second]) {
        const refused = await api.http.get('/auth/me').set('authorization', old);
        expect([refused.status, refused.body.code]).toEqual([401, 'UNAUTHENTICATED']);
      }
      const fresh = await api.login('pw@jyj.test.cn', 'a-brand-new-password-1');
      expect((await api.http.get('/auth/me').set('authorization', fresh)).status).toBe(200);
    });

    it('ends them when an admin resets the password, and leaves other people signed in', async () => {
      const person = await createPersonAndLogin(api, { name: '被重置', email: 'reset@jyj.test.cn', roles: ['unit_contact'], unitId: bureau.id });
      const bystander = await createPersonAndLogin(api, { name: '旁人', email: 'bystander@jyj.test.cn', roles: ['unit_contact'], unitId: bureau.id });
      expect((await api.http.post(`/people/${person.id}/reset-password`).set('authorization', api.adminAuth)).status).toBe(200);
      expect((await api.http.get('/auth/me').set('authorization', person.auth)).status).toBe(401);
      expect((await api.http.get('/auth/me').set('authorization', bystander.auth)).status).toBe(200);
    });
  });

  describe('the login rate limit behind no trusted proxy', () => {
    let limited: TestApi;
    beforeAll(async () => {
      limited = await startTestApi({ LOGIN_RATE_LIMIT: '3/60s' });
    });
    afterAll(() => limited.close());

    it('counts by the connection, so a forged X-Forwarded-For does not buy more attempts', async () => {
      for (let attempt = 1; attempt <= 3; attempt++) {
        const wrong = await limited.http.post('/auth/login').set('x-forwarded-for', `203.0.113.${attempt}`).send({ email: 'guesser@test.gov.cn', password: `guess-${attempt}` });
        expect(wrong.status).toBe(401);
      }
      const fourth = await limited.http.post('/auth/login').set('x-forwarded-for', '198.51.100.77').send({ email: 'guesser@test.gov.cn', password: 'guess-4' });
      expect([fourth.status, fourth.body.code]).toEqual([429, 'RATE_LIMITED']);
    });
  });

  describe('the login rate limit behind a proxy named in TRUST_PROXY', () => {
    let proxied: TestApi;
    beforeAll(async () => {
      proxied = await startTestApi({ LOGIN_RATE_LIMIT: '3/60s', TRUST_PROXY: '127.0.0.1,::1' });
    });
    afterAll(() => proxied.close());

    it('counts by the client address the proxy forwards', async () => {
      const attempt = (client: string) => proxied.http.post('/auth/login').set('x-forwarded-for', client).send({ email: 'guesser@test.gov.cn', password: 'guess' });
      for (let i = 0; i < 3; i++) expect((await attempt('203.0.113.9')).status).toBe(401);
      expect((await attempt('203.0.113.9')).status).toBe(429);
      expect((await attempt('198.51.100.4')).status).toBe(401);
    });
  });
});
