import { Client, Connection } from '@temporalio/client';
import ExcelJS from 'exceljs';
import { ensureQuarterlyCircularSchedule } from '../../apps/worker/src/quarterly-circular-schedule';
import { defaultCalendar } from '../../libs/domain/src/calendar/default-calendar';
import { shanghaiDate } from '../../libs/domain/src/calendar/iso-date';
import { storedMail } from '../../libs/mail/src/outbox';
import { createUnit } from '../support/registry-fixtures';
import type { ReceivedMail } from '../support/smtp-sink';
import { historyEvents, insertPastTask, startSupervisionWorld, type SupervisionWorld } from '../support/supervision-fixtures';
import { waitFor } from '../support/wait-for';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const Q3_TITLE = '2024年第3季度政务公开工作通报';

/** Content type and decoded filename of each attachment in a raw message (RFC 2231 parameters, folded). */
function attachments(mail: ReceivedMail): Array<{ filename: string; contentType: string }> {
  const parts = mail.raw.split(/\r?\n--/).filter((part) => /Content-Disposition: attachment/i.test(part));
  return parts.map((part) => {
    const headers = part.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
    const contentType = /Content-Type: ([^;\s]+)/i.exec(headers)?.[1] ?? '';
    const disposition = /Content-Disposition: attachment;(.*)/i.exec(headers)?.[1] ?? '';
    const pieces = [...disposition.matchAll(/filename\*(?:\d+)?\*?=(?:utf-8'')?([^;\s]+)/gi)].map((m) => m[1]);
    return { contentType, filename: decodeURIComponent(pieces.join('')) };
  });
}

/*
 * Tasks of 2024 written straight into the ledger: the API dates a task from today and stamps a
 * submission with today's date, so a past quarter's work cannot be made through it.
 */
describe('quarterly circular and last-place reminders', () => {
  let w: SupervisionWorld;
  let civil: { id: string; name: string };
  const today = () => shanghaiDate(new Date());

  const task = (unitId: string, title: string, dueOn: string, submittedOn: string | null, status?: string) => insertPastTask(w, { unitId, title, dueOn, submittedOn, status });
  const issue = (year: number, quarter: number, auth = w.coordinator.auth, force = false) =>
    w.api.http.post(`/circulars/${year}/${quarter}`).query(force ? { force: 'true' } : {}).set('authorization', auth);
  const mailKeys = async (prefix: string) => {
    const log = await w.api.http.get('/mail').query({ keyPrefix: prefix, pageSize: 100 }).set('authorization', w.auditor.auth);
    return (log.body.items as Array<{ key: string }>).map((m) => m.key).sort();
  };

  beforeAll(async () => {
    w = await startSupervisionWorld();
    const made = await createUnit(w.api, '区民政局', { contactEmails: ['gkb@mzj.test.cn'], leaderEmail: 'juzhang@mzj.test.cn' });
    civil = { id: made.id, name: '区民政局' };

    // 2024 Q2. 区教育局: 3 of 3 on time → B 100, P 0, score 100.
    await task(w.bureau.id, '公开二季度预算执行', '2024-05-10', '2024-05-10', 'verified');
    await task(w.bureau.id, '公开招生政策', '2024-05-13', '2024-05-13');
    await task(w.bureau.id, '公开校车线路', '2024-06-03', '2024-06-03');
    // 区民政局: 2 of 3 on time; one submitted on Tue 4 June, a working day after its due date.
    // B = 100 × 2/3 = 66.667, P = 2 × 1 task + 0.5 × 1 day = 2.5, score 64.17: last of two ranked.
    await task(civil.id, '公开低保标准', '2024-06-03', '2024-06-04');
    await task(civil.id, '公开养老机构名录', '2024-06-04', '2024-06-04');
    await task(civil.id, '公开婚姻登记指南', '2024-06-05', '2024-06-05');
    // 区卫健委 and 区政府办公室 have nothing due in Q2: listed apart, not ranked.

    // 2024 Q3. 区教育局: 3 of 3 on time → 100; a task due in October is not this quarter's.
    await task(w.bureau.id, '公开暑期托管安排', '2024-07-10', '2024-07-08', 'verified');
    await task(w.bureau.id, '公开教师招聘公告', '2024-07-15', '2024-07-15');
    await task(w.bureau.id, '公开秋季学期收费', '2024-08-20', '2024-08-19');
    await task(w.bureau.id, '公开四季度工作安排', '2024-10-15', null);
    // 区卫健委: 3 of 4 on time; one due Wed 10 July submitted Fri 12 July: 2 overdue working days.
    // B = 100 × 3/4 = 75, P = 2 × 1 + 0.5 × 2 = 3, score 72.
    await task(w.health.id, '公开医疗机构名录', '2024-07-10', '2024-07-10');
    await task(w.health.id, '公开疫苗接种点', '2024-07-10', '2024-07-12');
    await task(w.health.id, '公开卫生监督结果', '2024-08-01', '2024-08-01');
    await task(w.health.id, '公开家庭医生名单', '2024-08-02', '2024-08-02', 'verified');
    // 区民政局: 2 of 3 on time; one due Mon 2 September still open at the quarter's end, overdue
    // 3–30 September: 4 (3–6) + 5 (9–13) + 1 (Sat 14, worked) + 3 (18–20, after 中秋 15–17)
    // + 5 (23–27) + 1 (Sun 29, worked) + 1 (30) = 20 working days.
    // B = 100 × 2/3 = 66.667, P = 2 × 1 + 0.5 × 20 = 12, score 54.67: last, and last in Q2 too.
    await task(civil.id, '公开救助资金发放', '2024-09-02', null);
    await task(civil.id, '公开福利彩票公益金', '2024-07-10', '2024-07-09', 'verified');
    await task(civil.id, '公开社会组织年检', '2024-07-11', '2024-07-11');
  }, 60_000);
  afterAll(async () => {
    await w?.stop();
  });

  it('refuses a quarter not yet ended, and anyone but a coordinator', async () => {
    const running = await issue(2099, 1);
    expect(running.status).toBe(409);
    expect(running.body.code).toBe('QUARTER_NOT_ENDED');
    expect(running.body.message).toContain('2099-03-31');
    const [year, month] = today().split('-').map(Number);
    expect((await issue(year, Math.floor((month - 1) / 3) + 1)).body.code).toBe('QUARTER_NOT_ENDED');
    expect((await issue(2024, 3, w.bureauContact.auth)).status).toBe(403);
    expect((await issue(2024, 5)).status).toBe(400);
    expect((await w.api.http.get('/circulars/2024/3').set('authorization', w.coordinator.auth)).status).toBe(404);
  });

  it('ranks 2024 Q2 with 区民政局 last', async () => {
    const q2 = await issue(2024, 2);
    expect(q2.status).toBe(200);
    expect(q2.body.run).toMatchObject({ quarterKey: '2024-Q2', issued: true, sends: 1, rectificationWorkflowsStarted: 1 });
    const rows = q2.body.circular.rows.map((r: { unitName: string; score: number; rank: number }) => [r.unitName, r.score, r.rank]);
    expect(rows).toEqual([
      ['区教育局', 100, 1],
      ['区民政局', 64.17, 2],
    ]);
    expect(q2.body.circular.unranked.map((u: { unitName: string }) => u.unitName).sort()).toEqual(['区卫健委', '区政府办公室'].sort());
    expect(q2.body.lastPlace.map((u: { unitId: string }) => u.unitId)).toEqual([civil.id]);
    expect(q2.body.interviews).toEqual([]);
  });

  it('issues 2024 Q3: scores by hand, the mail with its two files to every unit, the last-place letter, task and interview', async () => {
    const q3 = await issue(2024, 3);
    expect(q3.status).toBe(200);
    // Four units with an address get the circular; the last-place letter is the fifth message.
    expect(q3.body.run).toMatchObject({ quarterKey: '2024-Q3', issued: true, mailsQueued: 5, sends: 1, rectificationWorkflowsStarted: 1 });
    const circular = q3.body.circular;
    expect(circular.title).toBe(Q3_TITLE);
    expect(circular.rows.map((r: Record<string, unknown>) => [r.unitName, r.rank, r.score, r.tasksDue, r.overdueTasks, r.overdueWorkingDays])).toEqual([
      ['区教育局', 1, 100, 3, 0, 0],
      ['区卫健委', 2, 72, 4, 1, 2],
      ['区民政局', 3, 54.67, 3, 1, 20],
    ]);
    expect(circular.unranked).toEqual([expect.objectContaining({ unitName: '区政府办公室', itemsDue: 0 })]);
    const planDue = defaultCalendar().addWorkingDays(today(), 10).due;
    expect(circular.rectificationPlanDue).toBe(planDue);
    expect(q3.body.lastPlace).toEqual([expect.objectContaining({ unitId: civil.id, rank: 3, score: 54.67 })]);
    expect(q3.body.interviews).toEqual([{ unitId: civil.id, unitName: '区民政局', quarters: [{ year: 2024, quarter: 2 }, { year: 2024, quarter: 3 }] }]);
    expect(q3.body.text).toContain('区民政局连续两个季度（2024年第2季度、2024年第3季度）排名末位，将对其进行约谈。');

    expect(await mailKeys('circular:2024Q3:')).toEqual([w.office.id, w.bureau.id, w.health.id, civil.id].map((id) => `circular:2024Q3:${id}`).sort());
    const mail = await waitFor('the circular delivered to 区民政局', () => w.sink.received.find((m) => m.subject === Q3_TITLE && m.to.includes('gkb@mzj.test.cn')));
    expect(mail.to).toEqual(expect.arrayContaining(['gkb@mzj.test.cn', 'juzhang@mzj.test.cn']));
    expect(attachments(mail)).toEqual([
      { filename: `${Q3_TITLE}.docx`, contentType: DOCX },
      { filename: '2024年第3季度政务公开工作排名.xlsx', contentType: XLSX },
    ]);

    // The ranking is in the message itself: a table, and the scores as an inline picture.
    const queued = (await storedMail(w.api.db.dataSource.manager, `circular:2024Q3:${civil.id}`))!;
    expect(queued.html).toMatch(/<table[^>]*>[\s\S]*区民政局[\s\S]*<\/table>\s*<p><img src="cid:ranking-chart"/);
    expect(queued.attachments).toEqual(expect.arrayContaining([expect.objectContaining({ contentType: 'image/png', cid: 'ranking-chart' })]));
    expect(mail.raw).toMatch(/Content-Type: image\/png[\s\S]{0,300}Content-ID: <ranking-chart>|Content-ID: <ranking-chart>[\s\S]{0,300}Content-Type: image\/png/i);

    const letter = await waitFor('the leader letter', () => w.sink.received.find((m) => m.subject === '【末位提醒】区民政局2024年第3季度政务公开工作排名末位'));
    expect(letter.to).toEqual(expect.arrayContaining(['juzhang@mzj.test.cn', 'gkb@mzj.test.cn']));

    const ledger = await w.api.http.get('/tasks').query({ unitId: civil.id, q: '2024年第3季度' }).set('authorization', w.coordinator.auth);
    expect(ledger.body.items).toEqual([
      expect.objectContaining({ title: '报送2024年第3季度政务公开工作整改方案', source: 'last_place_reminder', status: 'assigned', dueOn: planDue }),
    ]);
    // The task has its own workflow: the assignment is in its history.
    const events = await waitFor('the task workflow started', async () => {
      const list = await historyEvents(w, ledger.body.items[0].id);
      return list.length > 0 && list;
    });
    expect(events.length).toBeGreaterThan(0);
  });

  it('returns the archive on a second run and sends nothing; force sends it again with new keys', async () => {
    const again = await issue(2024, 3);
    expect(again.body.run).toMatchObject({ issued: false, mailsQueued: 0, sends: 1, rectificationWorkflowsStarted: 0 });
    expect(await mailKeys('circular:2024Q3:')).toHaveLength(4);
    const ledger = await w.api.http.get('/tasks').query({ unitId: civil.id, q: '2024年第3季度' }).set('authorization', w.coordinator.auth);
    expect(ledger.body.total).toBe(1);

    const forced = await issue(2024, 3, w.coordinator.auth, true);
    expect(forced.body.run).toMatchObject({ issued: false, mailsQueued: 4, sends: 2, rectificationWorkflowsStarted: 0 });
    expect(await mailKeys('circular:2024Q3:')).toHaveLength(8);
    expect(await mailKeys(`circular:2024Q3:${civil.id}:2`)).toEqual([`circular:2024Q3:${civil.id}:2`]);
    await waitFor('the resent circular', () => w.sink.received.filter((m) => m.subject === Q3_TITLE && m.to.includes('gkb@mzj.test.cn')).length === 2);
    expect(w.sink.received.filter((m) => m.subject.startsWith('【末位提醒】区民政局2024年第3季度'))).toHaveLength(1);
  });

  it('lists the archive and serves the circular and the ranking as files', async () => {
    const list = await w.api.http.get('/circulars').set('authorization', w.auditor.auth);
    expect(list.body.items.map((c: { quarterKey: string }) => c.quarterKey)).toEqual(['2024-Q3', '2024-Q2']);

    const docx = await w.api.http.get('/circulars/2024/3/circular.docx').set('authorization', w.auditor.auth).buffer(true).parse(binary as never);
    expect(docx.status).toBe(200);
    expect(docx.headers['content-type']).toBe(DOCX);
    expect((docx.body as Buffer).subarray(0, 2).toString()).toBe('PK');

    const xlsx = await w.api.http.get('/circulars/2024/3/ranking.xlsx').set('authorization', w.auditor.auth).buffer(true).parse(binary as never);
    expect(xlsx.headers['content-type']).toBe(XLSX);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as never);
    const rows = workbook.worksheets[0].getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1, 4));
    expect(rows).toEqual([
      ['名次', '单位', '得分'],
      ['1', '区教育局', '100.00'],
      ['2', '区卫健委', '72.00'],
      ['3', '区民政局', '54.67'],
    ]);
  });

  it('creates the quarter-end schedule once, 09:00 Shanghai on the first day of January, April, July and October', async () => {
    const connection = await Connection.connect({ address: process.env.TEST_TEMPORAL_ADDRESS! });
    const client = new Client({ connection, namespace: 'default' });
    const id = `quarterly-circular-${w.worker.taskQueue}`;
    const settings = { lastPlaceCount: 1, rectificationPlanWorkingDays: 10, timing: { remindBefore: '3wd', orderAfter: '3wd', orderLevel: 1 as const, orderReplyWithin: null } };
    try {
      expect(await ensureQuarterlyCircularSchedule(client, w.worker.taskQueue, settings, id)).toBe('created');
      expect(await ensureQuarterlyCircularSchedule(client, w.worker.taskQueue, settings, id)).toBe('exists');
      const described = await client.schedule.getHandle(id).describe();
      expect(described.spec.timezone).toBe('Asia/Shanghai');
      expect(described.action).toMatchObject({ type: 'startWorkflow', workflowType: 'quarterlyCircularWorkflow', taskQueue: w.worker.taskQueue });
      expect(described.spec.calendars?.[0]).toMatchObject({
        hour: [{ start: 9, end: 9, step: 1 }],
        dayOfMonth: [{ start: 1, end: 1, step: 1 }],
      });
    } finally {
      await client.schedule.getHandle(id).delete();
      await connection.close();
    }
  });
});

function binary(res: NodeJS.ReadableStream, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
