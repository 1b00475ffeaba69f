// Exact arithmetic for the hot paths of large tables. Amounts stay Decimals everywhere they are
// stored or shown; sums over many rows and the per-year shares of sources are worked out in
// whole billionths of the table's unit, as integers (so exact), which is many times faster than
// Decimal on 100.000 rows. A cell holds at most 9 decimals (cell-amount.ts); an amount with more
// decimals (rare: a unit conversion of text) goes through Decimal instead.
//
// Integers, two ways: a JS number while it stays within ±2^53 (every integer there is exact, and
// a sum, product or quotient of such integers that stays there is computed exactly: this is how
// decimal.js itself computes on its words), else BigInt. Where the engine has no BigInt (the
// EdgeHTML webview of older Excel builds: the add-in ships ES2017, so no BigInt literals here,
// only BigInt() calls), anything past 2^53 goes through Decimal.
//
// The conversions read and build a Decimal's own digits (decimal.js keeps them as `d`, words of
// seven decimal digits aligned on powers of 10^7, `e` the exponent of the first digit, `s` the
// sign; all three are in its typings) instead of printing and parsing text: printing, parsing
// and remembering the result per Decimal cost microseconds each, and a 100.000-row table makes
// millions of them.
import { Decimal, ZERO } from './decimal';

const SCALE_DIGITS = 9;
const HAS_BIGINT = typeof BigInt === 'function';
const NOTHING = HAS_BIGINT ? BigInt(0) : null;
const WORD = 1e7;
const WORD_DIGITS = 7;
const SAFE = Number.MAX_SAFE_INTEGER;
/** A running number sum stays within ±2^52, so adding one more such term is still exact. */
export const HALF_SAFE = 2 ** 52;
const BIG_SAFE = HAS_BIGINT ? BigInt(SAFE) : null;
const POW10: number[] = [];
for (let i = 0, p = 1; i <= 22; i++, p *= 10) POW10.push(p);
const BIG_POW10: bigint[] = HAS_BIGINT ? POW10.map((p) => BigInt(p)) : [];
/** Billionths in a thousandth: allocations are kept to 3 decimals (allocate.ts). */
const PER_THOUSANDTH = 1e6;
/** decimal.js takes any object with its tag and digits as a Decimal (it copies the digits). */
const TAG = '[object Decimal]';

function digitCount(word: number): number {
  let k = 1;
  while (k < WORD_DIGITS && word >= POW10[k]) k++;
  return k;
}

/**
 * The amount in billionths of its unit as a number, when it is a whole number of billionths
 * within ±2^53; NaN otherwise (more than 9 decimals, too large, not finite).
 */
export function smallBillionths(value: Decimal): number {
  const d = value.d;
  if (!d || d.length > 2) return NaN;
  // value = digits × 10^low, digits the words joined (at most 14 digits, exact).
  const digits = d.length === 1 ? d[0] : d[0] * WORD + d[1];
  const shift = value.e - digitCount(d[0]) + 1 - WORD_DIGITS * (d.length - 1) + SCALE_DIGITS;
  let n: number;
  if (shift >= 0) {
    if (shift > 22) return NaN;
    n = digits * POW10[shift];
    if (n > SAFE) return NaN;
  } else {
    if (-shift > 22 || digits % POW10[-shift] !== 0) return NaN;
    n = digits / POW10[-shift];
  }
  return value.s < 0 ? -n : n;
}

/** The amount in billionths of its unit, or null when it has more than 9 decimals. */
export function billionthsOf(value: Decimal): bigint | null {
  if (!HAS_BIGINT || !value.d) return null;
  const n = smallBillionths(value);
  if (n === n) return BigInt(n);
  const text = value.toFixed();
  const negative = text.charCodeAt(0) === 45;
  const digits = negative ? text.slice(1) : text;
  const dot = digits.indexOf('.');
  const frac = dot < 0 ? '' : digits.slice(dot + 1);
  if (frac.length > SCALE_DIGITS) return null;
  const whole = BigInt((dot < 0 ? digits : digits.slice(0, dot)) + frac.padEnd(SCALE_DIGITS, '0'));
  return negative ? -whole : whole;
}

/** The Decimal of a whole number of billionths within ±2^53. */
export function fromSmallBillionths(n: number): Decimal {
  if (n === 0) return ZERO;
  const negative = n < 0;
  let m = negative ? -n : n;
  // n × 10^-9 with words aligned on powers of 10^7: 10^-9 = 10^5 × 10^-14, so the integer
  // n × 10^5 written in base 10^7 has its words exactly where decimal.js wants them; its lowest
  // word is (n mod 100) × 10^5.
  const words: number[] = [(m % 100) * 100000];
  m = (m - (m % 100)) / 100;
  while (m > 0) {
    const w = m % WORD;
    words.push(w);
    m = (m - w) / WORD;
  }
  // words[i] is the digit group of 10^(7i − 14); most significant first, no zero words at the end.
  let lowest = 0;
  while (words[lowest] === 0) lowest++;
  const d: number[] = [];
  for (let i = words.length - 1; i >= lowest; i--) d.push(words[i]);
  const e = WORD_DIGITS * (words.length - 1) - 14 + digitCount(words[words.length - 1]) - 1;
  return new Decimal({ s: negative ? -1 : 1, e, d, toStringTag: TAG } as unknown as Decimal);
}

/** The Decimal of a number of billionths. */
export function fromBillionths(b: bigint): Decimal {
  const negative = b < (NOTHING as bigint);
  const magnitude = negative ? -b : b;
  if (magnitude <= (BIG_SAFE as bigint)) return fromSmallBillionths(Number(b));
  const digits = magnitude.toString();
  const whole = digits.slice(0, -SCALE_DIGITS);
  const frac = digits.slice(-SCALE_DIGITS).replace(/0+$/, '');
  return new Decimal(`${negative ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`);
}

/** An exact running sum. */
export class ExactSum {
  /** Billionths, kept within ±2^52. */
  private small = 0;
  private whole = NOTHING;
  private rest: Decimal | null = null;
  private any = false;

  add(value: Decimal): void {
    const n = smallBillionths(value);
    if (n === n) this.addBillionths(n);
    else this.addLarge(value);
  }

  /** Adds a cell's value, by the billionths it carries when it has them. */
  addCell(cell: { value: Decimal | null; billionths: number }): void {
    const n = cell.billionths;
    if (n === n) this.addBillionths(n);
    else if (cell.value) this.add(cell.value);
  }

  /** Adds a whole number of billionths (a safe integer). */
  addBillionths(n: number): void {
    this.any = true;
    if (n <= HALF_SAFE && n >= -HALF_SAFE) {
      this.small += n;
      if (this.small <= HALF_SAFE && this.small >= -HALF_SAFE) return;
      if (!HAS_BIGINT) {
        this.rest = this.rest ? this.rest.plus(fromSmallBillionths(this.small)) : fromSmallBillionths(this.small);
        this.small = 0;
        return;
      }
      n = this.small;
      this.small = 0;
    }
    if (HAS_BIGINT) this.whole = (this.whole as bigint) + BigInt(n);
    else this.rest = this.rest ? this.rest.plus(fromSmallBillionths(n)) : fromSmallBillionths(n);
  }

  /** Takes `value` away. */
  subtract(value: Decimal): void {
    const n = smallBillionths(value);
    if (n === n) this.addBillionths(-n);
    else this.addLarge(value.neg());
  }

  /** Adds a whole number of billionths `times` times. */
  addBillionthsTimes(n: number, times: number): void {
    const product = n * times;
    if (product <= HALF_SAFE && product >= -HALF_SAFE) this.addBillionths(product);
    else if (HAS_BIGINT) {
      this.any = true;
      this.whole = (this.whole as bigint) + BigInt(n) * BigInt(times);
    } else this.addLarge(fromSmallBillionths(n).times(times));
  }

  private addLarge(value: Decimal): void {
    this.any = true;
    const b = billionthsOf(value);
    if (b === null) this.rest = this.rest ? this.rest.plus(value) : value;
    else this.whole = (this.whole as bigint) + b;
  }

  /** Adds `value` `times` times. */
  addTimes(value: Decimal, times: number): void {
    const n = smallBillionths(value);
    if (n === n) {
      this.addBillionthsTimes(n, times);
      return;
    }
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
    let whole: Decimal;
    if (this.whole === null || this.whole === NOTHING) whole = fromSmallBillionths(this.small);
    else whole = fromBillionths((this.whole as bigint) + BigInt(this.small));
    return this.rest ? whole.plus(this.rest) : whole;
  }

  /** The sum equals `value` (without building the sum's Decimal when it need not). */
  equals(value: Decimal): boolean {
    if (this.rest === null && (this.whole === null || this.whole === NOTHING)) {
      const n = smallBillionths(value);
      if (n === n) return n === this.small;
    }
    return this.value().eq(value);
  }
}

/** shareDown's Decimal: private, its precision set for each quotient, truncating. */
const WIDE = Decimal.clone({ rounding: Decimal.ROUND_DOWN });

/** ROUNDDOWN(year × part / total, 3): a part's share of a year, to the thousandth, toward zero. */
export function shareDown(year: Decimal, part: Decimal, total: Decimal, decimals: number): Decimal {
  const y = billionthsOf(year);
  const p = billionthsOf(part);
  const t = billionthsOf(total);
  if (decimals === 3 && y !== null && p !== null && t !== null && t !== NOTHING) {
    // y·p/t in billionths is (Y·P/T)/1e9; in thousandths (Y·P)/(T·1e6), truncated toward zero as
    // BigInt division does.
    const million = BIG_POW10[6];
    return fromBillionths(((y * p) / (t * million)) * million);
  }
  // No share of nothing: a zero total leaves the year to the last part (see summary.ts).
  if (total.isZero()) return ZERO;
  if (year.isZero() || part.isZero()) return ZERO;
  // In Decimal, with enough digits that nothing is rounded before the cut: the product keeps all
  // its digits, and the quotient is truncated (never rounded up) at or past its `decimals`th
  // decimal, so cutting it again to `decimals` is the true ROUNDDOWN. At the core's 40 digits a
  // quotient of 38 integer digits would be rounded half up at its third decimal.
  const integerDigits = year.e + part.e - total.e + 2;
  WIDE.set({ precision: Math.max(year.sd() + part.sd(), integerDigits + decimals, 1) });
  const share = new WIDE(year).times(new WIDE(part)).div(new WIDE(total)).toDecimalPlaces(decimals, WIDE.ROUND_DOWN);
  return new Decimal(share);
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

/** Thousandths of a number of billionths, or NaN when it is not a whole number of them. */
function thousandths(n: number): number {
  return n % PER_THOUSANDTH === 0 ? n / PER_THOUSANDTH : NaN;
}

/**
 * Each year cut among shares in proportion, in billionths: share i < last gets
 * ROUNDDOWN(year × share_i / total, 3) (shareDown), the last share the year's remainder
 * (remainder). `out[i][j]` is share i's part of year j. All in numbers: null when an amount is
 * not a whole number of thousandths or a product would pass 2^53 (the caller then cuts with
 * shareDown and remainder). A quotient of integers a / b with |a| < 2^53 rounds to within less
 * than 1/|b| of the true value, and a true quotient that is not whole is at least 1/|b| from
 * the next whole number, so Math.trunc of it is the exact truncated quotient.
 */
export function cutYearsInBillionths(years: readonly number[], shares: readonly number[], total: number): number[][] | null {
  const flat = new Float64Array(shares.length * years.length);
  if (!cutYearsInto(years, years.length, shares, shares.length, total, flat)) return null;
  return shares.map((_, i) => Array.from(flat.subarray(i * years.length, (i + 1) * years.length)));
}

/**
 * cutYearsInBillionths on the first `yearCount` years and `shareCount` shares, into `out`
 * (share i's part of year j at i × yearCount + j) instead of new lists: the totals cut every
 * row of a large form. False when it cannot be done in numbers.
 */
export function cutYearsInto(years: ArrayLike<number>, yearCount: number, shares: ArrayLike<number>, shareCount: number, total: number, out: Float64Array): boolean {
  const t = thousandths(total);
  if (t !== t || t === 0) return false;
  const last = shareCount - 1;
  for (let i = 0; i < last; i++) {
    const p = thousandths(shares[i]);
    if (p !== p) return false;
    for (let j = 0; j < yearCount; j++) {
      const y = thousandths(years[j]);
      const product = y * p;
      if (y !== y || product > SAFE || product < -SAFE) return false;
      const share = Math.trunc(product / t) * PER_THOUSANDTH;
      if (share > SAFE || share < -SAFE) return false;
      out[i * yearCount + j] = share;
    }
  }
  for (let j = 0; j < yearCount; j++) {
    let rest = years[j];
    for (let i = 0; i < last; i++) {
      rest -= out[i * yearCount + j];
      if (rest > SAFE || rest < -SAFE) return false;
    }
    out[last * yearCount + j] = rest;
  }
  return true;
}
