// The one place the core gets its Decimal: a private clone so no caller's global
// configuration changes how money is computed. Money never goes through a JS number.
import DecimalBase from 'decimal.js';

export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);

/**
 * The same Decimal with its digit list cut to the words it holds. decimal.js builds a parsed
 * number's digits by appending, which leaves room for 17 words on each (152 bytes where 24 do):
 * a 100.000-row form keeps one Decimal per distinct figure through the whole check, so half of
 * each was empty room. Changes no digit; a Decimal is never written after it is made.
 */
export function compactDigits(value: Decimal): Decimal {
  const words = (value as unknown as { d: number[] | null }).d;
  if (words) (value as unknown as { d: number[] }).d = words.slice();
  return value;
}

/** Sum of amounts, exact. */
export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

// Decimals are immutable and the same object often stands in several places (a row's amount is
// its source's amount; an even spread repeats one share), so each is printed once.
const printed = new WeakMap<Decimal, string>();

/** Plain decimal notation for JSON ("35388.5", never "3.53885e+4"). */
export function plain(value: Decimal): string {
  let text = printed.get(value);
  if (text === undefined) {
    text = value.toFixed();
    printed.set(value, text);
  }
  return text;
}

export function plainOrNull(value: Decimal | null | undefined): string | null {
  return value == null ? null : value.toFixed();
}
