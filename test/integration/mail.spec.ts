import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createMailSender, messageIdFor } from '../../libs/mail/src';
import { startSmtpSink } from '../support/smtp-sink';

const mail = {
  key: 'circular-2024Q3-unit-42',
  to: ['gkb@jyj.example.cn'],
  subject: '关于2024年第三季度政务公开工作情况的通报',
  text: '各单位：现将第三季度政务公开工作情况通报如下。',
  attachments: [{ filename: '通报.txt', content: Buffer.from('排名'), contentType: 'text/plain' }],
};

describe('mail', () => {
  it('sends through SMTP_URL to a real SMTP server on loopback, Chinese subject and attachment intact', async () => {
    const sink = await startSmtpSink();
    const sender = createMailSender({ smtpUrl: sink.url, from: '政务公开办 <gkb@gov.example.cn>', outboxDir: '/nonexistent' });
    try {
      const sent = await sender.send(mail);
      expect(sent.messageId).toBe(messageIdFor(mail.key));
      expect(sink.received).toHaveLength(1);
      expect(sink.received[0].to).toEqual(['gkb@jyj.example.cn']);
      expect(sink.received[0].from).toBe('gkb@gov.example.cn');
      const raw = sink.received[0].raw;
      expect(raw).toContain(`Message-ID: ${messageIdFor(mail.key)}`);
      // Encoded words for the subject; decode to compare what a mail client would show.
      const encoded = /Subject: ([\s\S]*?)\r?\n(?=\S)/.exec(raw)![1].replace(/\r?\n\s+/g, ' ');
      const decoded = encoded.replace(/=\?UTF-8\?B\?([^?]+)\?=\s*/gi, (_, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
      expect(decoded).toBe(mail.subject);
      expect(raw).toContain('filename');
    } finally {
      sender.close();
      await sink.stop();
    }
  });

  it('writes one .eml per key to the outbox when no SMTP server is set, and never twice', async () => {
    const outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dse-outbox-'));
    const sender = createMailSender({ smtpUrl: null, from: 'gkb@gov.example.cn', outboxDir });
    const first = await sender.send(mail);
    const again = await sender.send({ ...mail, text: 'changed on retry' });
    expect(first.delivered).toBe(true);
    expect(again.delivered).toBe(false);
    expect(fs.readdirSync(outboxDir)).toEqual(['circular-2024Q3-unit-42.eml']);
    const eml = fs.readFileSync(path.join(outboxDir, 'circular-2024Q3-unit-42.eml'), 'utf8');
    expect(eml).toContain('To: gkb@jyj.example.cn');
    expect(eml).not.toContain('changed on retry');
    sender.close();
  });
});
