// The numeric shapes officers type. Vietnamese writing groups thousands with "." and marks
// decimals with ","; survey tables copied from other tools also show US-style "2,812,145,000".
// The shape decides when it can; when it cannot, the reading is flagged, never silently guessed.
import { Decimal } from '../decimal';
import type { MoneyWhy } from '../types';

/**
 * How a lone comma with three digits after it ("1,234") is read: 'decimal' when the unit makes it
 * certain (1,234 tỷ), else a flagged guess either way.
 */
export type CommaHint = 'decimal' | 'guess-decimal' | 'guess-thousands';

export type NumberShape =
  | { ok: true; value: Decimal; ambiguous: boolean; reason: string | null }
  | { ok: false; why: MoneyWhy };

/** More significant digits than this cannot be money and would strain exactness downstream. */
const MAX_DIGITS = 30;

function validThousands(groups: string[]): boolean {
  if (groups[0].length < 1 || groups[0].length > 3) return false;
  for (let k = 1; k < groups.length; k++) if (groups[k].length !== 3) return false;
  return true;
}

function make(intPart: string, fracPart: string, ambiguous: boolean, reason: string | null): NumberShape {
  const digits = (intPart.replace(/^0+/, '') + fracPart).length;
  if (digits > MAX_DIGITS) return { ok: false, why: { kind: 'tooManyDigits' } };
  const text = fracPart ? `${intPart}.${fracPart}` : intPart;
  return { ok: true, value: new Decimal(text), ambiguous, reason };
}

/**
 * Reads a number token ("35.388,5", "2,812,145,000", "1 200", "1,26"). `commaHint` says how a
 * lone comma before exactly three digits reads; the caller picks it from the unit (1,234 tỷ is a
 * decimal, 1,234 đồng is not).
 */
export function readNumberShape(raw: string, commaHint: CommaHint = 'guess-decimal'): NumberShape {
  const spaced = raw.includes(' ');
  const text = spaced ? raw.replace(/ /g, '') : raw;
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');

  if (lastDot < 0 && lastComma < 0) {
    if (spaced && !validThousands(raw.split(' '))) return { ok: false, why: { kind: 'notNumberShape', text: raw, date: false } };
    return make(text, '', false, null);
  }

  if (lastDot >= 0 && lastComma >= 0) {
    // Both separators: the last one marks decimals, the other groups thousands.
    const decimalSep = lastDot > lastComma ? '.' : ',';
    const groupSep = decimalSep === '.' ? ',' : '.';
    const intText = text.slice(0, Math.max(lastDot, lastComma));
    const frac = text.slice(Math.max(lastDot, lastComma) + 1);
    if (intText.includes(decimalSep) || spaced) return { ok: false, why: { kind: 'notNumberShape', text: raw, date: false } };
    const groups = intText.split(groupSep);
    if (!validThousands(groups)) return { ok: false, why: { kind: 'notNumberShape', text: raw, date: false } };
    return make(groups.join(''), frac, false, null);
  }

  const sep = lastDot >= 0 ? '.' : ',';
  const groups = text.split(sep);
  if (spaced) {
    // "1 200,5": space thousands, then a Vietnamese decimal comma only.
    if (sep !== ',' || groups.length !== 2) return { ok: false, why: { kind: 'notNumberShape', text: raw, date: false } };
    return make(groups[0], groups[1], false, null);
  }
  if (groups.length > 2) {
    if (!validThousands(groups)) return { ok: false, why: { kind: 'notNumberShape', text: raw, date: true } };
    // "6.371.620.970" or "2,812,145,000": only thousands can repeat.
    return make(groups.join(''), '', false, null);
  }

  const [head, tail] = groups;
  const threeAfter = tail.length === 3 && head.length <= 3 && !/^0/.test(head);
  if (sep === '.') {
    // Vietnamese thousands dot: the convention, so not flagged.
    if (threeAfter) return make(head + tail, '', false, null);
    return make(head, tail, true, `"${raw}" read as ${head}.${tail} (a dot as decimal point is not the Vietnamese way)`);
  }
  if (!threeAfter) return make(head, tail, false, null);
  if (commaHint === 'decimal') return make(head, tail, false, null);
  if (commaHint === 'guess-thousands') {
    return make(head + tail, '', true, `"${raw}" read as ${head}${tail} (comma as thousands); it could be ${head}.${tail}`);
  }
  return make(head, tail, true, `"${raw}" read as ${head}.${tail} (Vietnamese decimal comma); it could be ${head}${tail}`);
}
