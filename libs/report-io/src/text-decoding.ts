/**
 * Text as offices save it: UTF-8 with or without BOM, GB18030 (GBK) from Notepad or WPS on
 * Chinese Windows, UTF-16 ("Unicode" in Notepad). Null when the bytes are none of these.
 */
export function decodeText(content: Uint8Array): string | null {
  const decoded = decodeBytes(content);
  if (decoded === null) return null;
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  // Control characters other than tab, CR, LF and form feed only occur in binary files.
  return /[\x00-\x08\x0e-\x1a\x1c-\x1f]/u.test(text.slice(0, 64 * 1024)) ? null : text;
}

function decodeBytes(content: Uint8Array): string | null {
  if (content[0] === 0xff && content[1] === 0xfe) return new TextDecoder('utf-16le').decode(content);
  if (content[0] === 0xfe && content[1] === 0xff) return new TextDecoder('utf-16be').decode(content);
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(content);
    } catch {
      // not this encoding: try the next
    }
  }
  return null;
}
