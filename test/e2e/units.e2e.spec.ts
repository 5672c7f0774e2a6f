import { createPersonAndLogin, createUnit } from '../support/registry-fixtures';
import { startTestApi, TestApi } from '../support/test-api';

describe('units API', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('creates, reads, updates and lists units with their parents', async () => {
    const office = await createUnit(api, '区政府办公室', { contactEmails: ['GKB@Qzf.example.cn'], leaderEmail: 'zhuren@qzf.example.cn' });
    const education = await createUnit(api, '区教育局', { parentId: office.id, contactPhone: '0571-88880000' });
    expect(education).toMatchObject({ name: '区教育局', parentId: office.id, active: true, contactPhone: '0571-88880000' });

    const read = await api.http.get(`/units/${office.id}`).set('authorization', api.adminAuth);
    expect(read.status).toBe(200);
    expect(read.body.contactEmails).toEqual(['gkb@qzf.example.cn']);

    const renamed = await api.http.patch(`/units/${education.id}`).set('authorization', api.adminAuth).send({ name: '区教育体育局' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe('区教育体育局');

    const children = await api.http.get(`/units?parentId=${office.id}`).set('authorization', api.adminAuth);
    expect(children.body).toMatchObject({ total: 1, items: [{ name: '区教育体育局' }] });
  });

  it('pages the list and finds by a part of the name, wildcards taken literally', async () => {
    for (const name of ['A局', 'B局', 'C局', '100%办']) await createUnit(api, name);
    const page = await api.http.get('/units?page=2&pageSize=2&q=局').set('authorization', api.adminAuth);
    expect(page.status).toBe(200);
    expect(page.body.page).toBe(2);
    expect(page.body.items).toHaveLength(2);
    const literal = await api.http.get(`/units?q=${encodeURIComponent('0%')}`).set('authorization', api.adminAuth);
    expect(literal.body.items.map((u: { name: string }) => u.name)).toEqual(['100%办']);
  });

  it('refuses a duplicate name, an unknown parent and a parent cycle', async () => {
    const parent = await createUnit(api, '上级');
    const child = await createUnit(api, '下级', { parentId: parent.id });
    const dup = await api.http.post('/units').set('authorization', api.adminAuth).send({ name: '上级' });
    expect(dup.status).toBe(409);
    expect(dup.body.details).toEqual([{ field: 'name', reason: '已被占用' }]);

    const unknown = await api.http
      .post('/units')
      .set('authorization', api.adminAuth)
      .send({ name: '孤儿', parentId: '7d5c1b0e-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details).toEqual([{ field: 'parentId', reason: '不是已知的单位' }]);

    const cycle = await api.http.patch(`/units/${parent.id}`).set('authorization', api.adminAuth).send({ parentId: child.id });
    expect(cycle.status).toBe(400);
    expect(cycle.body.details[0]).toEqual({ field: 'parentId', reason: '会使该单位成为自己的上级' });
  });

  it('deactivates a unit only when nothing active hangs below it, and keeps it readable', async () => {
    const parent = await createUnit(api, '停用上级');
    const child = await createUnit(api, '停用下级', { parentId: parent.id });
    const blocked = await api.http.post(`/units/${parent.id}/deactivate`).set('authorization', api.adminAuth);
    expect(blocked.status).toBe(409);
    expect((await api.http.post(`/units/${child.id}/deactivate`).set('authorization', api.adminAuth)).body.active).toBe(false);
    expect((await api.http.post(`/units/${parent.id}/deactivate`).set('authorization', api.adminAuth)).body.active).toBe(false);
    const inactive = await api.http.get('/units?active=false').set('authorization', api.adminAuth);
    expect(inactive.body.items.map((u: { name: string }) => u.name).sort()).toEqual(['停用上级', '停用下级']);
    const reactivateChildFirst = await api.http.post(`/units/${child.id}/reactivate`).set('authorization', api.adminAuth);
    expect(reactivateChildFirst.status).toBe(400);
  });

  describe('access', () => {
    let mine: { id: string };
    let other: { id: string };
    let contact: string;
    let auditor: string;
    beforeAll(async () => {
      mine = await createUnit(api, '本单位');
      other = await createUnit(api, '他单位');
      contact = (await createPersonAndLogin(api, { name: '联络员', email: 'contact@mine.cn', roles: ['unit_contact'], unitId: mine.id })).auth;
      auditor = (await createPersonAndLogin(api, { name: '审计', email: 'audit@office.cn', roles: ['auditor'] })).auth;
    });

    it('shows a unit contact only their own unit', async () => {
      const list = await api.http.get('/units').set('authorization', contact);
      expect(list.body).toMatchObject({ total: 1, items: [{ id: mine.id }] });
      expect((await api.http.get(`/units/${mine.id}`).set('authorization', contact)).status).toBe(200);
      const reach = await api.http.get(`/units/${other.id}`).set('authorization', contact);
      expect(reach.status).toBe(403);
      expect(reach.body.code).toBe('UNIT_SCOPE');
    });

    it('lets only coordinators and admins change units', async () => {
      const byContact = await api.http.patch(`/units/${mine.id}`).set('authorization', contact).send({ contactPhone: '12345678' });
      expect(byContact.status).toBe(403);
      expect(byContact.body.message).toBe('需要以下角色之一：管理员、公开办协调员');
      const byAuditor = await api.http.post('/units').set('authorization', auditor).send({ name: '审计建的' });
      expect([byAuditor.status, byAuditor.body.code]).toEqual([403, 'AUDITOR_READ_ONLY']);
      const unchanged = await api.http.get(`/units/${mine.id}`).set('authorization', api.adminAuth);
      expect(unchanged.body.contactPhone).toBeNull();
      expect((await api.http.get('/units?q=审计建的').set('authorization', api.adminAuth)).body.total).toBe(0);
    });

    it('lets an auditor read every unit', async () => {
      const list = await api.http.get('/units?pageSize=500').set('authorization', auditor);
      expect(list.status).toBe(200);
      expect(list.body.items.map((u: { id: string }) => u.id)).toEqual(expect.arrayContaining([mine.id, other.id]));
    });
  });
});
