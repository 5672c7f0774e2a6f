import ExcelJS from 'exceljs';
import { act, createTask, historyEvents, startSupervisionWorld, subjectsTo, type SupervisionWorld } from '../support/supervision-fixtures';
import { waitFor } from '../support/wait-for';

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('plan ledger: tasks, unit scoping, evidence, import and export', () => {
  let w: SupervisionWorld;
  beforeAll(async () => {
    w = await startSupervisionWorld({ EVIDENCE_FILE_LIMIT: '1kb' });
  }, 60_000);
  afterAll(async () => {
    await w?.stop();
  });

  it('runs a task from assignment to verification, with a return on the way, and keeps its history', async () => {
    const plan = await w.api.http.post('/plans').set('authorization', w.coordinator.auth).send({ year: 2026, title: '2026年政务公开工作方案' });
    expect(plan.status).toBe(201);
    const letter = await w.api.http
      .post(`/plans/${plan.body.id}/letters`)
      .set('authorization', w.coordinator.auth)
      .send({ unitId: w.bureau.id, filename: '责任书.pdf', mediaType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.4 责任书').toString('base64') });
    expect(letter.status).toBe(201);
    const task = await createTask(w, { title: '更新政府信息公开指南', unitId: w.bureau.id, ownerId: w.bureauContact.id, planId: plan.body.id, timeLimit: '1h' });
    expect(task.status).toBe('assigned');
    await waitFor('the assignment notice', () => subjectsTo(w, 'gkb@jyj.test.cn').includes('【任务交办】更新政府信息公开指南'));
    expect((await w.api.http.get(`/plans/${plan.body.id}`).set('authorization', w.bureauContact.auth)).body).toMatchObject({ tasks: 1, letters: [{ filename: '责任书.pdf', unitId: w.bureau.id }] });

    expect((await act(w, task.id, 'start', w.bureauContact.auth)).body.status).toBe('in_progress');
    const bare = await act(w, task.id, 'submit', w.bureauContact.auth, { note: '已完成' });
    expect(bare.status).toBe(400);
    expect(bare.body.code).toBe('TASK_TRANSITION_INCOMPLETE');
    const tooBig = await act(w, task.id, 'submit', w.bureauContact.auth, { files: [{ filename: 'big.pdf', contentBase64: Buffer.alloc(2048, 1).toString('base64') }] });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.details).toEqual([{ field: 'files[0]', reason: '“big.pdf”大于1 KB的上限（EVIDENCE_FILE_LIMIT）' }]);

    const submitted = await act(w, task.id, 'submit', w.bureauContact.auth, {
      note: '指南已更新',
      links: ['https://jyj.test.cn/zwgk/guide.html'],
      files: [{ filename: '截图.png', mediaType: 'image/png', contentBase64: Buffer.from('png bytes').toString('base64') }],
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', submissions: 1, evidence: { note: '指南已更新', links: ['https://jyj.test.cn/zwgk/guide.html'], files: [{ filename: '截图.png', sizeBytes: 9 }] } });
    const file = await w.api.http.get(`/tasks/${task.id}/evidence/${submitted.body.evidence.files[0].id}`).set('authorization', w.auditor.auth);
    expect(file.status).toBe(200);
    expect(file.body.toString()).toBe('png bytes');

    const byUnit = await act(w, task.id, 'verify', w.bureauContact.auth);
    expect(byUnit.status).toBe(403);
    expect(byUnit.body.code).toBe('FORBIDDEN');
    expect((await act(w, task.id, 'return', w.coordinator.auth, { reason: '缺少公开页面截图' })).body).toMatchObject({ status: 'returned', returnReason: '缺少公开页面截图' });
    await waitFor('the return notice', () => subjectsTo(w, 'gkb@jyj.test.cn').includes('【任务退回】更新政府信息公开指南'));
    expect((await act(w, task.id, 'progress', w.bureauContact.auth, { note: '正在补充截图' })).status).toBe(200);
    await act(w, task.id, 'submit', w.bureauContact.auth, { links: ['https://jyj.test.cn/zwgk/guide.html'] });
    const verified = await act(w, task.id, 'verify', w.coordinator.auth);
    expect(verified.body).toMatchObject({ status: 'verified', submissions: 2 });
    const again = await act(w, task.id, 'return', w.coordinator.auth, { reason: '再看看' });
    expect(again.status).toBe(409);

    expect(await historyEvents(w, task.id)).toEqual(['assigned', 'started', 'submitted', 'returned', 'progress', 'submitted', 'verified']);
  });

  it("keeps a unit contact to their own unit's tasks", async () => {
    const task = await createTask(w, { title: '公开财政预算', unitId: w.bureau.id, timeLimit: '1h' });
    const read = await w.api.http.get(`/tasks/${task.id}`).set('authorization', w.healthContact.auth);
    expect(read.status).toBe(403);
    expect(read.body.code).toBe('UNIT_SCOPE');
    const start = await act(w, task.id, 'start', w.healthContact.auth);
    expect(start.status).toBe(403);
    expect(start.body.code).toBe('UNIT_SCOPE');
    const own = await w.api.http.get('/tasks').set('authorization', w.healthContact.auth);
    expect(own.body.items.map((t: { unitId: string }) => t.unitId)).not.toContain(w.bureau.id);
    const create = await w.api.http.post('/tasks').set('authorization', w.healthContact.auth).send({ title: '自己派', unitId: w.health.id, timeLimit: '1h' });
    expect(create.status).toBe(403);
    const byAuditor = await act(w, task.id, 'start', w.auditor.auth);
    expect([byAuditor.status, byAuditor.body.code]).toEqual([403, 'AUDITOR_READ_ONLY']);
  });

  it('imports a ledger all or nothing, listing every bad row, and exports it as .xlsx', async () => {
    const before = (await w.api.http.get('/tasks').set('authorization', w.coordinator.auth)).body.total;
    const upload = (content: Buffer, name: string) => w.api.http.post('/tasks/import').set('authorization', w.coordinator.auth).attach('file', content, name);

    const csv = await upload(Buffer.from('任务名称,责任单位,办理时限\n甲,区教育局,2026-12-30\n'), 'ledger.csv');
    expect(csv.status).toBe(415);

    const noDue = await upload(await xlsx([['任务名称', '责任单位'], ['甲', '区教育局']]), 'ledger.xlsx');
    expect(noDue.status).toBe(422);
    expect(noDue.body.details).toEqual([{ row: 1, field: 'due', reason: '缺少“办理时限”列' }]);

    const bad = await upload(
      await xlsx([
        ['任务名称', '责任单位', '办理时限', '来源', '责任人邮箱'],
        ['公开权责清单', '区教育局', '2026-12-30', '方案台账', 'wang@jyj.test.cn'],
        ['公开权责清单', '区教育局', '2026-12-30'],
        ['公开统计数据', '区不存在局', '2026-12-30'],
        ['公开招生政策', '区卫健委', '2026-02-30'],
        ['公开收费标准', '区卫健委', '2026-12-30', '随便'],
        ['公开财政预算', '区教育局', '2026-12-30'],
      ]),
      'ledger.xlsx',
    );
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('IMPORT_REJECTED');
    expect(bad.body.details.map((d: { row: number; field: string }) => [d.row, d.field])).toEqual([
      [3, 'title'],
      [4, 'unit'],
      [5, 'due'],
      [6, 'source'],
      [7, 'title'],
    ]);
    expect(bad.body.details[0].reason).toContain('第2行');
    expect((await w.api.http.get('/tasks').set('authorization', w.coordinator.auth)).body.total).toBe(before);

    const good = await upload(
      await xlsx([
        ['任务名称', '责任单位', '办理时限', '来源', '责任人邮箱'],
        ['公开权责清单', '区教育局', '2026-12-30', '方案台账', 'wang@jyj.test.cn'],
        ['整改网站栏目', '区卫健委', '2026-12-31', '督查发现'],
      ]),
      'ledger.xlsx',
    );
    expect(good.status).toBe(200);
    expect(good.body).toMatchObject({ rows: 2, created: 2 });

    const exported = await w.api.http.get('/tasks/export').set('authorization', w.healthContact.auth).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(exported.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.body as never);
    const rows = workbook.worksheets[0].getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual(['任务编号', '方案', '任务名称', '来源', '责任单位', '责任人邮箱', '办理时限', '状态', '是否逾期', '报送日期', '核验日期']);
    // A unit contact exports their own unit's rows only.
    expect(rows.slice(1).map((r) => [r[2], r[3], r[4], r[6], r[7]])).toEqual([['整改网站栏目', '督查发现', '区卫健委', '2026-12-31', '已交办']]);
  });

  it('checks a ledger without importing it (dryRun), and filters, sorts and exports the list as the screen asks', async () => {
    const upload = (content: Buffer, query: string) => w.api.http.post(`/tasks/import${query}`).set('authorization', w.coordinator.auth).attach('file', content, 'ledger.xlsx');
    const rows = [
      ['任务名称', '责任单位', '办理时限', '来源'],
      ['筛选甲：公开采购意向', '区教育局', '2026-12-21', '督查发现'],
      ['筛选乙：公开办事指南', '区教育局', '2026-12-24'],
    ];
    const before = (await w.api.http.get('/tasks').set('authorization', w.coordinator.auth)).body.total;
    const badCheck = await upload(await xlsx([...rows, ['筛选丙', '区不存在局', '2026-12-24']]), '?dryRun=true');
    expect(badCheck.status).toBe(422);
    expect(badCheck.body.details).toEqual([{ row: 4, field: 'unit', reason: '单位“区不存在局”不存在' }]);
    const goodCheck = await upload(await xlsx(rows), '?dryRun=true');
    expect(goodCheck.status).toBe(200);
    expect(goodCheck.body).toEqual({ rows: 2, created: 0, taskIds: [], dryRun: true });
    expect((await w.api.http.get('/tasks').set('authorization', w.coordinator.auth)).body.total).toBe(before);
    expect((await upload(await xlsx(rows), '?dryRun=maybe')).body.details).toEqual([expect.objectContaining({ field: 'dryRun' })]);
    expect((await upload(await xlsx(rows), '')).body).toMatchObject({ rows: 2, created: 2, dryRun: false });

    const list = async (query: string) => {
      const response = await w.api.http.get(`/tasks?q=${encodeURIComponent('筛选')}&${query}`).set('authorization', w.coordinator.auth);
      expect(response.status).toBe(200);
      return response.body.items.map((t: { title: string }) => t.title);
    };
    expect(await list('sort=-dueOn')).toEqual(['筛选乙：公开办事指南', '筛选甲：公开采购意向']);
    expect(await list('source=inspection')).toEqual(['筛选甲：公开采购意向']);
    expect(await list('open=true')).toEqual(['筛选甲：公开采购意向', '筛选乙：公开办事指南']);
    expect(await list('open=false')).toEqual([]);
    expect(await list('dueFrom=2026-12-22&dueTo=2026-12-31')).toEqual(['筛选乙：公开办事指南']);
    const refused = await w.api.http.get('/tasks?dueTo=31.12.2026&sort=title').set('authorization', w.coordinator.auth);
    expect(refused.status).toBe(400);
    expect(refused.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['dueTo', 'sort']);

    const first = (await w.api.http.get(`/tasks?q=${encodeURIComponent('筛选甲')}`).set('authorization', w.coordinator.auth)).body.items[0];
    // 2026-12-21 is a Monday in a plain working week: the days left are counted in working days.
    expect(first.standing).toEqual({ workingDaysLeft: expect.any(Number), overdueWorkingDays: 0, warning: null, openOrderId: null });
    expect((await w.api.http.get(`/tasks/${first.id}`).set('authorization', w.coordinator.auth)).body.standing).toEqual(first.standing);

    const exported = await w.api.http.get('/tasks/export?source=inspection&q=' + encodeURIComponent('筛选')).set('authorization', w.coordinator.auth).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(exported.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.body as never);
    const titles = workbook.worksheets[0].getSheetValues().filter(Boolean).slice(1).map((r) => (r as unknown[])[3]);
    expect(titles).toEqual(['筛选甲：公开采购意向']);
  });

  it('shows the mail delivery log to coordinators and auditors, not to units', async () => {
    await waitFor('the imported tasks’ notices sent', async () => {
      const sent = await w.api.http.get('/mail').query({ keyPrefix: 'task:', status: 'sent', pageSize: 100 }).set('authorization', w.auditor.auth);
      return sent.body.items.some((m: { subject: string }) => m.subject === '【任务交办】整改网站栏目') && sent.body;
    });
    const page = await w.api.http.get('/mail').query({ keyPrefix: 'task:', pageSize: 2, page: 1 }).set('authorization', w.coordinator.auth);
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBeGreaterThan(2);
    expect(page.body.items[0]).toEqual(expect.objectContaining({ key: expect.stringMatching(/^task:/), status: expect.any(String), to: expect.any(Array) }));
    expect((await w.api.http.get('/mail').set('authorization', w.bureauContact.auth)).status).toBe(403);
  });
});
