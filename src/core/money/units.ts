// Units of money as powers of ten of the đồng, so converting is an exact shift of the decimal
// point. Officers write the units many ways ("Triệu đồng", "tr.đ", "tỉ", "VNĐ", "1.000 đồng").
import { Decimal } from '../decimal';
import type { MoneyUnit } from '../types';
import { foldAligned, tokenize, type Token } from './scan';

export const UNIT_EXPONENT: Readonly<Record<MoneyUnit, number>> = {
  'đồng': 0,
  'nghìn đồng': 3,
  'triệu đồng': 6,
  'tỷ đồng': 9,
};

export const MONEY_UNITS: readonly MoneyUnit[] = ['đồng', 'nghìn đồng', 'triệu đồng', 'tỷ đồng'];

export function unitFromExponent(exponent: number): MoneyUnit | null {
  switch (exponent) {
    case 0: return 'đồng';
    case 3: return 'nghìn đồng';
    case 6: return 'triệu đồng';
    case 9: return 'tỷ đồng';
    default: return null;
  }
}

/** value × 10^(fromExponent − toExponent), exact (a decimal shift, no rounding at 40 digits). */
export function shiftExponent(value: Decimal, fromExponent: number, toExponent: number): Decimal {
  const shift = fromExponent - toExponent;
  if (shift === 0) return value;
  // Decimal.js rounds products to `precision`; moving the exponent through the string form
  // keeps every digit however long the number is.
  return new Decimal(`${value.toFixed()}e${shift}`);
}

/** "1,26" tỷ → 1260 triệu: exact, because every unit is a power of ten of the đồng. */
export function convertUnit(value: Decimal, from: MoneyUnit, to: MoneyUnit): Decimal {
  return shiftExponent(value, UNIT_EXPONENT[from], UNIT_EXPONENT[to]);
}

/** Folded unit words → power of ten; `suffix`: a currency word ("đồng", "VNĐ") may follow. */
const UNIT_WORDS: ReadonlyMap<string, { exponent: number; suffix: boolean }> = new Map([
  ['dong', { exponent: 0, suffix: false }],
  ['vnd', { exponent: 0, suffix: false }],
  ['d', { exponent: 0, suffix: false }],
  ['nghin', { exponent: 3, suffix: true }],
  ['ngan', { exponent: 3, suffix: true }],
  ['nghindong', { exponent: 3, suffix: false }],
  ['trieu', { exponent: 6, suffix: true }],
  ['tr', { exponent: 6, suffix: true }],
  ['trd', { exponent: 6, suffix: false }],
  ['trieudong', { exponent: 6, suffix: false }],
  ['ty', { exponent: 9, suffix: true }],
  ['ti', { exponent: 9, suffix: true }],
  ['tydong', { exponent: 9, suffix: false }],
  ['tidong', { exponent: 9, suffix: false }],
]);

const CURRENCY_SUFFIX = new Set(['dong', 'vnd', 'd']);
const FOREIGN = new Set(['usd', 'eur', 'euro', 'jpy', 'yen', 'cny', 'rmb', 'gbp', 'krw', 'sgd', 'dola', 'dollar']);

/**
 * A foreign currency named at tokens[i] ("USD", "euro", "đô la", "đôla", "đô la Mỹ", "đô" at the
 * end): the index after it, else -1. "đô" alone folds like "do" ("do NSTW cấp": paid by), so it is
 * a currency only before "la"/"Mỹ" or with nothing after it.
 */
function foreignAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return -1;
  if (FOREIGN.has(t.text)) return tokens[i + 1]?.kind === 'word' && tokens[i + 1].text === 'my' ? i + 2 : i + 1;
  if (t.text !== 'do') return -1;
  const next = tokens[i + 1];
  if (next === undefined) return i + 1;
  if (next.kind !== 'word') return -1;
  if (next.text === 'my') return i + 2;
  if (next.text !== 'la') return -1;
  return tokens[i + 2]?.kind === 'word' && tokens[i + 2].text === 'my' ? i + 3 : i + 2;
}

export type UnitMatch =
  | { kind: 'vnd'; exponent: number; next: number }
  | { kind: 'foreign'; currency: string; next: number };

/** The unit phrase starting at tokens[i] ("tỷ đồng", "tr.đ", "nghìn tỷ", "VNĐ"), or null. */
export function matchUnit(tokens: readonly Token[], i: number): UnitMatch | null {
  const first = tokens[i];
  if (!first) return null;
  if (first.kind === 'punct' && first.text === '$') return { kind: 'foreign', currency: 'USD', next: i + 1 };
  if (first.kind !== 'word') return null;
  const foreign = foreignAt(tokens, i);
  if (foreign >= 0) return { kind: 'foreign', currency: first.text.toUpperCase(), next: foreign };
  const entry = UNIT_WORDS.get(first.text);
  if (!entry) return null;
  // "ngân sách", "ngân hàng" fold to the same "ngan" as "ngàn" (thousand).
  const follower = tokens[i + 1];
  if (first.text === 'ngan' && follower?.kind === 'word' && (follower.text === 'sach' || follower.text === 'hang')) return null;
  let exponent = entry.exponent;
  let j = i + 1;
  // "nghìn tỷ" is a thousand billions: still exact, just a larger power of ten.
  if (exponent === 3 && tokens[j]?.kind === 'word' && (tokens[j].text === 'ty' || tokens[j].text === 'ti')) {
    exponent = 12;
    j++;
  }
  // "2 triệu USD", "1,5 triệu đô la", "1 tỷ yên": a foreign amount counted in millions, not đồng.
  const foreignAfter = entry.suffix ? foreignAt(tokens, j) : -1;
  if (foreignAfter >= 0) return { kind: 'foreign', currency: tokens[j].text.toUpperCase(), next: foreignAfter };
  if (entry.suffix) {
    // "tr.đ", "tr. đồng": the dot abbreviates, it is not a sentence end.
    let k = j;
    if (first.text === 'tr' && tokens[k]?.kind === 'punct' && tokens[k].text === '.' && !tokens[k].spaced) k++;
    if (tokens[k]?.kind === 'word' && CURRENCY_SUFFIX.has(tokens[k].text)) j = k + 1;
    else if (k > j) j = k;
  }
  return { kind: 'vnd', exponent, next: j };
}

const LABEL_WORDS = ['don', 'vi', 'tinh'];

/** Power of ten written as a multiplier before a unit ("1.000 đồng", "1000000 đồng"), or null. */
function multiplierExponent(token: Token): number | null {
  const digits = token.text.replace(/[., ]/g, '');
  if (!/^10*$/.test(digits)) return null;
  // The separators must be thousands groups for "1.000.000" to be a million.
  if (digits !== token.text && !/^1(?:[., ]000)+$/.test(token.text)) return null;
  return digits.length - 1;
}

/** A unit phrase with an optional multiplier, from tokens[i]; returns exponent and next index. */
function readUnitPhrase(tokens: readonly Token[], i: number): { exponent: number; next: number } | null {
  let extra = 0;
  let j = i;
  if (tokens[j]?.kind === 'num') {
    const m = multiplierExponent(tokens[j]);
    if (m === null) return null;
    extra = m;
    j++;
  }
  const unit = matchUnit(tokens, j);
  if (!unit || unit.kind !== 'vnd') return null;
  return { exponent: unit.exponent + extra, next: unit.next };
}

function isPunct(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'punct';
}

/**
 * A unit name or a unit line: "Triệu đồng", "tỉ", "VNĐ", "Đơn vị tính: Triệu đồng",
 * "ĐVT: 1.000 đồng", or a header's bracket "Kinh phí (triệu đồng)". Null when the text does not
 * name one of the four units; an amount ("500 triệu đồng") is not a unit.
 */
export function parseUnit(text: string): MoneyUnit | null {
  if (typeof text !== 'string' || text.length > 2000) return null;
  const tokens = tokenize(foldAligned(text));
  if (tokens.length === 0) return null;

  // A unit line: take the first unit phrase after the label "Đơn vị (tính)" or "ĐVT".
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    let after = -1;
    if (t.text === 'dvt') after = i + 1;
    else if (t.text === LABEL_WORDS[0] && tokens[i + 1]?.text === LABEL_WORDS[1]) {
      after = tokens[i + 2]?.text === LABEL_WORDS[2] ? i + 3 : i + 2;
    }
    if (after < 0) continue;
    while (isPunct(tokens[after])) after++;
    const phrase = readUnitPhrase(tokens, after);
    return phrase ? unitFromExponent(phrase.exponent) : null;
  }

  // The whole text is a unit, give or take punctuation around it.
  let from = 0;
  let to = tokens.length;
  while (from < to && isPunct(tokens[from])) from++;
  while (to > from && isPunct(tokens[to - 1])) to--;
  const whole = readUnitPhrase(tokens, from);
  if (whole && whole.next === to) return unitFromExponent(whole.exponent);

  // A header naming its unit in brackets: "Tổng mức đầu tư (triệu đồng)".
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'punct' || tokens[i].text !== '(') continue;
    const inner = readUnitPhrase(tokens, i + 1);
    if (inner && tokens[inner.next]?.kind === 'punct' && tokens[inner.next].text === ')') {
      return unitFromExponent(inner.exponent);
    }
  }
  return null;
}

/**
 * The unit a column's header names in brackets: "Kinh phí (triệu đồng)", also a rate's
 * ("Đơn giá (đồng/tháng)", "Mức chi (nghìn đồng/người/ngày)": the money before the "per").
 */
export function bracketUnit(header: string): MoneyUnit | null {
  const m = /\(([^)]*)\)/.exec(header);
  return m ? parseUnit(m[1].split('/')[0]) : null;
}
