import { sha256Hex, utf8Bytes } from './sha256';

const BLOCK = 64;

const hexBytes = (hex: string) => Uint8Array.from(hex.match(/../g)!.map((h) => parseInt(h, 16)));

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** HMAC-SHA256 (RFC 2104) over the plain-TypeScript SHA-256, so domain code stays free of Node built-ins. */
export function hmacSha256Hex(key: string, message: string): string {
  let keyBytes = utf8Bytes(key);
  if (keyBytes.length > BLOCK) keyBytes = hexBytes(sha256Hex(keyBytes));
  const inner = new Uint8Array(BLOCK);
  const outer = new Uint8Array(BLOCK);
  for (let i = 0; i < BLOCK; i++) {
    const k = keyBytes[i] ?? 0;
    inner[i] = k ^ 0x36;
    outer[i] = k ^ 0x5c;
  }
  return sha256Hex(concat(outer, hexBytes(sha256Hex(concat(inner, utf8Bytes(message))))));
}
