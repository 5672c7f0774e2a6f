import { checkReport } from '../../libs/domain/src/annual-report/report-check';
import type { AnnualReportFigures } from '../../libs/domain/src/annual-report/report-figures';
import { act, registerRequest, startRequestWorld, type RequestWorld } from '../support/request-fixtures';

type UnitState = { unitId: string; unitName: string; state: string; locked: boolean; errors: number; warnings: number; publication: { version: number } | null };

/*
 * Each unit's own annual report beside the body's: the bureau's contact prepares the bureau's,
 * the office publishes it, and its lock holds the bureau's records only.
 */
describe("each unit's own annual report: texts, export, publication, lock and where it stands", () => {
  let w: RequestWorld;
  const texts = { overview: '本单位坚持先审后发。', problems: '答复时效仍需提高。', otherMatters: '无' };

  const as = (auth: string) => ({
    get: (path: string) => w.api.http.get(path).set('authorization', auth),
    put: (path: string, body: object) => w.api.http.put(path).set('authorization', auth).send(body),
    post: (path: string, body: object = {}) => w.api.http.post(path).set('authorization', auth).send(body),
  });
  const states = async (year: number) => {
    const response = await as(w.coordinator.auth).get(`/annual-reports/${year}/units`);
    expect(response.status).toBe(200);
    return Object.fromEntries((response.body.units as UnitState[]).map((u) => [u.unitName, u]));
  };
  const received = async (unitId: string, receivedOn: string, answeredOn?: string) => {
    const registered = await registerRequest(w, { unitId, receivedOn }, w.coordinator.auth);
    if (registered.status === 201 && answeredOn) {
      const closed = await act(w, registered.body.id, 'close', w.coordinator.auth, { outcome: 'granted', answeredOn, answerText: '予以公开' });
      expect(closed.status).toBe(200);
    }
    return registered;
  };

  beforeAll(async () => {
    w = await startRequestWorld();
    // 2024: one bureau request open at the year end; 2025: one each, answered.
    expect((await received(w.bureau.id, '2024-12-20', '2025-01-10')).status).toBe(201);
    expect((await received(w.bureau.id, '2025-03-03', '2025-03-20')).status).toBe(201);
    expect((await received(w.other.id, '2025-04-01', '2025-04-15')).status).toBe(201);
  }, 180_000);
  afterAll(async () => {
    await w?.stop();
  });

  it('lets a contact prepare their own unit’s texts and export, not another unit’s nor the body’s states', async () => {
    const start = await states(2025);
    expect([start['区自然资源局'].state, start['区市场监管局'].state, start['区政府办公室'].state]).toEqual(['not_started', 'not_started', 'not_started']);
    expect((await as(w.contact.auth).get('/annual-reports/2025/units')).body.code).toBe('UNIT_SCOPE');

    const contact = as(w.contact.auth);
    const saved = await contact.put('/annual-reports/2025/texts', texts);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ unitId: w.bureau.id, bodyName: '区自然资源局', overview: texts.overview });
    const elsewhere = await contact.put(`/annual-reports/2025/texts?unitId=${w.other.id}`, texts);
    expect([elsewhere.status, elsewhere.body.code]).toEqual([403, 'UNIT_SCOPE']);
    // The body's draft is untouched by the unit's.
    expect((await as(w.coordinator.auth).get('/annual-reports/2025/texts')).body).toMatchObject({ unitId: null, overview: '' });

    const exported = await contact.get('/annual-reports/2025/export?format=txt');
    expect(exported.status).toBe(200);
    expect(exported.text).toContain('区自然资源局 2025 年政府信息公开工作年度报告');
    const checked = checkReport(exported.text);
    expect([checked.errors, checked.figures.requests.new.total, checked.figures.requests.carried_over_from_last_year.total]).toEqual([0, 1, 1]);
    expect((await states(2025))['区自然资源局']).toMatchObject({ state: 'reconciled', errors: 0, locked: false });
  });

  it('publishes and locks one unit’s report, which holds that unit’s records only', async () => {
    expect((await as(w.contact.auth).post(`/annual-reports/2024/publish?unitId=${w.bureau.id}`)).status).toBe(403);
    const published = await as(w.coordinator.auth).post(`/annual-reports/2024/publish?unitId=${w.bureau.id}`);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ unitId: w.bureau.id, locked: true, publication: { version: 1 } });
    expect(published.body.figures.requests.carried_over_to_next_year.total).toBe(1);

    // The bureau's 2024 is locked; the other unit's and the body's are not.
    const locked = await received(w.bureau.id, '2024-12-28');
    expect([locked.status, locked.body.code]).toEqual([409, 'YEAR_LOCKED']);
    expect(locked.body.message).toContain('2024年度单位报告');
    expect(locked.body.message).toContain(`amendments?unitId=${w.bureau.id}`);
    expect((await received(w.other.id, '2024-12-28')).status).toBe(201);
    const body2024 = await as(w.coordinator.auth).get('/annual-reports/2024/figures');
    expect([body2024.body.locked, body2024.body.publication]).toEqual([false, null]);
    const bureau2024 = await as(w.contact.auth).get('/annual-reports/2024/figures');
    expect([bureau2024.body.unitId, bureau2024.body.locked]).toEqual([w.bureau.id, true]);

    const logged = await w.api.http.get('/audit-log').query({ entityType: 'report_lock', entityId: `2024/${w.bureau.id}` }).set('authorization', w.auditor.auth);
    expect(logged.body.items).toEqual([expect.objectContaining({ before: expect.objectContaining({ published: null }), after: expect.objectContaining({ unitId: w.bureau.id, published: expect.objectContaining({ version: 1 }) }) })]);
  });

  it('checks a unit’s carry-over against its own published year: drafted while it disagrees, reconciled and published after', async () => {
    const coordinator = as(w.coordinator.auth);
    const amendment = await coordinator.post(`/annual-reports/2024/amendments?unitId=${w.bureau.id}`, { reason: '补录一件漏登的申请' });
    expect(amendment.status).toBe(201);
    expect(amendment.body).toMatchObject({ unitId: w.bureau.id, fromVersion: 1, open: true });
    expect((await received(w.bureau.id, '2024-12-28')).status).toBe(201);

    // 2025 now carries in 2, the bureau's published 2024 says 1.
    expect((await states(2025))['区自然资源局']).toMatchObject({ state: 'drafted', errors: 2 });
    const refused = await as(w.contact.auth).get('/annual-reports/2025/export?format=txt');
    expect([refused.status, refused.body.code]).toEqual([422, 'REPORT_NOT_RECONCILED']);

    expect((await coordinator.post(`/annual-reports/2024/publish?unitId=${w.bureau.id}`)).body.publication.version).toBe(2);
    expect((await coordinator.get(`/annual-reports/2024/amendments?unitId=${w.bureau.id}`)).body).toEqual([expect.objectContaining({ toVersion: 2, open: false })]);
    expect((await coordinator.get('/annual-reports/2024/amendments')).body).toEqual([]);
    expect((await states(2025))['区自然资源局'].state).toBe('reconciled');

    const published = await coordinator.post(`/annual-reports/2025/publish?unitId=${w.bureau.id}`);
    expect(published.status).toBe(200);
    const after = await states(2025);
    expect(after['区自然资源局']).toMatchObject({ state: 'published', locked: true, publication: { version: 1 } });
    expect(after['区市场监管局'].state).toBe('not_started');
  });

  it('keeps the body’s report the sum of every unit’s', async () => {
    const coordinator = as(w.coordinator.auth);
    const body = (await coordinator.get('/annual-reports/2025/figures')).body.figures as AnnualReportFigures;
    const units = await Promise.all([w.office.id, w.bureau.id, w.other.id].map(async (id) => (await coordinator.get(`/annual-reports/2025/figures?unitId=${id}`)).body.figures as AnnualReportFigures));
    for (const row of ['new', 'carried_over_from_last_year', 'granted', 'carried_over_to_next_year'] as const) {
      expect(body.requests[row].total).toBe(units.reduce((sum, u) => sum + u.requests[row].total!, 0));
    }
    expect(body.requests.new.total).toBe(2);
  });
});
