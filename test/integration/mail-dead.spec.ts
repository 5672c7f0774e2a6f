import { createMailSender, OutboxDispatcher, queueMail } from '../../libs/mail/src';
import { MailMessageEntity } from '../../libs/persistence/src';
import { createPersonAndLogin } from '../support/registry-fixtures';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { startTestApi, type TestApi } from '../support/test-api';

describe('mail the SMTP server refuses', () => {
  let api: TestApi;
  let sink: SmtpSink;
  let sender: ReturnType<typeof createMailSender>;
  let outbox: OutboxDispatcher;
  let coordinator: { auth: string };
  let auditor: { auth: string };
  beforeAll(async () => {
    api = await startTestApi();
    sink = await startSmtpSink();
    sender = createMailSender({ smtpUrl: sink.url, from: 'gkb@gov.test.cn', outboxDir: '/nonexistent' });
    outbox = new OutboxDispatcher(api.db.dataSource, sender, { backoffMs: () => 1000, maxAttempts: 3 });
    coordinator = await createPersonAndLogin(api, { name: '公开办', email: 'gkb@gov.test.cn', roles: ['coordinator'] });
    auditor = await createPersonAndLogin(api, { name: '审计', email: 'sj@gov.test.cn', roles: ['auditor'] });
  });
  afterAll(async () => {
    sender.close();
    await sink.stop();
    await api.close();
  });

  const queue = (key: string) =>
    api.db.dataSource.transaction((m) => queueMail(m, { key, to: ['nobody@jyj.test.cn'], cc: [], subject: `【审签提醒】${key}`, text: '请办理' }));
  const row = (key: string) => api.db.dataSource.getRepository(MailMessageEntity).findOneByOrFail({ key });
  const later = (seconds: number) => new Date(Date.now() + seconds * 1000);

  it('gives up at once on a permanent refusal (550), shows it in the mail log, and sends it once on a coordinator resend', async () => {
    await queue('refused-550');
    sink.refuse({ code: 550, text: 'mailbox unavailable' });
    expect(await outbox.deliverDue(later(1))).toBe(0);
    expect(await row('refused-550')).toMatchObject({ status: 'dead', attempts: 1 });
    // Dead is not retried, however late it gets.
    expect(await outbox.deliverDue(later(3600))).toBe(0);
    expect((await row('refused-550')).attempts).toBe(1);

    const log = await api.http.get('/mail').query({ status: 'dead' }).set('authorization', auditor.auth);
    expect(log.status).toBe(200);
    expect(log.body.items).toEqual([expect.objectContaining({ key: 'refused-550', status: 'dead', attempts: 1, lastError: expect.stringContaining('550 mailbox unavailable') })]);

    expect((await api.http.post('/mail/refused-550/resend').set('authorization', auditor.auth)).status).toBe(403);
    expect((await api.http.post('/mail/no-such-key/resend').set('authorization', coordinator.auth)).body.code).toBe('NOT_FOUND');
    sink.refuse(null);
    const resent = await api.http.post('/mail/refused-550/resend').set('authorization', coordinator.auth);
    expect(resent.status).toBe(200);
    expect(resent.body).toMatchObject({ key: 'refused-550', status: 'queued' });
    const again = await api.http.post('/mail/refused-550/resend').set('authorization', coordinator.auth);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'CONFLICT', details: [{ field: 'key', reason: '状态为 queued，不是 dead' }] });

    expect(await outbox.deliverDue(later(2))).toBe(1);
    expect(await row('refused-550')).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    expect(sink.received.filter((m) => m.subject === '【审签提醒】refused-550')).toHaveLength(1);
    expect(sink.received[0].messageId).toBe('<refused-550@disclosure-engine>');
  });

  it('retries a temporary refusal (451) with back-off and delivers once the server accepts', async () => {
    await queue('deferred-451');
    sink.refuse({ code: 451, text: 'try again later' });
    expect(await outbox.deliverDue(later(1))).toBe(0);
    expect(await row('deferred-451')).toMatchObject({ status: 'failed', attempts: 1, lastError: expect.stringContaining('451 try again later') });
    // Back-off: not due again straight away.
    sink.refuse(null);
    const retryAt = (await row('deferred-451')).nextAttemptAt;
    expect(await outbox.deliverDue(new Date(retryAt.getTime() - 1))).toBe(0);
    expect(await outbox.deliverDue(retryAt)).toBe(1);
    expect(await row('deferred-451')).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('gives up on a message still refused for a while after its last attempt (MAIL_MAX_ATTEMPTS)', async () => {
    await queue('deferred-forever');
    sink.refuse({ code: 451, text: 'try again later' });
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect(await outbox.deliverDue(later(attempt * 10))).toBe(0);
      expect((await row('deferred-forever')).attempts).toBe(attempt);
    }
    expect((await row('deferred-forever')).status).toBe('dead');
    expect(await outbox.deliverDue(later(3600))).toBe(0);
    expect((await row('deferred-forever')).attempts).toBe(3);
    sink.refuse(null);
  });
});
