import { createMailSender, OutboxDispatcher, queueMail, queueMails, storedMail } from '../../libs/mail/src';
import { MailMessageEntity } from '../../libs/persistence/src';
import { SplitMailBodies1764430000000 } from '../../libs/persistence/src/migrations/1764430000000-SplitMailBodies';
import { MailBodiesAsBytes1764440000000 } from '../../libs/persistence/src/migrations/1764440000000-MailBodiesAsBytes';
import { mailHtml, mailText } from '../support/mail-text';
import { startSmtpSink } from '../support/smtp-sink';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

describe('the mail outbox', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  const mail = (key: string) => ({ key, to: ['gkb@jyj.test.cn'], cc: [], subject: `【审签提醒】${key}`, text: '请办理' });

  it('keeps mail through an SMTP outage and delivers each message exactly once when the server is back', async () => {
    // Find a free port, then take the server down: the outage.
    const first = await startSmtpSink();
    const port = Number(new URL(first.url).port);
    await first.stop();

    const sender = createMailSender({ smtpUrl: first.url, from: 'gkb@gov.test.cn', outboxDir: '/nonexistent' });
    let clock = 0;
    const outbox = new OutboxDispatcher(db.dataSource, sender, { backoffMs: (n) => 1000 * n });
    for (const key of ['outage-a', 'outage-b', 'outage-c']) {
      expect(await db.dataSource.transaction((m) => queueMail(m, mail(key), new Date(clock)))).toBe(true);
    }
    // The same key again is not a second message.
    expect(await db.dataSource.transaction((m) => queueMail(m, mail('outage-a'), new Date(clock)))).toBe(false);

    expect(await outbox.deliverDue(new Date(clock))).toBe(0);
    const failed = await db.dataSource.getRepository(MailMessageEntity).find({ order: { key: 'ASC' } });
    expect(failed.map((m) => [m.key, m.status, m.attempts])).toEqual([
      ['outage-a', 'failed', 1],
      ['outage-b', 'failed', 1],
      ['outage-c', 'failed', 1],
    ]);
    expect(failed[0].lastError).toMatch(/ECONNREFUSED/);

    const sink = await startSmtpSink(port);
    try {
      // Not yet due again: backoff is respected.
      clock = 0;
      expect(await outbox.deliverDue(new Date(clock))).toBe(0);
      clock = Date.now() + 60_000;
      expect(await outbox.deliverDue(new Date(clock))).toBe(3);
      expect(await outbox.deliverDue(new Date(clock + 60_000))).toBe(0);
      expect(sink.received.map((m) => m.subject).sort()).toEqual(['【审签提醒】outage-a', '【审签提醒】outage-b', '【审签提醒】outage-c']);
      const sent = await db.dataSource.getRepository(MailMessageEntity).find();
      expect(sent.every((m) => m.status === 'sent' && m.attempts === 2 && m.lastError === null && m.sentAt !== null)).toBe(true);
    } finally {
      sender.close();
      await sink.stop();
    }
  });

  it('sends the text and HTML as they were queued, kept as their bytes and sent base64-encoded', async () => {
    const sink = await startSmtpSink();
    const sender = createMailSender({ smtpUrl: sink.url, from: 'gkb@gov.test.cn', outboxDir: '/nonexistent' });
    const text = '区教育局：\n今日到期 3 项，逾期 1 项。请于 2024-09-30 前报送办理结果。\n'.repeat(40);
    const html = '<table><tr><td>区教育局</td><td>逾期 1 项 &amp; 待办 2 项</td></tr></table>'.repeat(40);
    try {
      await db.dataSource.transaction((m) => queueMail(m, { ...mail('as-bytes'), text, html }));
      const [stored] = await db.dataSource.query("SELECT text, html FROM mail_bodies WHERE key = 'as-bytes'");
      expect([Buffer.isBuffer(stored.text), Buffer.isBuffer(stored.html)]).toEqual([true, true]);
      expect(await new OutboxDispatcher(db.dataSource, sender).deliverDue(new Date(Date.now() + 1000))).toBe(1);
      const [received] = sink.received.filter((m) => m.subject === '【审签提醒】as-bytes');
      expect(received.raw).toMatch(/Content-Type: text\/plain; charset=utf-8\r?\nContent-Transfer-Encoding: base64/i);
      expect(mailText(received.raw)).toBe(text);
      expect(mailHtml(received.raw)).toBe(html);
      expect(await storedMail(db.dataSource.manager, 'as-bytes')).toMatchObject({ status: 'sent', text, html });
    } finally {
      sender.close();
      await sink.stop();
    }
  });

  it('queues a batch once per key: keys queued before, and repeated within the batch, are not queued again', async () => {
    // A database of its own: the dispatcher tests here count every message queued.
    const db = await createTestDatabase();
    try {
      await db.dataSource.transaction((m) => queueMail(m, mail('batch-0007')));
      // Over a thousand: past one lookup's and one insert's chunk.
      const keys = Array.from({ length: 1203 }, (_, i) => `batch-${String(i).padStart(4, '0')}`);
      const batch = [...keys, 'batch-0001', 'batch-1202'].map((key) => ({ ...mail(key), cc: ['leader@jyj.test.cn'], html: `<p>${key}</p>` }));
      expect(await db.dataSource.transaction((m) => queueMails(m, batch))).toBe(1202);
      expect(await db.dataSource.transaction((m) => queueMails(m, batch))).toBe(0);
      const rows = await db.dataSource.getRepository(MailMessageEntity).createQueryBuilder('m').where("m.key LIKE 'batch-%'").orderBy('m.key').getMany();
      expect(rows.map((r) => r.key)).toEqual(keys);
      // Every message has its body, and only one.
      const [{ n }] = await db.dataSource.query("SELECT COUNT(*) AS n FROM mail_bodies WHERE key LIKE 'batch-%'");
      expect(Number(n)).toBe(keys.length);
      expect(await storedMail(db.dataSource.manager, 'batch-0001')).toMatchObject({ status: 'queued', attempts: 0, to: ['gkb@jyj.test.cn'], cc: ['leader@jyj.test.cn'], html: '<p>batch-0001</p>', subject: '【审签提醒】batch-0001' });
      // The one queued alone before keeps what it was queued with.
      expect(await storedMail(db.dataSource.manager, 'batch-0007')).toMatchObject({ cc: [], html: null });
    } finally {
      await db.drop();
    }
  });

  it('sends a batch over several connections at once: a refused message is retried or dead, the others are marked sent', async () => {
    const sink = await startSmtpSink();
    const sender = createMailSender({ smtpUrl: sink.url, from: 'gkb@gov.test.cn', outboxDir: '/nonexistent', smtpConnections: 3 });
    try {
      const keys = Array.from({ length: 8 }, (_, i) => `parallel-${i}`);
      const to = (key: string) => (key === 'parallel-2' ? 'gone@jyj.test.cn' : key === 'parallel-5' ? 'busy@jyj.test.cn' : 'gkb@jyj.test.cn');
      for (const key of keys) await db.dataSource.transaction((m) => queueMail(m, { ...mail(key), to: [to(key)] }));
      sink.refuse({ code: 550, text: 'mailbox unavailable' }, 'gone@jyj.test.cn');
      sink.refuse({ code: 451, text: 'try again later' }, 'busy@jyj.test.cn');
      const outbox = new OutboxDispatcher(db.dataSource, sender, { backoffMs: () => 1000 });
      expect(await outbox.deliverDue(new Date(Date.now() + 1000))).toBe(6);

      const rows = await db.dataSource.getRepository(MailMessageEntity).createQueryBuilder('m').where("m.key LIKE 'parallel-%'").orderBy('m.key').getMany();
      expect(rows.map((r) => [r.key, r.status, r.attempts])).toEqual(
        keys.map((key) => [key, key === 'parallel-2' ? 'dead' : key === 'parallel-5' ? 'failed' : 'sent', 1]),
      );
      for (const row of rows.filter((r) => r.status === 'sent')) expect(row).toMatchObject({ messageId: `<${row.key}@disclosure-engine>`, lastError: null, leaseUntil: null });
      expect(rows[5].lastError).toContain('451 try again later');
      const received = sink.received.filter((m) => m.subject.includes('parallel-'));
      expect(received.map((m) => m.messageId).sort()).toEqual(rows.filter((r) => r.status === 'sent').map((r) => r.messageId));

      // The deferred one goes out once the server takes it; the dead one stays dead.
      sink.refuse(null, 'busy@jyj.test.cn');
      expect(await outbox.deliverDue(new Date(Date.now() + 60_000))).toBe(1);
      expect(await db.dataSource.getRepository(MailMessageEntity).findOneByOrFail({ key: 'parallel-5' })).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
      expect((await db.dataSource.getRepository(MailMessageEntity).findOneByOrFail({ key: 'parallel-2' })).status).toBe('dead');
      expect(sink.received.filter((m) => m.subject.includes('parallel-'))).toHaveLength(7);
    } finally {
      sender.close();
      await sink.stop();
    }
  });

  it('claims batch after batch in one pass while batches come full, and tries a message that fails in it only once', async () => {
    const db = await createTestDatabase();
    const sink = await startSmtpSink();
    const sender = createMailSender({ smtpUrl: sink.url, from: 'gkb@gov.test.cn', outboxDir: '/nonexistent', smtpConnections: 2 });
    try {
      const keys = Array.from({ length: 10 }, (_, i) => `pass-${i}`);
      for (const key of keys) await db.dataSource.transaction((m) => queueMail(m, { ...mail(key), to: [key === 'pass-0' ? 'busy@jyj.test.cn' : 'gkb@jyj.test.cn'] }));
      sink.refuse({ code: 451, text: 'try again later' }, 'busy@jyj.test.cn');
      // Its retry falls before the pass's `now`, yet after the pass began: not again in this pass.
      const outbox = new OutboxDispatcher(db.dataSource, sender, { batchSize: 4, backoffMs: () => 60_000 });
      expect(await outbox.deliverDue(new Date(Date.now() + 120_000))).toBe(9);
      const rows = await db.dataSource.getRepository(MailMessageEntity).find({ order: { key: 'ASC' } });
      expect(rows.map((r) => [r.key, r.status, r.attempts])).toEqual(keys.map((key) => [key, key === 'pass-0' ? 'failed' : 'sent', 1]));
      expect(sink.received).toHaveLength(9);
    } finally {
      sender.close();
      await sink.stop();
      await db.drop();
    }
  });

  it('lets two dispatchers share the outbox without sending a message twice', async () => {
    const sink = await startSmtpSink();
    const senders = [0, 1].map(() => createMailSender({ smtpUrl: sink.url, from: 'gkb@gov.test.cn', outboxDir: '/nonexistent' }));
    try {
      for (let i = 0; i < 20; i++) await db.dataSource.transaction((m) => queueMail(m, mail(`shared-${String(i).padStart(2, '0')}`)));
      const [x, y] = senders.map((s) => new OutboxDispatcher(db.dataSource, s));
      const now = new Date(Date.now() + 1000);
      const counts = await Promise.all([x.deliverDue(now), y.deliverDue(now)]);
      expect(counts[0] + counts[1]).toBe(20);
      expect(sink.received.filter((m) => m.subject.includes('shared-'))).toHaveLength(20);
      expect(new Set(sink.received.map((m) => m.messageId)).size).toBe(sink.received.length);
    } finally {
      senders.forEach((s) => s.close());
      await sink.stop();
    }
  });

  it('gives up on an outbox row without a body, with the reason, and sends the others', async () => {
    const db = await createTestDatabase();
    const sink = await startSmtpSink();
    const sender = createMailSender({ smtpUrl: sink.url, from: 'gkb@gov.test.cn', outboxDir: '/nonexistent' });
    try {
      for (const key of ['bodiless', 'whole']) await db.dataSource.transaction((m) => queueMail(m, mail(key)));
      // As after a hand edit of the database: queueMails never writes one row without the other.
      await db.dataSource.query("DELETE FROM mail_bodies WHERE key = 'bodiless'");
      expect(await new OutboxDispatcher(db.dataSource, sender).deliverDue(new Date(Date.now() + 1000))).toBe(1);
      const rows = await db.dataSource.getRepository(MailMessageEntity).find({ order: { key: 'ASC' } });
      expect(rows.map((r) => [r.key, r.status, r.lastError])).toEqual([
        ['bodiless', 'dead', 'mail_bodies holds no body for this key'],
        ['whole', 'sent', null],
      ]);
      expect(sink.received.map((m) => m.subject)).toEqual(['【审签提醒】whole']);
    } finally {
      sender.close();
      await sink.stop();
      await db.drop();
    }
  });

  it('moves the bodies of messages queued before the split into mail_bodies as their bytes, and back', async () => {
    const db = await createTestDatabase();
    try {
      await db.dataSource.transaction((m) => queueMails(m, [mail('before-split'), { ...mail('with-html'), html: '<p>公开</p>', attachments: [{ filename: 'a.png', contentType: 'image/png', contentBase64: 'AAAA', cid: 'chart' }] }]));
      const [split, bytes] = [new SplitMailBodies1764430000000(), new MailBodiesAsBytes1764440000000()];
      const runner = db.dataSource.createQueryRunner();
      const bodies = () => runner.query('SELECT key, text, html FROM mail_bodies ORDER BY key');
      try {
        expect((await bodies()).map((r: { text: unknown }) => Buffer.isBuffer(r.text))).toEqual([true, true]);
        await bytes.down(runner);
        expect(await bodies()).toEqual([
          { key: 'before-split', text: '请办理', html: null },
          { key: 'with-html', text: '请办理', html: '<p>公开</p>' },
        ]);
        await split.down(runner);
        expect(await runner.hasTable('mail_bodies')).toBe(false);
        const rows = await runner.query("SELECT key, text, html, attachments FROM mail_outbox ORDER BY key");
        expect(rows.map((r: { key: string; text: string; html: string | null }) => [r.key, r.text, r.html])).toEqual([
          ['before-split', '请办理', null],
          ['with-html', '请办理', '<p>公开</p>'],
        ]);
        await split.up(runner);
        const columns = (await runner.getTable('mail_outbox'))!.columns.map((c) => c.name);
        expect(columns).toEqual(expect.arrayContaining(['key', 'subject', 'status']));
        for (const moved of ['text', 'html', 'attachments']) expect(columns).not.toContain(moved);
        await bytes.up(runner);
        expect((await bodies()).map((r: { text: Buffer; html: Buffer | null }) => [r.text.toString('utf8'), r.html?.toString('utf8') ?? null])).toEqual([
          ['请办理', null],
          ['请办理', '<p>公开</p>'],
        ]);
      } finally {
        await runner.release();
      }
      expect(await storedMail(db.dataSource.manager, 'with-html')).toMatchObject({ status: 'queued', text: '请办理', html: '<p>公开</p>', attachments: [{ filename: 'a.png', cid: 'chart' }] });
      expect(await storedMail(db.dataSource.manager, 'before-split')).toMatchObject({ subject: '【审签提醒】before-split', text: '请办理', html: null, attachments: null });
    } finally {
      await db.drop();
    }
  });
});
