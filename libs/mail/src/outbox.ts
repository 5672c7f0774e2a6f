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
    // Instants are ISO text in both databases (see instant-column.ts), so they compare as strings.
    const at = now.toISOString();
    const due = await this.dataSource
      .getRepository(MailMessageEntity)
      .createQueryBuilder('m')
      .where("(m.status IN ('queued', 'failed') AND m.next_attempt_at <= :at) OR (m.status = 'sending' AND m.lease_until <= :at)", { at })
      .orderBy('m.created_at', 'ASC')
      .limit(this.options.batchSize)
      .getMany();
    let sent = 0;
    for (const message of due) {
      if (await this.claim(message, now)) sent += (await this.deliver(message)) ? 1 : 0;
    }
    return sent;
  }

  private async claim(message: MailMessageEntity, now: Date): Promise<boolean> {
    const leaseUntil = new Date(now.getTime() + this.options.leaseMs);
    const result = await this.dataSource
      .createQueryBuilder()
      .update(MailMessageEntity)
      .set({ status: 'sending', leaseUntil: leaseUntil.toISOString() as unknown as Date })
      .where('key = :key AND status = :status', { key: message.key, status: message.status })
      .andWhere(message.status === 'sending' ? 'lease_until = :lease' : 'next_attempt_at = :next', {
        lease: message.leaseUntil?.toISOString(),
        next: message.nextAttemptAt.toISOString(),
      })
      .execute();
    return result.affected === 1;
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
