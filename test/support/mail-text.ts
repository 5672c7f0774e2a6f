/** The plain-text body of a received message, decoded from base64 or quoted-printable as sent. */
export function mailText(raw: string): string {
  return mailPart(raw, 'text/plain') ?? '';
}

/** The HTML body of a received message, decoded as a mail client would; null when it has none. */
export function mailHtml(raw: string): string | null {
  return mailPart(raw, 'text/html');
}

/** The first part of this type, looking into multipart bodies; a message without a Content-Type is plain text. */
function mailPart(raw: string, type: string): string | null {
  const split = /\r?\n\r?\n/.exec(raw);
  const head = split ? raw.slice(0, split.index) : raw;
  const body = split ? raw.slice(split.index + split[0].length) : '';
  const contentType = /^Content-Type:\s*([^;\s]+)([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)/im.exec(head);
  const mime = contentType?.[1].toLowerCase() ?? 'text/plain';
  if (mime.startsWith('multipart/')) {
    const boundary = /boundary="?([^";\r\n]+)"?/i.exec(contentType![2])?.[1];
    if (!boundary) return null;
    for (const part of body.split(`--${boundary}`).slice(1)) {
      if (part.startsWith('--')) break;
      const found = mailPart(part.replace(/^\r?\n/, ''), type);
      if (found !== null) return found;
    }
    return null;
  }
  if (mime !== type) return null;
  const encoding = /^Content-Transfer-Encoding:\s*(\S+)/im.exec(head)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}
