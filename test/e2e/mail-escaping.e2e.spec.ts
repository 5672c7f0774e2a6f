import ExcelJS from 'exceljs';
import { storedMail } from '../../libs/mail/src/outbox';
import { createUnit } from '../support/registry-fixtures';
import type { ReceivedMail } from '../support/smtp-sink';
import { createTask, insertPastTask, startSupervisionWorld, type SupervisionWorld } from '../support/supervision-fixtures';
import { waitFor } from '../support/wait-for';

/** A unit name and a title as hostile as a form lets them be: markup, an entity, both quotes, and a line break with a header after it. */
const UNIT = `区<script>alert("局")</script>&'办'`;
const TITLE = `公开<img src=x onerror=alert(1)> & "预算"\r\nBcc: thief@evil.test`;
const ESCAPED_UNIT = '区&lt;script&gt;alert(&quot;局&quot;)&lt;/script&gt;&amp;&#39;办&#39;';

const headersOf = (mail: ReceivedMail) => mail.raw.split(/\r?\n\r?\n/)[0];

describe('user-supplied names and titles in the HTML mails and the circular', () => {
  let w: SupervisionWorld;
  let unit: { id: string };
  const stored = (key: string) => storedMail(w.api.db.dataSource.manager, key);

  beforeAll(async () => {
    w = await startSupervisionWorld();
    unit = await createUnit(w.api, UNIT, { contactEmails: ['gkb@xss.test.cn'], leaderEmail: 'lead@xss.test.cn' });
  }, 60_000);
  afterAll(async () => {
    await w?.stop();
  });

  it('keeps a line break in a title out of the headers of the task mail', async () => {
    await createTask(w, { title: TITLE, unitId: unit.id, dueOn: '2024-10-08' });
    const mail = await waitFor('the task mail', () => w.sink.received.find((m) => m.to.includes('gkb@xss.test.cn') && m.subject.includes('预算')));
    expect(headersOf(mail)).not.toMatch(/^Bcc:/im);
    expect(mail.to).not.toContain('thief@evil.test');
    expect(w.sink.received.some((m) => m.to.includes('thief@evil.test'))).toBe(false);
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it('escapes the unit name and the title in the daily digest', async () => {
    const urged = await w.api.http.post('/daily-urging/2024-10-08').set('authorization', w.coordinator.auth);
    expect(urged.status).toBe(200);
    const digest = await waitFor('the digest', async () => (await stored(`digest:${unit.id}:2024-10-08`)) ?? false);
    expect(digest.html).toContain(ESCAPED_UNIT);
    expect(digest.html).toContain('公开&lt;img src=x onerror=alert(1)&gt; &amp; &quot;预算&quot;');
    expect(digest.html).not.toMatch(/<script|<img src=x/);
    const delivered = await waitFor('the digest delivered', () => w.sink.received.find((m) => m.messageId && m.subject.startsWith('【日常督促】') && m.to.includes('gkb@xss.test.cn')));
    expect(headersOf(delivered)).not.toMatch(/^Bcc:/im);
  });

  it('escapes the unit name in the circular’s mail and chart, and keeps it as plain text in the ranking workbook', async () => {
    // Three items due each, so both units are ranked and the name is in the table and the chart.
    for (const dueOn of ['2024-05-10', '2024-05-13', '2024-06-03']) {
      await insertPastTask(w, { unitId: unit.id, title: TITLE, dueOn, submittedOn: dueOn });
      await insertPastTask(w, { unitId: w.bureau.id, title: '公开招生政策', dueOn, submittedOn: dueOn === '2024-06-03' ? '2024-06-04' : dueOn });
    }
    const issued = await w.api.http.post('/circulars/2024/2').set('authorization', w.coordinator.auth);
    expect(issued.status).toBe(200);
    expect(issued.body.circular.rows.map((r: { unitName: string }) => r.unitName)).toContain(UNIT);

    const mail = (await stored(`circular:2024Q2:${unit.id}`))!;
    expect(mail.html).toContain(ESCAPED_UNIT);
    expect(mail.html).not.toMatch(/<script/);
    // The chart is drawn from the names: a name that broke its SVG would leave no picture.
    const chart = (mail.attachments as Array<{ cid?: string; contentType: string; contentBase64?: string; content?: string }>).find((a) => a.cid === 'ranking-chart');
    expect(chart?.contentType).toBe('image/png');
    const delivered = await waitFor('the circular delivered', () => w.sink.received.find((m) => m.subject === '2024年第2季度政务公开工作通报' && m.to.includes('gkb@xss.test.cn')));
    expect(delivered.raw).toMatch(/Content-ID: <ranking-chart>/i);

    const xlsx = await w.api.http.get('/circulars/2024/2/ranking.xlsx').set('authorization', w.auditor.auth).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as never);
    const names = workbook.worksheets[0].getColumn(2).values.filter(Boolean);
    expect(names).toContain(UNIT);
  });
});
