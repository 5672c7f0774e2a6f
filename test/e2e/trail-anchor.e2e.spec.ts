import { anchorFinishedDays } from '../../libs/activities/src/trail-anchoring';
import { addDays, shanghaiDate } from '../../libs/domain/src/calendar/iso-date';
import { documentChain } from '../../libs/domain/src/signoff/trail-anchor';
import { messageIdFor } from '../../libs/mail/src/mail-sender';
import { MailMessageEntity } from '../../libs/persistence/src/entities/mail-message.entity';
import { TrailAnchorHeadEntity } from '../../libs/persistence/src/entities/trail-anchor.entity';
import { TrailEntryEntity } from '../../libs/persistence/src/entities/trail-entry.entity';
import { decide, register, startSignOffWorld, type SignOffWorld } from '../support/signoff-fixtures';
import { mailText } from '../support/mail-text';
import { waitFor } from '../support/wait-for';

/** The day's chain heads, anchored after the day ends and mailed to the auditors through the real outbox and SMTP. */
describe('the daily anchor of the trails', () => {
  let w: SignOffWorld;
  beforeAll(async () => {
    w = await startSignOffWorld();
  }, 60_000);
  afterAll(async () => {
    await w?.stop();
  });

  const today = () => shanghaiDate(Date.now());
  const anchor = () => anchorFinishedDays(w.api.db.dataSource, addDays(today(), 1), () => w.worker.outbox?.nudge());
  const verify = async (id: string) => (await w.api.http.get(`/documents/${id}/trail/verify`).set('authorization', w.auditor.auth)).body;
  const anchorMails = () => w.sink.received.filter((m) => m.messageId.includes(messageIdFor(`trail-anchor:${today()}`).replace(/[<>]/g, '')));

  it("mails the day's heads to the auditors once, and verification checks the rows against them", async () => {
    const { body: doc } = await register(w, { title: '锚定的文件', attribute: 'proactive' });
    await decide(w, doc.id, 'submit', w.drafter.auth);
    await decide(w, doc.id, 'approve', w.s1.auth, { comment: '同意' });
    expect(await verify(doc.id)).toMatchObject({ valid: true, checks: { anchor: 'none' }, anchor: null });

    // Nothing is anchored before the day is over.
    expect(await anchorFinishedDays(w.api.db.dataSource, today(), () => undefined)).toEqual([]);

    const [made] = await anchor();
    expect(made.day).toBe(today());
    const head = made.heads.find((h) => h.chain === documentChain(doc.id))!;
    const rows = await w.api.db.dataSource.getRepository(TrailEntryEntity).find({ where: { documentId: doc.id }, order: { seq: 'ASC' } });
    expect(head).toEqual({ chain: documentChain(doc.id), seq: rows.length, hash: rows.at(-1)!.hash });

    const [mail] = await waitFor('the anchor mail at the SMTP server', () => anchorMails().length > 0 && anchorMails());
    expect(mail.to).toEqual([w.auditor.email]);
    expect(mail.subject).toContain(made.digest.slice(0, 16));
    // Sent as base64 or quoted-printable, as the text's share of Chinese makes nodemailer choose.
    expect(mailText(mail.raw)).toContain(`摘要（SHA-256）：${made.digest}`);

    // A rerun, as another worker or the next interval does: no anchor, no mail.
    expect(await anchor()).toEqual([]);
    await waitFor('the outbox drained', async () => (await w.api.db.dataSource.getRepository(MailMessageEntity).countBy({ status: 'queued' })) === 0);
    expect(await w.api.db.dataSource.getRepository(MailMessageEntity).countBy({ key: `trail-anchor:${today()}` })).toBe(1);
    expect(anchorMails()).toHaveLength(1);

    expect(await verify(doc.id)).toMatchObject({
      valid: true,
      checks: { chain: 'passed', witness: 'passed', anchor: 'passed' },
      anchor: { day: today(), digest: made.digest, seq: head.seq, hash: head.hash },
    });
    const certificate = await w.api.http.get(`/documents/${doc.id}/trail/certificate`).set('authorization', w.auditor.auth);
    expect(certificate.text).toContain(`日锚定核对通过：${today()} 的锚定记录本留痕链头为第 ${head.seq} 条`);
    expect(certificate.text).toContain(made.digest);

    // The last entry deleted: the witness fails first, and the anchor says so too.
    await w.api.db.dataSource.getRepository(TrailEntryEntity).delete({ documentId: doc.id, seq: head.seq });
    expect(await verify(doc.id)).toMatchObject({ valid: false, failedCheck: 'witness', checks: { anchor: 'failed' } });
    await w.api.db.dataSource.getRepository(TrailEntryEntity).save(w.api.db.dataSource.getRepository(TrailEntryEntity).create(rows.at(-1)!));
    expect(await verify(doc.id)).toMatchObject({ valid: true });

    // The anchor's stored head rewritten to match a forged chain: its digest no longer holds.
    await w.api.db.dataSource.getRepository(TrailAnchorHeadEntity).update({ day: today(), chain: documentChain(doc.id) }, { hash: 'f'.repeat(64) });
    expect(await verify(doc.id)).toMatchObject({
      valid: false,
      failedCheck: 'anchor',
      firstAltered: { cause: 'anchor', reason: expect.stringContaining('锚定记录被篡改') },
    });
  }, 60_000);
});
