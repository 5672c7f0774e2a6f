import ExcelJS from 'exceljs';
import { addDays, shanghaiDate } from '../../libs/domain/src/calendar/iso-date';
import { workingDaysAgo } from '../support/calendar-fixtures';
import { recordTypes, startRequestWorld, type RequestWorld } from '../support/request-fixtures';
import { waitFor } from '../support/wait-for';

const today = () => shanghaiDate(new Date());

async function sheet(headers: string[], rows: Array<Array<string | number>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('导入');
  ws.addRow(headers);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const REQUEST_HEADERS = ['办理单位', '申请人类型', '申请人', '联系方式', '申请渠道', '收到日期', '申请内容', '补正通知日期', '补正期限', '收到补正日期', '延期批准日期', '延期工作日', '征求意见对象', '征求意见日期', '意见收到日期'];

describe('moving in: open requests and the regulations in force, from .xlsx, previewed then committed', () => {
  let w: RequestWorld;
  beforeAll(async () => {
    w = await startRequestWorld();
  }, 60_000);
  afterAll(async () => {
    await w?.stop();
  });

  const upload = (path: string, content: Buffer, dryRun: boolean, auth = w.coordinator.auth) =>
    w.api.http.post(`/moving-in/${path}`).query(dryRun ? { dryRun: 'true' } : {}).set('authorization', auth).attach('file', content, 'import.xlsx');
  const listed = async () => (await w.api.http.get('/requests').query({ pageSize: 100 }).set('authorization', w.auditor.auth)).body.items as Array<{ id: string; requesterName: string }>;

  it('an imported request received 25 working days ago without an extension is overdue at once, its breach recorded once', async () => {
    const overdueOn = workingDaysAgo(25);
    const recentOn = workingDaysAgo(3);
    const file = await sheet(REQUEST_HEADERS, [
      ['区自然资源局', '自然人', '旧系统甲', '13800000001', '当面提交', overdueOn, '申请公开某地块规划许可', '', '', '', '', '', '', '', ''],
      ['区自然资源局', '商业企业', '旧系统乙公司', '13800000002', '互联网渠道', recentOn, '申请公开某项目环评批复', '', '', '', '', '', '某置业公司', recentOn, ''],
    ]);
    const byContact = await upload('requests', file, true, w.contact.auth);
    expect(byContact.status).toBe(403);

    const preview = await upload('requests', file, true);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ dryRun: true, rows: 2, created: 0, overdue: 1 });
    expect((await listed()).map((r) => r.requesterName)).not.toContain('旧系统甲');

    const committed = await upload('requests', file, false);
    expect(committed.body).toMatchObject({ dryRun: false, rows: 2, created: 2, overdue: 1 });
    const [late, consulting] = committed.body.requestIds as string[];
    const lateRow = await w.api.http.get(`/requests/${late}`).set('authorization', w.auditor.auth);
    expect(lateRow.body).toMatchObject({ receivedOn: overdueOn, status: 'overdue', unitId: w.bureau.id });
    await waitFor('the breach to be recorded', async () => (await recordTypes(w, late)).includes('breach_recorded'));
    const consultingRow = await w.api.http.get(`/requests/${consulting}`).set('authorization', w.auditor.auth);
    expect(consultingRow.body).toMatchObject({ consultationOpen: true, requesterType: 'commercial_enterprise', receiptChannel: 'online' });
    expect(await recordTypes(w, consulting)).toEqual(['received', 'consultation_started']);

    // Once: the breach's mail and record, however long the workflow runs on.
    const number = lateRow.body.number;
    await waitFor('the breach mail', () => w.sink.received.some((m) => m.subject === `【依申请公开超期】${number}`));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await recordTypes(w, late)).filter((t) => t === 'breach_recorded')).toHaveLength(1);
    expect(w.sink.received.filter((m) => m.subject === `【依申请公开超期】${number}`)).toHaveLength(1);
    // The unit knew of them already: no 新申请 mail for a request moved in.
    expect(w.sink.received.some((m) => m.subject === `【依申请公开】新申请 ${number}`)).toBe(false);
  });

  it('refuses a file whose rows contradict themselves, listing every bad row, and imports none', async () => {
    const on = workingDaysAgo(10);
    const earlier = addDays(on, -3);
    const later = addDays(on, 2);
    const file = await sheet(REQUEST_HEADERS, [
      ['区自然资源局', '自然人', '坏行甲', '1', '当面提交', on, '内容', '', '', '', earlier, 10, '', '', ''],
      ['区自然资源局', '自然人', '坏行乙', '1', '当面提交', on, '内容', '', '', '', '', '', '某公司', later, on],
      ['区不存在局', '火星人', '坏行丙', '1', '飞鸽', on, '内容', '', '', '', '', '', '', '', ''],
      ['区自然资源局', '自然人', '好行丁', '1', '当面提交', on, '内容', '', '', '', '', '', '', '', ''],
    ]);
    const refused = await upload('requests', file, false);
    expect([refused.status, refused.body.code]).toEqual([422, 'IMPORT_REJECTED']);
    expect(refused.body.details.map((d: { row: number; field: string }) => [d.row, d.field])).toEqual([
      [2, 'extensionApprovedOn'],
      [3, 'consultationEndedOn'],
      [4, 'unit'],
      [4, 'requesterType'],
      [4, 'receiptChannel'],
    ]);
    expect((await listed()).map((r) => r.requesterName)).not.toContain('好行丁');
  });

  it('imported regulations and normative documents in force appear in section 二 of the annual report', async () => {
    const year = Number(today().slice(0, 4)) - 1;
    const headers = ['类型', '名称', '文号', '印发日期', '制发单位'];
    const bad = await sheet(headers, [
      ['规章', '某区土地管理办法', '区政府令第1号', `${year - 3}-05-01`, '区自然资源局'],
      ['通知', '某通知', '区政办发〔2020〕1号', `${year - 3}-05-01`, '区自然资源局'],
      ['规章', '某区土地管理办法（重复）', '区政府令第1号', `${year - 3}-06-01`, '区自然资源局'],
    ]);
    const refused = await upload('regulations', bad, false);
    expect(refused.body.details.map((d: { row: number; field: string }) => [d.row, d.field])).toEqual([
      [3, 'type'],
      [4, 'number'],
    ]);

    const before = (await w.api.http.get(`/annual-reports/${year}/figures`).set('authorization', w.coordinator.auth)).body.figures.proactive;
    const good = await sheet(headers, [
      ['规章', '某区土地管理办法', '区政府令第1号', `${year - 3}-05-01`, '区自然资源局'],
      ['行政规范性文件', '某区征收补偿标准', '区自然资源发〔2022〕3号', `${year - 2}-03-15`, '区自然资源局'],
      ['行政规范性文件', '某区年度规划', '区自然资源发〔' + year + '〕1号', `${year}-02-10`, '区自然资源局'],
    ]);
    const preview = await upload('regulations', good, true);
    expect(preview.body).toMatchObject({ dryRun: true, rows: 3, created: 0, regulations: 1, normativeDocuments: 2 });
    const unchanged = (await w.api.http.get(`/annual-reports/${year}/figures`).set('authorization', w.coordinator.auth)).body.figures.proactive;
    expect(unchanged).toEqual(before);

    expect((await upload('regulations', good, false)).body).toMatchObject({ created: 3 });
    const after = (await w.api.http.get(`/annual-reports/${year}/figures`).set('authorization', w.coordinator.auth)).body.figures.proactive;
    expect(after.regulations).toEqual({ ...before.regulations, in_force: before.regulations.in_force + 1 });
    expect(after.normative_documents).toEqual({ ...before.normative_documents, issued: before.normative_documents.issued + 1, in_force: before.normative_documents.in_force + 2 });
    const again = await upload('regulations', good, false);
    expect(again.body.details.map((d: { field: string }) => d.field)).toEqual(['number', 'number', 'number']);
  });

  it('open tasks come in through the ledger with their due dates and status: one already late is overdue at once, one under way stays so', async () => {
    const headers = ['任务名称', '责任单位', '办理时限', '状态'];
    const refused = await w.api.http
      .post('/tasks/import')
      .set('authorization', w.coordinator.auth)
      .attach('file', await sheet(headers, [['公开已核验事项', '区自然资源局', addDays(today(), 7), '已核验']]), 'ledger.xlsx');
    expect([refused.status, refused.body.details[0].row, refused.body.details[0].field]).toEqual([422, 2, 'status']);

    const lateDue = workingDaysAgo(5);
    const file = await sheet(headers, [
      ['公开征收补偿方案（迁入）', '区自然资源局', lateDue, '办理中'],
      ['公开规划许可（迁入）', '区自然资源局', addDays(today(), 7), '已交办'],
    ]);
    const preview = await w.api.http.post('/tasks/import').query({ dryRun: 'true' }).set('authorization', w.coordinator.auth).attach('file', file, 'ledger.xlsx');
    expect(preview.body).toMatchObject({ dryRun: true, rows: 2, created: 0 });
    const committed = await w.api.http.post('/tasks/import').set('authorization', w.coordinator.auth).attach('file', file, 'ledger.xlsx');
    const [late, fresh] = committed.body.taskIds as string[];
    const read = (id: string) => w.api.http.get(`/tasks/${id}`).set('authorization', w.coordinator.auth);
    await waitFor('the late task to be overdue and under way', async () => {
      const task = (await read(late)).body;
      return task.status === 'in_progress' && task.overdue === true;
    });
    expect((await read(late)).body.dueOn).toBe(lateDue);
    expect((await read(fresh)).body).toMatchObject({ status: 'assigned', overdue: false });
    const history = (await w.api.http.get(`/tasks/${late}/history`).set('authorization', w.coordinator.auth)).body.entries as Array<{ event: string; data: Record<string, unknown> }>;
    expect(history.slice(0, 2).map((h) => [h.event, h.data.imported ?? null])).toEqual([
      ['assigned', null],
      ['started', true],
    ]);
  });

  it('tasks submitted or returned before the system come in so, on their own days: the office verifies one, the unit submits the other again', async () => {
    const headers = ['任务名称', '责任单位', '办理时限', '状态', '报送日期', '报送说明', '退回日期', '退回原因'];
    const submittedOn = workingDaysAgo(4);
    const returnedOn = workingDaysAgo(2);
    const due = addDays(today(), 10);
    const ledger = (rows: Array<Array<string>>) => sheet(headers, rows);
    const importing = (file: Buffer, dryRun = false) =>
      w.api.http.post('/tasks/import').query(dryRun ? { dryRun: 'true' } : {}).set('authorization', w.coordinator.auth).attach('file', file, 'ledger.xlsx');

    // Rows whose steps contradict their status or each other: each listed by row and column, none imported.
    const bad = await importing(
      await ledger([
        ['报送日期缺失', '区自然资源局', due, '已报送', '', '', '', ''],
        ['退回早于报送', '区自然资源局', due, '已退回', submittedOn, '', addDays(submittedOn, -1), '缺截图'],
        ['退回无原因', '区自然资源局', due, '已退回', submittedOn, '', returnedOn, ''],
        ['办理中却有报送日期', '区自然资源局', due, '办理中', submittedOn, '', '', ''],
        ['报送在明天', '区自然资源局', due, '已报送', addDays(today(), 1), '', '', ''],
        ['好行', '区自然资源局', due, '已报送', submittedOn, '', '', ''],
      ]),
    );
    expect([bad.status, bad.body.code]).toEqual([422, 'IMPORT_REJECTED']);
    expect(bad.body.details.map((d: { row: number; field: string }) => [d.row, d.field])).toEqual([
      [2, 'submittedOn'],
      [3, 'returnedOn'],
      [4, 'returnReason'],
      [5, 'submittedOn'],
      [6, 'submittedOn'],
    ]);
    const titles = async () => ((await w.api.http.get('/tasks').query({ pageSize: 100 }).set('authorization', w.coordinator.auth)).body.items as Array<{ title: string }>).map((t) => t.title);
    expect(await titles()).not.toContain('好行');

    const file = await ledger([
      ['公开预算执行情况（迁入已报送）', '区自然资源局', due, '已报送', submittedOn, '已在原台账报送', '', ''],
      ['公开项目批复（迁入已退回）', '区自然资源局', due, '已退回', submittedOn, '', returnedOn, '佐证材料缺少公开页面截图'],
    ]);
    expect((await importing(file, true)).body).toMatchObject({ dryRun: true, rows: 2, created: 0 });
    const [submitted, returned] = (await importing(file)).body.taskIds as string[];
    const read = async (id: string) => (await w.api.http.get(`/tasks/${id}`).set('authorization', w.coordinator.auth)).body;
    const entries = async (id: string) => (await w.api.http.get(`/tasks/${id}/history`).set('authorization', w.coordinator.auth)).body.entries as Array<{ event: string; data: Record<string, unknown> }>;
    await waitFor('both tasks where the old ledger had them', async () => (await read(submitted)).status === 'submitted' && (await read(returned)).status === 'returned');
    expect(await read(submitted)).toMatchObject({ status: 'submitted', submittedOn, submissions: 1, evidence: { note: '已在原台账报送', links: [], files: [] }, overdue: false });
    expect(await read(returned)).toMatchObject({ status: 'returned', submittedOn, returnReason: '佐证材料缺少公开页面截图', overdue: false });
    expect((await entries(returned)).map((h) => [h.event, h.data.imported ?? null, h.data.on ?? null])).toEqual([
      ['assigned', null, null],
      ['submitted', true, submittedOn],
      ['returned', true, returnedOn],
    ]);

    // The unit hears of each by its assignment alone: the return happened before and is no news.
    await waitFor('the assignment mails', () => w.sink.received.filter((m) => m.subject.startsWith('【任务交办】') && m.subject.includes('（迁入已')).length === 2);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(w.sink.received.some((m) => m.subject === '【任务退回】公开项目批复（迁入已退回）')).toBe(false);

    // From there they go on as any task: the office verifies the submission; the unit submits the returned one again, with evidence.
    expect((await w.api.http.post(`/tasks/${submitted}/verify`).set('authorization', w.coordinator.auth).send({})).status).toBe(200);
    const again = await w.api.http.post(`/tasks/${returned}/submit`).set('authorization', w.contact.auth).send({ links: ['https://www.example.gov.cn/pf.html'] });
    expect(again.status).toBe(200);
    await waitFor('the second submission', async () => (await read(returned)).submissions === 2);
    expect(await read(returned)).toMatchObject({ status: 'submitted', submittedOn: today(), evidence: { links: ['https://www.example.gov.cn/pf.html'] } });
    await waitFor('the verification', async () => (await read(submitted)).status === 'verified');
  });
});
