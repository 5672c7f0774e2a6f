/**
 * 行政事业性收费 is reported in 万元, the one money cell of the report. Amounts are kept as
 * decimal text and added in whole 分 (0.000001 万元), so no binary fraction ever creeps in.
 */
export const WAN_DECIMALS = 6;
const SCALE = 10 ** WAN_DECIMALS;
const DECIMAL = /^(\d{1,12})(?:\.(\d{1,6}))?$/;

/** The amount as decimal text without trailing zeros, e.g. 12.35; null when not a usable amount. */
export function wanText(amount: number): string | null {
  if (!Number.isFinite(amount) || amount < 0) return null;
  return fromFen(Math.round(amount * SCALE));
}

export function sumWan(amounts: readonly string[]): string {
  return fromFen(amounts.reduce((sum, amount) => sum + toFen(amount), 0));
}

function toFen(text: string): number {
  const match = DECIMAL.exec(text);
  if (!match) throw new RangeError(`"${text}" is not an amount in 万元 with at most ${WAN_DECIMALS} decimals`);
  return Number(match[1]) * SCALE + Number((match[2] ?? '').padEnd(WAN_DECIMALS, '0'));
}

function fromFen(fen: number): string {
  const whole = Math.floor(fen / SCALE);
  const fraction = String(fen % SCALE).padStart(WAN_DECIMALS, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}
