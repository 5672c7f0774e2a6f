import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MailAttachment } from './mail-message.entity';

/**
 * What a queued message says, apart from its delivery state in mail_outbox (same key). A
 * digest is about 20 KB of text and HTML; kept in the outbox row, each claim and each record of
 * a sending rewrote all of it (SQLite rewrites a whole row), which cost 0.3 ms a message of the
 * dispatcher's 1.4 (bench). Written once with its outbox row, in the same transaction; never changed.
 */
@Entity('mail_bodies')
export class MailBodyEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  key!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text', nullable: true })
  html!: string | null;

  @Column({ type: 'simple-json', nullable: true })
  attachments!: MailAttachment[] | null;
}
