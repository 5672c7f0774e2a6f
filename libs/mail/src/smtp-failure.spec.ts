import { isPermanentSmtpFailure } from './smtp-failure';

const smtpError = (responseCode: number) => Object.assign(new Error(`${responseCode} refused`), { responseCode });

describe('isPermanentSmtpFailure', () => {
  it('is permanent for a 5xx reply', () => {
    expect(isPermanentSmtpFailure(smtpError(550))).toBe(true);
    expect(isPermanentSmtpFailure(smtpError(554))).toBe(true);
  });

  it('is temporary for a 4xx reply, a refused connection or a time-out', () => {
    expect(isPermanentSmtpFailure(smtpError(451))).toBe(false);
    expect(isPermanentSmtpFailure(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ESOCKET' }))).toBe(false);
    expect(isPermanentSmtpFailure(Object.assign(new Error('Greeting never received'), { code: 'ETIMEDOUT' }))).toBe(false);
    expect(isPermanentSmtpFailure(null)).toBe(false);
  });
});
