import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  /** Decoded as a mail client shows it. */
  subject: string;
  messageId: string;
}

/** The Subject header with its encoded words decoded. */
export function decodedSubject(raw: string): string {
  const header = /^Subject: ([\s\S]*?)\r?\n(?=\S)/m.exec(raw)?.[1] ?? '';
  return header
    .replace(/\r?\n\s+/g, ' ')
    .replace(/=\?UTF-8\?B\?([^?]+)\?=\s*/gi, (_, b64: string) => Buffer.from(b64, 'base64').toString('utf8'))
    .replace(/=\?UTF-8\?Q\?([^?]+)\?=\s*/gi, (_, q: string) =>
      Buffer.from(q.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
    )
    .trim();
}

export interface SmtpSink {
  url: string;
  received: ReceivedMail[];
  /** Answers every recipient, or only `recipient`, with this reply (`550 …` permanent, `451 …` temporary) until called with null. */
  refuse(reply: { code: number; text: string } | null, recipient?: string): void;
  stop(): Promise<void>;
}

/** A real SMTP server on loopback that keeps what it receives, or refuses it as told (tests and `npm run cluster`; smtp-server is a dev dependency). */
export async function startSmtpSink(port = 0): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  // By recipient; the entry under null answers every recipient.
  const refusals = new Map<string | null, { code: number; text: string }>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const refusal = refusals.get(address.address) ?? refusals.get(null);
      if (!refusal) return callback();
      callback(Object.assign(new Error(refusal.text), { responseCode: refusal.code }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          subject: decodedSubject(raw),
          // Long ids are folded onto the next line.
          messageId: /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1] ?? '',
        });
        callback();
      });
    },
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    // A sender killed mid-message (the cluster proof kills a worker) resets its connection: a
    // real server shrugs that off, and the message, never accepted, is sent again.
    if (error.code === 'ECONNRESET' || error.code === 'EPIPE') return;
    throw error;
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${bound}`,
    received,
    refuse: (reply, recipient) => {
      if (reply) refusals.set(recipient ?? null, reply);
      else refusals.delete(recipient ?? null);
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
