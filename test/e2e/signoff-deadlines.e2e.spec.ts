import { createPersonAndLogin, createUnit } from '../support/registry-fixtures';
import { decide, register, startSignOffWorld, trailEvents, type SignOffWorld } from '../support/signoff-fixtures';
import { waitFor } from '../support/wait-for';

/*
 * Time limits configured in seconds (a unit may set '4h' for urgent documents; tests use '4s'),
 * so reminders, escalation and overdue publication happen on the real server without waiting days.
 */
describe('sign-off and publication time limits', () => {
  let w: SignOffWorld;
  let unit: { id: string };
  let drafter: { id: string; auth: string };
  beforeAll(async () => {
    w = await startSignOffWorld();
    unit = await createUnit(w.api, '区民政局', { contactEmails: ['gkb@mzj.test.cn'], leaderEmail: 'juzhang@mzj.test.cn' });
    drafter = await createPersonAndLogin(w.api, { name: '民政局小何', email: 'he@mzj.test.cn', roles: ['unit_contact'], unitId: unit.id });
    const config = await w.api.http
      .put(`/units/${unit.id}/signoff-config`)
      .set('authorization', w.coordinator.auth)
      .send({
        levels: [
          { level: 1, title: '科室负责人', signerId: w.s1.id, due: '4s' },
          { level: 2, title: '主要负责人', signerId: w.s3.id, due: '1h' },
        ],
        remindBefore: '2s',
        escalateAfter: '2s',
        publication: { due: '4s', remindBefore: '2s', overdueRemindEvery: '3s' },
      });
    expect(config.status).toBe(200);
  }, 60_000);
  afterAll(async () => {
    await w?.stop();
  });

  const subjects = (email: string) => w.sink.received.filter((m) => m.to.includes(email) || /^Cc: .*$/im.exec(m.raw)?.[0].includes(email)).map((m) => m.subject);

  it('reminds the signer before and on the due time, then escalates to the superior, once each', async () => {
    const { body: doc } = await register(w, { title: '民政救助办法', attribute: 'proactive' }, drafter.auth);
    expect((await decide(w, doc.id, 'submit', drafter.auth)).status).toBe(200);

    const escalation = await waitFor('the escalation to the next level', () =>
      w.sink.received.find((m) => m.subject === '【审签逾期】民政救助办法'),
    );
    // The superior of level one is the signer of level two; the late signer is copied.
    expect(escalation.to).toEqual(expect.arrayContaining([w.s3.email, w.s1.email]));
    expect(subjects(w.s1.email).filter((s) => s.startsWith('【审签提醒】民政救助办法'))).toEqual(['【审签提醒】民政救助办法', '【审签提醒】民政救助办法（今日到期）']);
    expect(await trailEvents(w, doc.id)).toEqual(['registered', 'attribute_set', 'submitted', 'reminder_sent', 'reminder_sent', 'escalated']);
    const overdue = await w.api.http.get('/documents').query({ overdue: true, unitId: unit.id }).set('authorization', w.auditor.auth);
    expect(overdue.body.items.map((d: { id: string }) => d.id)).toEqual([doc.id]);

    // Nothing more is sent for that level: the escalation is the last notice.
    const count = w.sink.received.length;
    await new Promise((r) => setTimeout(r, 2500));
    expect(w.sink.received.length).toBe(count);
  });

  it('marks a signed document overdue for publication, reminds again, and closes when it is published', async () => {
    const { body: doc } = await register(w, { title: '民政服务指南', attribute: 'proactive' }, drafter.auth);
    await decide(w, doc.id, 'submit', drafter.auth);
    await decide(w, doc.id, 'approve', w.s1.auth);
    const signed = await decide(w, doc.id, 'approve', w.s3.auth);
    expect(signed.body.status).toBe('awaiting_publication');

    await waitFor('a second overdue reminder', () => w.sink.received.filter((m) => m.subject === '【公开逾期】民政服务指南').length >= 2, 30_000);
    const late = (await w.api.http.get(`/documents/${doc.id}`).set('authorization', drafter.auth)).body;
    expect(late).toMatchObject({ status: 'awaiting_publication', publicationOverdue: true });
    const overdueMail = w.sink.received.find((m) => m.subject === '【公开逾期】民政服务指南')!;
    expect(overdueMail.to).toEqual(expect.arrayContaining(['he@mzj.test.cn', 'gkb@mzj.test.cn', 'juzhang@mzj.test.cn']));
    expect(w.sink.received.filter((m) => m.subject === '【公开提醒】民政服务指南')).toHaveLength(2);
    const events = await trailEvents(w, doc.id);
    expect(events.slice(0, 10)).toEqual([
      'registered', 'attribute_set', 'submitted', 'approved', 'approved', 'signed', 'publication_reminder', 'publication_reminder', 'publication_overdue', 'publication_reminder',
    ]);
    const overdue = await w.api.http.get('/documents').query({ overdue: true, status: 'awaiting_publication' }).set('authorization', w.coordinator.auth);
    expect(overdue.body.items.map((d: { id: string }) => d.id)).toContain(doc.id);

    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const published = await decide(w, doc.id, 'publication', drafter.auth, { url: 'https://mzj.test.cn/1.html', publishedOn: today, channel: '门户网站', file: { filename: 'a.txt', contentBase64: Buffer.from('正文第一稿').toString('base64') } });
    expect(published.body).toMatchObject({ status: 'published', publicationOverdue: true, publishedOn: today });
    const trail = await w.api.http.get(`/documents/${doc.id}/trail`).set('authorization', w.auditor.auth);
    expect(trail.body.entries.at(-1)).toMatchObject({ event: 'published', data: { late: false } });
    expect(trail.body.verification.valid).toBe(true);
  });
});
