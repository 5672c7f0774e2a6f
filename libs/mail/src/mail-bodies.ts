import type { EntityManager } from 'typeorm';
import type { MailAttachment } from '../../persistence/src/entities/mail-message.entity';

/**
 * What a queued message says, apart from its delivery state in mail_outbox (same key): written
 * once with its outbox row, in the same transaction, and never changed. A digest is about 20 KB
 * of text and HTML; kept in the outbox row, each claim and each record of a sending rewrote all
 * of it (SQLite rewrites a whole row).
 *
 * Text and HTML are their UTF-8 bytes (blob in SQLite, bytea in PostgreSQL): the dispatcher
 * hands them to nodemailer as they are, without turning them into strings and back. TypeORM has
 * no column type for bytes that both databases accept, so the table has no entity and this
 * module is the only one that reads or writes it.
 */
export interface MailBody {
  text: Buffer;
  html: Buffer | null;
  attachments: MailAttachment[] | null;
}

/** Writes the bodies of one of queueMails' chunks, in one statement (a body binds four parameters, its outbox row twelve). */
export async function writeMailBodies(manager: EntityManager, bodies: ReadonlyArray<{ key: string; text: string; html?: string | null; attachments?: MailAttachment[] }>): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into('mail_bodies', ['key', 'text', 'html', 'attachments'])
    .values(
      bodies.map((b) => ({
        key: b.key,
        text: Buffer.from(b.text, 'utf8'),
        html: b.html == null ? null : Buffer.from(b.html, 'utf8'),
        attachments: b.attachments?.length ? JSON.stringify(b.attachments) : null,
      })),
    )
    .execute();
}

/** The bodies of these keys, by key; a key without a body is missing from the map. */
export async function readMailBodies(manager: EntityManager, keys: readonly string[]): Promise<Map<string, MailBody>> {
  if (!keys.length) return new Map();
  const rows = await manager
    .createQueryBuilder()
    .select(['b.key AS key', 'b.text AS text', 'b.html AS html', 'b.attachments AS attachments'])
    .from('mail_bodies', 'b')
    .where('b.key IN (:...keys)', { keys })
    .getRawMany<{ key: string; text: Buffer; html: Buffer | null; attachments: string | null }>();
  return new Map(rows.map((r) => [r.key, { text: r.text, html: r.html, attachments: r.attachments === null ? null : (JSON.parse(r.attachments) as MailAttachment[]) }]));
}
