// Exact arithmetic for the hot paths of large tables. Amounts stay Decimals everywhere they are
// stored or shown; sums over many rows and the per-year shares of sources are worked out in
// whole billionths of the table's unit as BigInt (integers, so exact), which is several times
// faster than Decimal on 100.000 rows. A cell holds at most 9 decimals (cell-amount.ts); an
// amount with more decimals (rare: a unit conversion of text) goes through Decimal instead, and
// so does everything where the engine has no BigInt (the EdgeHTML webview of older Excel builds:
// the add-in ships ES2017, so no BigInt literals here either, only BigInt() calls).
import { Decimal, ZERO } from './decimal';

const SCALE_DIGITS = 9;
const HAS_BIGINT = typeof BigInt === 'function';
const MILLION = HAS_BIGINT ? BigInt(1000000) : null;
const NOTHING = HAS_BIGINT ? BigInt(0) : null;

// A Decimal is immutable: its value in billionths is worked out once.
const billionths = new WeakMap<Decimal, bigint | null>();

/** The amount in billionths of its unit, or null when it has more than 9 decimals. */
export function billionthsOf(value: Decimal): bigint | null {
  let b = billionths.get(value);
  if (b !== undefined) return b;
  if (!HAS_BIGINT || !value.isFinite()) {
    billionths.set(value, null);
    return null;
  }
  const text = value.toFixed();
  const negative = text.charCodeAt(0) === 45;
  const digits = negative ? text.slice(1) : text;
  const dot = digits.indexOf('.');
  const frac = dot < 0 ? '' : digits.slice(dot + 1);
  if (frac.length > SCALE_DIGITS) b = null;
  else {
    const whole = BigInt((dot < 0 ? digits : digits.slice(0, dot)) + frac.padEnd(SCALE_DIGITS, '0'));
    b = negative ? -whole : whole;
  }
  billionths.set(value, b);
  return b;
}

/** The Decimal of a number of billionths (remembered, so it converts back for free). */
export function fromBillionths(b: bigint): Decimal {
  const negative = b < (NOTHING as bigint);
  const digits = (negative ? -b : b).toString().padStart(SCALE_DIGITS + 1, '0');
  const whole = digits.slice(0, -SCALE_DIGITS);
  const frac = digits.slice(-SCALE_DIGITS).replace(/0+$/, '');
  const value = new Decimal(`${negative ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`);
  billionths.set(value, b);
  return value;
}

/** An exact running sum. */
export class ExactSum {
  private whole = NOTHING;
  private rest: Decimal | null = null;
  private any = false;

  add(value: Decimal): void {
    this.any = true;
    const b = billionthsOf(value);
    if (b === null) this.rest = this.rest ? this.rest.plus(value) : value;
    else this.whole = (this.whole as bigint) + b;
  }

  /** Adds `value` `times` times. */
  addTimes(value: Decimal, times: number): void {
    this.any = true;
    const b = billionthsOf(value);
    if (b === null) {
      const v = times === 1 ? value : value.times(times);
      this.rest = this.rest ? this.rest.plus(v) : v;
    } else this.whole = (this.whole as bigint) + b * BigInt(times);
  }

  /** Nothing was added. */
  isEmpty(): boolean {
    return !this.any;
  }

  value(): Decimal {
    const whole = this.whole === null || this.whole === NOTHING ? ZERO : fromBillionths(this.whole);
    return this.rest ? whole.plus(this.rest) : whole;
  }
}

/** ROUNDDOWN(year × part / total, 3): a part's share of a year, to the thousandth, toward zero. */
export function shareDown(year: Decimal, part: Decimal, total: Decimal, decimals: number): Decimal {
  const y = billionthsOf(year);
  const p = billionthsOf(part);
  const t = billionthsOf(total);
  if (decimals === 3 && y !== null && p !== null && t !== null && t !== NOTHING) {
    // y·p/t in billionths is (Y·P/T)/1e9; in thousandths (Y·P)/(T·1e6), truncated toward zero as
    // BigInt division does.
    const million = MILLION as bigint;
    return fromBillionths(((y * p) / (t * million)) * million);
  }
  // No share of nothing: a zero total leaves the year to the last part (see summary.ts).
  if (total.isZero()) return ZERO;
  return year.times(part).div(total).toDecimalPlaces(decimals, Decimal.ROUND_DOWN);
}

/** year − the sum of the other parts' shares, exactly. */
export function remainder(year: Decimal, shares: readonly Decimal[]): Decimal {
  const sum = new ExactSum();
  for (const s of shares) sum.add(s);
  const y = billionthsOf(year);
  const taken = sum.value();
  const t = billionthsOf(taken);
  return y !== null && t !== null ? fromBillionths(y - t) : year.minus(taken);
}
