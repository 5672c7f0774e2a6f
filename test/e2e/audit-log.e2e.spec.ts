import { anchorFinishedDays } from '../../libs/activities/src/trail-anchoring';
import { addDays, shanghaiDate } from '../../libs/domain/src/calendar/iso-date';
import { AuditEntryEntity } from '../../libs/persistence/src/entities/audit-entry.entity';
import { createPersonAndLogin, createUnit } from '../support/registry-fixtures';
import { startTestApi, TestApi } from '../support/test-api';

type Entry = { seq: number; action: string; actorId: string; address: string; occurredAt: string; entityType: string; entityId: string | null; before: Record<string, unknown> | null; after: Record<string, unknown> | null };

describe('the operation log (操作日志)', () => {
  let api: TestApi;
  let adminId: string;
  let auditor: string;
  let unit: { id: string };

  const log = (query: Record<string, string>, auth = auditor) => api.http.get('/audit-log').query(query).set('authorization', auth);

  beforeAll(async () => {
    api = await startTestApi();
    adminId = (await api.http.get('/auth/me').set('authorization', api.adminAuth)).body.personId;
    unit = await createUnit(api, '区教育局');
    auditor = (await createPersonAndLogin(api, { name: '审计周', email: 'zhou@gov.test.cn', roles: ['auditor'] })).auth;
  });
  afterAll(() => api.close());

  it('records a role change with who, when, from where, and the person before and after', async () => {
    const person = await api.http.post('/people').set('authorization', api.adminAuth).send({ name: '李四', email: 'lisi@jyj.test.cn', roles: ['unit_contact'], unitId: unit.id });
    expect(person.status).toBe(201);
    const changed = await api.http.patch(`/people/${person.body.id}`).set('authorization', api.adminAuth).send({ roles: ['signer'], signerLevel: 2 });
    expect(changed.status).toBe(200);

    const response = await log({ entityType: 'person', entityId: person.body.id });
    expect(response.status).toBe(200);
    const [change, creation] = response.body.items as Entry[];
    expect(response.body.total).toBe(2);
    expect(change).toMatchObject({ action: 'PATCH /api/people/:id', actorId: adminId, entityType: 'person', entityId: person.body.id });
    expect(change.before).toMatchObject({ roles: ['unit_contact'], signerLevel: null });
    expect(change.after).toMatchObject({ roles: ['signer'], signerLevel: 2 });
    expect(change.address).toMatch(/127\.0\.0\.1|::1/);
    expect(Math.abs(Date.parse(change.occurredAt) - Date.now())).toBeLessThan(60_000);
    expect(creation).toMatchObject({ action: 'POST /api/people', before: null });
    expect(creation.after).toMatchObject({ name: '李四', roles: ['unit_contact'] });
    // The one-time password is shown once, to the one who asked: never in the log.
    expect(JSON.stringify(response.body)).not.toContain(person.body.oneTimePassword);
  });

  it('records units, tokens and sign-off settings, filters by actor and day, and skips a dry run', async () => {
    await api.http.patch(`/units/${unit.id}`).set('authorization', api.adminAuth).send({ contactPhone: '0571-88881111' });
    const token = await api.http.post('/auth/tokens').set('authorization', api.adminAuth).send({ name: 'OA 同步' });
    await api.http.delete(`/auth/tokens/${token.body.id}`).set('authorization', api.adminAuth);
    await api.http.post('/units/import?dryRun=true').set('authorization', api.adminAuth).attach('file', Buffer.from('名称\n试导入单位\n'), 'units.csv');

    const unitEntries = (await log({ entityType: 'unit', entityId: unit.id })).body.items as Entry[];
    expect(unitEntries[0]).toMatchObject({ before: { contactPhone: null }, after: { contactPhone: '0571-88881111' } });
    const tokens = (await log({ entityType: 'api_token' })).body.items as Entry[];
    expect(tokens.map((e) => e.action)).toEqual(['DELETE /api/auth/tokens/:id', 'POST /api/auth/tokens']);
    expect(tokens[0].before).toMatchObject({ revokedAt: null });
    expect(tokens[0].after!.revokedAt).toEqual(expect.any(String));
    expect(JSON.stringify(tokens)).not.toContain(token.body.token);
    expect((await log({ entityType: 'registry_import' })).body.total).toBe(0);

    const today = shanghaiDate(Date.now());
    const byAdmin = await log({ actorId: adminId, from: today, to: today, pageSize: '500' });
    expect(byAdmin.body.items.length).toBeGreaterThanOrEqual(5);
    expect((await log({ from: '2000-01-01', to: '2000-01-02' })).body.total).toBe(0);
    const bad = await log({ entityType: 'Calendar of nothing!' });
    expect([bad.status, bad.body.details[0].field]).toEqual([400, 'entityType']);
  });

  it('is read by auditors and admins only, and exported with its chain verified; an altered entry is named', async () => {
    const contact = (await createPersonAndLogin(api, { name: '联络员', email: 'lly@jyj.test.cn', roles: ['unit_contact'], unitId: unit.id })).auth;
    const coordinator = (await createPersonAndLogin(api, { name: '协调员', email: 'xty@gov.test.cn', roles: ['coordinator'] })).auth;
    for (const auth of [contact, coordinator]) expect((await log({}, auth)).status).toBe(403);

    const exported = await api.http.get('/audit-log/export').set('authorization', api.adminAuth);
    expect(exported.status).toBe(200);
    expect(exported.headers['content-disposition']).toContain('audit-log.json');
    expect(exported.body.verification).toEqual({ valid: true, entries: exported.body.entries.length, firstBroken: null, anchorCheck: 'none', anchor: null });
    expect(exported.body.entries.map((e: Entry) => e.seq)).toEqual(exported.body.entries.map((_: Entry, i: number) => i + 1));

    await api.db.dataSource.getRepository(AuditEntryEntity).update({ seq: 2 }, { actorName: '别人' });
    const tampered = await api.http.get('/audit-log/export').set('authorization', auditor);
    expect(tampered.body.verification).toMatchObject({ valid: false, firstBroken: { seq: 2, reason: '内容已被改动' } });
    await api.db.dataSource.getRepository(AuditEntryEntity).update({ seq: 2 }, { actorName: exported.body.entries[1].actorName });
    // An entry forged in front of the first: the check the page asks for reads the log from its lowest number, as the export does.
    const first = await api.db.dataSource.getRepository(AuditEntryEntity).findOneByOrFail({ seq: 1 });
    await api.db.dataSource.getRepository(AuditEntryEntity).insert({ ...first, seq: 0 } as never);
    const forged = await api.http.get('/audit-log/verify').set('authorization', auditor);
    expect(forged.body).toMatchObject({ valid: false, firstBroken: { seq: 0, reason: '第 1 条缺失' } });
    expect(forged.body).toEqual((await api.http.get('/audit-log/export').set('authorization', auditor)).body.verification);
    await api.db.dataSource.getRepository(AuditEntryEntity).delete({ seq: 0 });

    // Once the day is anchored, deleting the log's last entry (which the chain alone cannot see) fails the export's check.
    const [anchor] = await anchorFinishedDays(api.db.dataSource, addDays(shanghaiDate(Date.now()), 1), () => undefined);
    const last = exported.body.entries.length;
    const anchored = await api.http.get('/audit-log/export').set('authorization', auditor);
    expect(anchored.body.verification).toMatchObject({ valid: true, anchorCheck: 'passed', anchor: { day: anchor.day, digest: anchor.digest, seq: last } });
    await api.db.dataSource.getRepository(AuditEntryEntity).delete({ seq: last });
    const truncated = await api.http.get('/audit-log/export').set('authorization', auditor);
    expect(truncated.body.verification).toMatchObject({ valid: false, anchorCheck: 'failed', firstBroken: { seq: last, reason: expect.stringContaining('有记录被删除') } });
    const verified = await api.http.get('/audit-log/verify').set('authorization', auditor);
    expect(verified.body).toEqual(truncated.body.verification);
  });

  it('offers no route that changes the log', async () => {
    const paths = (await api.http.get('/docs/openapi.json')).body.paths as Record<string, Record<string, unknown>>;
    const logPaths = Object.entries(paths).filter(([path]) => path.includes('/audit-log'));
    expect(logPaths.length).toBe(3);
    for (const [, operations] of logPaths) expect(Object.keys(operations)).toEqual(['get']);
    for (const method of ['post', 'put', 'patch', 'delete'] as const) {
      expect((await api.http[method]('/audit-log').set('authorization', api.adminAuth)).status).toBe(404);
    }
  });
});
