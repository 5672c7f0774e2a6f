import { ProcessingFeeError } from './errors';

/**
 * The processing fee of art. 42 under 国办函〔2020〕109号. Normally nothing is charged; a fee
 * is due only beyond a reasonable volume, counted either per request (the same requester's
 * requests in one calendar month) or per page of one answer, never both.
 */
export const FEE_BASIS = '国办函〔2020〕109号《政府信息公开信息处理费管理办法》';

export interface FeeTier {
  from: number;
  /** Inclusive; null for the open top tier. */
  to: number | null;
  unitPriceYuan: number;
}

/** Per request: 1–10 free, 11–30 at 100 yuan, then 100 yuan more for every further 10. */
export const PER_REQUEST_FIRST_TIERS: readonly FeeTier[] = [
  { from: 1, to: 10, unitPriceYuan: 0 },
  { from: 11, to: 30, unitPriceYuan: 100 },
];

export const PER_PAGE_TIERS: readonly FeeTier[] = [
  { from: 1, to: 30, unitPriceYuan: 0 },
  { from: 31, to: 100, unitPriceYuan: 10 },
  { from: 101, to: 200, unitPriceYuan: 20 },
  { from: 201, to: null, unitPriceYuan: 40 },
];

export type FeeMethod = 'per_request' | 'per_page';

/** What the fee is counted on: one or the other, never both. */
export type FeeInput =
  /** requestNumberInMonth: 1 for the requester's first request of the calendar month, and so on. */
  | { method: 'per_request'; requestNumberInMonth: number }
  | { method: 'per_page'; pages: number };

export interface FeeLine {
  from: number;
  to: number;
  units: number;
  unitPriceYuan: number;
  subtotalYuan: number;
}

export interface FeeQuote {
  method: FeeMethod;
  amountYuan: number;
  lines: FeeLine[];
  explanation: string;
  basis: string;
}

/** The fee for one request, counted per request or per page. */
export function processingFee(input: FeeInput): FeeQuote {
  const given = input as { method?: unknown; requestNumberInMonth?: unknown; pages?: unknown };
  if (given.requestNumberInMonth !== undefined && given.pages !== undefined) {
    throw new ProcessingFeeError('按件计收和按量计收只能选择一种，不能同时计收');
  }
  if (input.method === 'per_request') return perRequestFee(input.requestNumberInMonth);
  if (input.method === 'per_page') return perPageFee(input.pages);
  throw new ProcessingFeeError(`计收方式应为按件（per_request）或按量（per_page），却是${String(given.method)}`);
}

/** The price of the n-th request a requester makes in a calendar month. */
export function perRequestUnitPrice(n: number): number {
  assertCount(n, '本月申请序号');
  if (n <= 10) return 0;
  if (n <= 30) return 100;
  return 100 + 100 * Math.ceil((n - 30) / 10);
}

function perRequestFee(n: number): FeeQuote {
  const price = perRequestUnitPrice(n);
  const tier = n <= 10 ? '1—10件不收费' : n <= 30 ? '11—30件每件100元' : `${tierStart(n)}—${tierStart(n) + 9}件每件${price}元`;
  return {
    method: 'per_request',
    amountYuan: price,
    lines: [{ from: n, to: n, units: 1, unitPriceYuan: price, subtotalYuan: price }],
    explanation: `按件计收：同一申请人本月第${n}件申请，${tier}，应收${price}元。`,
    basis: FEE_BASIS,
  };
}

function tierStart(n: number): number {
  return 31 + 10 * Math.floor((n - 31) / 10);
}

/** Everything one requester owes for `count` requests in one calendar month, per request. */
export function monthlyPerRequestFees(count: number): FeeQuote {
  if (count !== 0) assertCount(count, '本月申请件数');
  const lines: FeeLine[] = [];
  for (let from = 1; from <= count; ) {
    const price = perRequestUnitPrice(from);
    const to = Math.min(count, from <= 10 ? 10 : from <= 30 ? 30 : tierStart(from) + 9);
    lines.push({ from, to, units: to - from + 1, unitPriceYuan: price, subtotalYuan: (to - from + 1) * price });
    from = to + 1;
  }
  return quote('per_request', lines, `按件计收：同一申请人本月共${count}件申请`, '件');
}

function perPageFee(pages: number): FeeQuote {
  assertCount(pages, '页数');
  const lines = PER_PAGE_TIERS.flatMap((tier) => {
    const to = Math.min(pages, tier.to ?? pages);
    if (to < tier.from) return [];
    const units = to - tier.from + 1;
    const { from, unitPriceYuan } = tier;
    return [{ from, to, units, unitPriceYuan, subtotalYuan: units * unitPriceYuan }];
  });
  return quote('per_page', lines, `按量计收：本件答复共${pages}页`, '页');
}

function quote(method: FeeMethod, lines: FeeLine[], opening: string, unit: string): FeeQuote {
  const amountYuan = lines.reduce((sum, line) => sum + line.subtotalYuan, 0);
  const parts = lines.map((line) =>
    line.unitPriceYuan === 0
      ? `第${line.from}—${line.to}${unit}不收费`
      : `第${line.from}—${line.to}${unit}${line.units}${unit}×${line.unitPriceYuan}元=${line.subtotalYuan}元`,
  );
  const detail = parts.length > 0 ? `，${parts.join('；')}` : '';
  return { method, amountYuan, lines, explanation: `${opening}${detail}；合计${amountYuan}元。`, basis: FEE_BASIS };
}

function assertCount(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 1) throw new ProcessingFeeError(`${what}应为正整数，却是${String(value)}`);
}
