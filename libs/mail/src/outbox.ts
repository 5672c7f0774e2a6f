import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { MailMessageEntity, type MailAttachment } from '../../persistence/src/entities/mail-message.entity';
import type { MailSender } from './mail-sender';
import { isPermanentSmtpFailure } from './smtp-failure';

export interface QueuedMail {
  key: string;
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  html?: string | null;
  attachments?: MailAttachment[];
}

/** Queues a message unless its key is queued already; true when this call queued it. */
export async function queueMail(manager: EntityManager, mail: QueuedMail, now = new Date()): Promise<boolean> {
  return (await queueMails(manager, [mail], now)) === 1;
}

// Keys per lookup and rows per insert: within SQLite's bound-parameter limit (a row binds 15).
const KEY_CHUNK = 500;
const ROW_CHUNK = 50;

/**
 * Queues each message whose key is not queued yet; returns how many it queued. One lookup and
 * one insert per chunk instead of two statements a message: a day's digests for 1,000 units
 * cost 2,000 round trips before.
 */
export async function queueMails(manager: EntityManager, mails: readonly QueuedMail[], now = new Date()): Promise<number> {
  const repo = manager.getRepository(MailMessageEntity);
  const seen = new Set<string>();
  const fresh: QueuedMail[] = [];
  for (let i = 0; i < mails.length; i += KEY_CHUNK) {
    const chunk = mails.slice(i, i + KEY_CHUNK);
    const queued = await repo
      .createQueryBuilder('m')
      .select('m.key', 'key')
      .where('m.key IN (:...keys)', { keys: chunk.map((m) => m.key) })
      .getRawMany<{ key: string }>();
    const known = new Set(queued.map((r) => r.key));
    for (const mail of chunk) {
      if (known.has(mail.key) || seen.has(mail.key)) continue;
      seen.add(mail.key);
      fresh.push(mail);
    }
  }
  for (let i = 0; i < fresh.length; i += ROW_CHUNK) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(MailMessageEntity)
      .values(
        fresh.slice(i, i + ROW_CHUNK).map((mail) => ({
          key: mail.key,
          to: mail.to,
          cc: mail.cc,
          subject: mail.subject.slice(0, 300),
          text: mail.text,
          html: mail.html ?? null,
          attachments: mail.attachments?.length ? mail.attachments : null,
          status: 'queued' as const,
          attempts: 0,
          lastError: null,
          nextAttemptAt: now,
          leaseUntil: null,
          messageId: null,
          createdAt: now,
          sentAt: null,
        })),
      )
      .updateEntity(false)
      .execute();
  }
  return fresh.length;
}

/**
 * Gives a dead message one more attempt under the same key (so the same Message-ID); true when
 * it was dead. Failing again, it is dead again: a permanent refusal at once, else past its attempts.
 */
export async function resendDeadMail(dataSource: DataSource, key: string, now = new Date()): Promise<boolean> {
  const result = await dataSource
    .createQueryBuilder()
    .update(MailMessageEntity)
    .set({ status: 'queued', nextAttemptAt: now.toISOString() as unknown as Date, leaseUntil: null })
    .where("key = :key AND status = 'dead'", { key })
    .execute();
  return result.affected === 1;
}

export interface DispatcherOptions {
  /** How often the outbox is looked at when nothing nudges it. */
  pollMs: number;
  /** Delay before the next attempt after a failure, by attempt number (1, 2, …). */
  backoffMs(attempt: number): number;
  /** How long a claimed message is ours before another dispatcher may take it over. */
  leaseMs: number;
  /** Failed attempts after which a message is dead (not retried until a coordinator resends it). */
  maxAttempts: number;
  batchSize: number;
  onError?(error: unknown): void;
}

/** 10 s, 20 s, 40 s … doubling up to 15 minutes: an SMTP outage delays mail, loses none. */
export const defaultBackoffMs = (attempt: number) => Math.min(10_000 * 2 ** Math.max(0, attempt - 1), 15 * 60_000);

/**
 * Sends what the outbox holds. Any number of dispatchers (one per worker process) may run:
 * each message is claimed by a conditional update before it is sent.
 */
export class OutboxDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private again = false;
  private readonly options: DispatcherOptions;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sender: MailSender,
    options: Partial<DispatcherOptions> = {},
  ) {
    this.options = { pollMs: 2000, backoffMs: defaultBackoffMs, leaseMs: 120_000, maxAttempts: 20, batchSize: 50, ...options };
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.nudge(), this.options.pollMs);
    this.nudge();
  }

  /** Looks at the outbox now (after a step queued mail) instead of at the next poll. */
  nudge(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.deliverDue()
      .catch((error) => {
        this.options.onError?.(error);
        return 0;
      })
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.nudge();
        }
      });
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.again = false;
    await this.running;
  }

  /** Sends every message due now; returns how many were sent. */
  async deliverDue(now = new Date()): Promise<number> {
    let sent = 0;
    for (const message of await this.claimDue(now)) {
      if (await this.deliver(message)) sent += 1;
    }
    return sent;
  }

  /**
   * Leases up to a batch of the messages due, oldest first, in one statement, and reads back the
   * ones this pass got. The due condition is on the updated row itself as well as in the
   * choice of keys: a dispatcher whose update waited on another's (PostgreSQL re-reads the row
   * then) finds the row leased and leaves it.
   */
  private async claimDue(now: Date): Promise<MailMessageEntity[]> {
    // Instants are ISO text in both databases (see instant-column.ts), so they compare as strings.
    const at = now.toISOString();
    const token = randomUUID();
    const dueNow = (alias: string) => `((${alias}status IN ('queued', 'failed') AND ${alias}next_attempt_at <= :at) OR (${alias}status = 'sending' AND ${alias}lease_until <= :at))`;
    await this.dataSource
      .createQueryBuilder()
      .update(MailMessageEntity)
      .set({ status: 'sending', leaseUntil: new Date(now.getTime() + this.options.leaseMs).toISOString() as unknown as Date, claimToken: token })
      .where(`${dueNow('')} AND key IN (SELECT d.key FROM mail_outbox d WHERE ${dueNow('d.')} ORDER BY d.created_at ASC LIMIT ${this.options.batchSize})`, { at })
      .execute();
    return this.dataSource.getRepository(MailMessageEntity).find({ where: { claimToken: token, status: 'sending' }, order: { createdAt: 'ASC' } });
  }

  private async deliver(message: MailMessageEntity): Promise<boolean> {
    const repo = this.dataSource.getRepository(MailMessageEntity);
    const attempts = message.attempts + 1;
    let sent: Awaited<ReturnType<MailSender['send']>>;
    try {
      sent = await this.sender.send({
        key: message.key,
        to: message.to,
        cc: message.cc.length ? message.cc : undefined,
        subject: message.subject,
        text: message.text,
        html: message.html ?? undefined,
        attachments: message.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.contentBase64, 'base64'), cid: a.cid })),
      });
    } catch (error) {
      const dead = isPermanentSmtpFailure(error) || attempts >= this.options.maxAttempts;
      const next = new Date(Date.now() + this.options.backoffMs(attempts));
      await repo.update(
        { key: message.key },
        { status: dead ? 'dead' : 'failed', attempts, lastError: String((error as Error).message ?? error).slice(0, 2000), leaseUntil: null, nextAttemptAt: next },
      );
      return false;
    }
    // Sent: from here on it must not be sent again. A database that cannot record that just now
    // (restarting) is asked again while the lease holds, rather than leaving the message to be
    // taken and sent again once the lease runs out.
    const recordBy = Date.now() + this.options.leaseMs;
    for (;;) {
      try {
        await repo.update({ key: message.key }, { status: 'sent', attempts, lastError: null, leaseUntil: null, messageId: sent.messageId, sentAt: new Date() });
        return true;
      } catch (error) {
        if (Date.now() > recordBy) throw error;
        await new Promise((r) => setTimeout(r, Math.min(1000, this.options.pollMs)));
      }
    }
  }
}
