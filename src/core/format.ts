// Amounts shown the way Vietnamese officers write them: "." groups thousands, "," marks
// decimals (35388.5 → "35.388,5"). parseMoney reads every such string back to the same value.
import type { Decimal } from './decimal';

export interface FormatOptions {
  /** Fixed number of decimals (rounded half up); default: as many as the value has. */
  decimals?: number;
}

function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += '.' + digits.slice(i, i + 3);
  return out;
}

export function formatVnd(value: Decimal, options?: FormatOptions): string {
  const decimals = options?.decimals;
  const fixed =
    decimals !== undefined && Number.isInteger(decimals) && decimals >= 0 && decimals <= 100
      ? value.toFixed(decimals)
      : value.toFixed();
  const negative = fixed.startsWith('-');
  const unsigned = negative ? fixed.slice(1) : fixed;
  const dot = unsigned.indexOf('.');
  const intPart = dot < 0 ? unsigned : unsigned.slice(0, dot);
  const fracPart = dot < 0 ? '' : unsigned.slice(dot + 1);
  // "-0,00" after rounding a tiny negative is not a negative amount.
  const isZero = /^[0.]*$/.test(unsigned);
  const sign = negative && !isZero ? '-' : '';
  return sign + groupThousands(intPart) + (fracPart ? ',' + fracPart : '');
}
