import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { MailMessageEntity, type MailAttachment } from '../../persistence/src/entities/mail-message.entity';
import { readMailBodies, writeMailBodies, type MailBody } from './mail-bodies';
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

// Keys per lookup and rows per insert: within SQLite's bound-parameter limit (an outbox row binds 12).
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
    const rows = fresh.slice(i, i + ROW_CHUNK);
    await writeMailBodies(manager, rows);
    await manager
      .createQueryBuilder()
      .insert()
      .into(MailMessageEntity)
      .values(
        rows.map((mail) => ({
          key: mail.key,
          to: mail.to,
          cc: mail.cc,
          subject: mail.subject.slice(0, 300),
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

/** A queued message as it was queued, with its delivery state; null when no message has the key. */
export async function storedMail(manager: EntityManager, key: string): Promise<(MailMessageEntity & { text: string; html: string | null; attachments: MailAttachment[] | null }) | null> {
  const [message, body] = await Promise.all([manager.getRepository(MailMessageEntity).findOneBy({ key }), readMailBodies(manager, [key]).then((bodies) => bodies.get(key))]);
  return message && body ? { ...message, text: body.text.toString('utf8'), html: body.html?.toString('utf8') ?? null, attachments: body.attachments } : null;
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

  /**
   * Sends the messages due now, as many at once as the sender has connections; returns how
   * many were sent. Sent ones are recorded together (see SentRecords), a failure on its own.
   * While a full batch was claimed there may be more: the next is claimed as the last of this
   * one go out, so the connections do not wait for it.
   */
  async deliverDue(now = new Date()): Promise<number> {
    // Later claims look at what was due when the pass began: a message that fails in it is not due again in it.
    const dueAtStart = new Date(Math.min(now.getTime(), Date.now()));
    const queue = await this.claimDue(now, now);
    const records = new SentRecords(this.dataSource, this.options, this.sender.connections);
    let more = queue.length === this.options.batchSize;
    let claiming: Promise<void> | null = null;
    let next = 0;
    let failure: { error: unknown } | null = null;
    const claimMore = () =>
      (claiming ??= this.claimDue(dueAtStart, new Date(Math.max(now.getTime(), Date.now())))
        .then((batch) => {
          queue.push(...batch);
          more = batch.length === this.options.batchSize;
        })
        .catch((error: unknown) => {
          failure ??= { error };
          more = false;
        })
        .finally(() => {
          claiming = null;
        }));
    const lane = async () => {
      while (!failure) {
        if (more && queue.length - next <= this.sender.connections) void claimMore();
        if (next >= queue.length) {
          if (!claiming) break;
          await claiming;
          continue;
        }
        const message = queue[next++];
        try {
          await records.room();
          await this.deliver(message, records);
        } catch (error) {
          failure ??= { error };
        }
      }
    };
    await Promise.all(Array.from({ length: this.sender.connections }, lane));
    try {
      await records.flushed();
    } catch (error) {
      failure ??= { error };
    }
    if (failure) throw failure.error;
    return records.recorded;
  }

  /**
   * Leases up to a batch of the messages due at `dueAt`, longest due first, for the lease's length
   * from `leasedFrom`, in one statement, and reads back the ones this pass got. The due condition is on the updated row itself as well as in the
   * choice of keys: a dispatcher whose update waited on another's (PostgreSQL re-reads the row
   * then) finds the row leased and leaves it.
   */
  private async claimDue(dueAt: Date, leasedFrom: Date): Promise<ClaimedMail[]> {
    // Instants are ISO text in both databases (see instant-column.ts), so they compare as strings.
    const at = dueAt.toISOString();
    const token = randomUUID();
    const limit = this.options.batchSize;
    // Each status is taken in the order of an index and stops at a batch: a choice over all that
    // is due read every due row at each claim, so a backlog of mail made every claim slower.
    const firstDue = (status: string, dueColumn: string) =>
      `SELECT key, ${dueColumn} AS due_at FROM (SELECT key, ${dueColumn} FROM mail_outbox WHERE status = '${status}' AND ${dueColumn} <= :at ORDER BY ${dueColumn} LIMIT ${limit}) ${status}_due`;
    const chosen = `SELECT c.key FROM (${firstDue('queued', 'next_attempt_at')} UNION ALL ${firstDue('failed', 'next_attempt_at')} UNION ALL ${firstDue('sending', 'lease_until')}) c ORDER BY c.due_at LIMIT ${limit}`;
    // One CASE rather than the condition itself: SQLite would answer that from the due index,
    // visiting every due row instead of the chosen keys.
    const stillDue = "CASE WHEN (status IN ('queued', 'failed') AND next_attempt_at <= :at) OR (status = 'sending' AND lease_until <= :at) THEN 1 ELSE 0 END = 1";
    await this.dataSource
      .createQueryBuilder()
      .update(MailMessageEntity)
      .set({ status: 'sending', leaseUntil: new Date(leasedFrom.getTime() + this.options.leaseMs).toISOString() as unknown as Date, claimToken: token })
      .where(`${stillDue} AND key IN (${chosen})`, { at })
      .execute();
    const claimed = await this.dataSource.getRepository(MailMessageEntity).find({ where: { claimToken: token, status: 'sending' }, order: { createdAt: 'ASC' } });
    if (!claimed.length) return [];
    const bodies = await readMailBodies(this.dataSource.manager, claimed.map((m) => m.key));
    return claimed.map((message) => ({ message, body: bodies.get(message.key) ?? null }));
  }

  /** One attempt: a sent message goes to the records; a failure is recorded here, and only a database that cannot take it throws. */
  private async deliver({ message, body }: ClaimedMail, records: SentRecords): Promise<void> {
    const attempts = message.attempts + 1;
    if (!body) {
      // queueMails writes both rows in one transaction: an outbox row alone was written by hand, and waiting will not mend it.
      await this.dataSource.getRepository(MailMessageEntity).update({ key: message.key }, { status: 'dead', attempts, lastError: 'mail_bodies holds no body for this key', leaseUntil: null });
      return;
    }
    let sent: Awaited<ReturnType<MailSender['send']>>;
    try {
      sent = await this.sender.send({
        key: message.key,
        to: message.to,
        cc: message.cc.length ? message.cc : undefined,
        subject: message.subject,
        text: body.text,
        html: body.html ?? undefined,
        attachments: body.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.contentBase64, 'base64'), cid: a.cid })),
      });
    } catch (error) {
      const dead = isPermanentSmtpFailure(error) || attempts >= this.options.maxAttempts;
      const next = new Date(Date.now() + this.options.backoffMs(attempts));
      await this.dataSource.getRepository(MailMessageEntity).update(
        { key: message.key },
        { status: dead ? 'dead' : 'failed', attempts, lastError: String((error as Error).message ?? error).slice(0, 2000), leaseUntil: null, nextAttemptAt: next },
      );
      return;
    }
    records.add({ key: message.key, messageId: sent.messageId });
  }
}

interface ClaimedMail {
  message: MailMessageEntity;
  body: MailBody | null;
}

interface SentRecord {
  key: string;
  messageId: string;
}

// A record binds three parameters: well within SQLite's limit even for a large batch.
const RECORD_CHUNK = 200;

/**
 * Marks sent messages sent a group at a time, a group being as many as the sender has
 * connections: one UPDATE instead of one a message (each a commit, and on SQLite the sink's pace
 * was the database's). The last group of a pass is written when the pass has sent all it claimed.
 */
class SentRecords {
  recorded = 0;
  private waiting: SentRecord[] = [];
  private draining = false;
  private busy = false;
  private writing: Promise<void> = Promise.resolve();
  private failed: { error: unknown } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: Pick<DispatcherOptions, 'leaseMs' | 'pollMs'>,
    private readonly groupSize: number,
  ) {}

  add(record: SentRecord): void {
    this.waiting.push(record);
    this.startWrite();
  }

  /**
   * Resolves once less than a group waits for its record; throws once recording has failed for
   * good. Sent mail the database has not taken would go again if this process died, so a
   * database that is slow to take it holds the sending up rather than letting it pile up.
   */
  async room(): Promise<void> {
    while (!this.failed && this.waiting.length >= this.groupSize) {
      this.startWrite();
      await this.writing;
    }
    if (this.failed) throw this.failed.error;
  }

  /** Writes what waits; resolves once every sent message is recorded, throws when one could not be. */
  async flushed(): Promise<void> {
    this.draining = true;
    this.startWrite();
    while (this.busy) await this.writing;
    if (this.failed) throw this.failed.error;
  }

  private due(): boolean {
    return !this.failed && (this.waiting.length >= this.groupSize || (this.draining && this.waiting.length > 0));
  }

  private startWrite(): void {
    if (this.busy || !this.due()) return;
    this.busy = true;
    this.writing = this.write();
  }

  private async write(): Promise<void> {
    try {
      while (this.due()) {
        const group = this.waiting.splice(0, RECORD_CHUNK);
        await this.record(group);
        this.recorded += group.length;
      }
    } catch (error) {
      this.failed = { error };
    } finally {
      // In the same turn as the last look at what waits: a record added after it starts a write of its own.
      this.busy = false;
    }
  }

  /**
   * Sent: from here on they must not be sent again. A database that cannot record that just now
   * (restarting) is asked again while the lease holds, rather than leaving the messages to be
   * taken and sent again once the lease runs out. Attempts are counted from the row, not from
   * what was claimed, and a row already sent is left as it is: the statement again changes nothing.
   */
  private async record(group: SentRecord[]): Promise<void> {
    const recordBy = Date.now() + this.options.leaseMs;
    const parameters: Record<string, string> = {};
    const messageIds = group.map((r, i) => {
      parameters[`k${i}`] = r.key;
      parameters[`m${i}`] = r.messageId;
      return `WHEN :k${i} THEN :m${i}`;
    });
    for (;;) {
      try {
        await this.dataSource
          .createQueryBuilder()
          .update(MailMessageEntity)
          .set({
            status: 'sent',
            attempts: () => 'attempts + 1',
            lastError: null,
            leaseUntil: null,
            messageId: () => `CASE key ${messageIds.join(' ')} END`,
            sentAt: new Date().toISOString() as unknown as Date,
          })
          .where("key IN (:...keys) AND status <> 'sent'", { keys: group.map((r) => r.key) })
          .setParameters(parameters)
          .execute();
        return;
      } catch (error) {
        if (Date.now() > recordBy) throw error;
        await new Promise((r) => setTimeout(r, Math.min(1000, this.options.pollMs)));
      }
    }
  }
}
