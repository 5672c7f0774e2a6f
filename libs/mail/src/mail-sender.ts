import * as fs from 'node:fs';
import * as path from 'node:path';
import nodemailer from 'nodemailer';
import { DEFAULT_SMTP_CONNECTIONS, type AppConfig } from '../../config/src/app-config';

export interface OutgoingMail {
  /** The idempotency key: the same key is the same message, however often it is sent. */
  key: string;
  to: string[];
  cc?: string[];
  subject: string;
  /** Bytes are UTF-8, as the outbox keeps them (see mail-bodies.ts). */
  text: string | Buffer;
  html?: string | Buffer;
  attachments?: Array<{ filename: string; content: Buffer; contentType?: string; cid?: string }>;
}

export interface SentMail {
  messageId: string;
  /** false when the outbox already held this key: nothing was written again. */
  delivered: boolean;
}

export interface MailSender {
  /** How many messages it sends at once (its SMTP connections): the outbox keeps that many in flight. */
  readonly connections: number;
  send(mail: OutgoingMail): Promise<SentMail>;
  close(): void;
}

/** Message-ID from the key: a retried send carries the same id, so mail clients fold duplicates. */
export function messageIdFor(key: string): string {
  return `<${key.replace(/[^A-Za-z0-9._-]/g, '_')}@disclosure-engine>`;
}

/**
 * Bytes go out base64-encoded as they are. Given a string, nodemailer scans it to choose between
 * quoted-printable and base64 and encodes it to bytes first; for the outbox's bodies that was a
 * tenth of a message's sending (bench). Base64 carries any text, and is what nodemailer chose
 * for mostly Chinese text anyway.
 */
function part(content: string | Buffer | undefined) {
  return Buffer.isBuffer(content) ? { content, contentTransferEncoding: 'base64' as const } : content;
}

function message(from: string, mail: OutgoingMail) {
  return {
    from,
    to: mail.to,
    cc: mail.cc,
    subject: mail.subject,
    text: part(mail.text),
    html: part(mail.html),
    attachments: mail.attachments,
    messageId: messageIdFor(mail.key),
  };
}

/** SMTP through nodemailer when SMTP_URL is set; otherwise one .eml file per key in the outbox folder. */
export function createMailSender(
  config: Pick<AppConfig['mail'], 'smtpUrl' | 'from' | 'outboxDir'> & Partial<Pick<AppConfig['mail'], 'smtpConnections'>>,
): MailSender {
  if (config.smtpUrl) {
    // Connections kept open and reused: opening one per message cost ~100 ms each (bench).
    const connections = config.smtpConnections ?? DEFAULT_SMTP_CONNECTIONS;
    const transport = nodemailer.createTransport({ url: config.smtpUrl, pool: true, maxConnections: connections });
    return {
      connections,
      async send(mail) {
        const info = await transport.sendMail(message(config.from, mail));
        return { messageId: info.messageId, delivered: true };
      },
      close: () => transport.close(),
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    // Each file is written in one synchronous call: a second in flight would only wait for it.
    connections: 1,
    async send(mail) {
      const info = await transport.sendMail(message(config.from, mail));
      fs.mkdirSync(config.outboxDir, { recursive: true });
      const file = path.join(config.outboxDir, `${mail.key.replace(/[^A-Za-z0-9._-]/g, '_')}.eml`);
      try {
        fs.writeFileSync(file, info.message as Buffer, { flag: 'wx' });
        return { messageId: info.messageId, delivered: true };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { messageId: info.messageId, delivered: false };
        throw error;
      }
    },
    close: () => transport.close(),
  };
}
