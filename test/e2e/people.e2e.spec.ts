import { createPersonAndLogin, createUnit } from '../support/registry-fixtures';
import { startTestApi, TestApi } from '../support/test-api';

type Person = { id: string; name: string; email: string; unitId: string | null; roles: string[]; signerLevel: number | null; active: boolean };

describe('people API', () => {
  let api: TestApi;
  let education: { id: string };
  let health: { id: string };
  let adminId: string;

  const post = (auth: string, body: object) => api.http.post('/people').set('authorization', auth).send(body);
  const get = (auth: string, path: string) => api.http.get(path).set('authorization', auth);
  const names = (body: { items: Person[] }) => body.items.map((p) => p.name);
  /** One person as the admin sees them, to check a refused write changed nothing. */
  const read = async (id: string): Promise<Person> => (await get(api.adminAuth, `/people/${id}`)).body;

  beforeAll(async () => {
    api = await startTestApi();
    adminId = (await get(api.adminAuth, '/auth/me')).body.personId;
    education = await createUnit(api, '区教育局');
    health = await createUnit(api, '区卫生健康局');
  });
  afterAll(() => api.close());

  describe('as an admin', () => {
    it('creates a person with a one-time password shown once, and reads, updates and lists them', async () => {
      const created = await post(api.adminAuth, { name: '张三', email: 'ZhangSan@JYJ.example.cn', roles: ['unit_contact'], unitId: education.id });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ name: '张三', email: 'zhangsan@jyj.example.cn', roles: ['unit_contact'], unitId: education.id, signerLevel: null, active: true });
      expect(created.body.oneTimePassword).toMatch(/^\S{12,}$/);
      expect(created.body).not.toHaveProperty('passwordHash');

      const read1 = await get(api.adminAuth, `/people/${created.body.id}`);
      expect(read1.status).toBe(200);
      expect(read1.body).not.toHaveProperty('oneTimePassword');
      expect(read1.body).not.toHaveProperty('passwordHash');
      expect(read1.body).toEqual({ ...created.body, oneTimePassword: undefined });

      const login = await api.http.post('/auth/login').send({ email: 'zhangsan@jyj.example.cn', password: created.body.oneTimePassword });
      expect(login.status).toBe(200);
      expect(login.body.mustChangePassword).toBe(true);

      const updated = await api.http
        .patch(`/people/${created.body.id}`)
        .set('authorization', api.adminAuth)
        .send({ name: '张三丰', roles: ['unit_contact', 'signer'], signerLevel: 1 });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({ name: '张三丰', email: 'zhangsan@jyj.example.cn', roles: ['unit_contact', 'signer'], signerLevel: 1, unitId: education.id });
      expect(await read(created.body.id)).toMatchObject({ name: '张三丰', signerLevel: 1 });
      const list = await get(api.adminAuth, '/people?q=张三丰');
      expect(list.body).toMatchObject({ total: 1, items: [{ id: created.body.id }] });
    });

    it('filters by unit, role, name or email, and active, and pages', async () => {
      for (const person of [
        { name: '教育甲', email: 'jia@jyj.example.cn', roles: ['unit_contact'], unitId: education.id },
        { name: '教育乙', email: 'yi@jyj.example.cn', roles: ['signer'], signerLevel: 2, unitId: education.id },
        { name: '卫健丙', email: 'bing@wjw.example.cn', roles: ['unit_contact'], unitId: health.id },
        { name: '审计丁', email: 'ding.audit@office.example.cn', roles: ['auditor'] },
        { name: '协调戊', email: 'wu@office.example.cn', roles: ['coordinator', 'auditor'] },
      ]) {
        expect((await post(api.adminAuth, person)).status).toBe(201);
      }
      const inEducation = await get(api.adminAuth, `/people?unitId=${education.id}`);
      expect(names(inEducation.body).sort()).toEqual(['张三丰', '教育乙', '教育甲'].sort());

      expect(names((await get(api.adminAuth, '/people?role=signer')).body).sort()).toEqual(['张三丰', '教育乙'].sort());
      expect(names((await get(api.adminAuth, '/people?role=auditor')).body).sort()).toEqual(['协调戊', '审计丁'].sort());
      expect(names((await get(api.adminAuth, '/people?role=admin')).body)).toEqual(['系统管理员']);
      expect(names((await get(api.adminAuth, `/people?role=unit_contact&unitId=${health.id}`)).body)).toEqual(['卫健丙']);

      expect(names((await get(api.adminAuth, `/people?q=${encodeURIComponent('卫健')}`)).body)).toEqual(['卫健丙']);
      expect(names((await get(api.adminAuth, '/people?q=.audit@')).body)).toEqual(['审计丁']);
      expect(names((await get(api.adminAuth, '/people?q=office.example')).body).sort()).toEqual(['协调戊', '审计丁'].sort());
      // Emails are stored in lower case; a search typed in another case finds them on every database.
      expect(names((await get(api.adminAuth, '/people?q=Ding.Audit@OFFICE')).body)).toEqual(['审计丁']);

      const off = await api.http.post(`/people/${(await get(api.adminAuth, '/people?q=卫健丙')).body.items[0].id}/deactivate`).set('authorization', api.adminAuth);
      expect(off.status).toBe(200);
      expect(off.body.active).toBe(false);
      expect(names((await get(api.adminAuth, '/people?active=false')).body)).toEqual(['卫健丙']);
      expect(names((await get(api.adminAuth, '/people?active=true')).body)).not.toContain('卫健丙');
      expect((await get(api.adminAuth, '/people')).body.total).toBe(7);

      const first = await get(api.adminAuth, '/people?pageSize=3&page=1');
      const third = await get(api.adminAuth, '/people?pageSize=3&page=3');
      expect(first.body).toMatchObject({ total: 7, page: 1, pageSize: 3 });
      expect(first.body.items).toHaveLength(3);
      expect(third.body.items).toHaveLength(1);
      const all = [];
      for (let page = 1; page <= 3; page++) all.push(...names((await get(api.adminAuth, `/people?pageSize=3&page=${page}`)).body));
      expect(new Set(all).size).toBe(7);
      expect((await get(api.adminAuth, '/people?pageSize=3&page=4')).body.items).toEqual([]);
    });

    it('refuses a duplicate email, whatever its case, with 409 naming the field', async () => {
      const before = (await get(api.adminAuth, '/people')).body.total;
      const dup = await post(api.adminAuth, { name: '另一个张三', email: 'ZHANGSAN@jyj.example.cn', roles: ['auditor'] });
      expect(dup.status).toBe(409);
      expect(dup.body.code).toBe('CONFLICT');
      expect(dup.body.details).toEqual([{ field: 'email', reason: '已被占用' }]);
      const jia = (await get(api.adminAuth, '/people?q=教育甲')).body.items[0];
      const renamed = await api.http.patch(`/people/${jia.id}`).set('authorization', api.adminAuth).send({ email: 'yi@jyj.example.cn' });
      expect(renamed.status).toBe(409);
      expect(renamed.body.details).toEqual([{ field: 'email', reason: '已被占用' }]);
      expect((await read(jia.id)).email).toBe('jia@jyj.example.cn');
      expect((await get(api.adminAuth, '/people')).body.total).toBe(before);
    });

    it('refuses an inconsistent role, level and unit, naming the field', async () => {
      const before = (await get(api.adminAuth, '/people')).body.total;
      const cases: Array<[object, string]> = [
        [{ name: '甲', email: 'a1@x.example.cn', roles: ['signer'], unitId: education.id }, 'signerLevel'],
        [{ name: '乙', email: 'a2@x.example.cn', roles: ['unit_contact'], unitId: education.id, signerLevel: 2 }, 'signerLevel'],
        [{ name: '丙', email: 'a3@x.example.cn', roles: ['unit_contact'] }, 'unitId'],
        [{ name: '丁', email: 'a4@x.example.cn', roles: ['signer'], signerLevel: 3, unitId: null }, 'unitId'],
        [{ name: '戊', email: 'a5@x.example.cn', roles: ['signer'], signerLevel: 4, unitId: education.id }, 'signerLevel'],
      ];
      for (const [body, field] of cases) {
        const response = await post(api.adminAuth, body);
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('VALIDATION_FAILED');
        expect(response.body.details.map((d: { field: string }) => d.field)).toEqual([field]);
      }
      const jia = (await get(api.adminAuth, '/people?q=教育甲')).body.items[0];
      const removeUnit = await api.http.patch(`/people/${jia.id}`).set('authorization', api.adminAuth).send({ unitId: null });
      expect(removeUnit.status).toBe(400);
      expect(removeUnit.body.details).toEqual([{ field: 'unitId', reason: '单位联络员和审签人必须填写所属单位' }]);
      const addLevel = await api.http.patch(`/people/${jia.id}`).set('authorization', api.adminAuth).send({ signerLevel: 1 });
      expect(addLevel.status).toBe(400);
      expect(addLevel.body.details.map((d: { field: string }) => d.field)).toEqual(['signerLevel']);
      expect(await read(jia.id)).toMatchObject({ unitId: education.id, signerLevel: null, roles: ['unit_contact'] });
      expect((await get(api.adminAuth, '/people')).body.total).toBe(before);
    });

    it('refuses an unknown or deactivated unit', async () => {
      const unknown = await post(api.adminAuth, { name: '无单位', email: 'nounit@x.example.cn', roles: ['unit_contact'], unitId: '7d5c1b0e-0000-4000-8000-000000000000' });
      expect(unknown.status).toBe(400);
      expect(unknown.body.details).toEqual([{ field: 'unitId', reason: '不是已知的单位' }]);

      const closed = await createUnit(api, '已撤销的局');
      expect((await api.http.post(`/units/${closed.id}/deactivate`).set('authorization', api.adminAuth)).status).toBe(200);
      const toClosed = await post(api.adminAuth, { name: '撤销局员', email: 'closed@x.example.cn', roles: ['unit_contact'], unitId: closed.id });
      expect(toClosed.status).toBe(400);
      expect(toClosed.body.details).toEqual([{ field: 'unitId', reason: '是已停用的单位' }]);
      const jia = (await get(api.adminAuth, '/people?q=教育甲')).body.items[0];
      const move = await api.http.patch(`/people/${jia.id}`).set('authorization', api.adminAuth).send({ unitId: closed.id });
      expect(move.status).toBe(400);
      expect(move.body.details[0].field).toBe('unitId');
      expect((await read(jia.id)).unitId).toBe(education.id);
      expect((await get(api.adminAuth, '/people?q=nounit')).body.total).toBe(0);
      expect((await get(api.adminAuth, '/people?q=closed@')).body.total).toBe(0);
    });

    it('never lets the last active admin go, and nobody deactivates themselves', async () => {
      const demote = await api.http.patch(`/people/${adminId}`).set('authorization', api.adminAuth).send({ roles: ['coordinator'] });
      expect(demote.status).toBe(409);
      expect(demote.body.code).toBe('CONFLICT');
      expect(demote.body.message).toMatch(/最后一位在用的管理员/);
      const self = await api.http.post(`/people/${adminId}/deactivate`).set('authorization', api.adminAuth);
      expect(self.status).toBe(409);
      expect(await read(adminId)).toMatchObject({ roles: ['admin'], active: true });

      // It is the last admin that is kept: with two, one may be demoted or deactivated.
      const second = await createPersonAndLogin(api, { name: '第二管理员', email: 'admin2@office.example.cn', roles: ['admin'] });
      const third = await createPersonAndLogin(api, { name: '第三管理员', email: 'admin3@office.example.cn', roles: ['admin'] });
      const demoteSecond = await api.http.patch(`/people/${second.id}`).set('authorization', api.adminAuth).send({ roles: ['coordinator'] });
      expect(demoteSecond.status).toBe(200);
      expect(demoteSecond.body.roles).toEqual(['coordinator']);
      const offThird = await api.http.post(`/people/${third.id}/deactivate`).set('authorization', api.adminAuth);
      expect(offThird.status).toBe(200);
      expect(offThird.body.active).toBe(false);
      const lastDemotesSelf = await api.http.patch(`/people/${adminId}`).set('authorization', api.adminAuth).send({ roles: ['coordinator'] });
      expect(lastDemotesSelf.status).toBe(409);
      const lastDeactivatesSelf = await api.http.post(`/people/${adminId}/deactivate`).set('authorization', api.adminAuth);
      expect(lastDeactivatesSelf.status).toBe(409);
      expect(await read(adminId)).toMatchObject({ roles: ['admin'], active: true });
      expect((await get(api.adminAuth, '/people?role=admin&active=true')).body.items.map((p: Person) => p.id)).toEqual([adminId]);
    });

    it('resets a password: a new one-time password, and the old password stops working', async () => {
      const person = await createPersonAndLogin(api, { name: '忘密码', email: 'forgot@jyj.example.cn', roles: ['unit_contact'], unitId: education.id });
      const reset = await api.http.post(`/people/${person.id}/reset-password`).set('authorization', api.adminAuth);
      expect(reset.status).toBe(200);
      expect(reset.body).toMatchObject({ id: person.id, email: 'forgot@jyj.example.cn' });
      expect(reset.body.oneTimePassword).toMatch(/^\S{12,}$/);
      expect(reset.body.oneTimePassword).not.toBe(person.password);

      expect((await api.http.post('/auth/login').send({ email: 'forgot@jyj.example.cn', password: person.password })).status).toBe(401);
      const fresh = await api.http.post('/auth/login').send({ email: 'forgot@jyj.example.cn', password: reset.body.oneTimePassword });
      expect(fresh.status).toBe(200);
      expect(fresh.body.mustChangePassword).toBe(true);
      const blocked = await get(`Bearer ${fresh.body.accessToken}`, '/units');
      expect(blocked.status).toBe(403);
      expect(blocked.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    });
  });

  describe('as a coordinator', () => {
    let coordinator: { id: string; auth: string };
    beforeAll(async () => {
      coordinator = await createPersonAndLogin(api, { name: '协调员', email: 'coord@office.example.cn', roles: ['coordinator'] });
    });

    it('manages people but cannot grant, remove or manage the admin role', async () => {
      const plain = await post(coordinator.auth, { name: '普通人', email: 'plain@jyj.example.cn', roles: ['unit_contact'], unitId: education.id });
      expect(plain.status).toBe(201);

      const makeAdmin = await post(coordinator.auth, { name: '想当管理员', email: 'wannabe@office.example.cn', roles: ['admin'] });
      expect(makeAdmin.status).toBe(403);
      expect(makeAdmin.body.code).toBe('FORBIDDEN');
      expect((await get(api.adminAuth, '/people?q=wannabe')).body.total).toBe(0);

      const raise = await api.http.patch(`/people/${plain.body.id}`).set('authorization', coordinator.auth).send({ roles: ['unit_contact', 'admin'] });
      expect(raise.status).toBe(403);
      const raiseSelf = await api.http.patch(`/people/${coordinator.id}`).set('authorization', coordinator.auth).send({ roles: ['admin'] });
      expect(raiseSelf.status).toBe(403);
      expect((await read(plain.body.id)).roles).toEqual(['unit_contact']);
      expect((await read(coordinator.id)).roles).toEqual(['coordinator']);

      const demoteAdmin = await api.http.patch(`/people/${adminId}`).set('authorization', coordinator.auth).send({ roles: ['coordinator'] });
      expect(demoteAdmin.status).toBe(403);
      const renameAdmin = await api.http.patch(`/people/${adminId}`).set('authorization', coordinator.auth).send({ name: '改个名' });
      expect(renameAdmin.status).toBe(403);
      const resetAdmin = await api.http.post(`/people/${adminId}/reset-password`).set('authorization', coordinator.auth);
      expect(resetAdmin.status).toBe(403);
      const offAdmin = await api.http.post(`/people/${adminId}/deactivate`).set('authorization', coordinator.auth);
      expect(offAdmin.status).toBe(403);
      expect(await read(adminId)).toMatchObject({ name: '系统管理员', roles: ['admin'], active: true });
      // The admin's password still works: it was not reset.
      expect((await api.http.post('/auth/login').send({ email: 'admin@test.gov.cn', password: 'admin-password-1234' })).status).toBe(200);
    });

    it('cannot deactivate themselves', async () => {
      const self = await api.http.post(`/people/${coordinator.id}/deactivate`).set('authorization', coordinator.auth);
      expect(self.status).toBe(409);
      expect(self.body.message).toMatch(/不能停用自己/);
      expect((await read(coordinator.id)).active).toBe(true);
    });
  });

  describe('scoping', () => {
    let contact: { id: string; auth: string };
    let auditor: { id: string; auth: string };
    let inHealth: Person;
    let inEducation: Person;

    beforeAll(async () => {
      contact = await createPersonAndLogin(api, { name: '教育联络员', email: 'contact@jyj.example.cn', roles: ['unit_contact'], unitId: education.id });
      auditor = await createPersonAndLogin(api, { name: '审计员', email: 'auditor@office.example.cn', roles: ['auditor'] });
      inHealth = (await post(api.adminAuth, { name: '卫健联络员', email: 'contact@wjw.example.cn', roles: ['unit_contact'], unitId: health.id })).body;
      inEducation = (await get(api.adminAuth, '/people?q=教育甲')).body.items[0];
    });

    it('lets a unit contact list and read only their own unit\'s people', async () => {
      const list = await get(contact.auth, '/people?pageSize=500');
      expect(list.status).toBe(200);
      expect(list.body.items.length).toBeGreaterThan(1);
      expect(list.body.items.every((p: Person) => p.unitId === education.id)).toBe(true);
      expect(list.body.total).toBe((await get(api.adminAuth, `/people?unitId=${education.id}&pageSize=500`)).body.total);
      // Filters narrow within the scope, never widen it.
      expect((await get(contact.auth, '/people?role=auditor')).body.total).toBe(0);
      expect((await get(contact.auth, '/people?q=卫健')).body.total).toBe(0);

      expect((await get(contact.auth, `/people/${inEducation.id}`)).status).toBe(200);
      expect((await get(contact.auth, `/people/${contact.id}`)).status).toBe(200);
      for (const id of [inHealth.id, adminId, auditor.id]) {
        const reach = await get(contact.auth, `/people/${id}`);
        expect(reach.status).toBe(403);
        expect(reach.body.code).toBe('UNIT_SCOPE');
      }
      const otherUnit = await get(contact.auth, `/people?unitId=${health.id}`);
      expect(otherUnit.status).toBe(403);
      expect(otherUnit.body.code).toBe('UNIT_SCOPE');
      expect((await get(contact.auth, `/people?unitId=${education.id}`)).status).toBe(200);
    });

    it('lets a unit contact write nothing, not even in their own unit', async () => {
      const writes = [
        api.http.post('/people').send({ name: '新人', email: 'new@jyj.example.cn', roles: ['unit_contact'], unitId: education.id }),
        api.http.patch(`/people/${inEducation.id}`).send({ name: '改名' }),
        api.http.patch(`/people/${contact.id}`).send({ roles: ['coordinator'] }),
        api.http.post(`/people/${inEducation.id}/deactivate`),
        api.http.post(`/people/${inHealth.id}/reset-password`),
      ];
      for (const pending of writes) {
        const response = await pending.set('authorization', contact.auth);
        expect(response.status).toBe(403);
        expect(response.body.code).toBe('FORBIDDEN');
      }
      expect(await read(inEducation.id)).toMatchObject({ name: inEducation.name, active: true });
      expect((await read(contact.id)).roles).toEqual(['unit_contact']);
      expect((await get(api.adminAuth, '/people?q=new@jyj')).body.total).toBe(0);
    });

    it('lets an auditor read everyone and write nothing', async () => {
      const all = await get(auditor.auth, '/people?pageSize=500');
      expect(all.status).toBe(200);
      expect(all.body.total).toBe((await get(api.adminAuth, '/people?pageSize=500')).body.total);
      expect((await get(auditor.auth, `/people/${inHealth.id}`)).status).toBe(200);
      expect((await get(auditor.auth, `/people?unitId=${health.id}`)).body.items.map((p: Person) => p.id)).toContain(inHealth.id);
      const writes = [
        api.http.post('/people').send({ name: '审计加的', email: 'byaudit@office.example.cn', roles: ['auditor'] }),
        api.http.patch(`/people/${inHealth.id}`).send({ name: '审计改的' }),
        api.http.post(`/people/${inHealth.id}/deactivate`),
        api.http.post(`/people/${inHealth.id}/reset-password`),
      ];
      for (const pending of writes) {
        const response = await pending.set('authorization', auditor.auth);
        expect(response.status).toBe(403);
        expect(response.body.code).toBe('AUDITOR_READ_ONLY');
      }
      expect(await read(inHealth.id)).toMatchObject({ name: '卫健联络员', active: true });
      expect((await get(api.adminAuth, '/people?q=byaudit')).body.total).toBe(0);
    });
  });
});
