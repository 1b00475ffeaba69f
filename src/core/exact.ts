// Exact arithmetic for the hot paths of large tables. Amounts stay Decimals everywhere they are
// stored or shown; sums over many rows and the per-year shares of sources are worked out in
// whole billionths of the table's unit as BigInt (integers, so exact), which is several times
// faster than Decimal on 100.000 rows. A cell holds at most 9 decimals (cell-amount.ts); an
// amount with more decimals (rare: a unit conversion of text) goes through Decimal instead, and
// so does everything where the engine has no BigInt (the EdgeHTML webview of older Excel builds:
// the add-in ships ES2017, so no BigInt literals here either, only BigInt() calls).
//
// The conversions read and build a Decimal's own digits (decimal.js keeps them as `d`, words of
// seven decimal digits aligned on powers of 10^7, `e` the exponent of the first digit, `s` the
// sign; all three are in its typings) instead of printing and parsing text: printing, parsing
// and remembering the result per Decimal cost microseconds each, and a 100.000-row table makes
// millions of them. The words are integers below 10^7, so two of them joined, or scaled while
// the result stays below 2^53, are exact in a JS number, as decimal.js itself computes them.
import { Decimal, ZERO } from './decimal';

const SCALE_DIGITS = 9;
const HAS_BIGINT = typeof BigInt === 'function';
const MILLION = HAS_BIGINT ? BigInt(1000000) : null;
const NOTHING = HAS_BIGINT ? BigInt(0) : null;
const WORD = 1e7;
const WORD_DIGITS = 7;
const SAFE = Number.MAX_SAFE_INTEGER;
const BIG_SAFE = HAS_BIGINT ? BigInt(SAFE) : null;
const POW10: number[] = [];
for (let i = 0, p = 1; i <= 22; i++, p *= 10) POW10.push(p);
const BIG_POW10: bigint[] = HAS_BIGINT ? POW10.map((p) => BigInt(p)) : [];
/** decimal.js takes any object with its tag and digits as a Decimal (it copies the digits). */
const TAG = '[object Decimal]';

function digitCount(word: number): number {
  let k = 1;
  while (k < WORD_DIGITS && word >= POW10[k]) k++;
  return k;
}

/** The amount in billionths of its unit, or null when it has more than 9 decimals. */
export function billionthsOf(value: Decimal): bigint | null {
  if (!HAS_BIGINT) return null;
  const d = value.d;
  if (!d) return null; // NaN, ±Infinity
  if (d.length > 2) return billionthsOfText(value);
  // value = digits × 10^low, digits the words joined (at most 14 digits, exact).
  const digits = d.length === 1 ? d[0] : d[0] * WORD + d[1];
  const low = value.e - digitCount(d[0]) + 1 - WORD_DIGITS * (d.length - 1);
  const shift = low + SCALE_DIGITS;
  let b: bigint;
  if (shift >= 0) {
    if (shift > 22) return billionthsOfText(value);
    const scaled = digits * POW10[shift];
    b = scaled <= SAFE ? BigInt(scaled) : BigInt(digits) * BIG_POW10[shift];
  } else {
    if (-shift > 22 || digits % POW10[-shift] !== 0) return null;
    b = BigInt(digits / POW10[-shift]);
  }
  return value.s < 0 ? -b : b;
}

/** billionthsOf for long digit strings: through the plain text. */
function billionthsOfText(value: Decimal): bigint | null {
  const text = value.toFixed();
  const negative = text.charCodeAt(0) === 45;
  const digits = negative ? text.slice(1) : text;
  const dot = digits.indexOf('.');
  const frac = dot < 0 ? '' : digits.slice(dot + 1);
  if (frac.length > SCALE_DIGITS) return null;
  const whole = BigInt((dot < 0 ? digits : digits.slice(0, dot)) + frac.padEnd(SCALE_DIGITS, '0'));
  return negative ? -whole : whole;
}

/** The Decimal of a number of billionths. */
export function fromBillionths(b: bigint): Decimal {
  const negative = b < (NOTHING as bigint);
  const magnitude = negative ? -b : b;
  if (magnitude === NOTHING) return ZERO;
  if (magnitude > (BIG_SAFE as bigint)) return fromBillionthsText(b);
  // b × 10^-9 with words aligned on powers of 10^7: 10^-9 = 10^5 × 10^-14, so the integer
  // b × 10^5 written in base 10^7 has its words exactly where decimal.js wants them.
  let n = Number(magnitude);
  const words: number[] = [];
  // The lowest word of b × 10^5 is (b mod 100) × 10^5.
  words.push((n % 100) * 100000);
  n = (n - (n % 100)) / 100;
  while (n > 0) {
    const w = n % WORD;
    words.push(w);
    n = (n - w) / WORD;
  }
  // words[i] is the digit group of 10^(7i - 14); most significant first, without zero words at the end.
  let lowest = 0;
  while (words[lowest] === 0) lowest++;
  const d: number[] = [];
  for (let i = words.length - 1; i >= lowest; i--) d.push(words[i]);
  const e = WORD_DIGITS * (words.length - 1) - 14 + digitCount(words[words.length - 1]) - 1;
  return new Decimal({ s: negative ? -1 : 1, e, d, toStringTag: TAG } as unknown as Decimal);
}

/** fromBillionths beyond 2^53 billionths (9 million units): through the plain text. */
function fromBillionthsText(b: bigint): Decimal {
  const negative = b < (NOTHING as bigint);
  const digits = (negative ? -b : b).toString().padStart(SCALE_DIGITS + 1, '0');
  const whole = digits.slice(0, -SCALE_DIGITS);
  const frac = digits.slice(-SCALE_DIGITS).replace(/0+$/, '');
  return new Decimal(`${negative ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`);
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
