import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../instant-column';

export const MAIL_STATUSES = ['queued', 'sending', 'sent', 'failed', 'dead'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/** A file sent with a message, kept as base64 so the stored body is the whole message. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  contentBase64: string;
  /** Set for a picture shown inside the HTML (`<img src="cid:…">`) rather than attached beside it. */
  cid?: string;
}

/**
 * The mail outbox: one row per message, keyed by its idempotency key, holding who it goes to and
 * how its delivery stands; what it says is in mail_bodies (libs/mail/src/mail-bodies.ts). A message is queued
 * in the same transaction as the step that causes it and sent by the outbox dispatcher.
 */
@Entity('mail_outbox')
export class MailMessageEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  key!: string;

  @Column({ name: 'to_addresses', type: 'simple-json' })
  to!: string[];

  @Column({ name: 'cc_addresses', type: 'simple-json' })
  cc!: string[];

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  /** queued, sending (leased by a dispatcher), sent, failed (the last error; retried), or dead (refused for good or out of attempts). */
  @Column({ type: 'varchar', length: 10 })
  status!: MailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @InstantColumn({ name: 'next_attempt_at' })
  nextAttemptAt!: Date;

  @InstantColumn({ name: 'lease_until', nullable: true })
  leaseUntil!: Date | null;

  /** The dispatcher pass that holds the lease: one statement claims a batch, this finds it again. */
  @Column({ name: 'claim_token', type: 'varchar', length: 36, nullable: true })
  claimToken!: string | null;

  @Column({ name: 'message_id', type: 'varchar', length: 300, nullable: true })
  messageId!: string | null;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;

  @InstantColumn({ name: 'sent_at', nullable: true })
  sentAt!: Date | null;
}
