import { ProcessingFeeError } from './errors';
import { monthlyPerRequestFees, perRequestUnitPrice, processingFee } from './processing-fee';

describe('processing fee per request (same requester, one calendar month)', () => {
  it('is free up to 10, 100 yuan from 11 to 30, then 100 yuan more for every further 10', () => {
    const prices = [1, 10, 11, 30, 31, 40, 41, 50, 51].map(perRequestUnitPrice);
    expect(prices).toEqual([0, 0, 100, 100, 200, 200, 300, 300, 400]);
  });

  it('quotes the 12th request of the month at 100 yuan, saying why', () => {
    expect(processingFee({ method: 'per_request', requestNumberInMonth: 12 })).toMatchObject({
      method: 'per_request',
      amountYuan: 100,
      explanation: '按件计收：同一申请人本月第12件申请，11—30件每件100元，应收100元。',
    });
    expect(processingFee({ method: 'per_request', requestNumberInMonth: 35 }).explanation).toContain('31—40件每件200元');
  });

  it('totals 45 requests in a month: 10×0 + 20×100 + 10×200 + 5×300 = 5500 yuan', () => {
    const quote = monthlyPerRequestFees(45);
    expect(quote.amountYuan).toBe(5500);
    expect(quote.lines.map((l) => [l.from, l.to, l.unitPriceYuan, l.subtotalYuan])).toEqual([
      [1, 10, 0, 0],
      [11, 30, 100, 2000],
      [31, 40, 200, 2000],
      [41, 45, 300, 1500],
    ]);
    expect(monthlyPerRequestFees(0).amountYuan).toBe(0);
  });
});

describe('processing fee per page (one answer)', () => {
  it.each([
    [30, 0],
    [31, 10],
    [100, 700],
    [101, 720],
    [200, 2700],
    [250, 4700],
  ])('%i pages cost %i yuan', (pages, yuan) => {
    expect(processingFee({ method: 'per_page', pages }).amountYuan).toBe(yuan);
  });

  it('explains each tier', () => {
    expect(processingFee({ method: 'per_page', pages: 250 }).explanation).toBe(
      '按量计收：本件答复共250页，第1—30页不收费；第31—100页70页×10元=700元；' +
        '第101—200页100页×20元=2000元；第201—250页50页×40元=2000元；合计4700元。',
    );
  });
});

describe('processingFee refuses', () => {
  it('charging per request and per page at once', () => {
    const both = { method: 'per_page', pages: 50, requestNumberInMonth: 12 } as never;
    expect(() => processingFee(both)).toThrow(ProcessingFeeError);
    expect(() => processingFee(both)).toThrow('只能选择一种');
  });

  it('counts that are not positive integers, and unknown methods', () => {
    expect(() => processingFee({ method: 'per_page', pages: 0 })).toThrow(ProcessingFeeError);
    expect(() => processingFee({ method: 'per_page', pages: 12.5 })).toThrow('页数应为正整数');
    expect(() => processingFee({ method: 'per_request', requestNumberInMonth: -1 })).toThrow(ProcessingFeeError);
    expect(() => processingFee({ method: 'per_word' } as never)).toThrow('计收方式');
  });
});
