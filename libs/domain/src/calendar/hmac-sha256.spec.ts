import { createHmac } from 'node:crypto';
import { hmacSha256Hex } from './hmac-sha256';

describe('hmacSha256Hex', () => {
  it('gives the RFC 4231 answer', () => {
    expect(hmacSha256Hex('Jefe', 'what do ya want for nothing?')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  it('agrees with node:crypto for short, long and non-ASCII keys and messages', () => {
    for (const [key, message] of [
      ['k', ''],
      ['test-trail-key-that-is-long-enough-0123456789', '{"comment":"同意","seq":4}'],
      ['密钥'.repeat(40), 'x'.repeat(1000)],
    ]) {
      expect(hmacSha256Hex(key, message)).toBe(createHmac('sha256', key).update(message, 'utf8').digest('hex'));
    }
  });
});
