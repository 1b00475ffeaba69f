// Finds the amounts in a run of tokens: a number, its unit, its rate ("/năm") and what makes a
// number not money at all (a document number "1383/VP-QT", a date "14/3/2024", a year "năm 2020",
// a percentage, a duration "5 năm"). Callers decide which amount is the reading.
import { Decimal } from '../decimal';
import type { MoneyPer, MoneySkip } from '../types';
import { readNumberShape, type CommaHint } from './number';
import type { Token } from './scan';
import { matchUnit } from './units';

export interface FoundAmount {
  /** In the amount's own unit: 10^exponent đồng, or the default unit when exponent is null. */
  value: Decimal;
  exponent: number | null;
  per: MoneyPer;
  /** "15 tỷ/3 năm": the number of years a total covers. */
  spanYears: number | null;
  /** "600 triệu/6 tháng": the number of months a total covers. */
  spanMonths: number | null;
  ambiguous: boolean;
  reasons: string[];
  /** A plain number followed by words ("137 xã"): maybe a count, not money. */
  weak: boolean;
  /** A plain 4-digit number that looks like a year (1900–2100). */
  yearLike: boolean;
  /** A "+" stands between this amount and the previous one. */
  plusBefore: boolean;
  /** Token indices [first, next) and source offsets. */
  first: number;
  next: number;
  start: number;
  end: number;
  /** Index of the number token, for callers that need it (years in notes). */
  numberIndex: number;
}

export type SkipKind = MoneySkip;

export interface AmountScan {
  amounts: FoundAmount[];
  skipped: Map<SkipKind, string>;
}

/** A number right after these words names something (số 12, năm 2020, giai đoạn 2), not money. */
const LABEL_KIND: ReadonlyMap<string, SkipKind> = new Map<string, SkipKind>([
  ['so', 'doc'], ['dinh', 'doc'], ['van', 'doc'], ['ban', 'count'], ['hieu', 'doc'], ['qd', 'doc'],
  ['nd', 'doc'], ['cv', 'doc'], ['tt', 'doc'], ['kh', 'doc'], ['hoach', 'doc'], ['ma', 'doc'],
  ['luc', 'doc'], ['dieu', 'doc'], ['khoan', 'doc'], ['chuong', 'doc'], ['muc', 'count'],
  ['stt', 'count'], ['ngay', 'date'], ['thang', 'date'], ['quy', 'date'], ['nam', 'year'],
  ['doan', 'count'], ['gd', 'count'], ['dot', 'count'], ['lan', 'count'], ['buoc', 'count'],
  ['phan', 'count'], ['do', 'count'], ['version', 'count'], ['phase', 'count'],
]);

/** Label words that only name a number after a particular word: "mức độ 3", "phiên bản 2.0". */
const LABEL_NEEDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['do', ['muc', 'cap']],
  ['ban', ['van', 'phien']],
]);

/** Words after a number that say it counts time, so "5 năm" is not 5 triệu. */
const DURATION = new Set(['nam', 'thang', 'ngay', 'tuan', 'quy', 'gio', 'phut', 'lan', 'ky']);

/** Words that may follow an amount without making it doubtful ("3.000 NSĐP", "500 dự kiến"). */
const BENIGN_AFTER = new Set([
  'nsdp', 'nstw', 'nsnn', 'ns', 'oda', 'xhh', 'von', 'nguon', 'ngan', 'sach', 'kinh', 'phi', 'du',
  'kien', 'tam', 'tinh', 'uoc', 'khoang', 'da', 'gom', 'bao', 'bang', 'tuong', 'theo', 'thuoc',
  'la', 'trong', 'cho', 'tu', 'den', 'va', 'con', 'chua', 'gia', 'tri', 'tong', 'cong', 'dat',
  'vat', 'thue', 'gtgt', 'tren', 'duoi', 'hon', 'it', 'nhat', 'toi', 'da', 'thieu', 'approx',
]);

const PER_WORD: ReadonlyMap<string, 'year' | 'month'> = new Map([['nam', 'year'], ['thang', 'month']]);

/** "VNĐ" closing an amount before this figure ("1 triệu VNĐ 500"), not opening this one. */
function unitAfterVnd(tokens: readonly Token[], at: number): boolean {
  return tokens[at - 1]?.kind === 'num' || (tokens[at - 1]?.kind === 'word' && matchUnit(tokens, at - 1) !== null);
}

function isPunct(t: Token | undefined, text: string): boolean {
  return t !== undefined && t.kind === 'punct' && t.text === text;
}

function isWord(t: Token | undefined, text?: string): boolean {
  return t !== undefined && t.kind === 'word' && (text === undefined || t.text === text);
}

function isPlainDigits(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'num' && /^\d+$/.test(t.text);
}

/** "rưỡi": and a half of the unit ("1 tỷ rưỡi"). */
const HALF = new Decimal('0.5');

/** "3 x 200", "3x200", "3 × 200", "3 * 200": a count times a price. */
function isTimes(t: Token | undefined): boolean {
  return t !== undefined && ((t.kind === 'word' && t.text === 'x') || (t.kind === 'punct' && (t.text === '×' || t.text === '*')));
}

/** A count beside a times sign: a few plain digits ("3", "12"), not a money figure. */
function isCount(t: Token | undefined): boolean {
  return isPlainDigits(t) && (t as Token).text.length <= 3;
}

function yearValue(t: Token | undefined): number | null {
  if (!t || t.kind !== 'num' || !/^\d{4}$/.test(t.text)) return null;
  const y = Number(t.text);
  return y >= 1900 && y <= 2100 ? y : null;
}

/** "1383/VP-QT", "14/3/2024", "2333/QĐ-UBND": the tokens glued to tokens[i], as one unit. */
function skipChain(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && !tokens[j].spaced) {
    const t = tokens[j];
    if (t.kind === 'punct' && t.text !== '/' && t.text !== '-' && t.text !== '.') break;
    j++;
  }
  return j;
}

interface Rate {
  per: MoneyPer;
  spanYears: number | null;
  spanMonths: number | null;
  next: number;
}

/** "/năm", "/ năm", "/1 năm", "/01 năm", "mỗi năm", "hàng năm", "/tháng", "/3 năm", "trong 3 năm". */
function readRate(tokens: readonly Token[], i: number): Rate | null {
  const t = tokens[i];
  if (isPunct(t, '/')) {
    const a = tokens[i + 1];
    const perWord = a && a.kind === 'word' ? PER_WORD.get(a.text) : undefined;
    if (perWord) return { per: perWord, spanYears: null, spanMonths: null, next: i + 2 };
    if (isPlainDigits(a) && a.text.length <= 3) {
      const b = tokens[i + 2];
      const per = b && b.kind === 'word' ? PER_WORD.get(b.text) : undefined;
      if (per) return spanOf(Number(a.text), per, i + 3);
    }
    return null;
  }
  if (t && t.kind === 'word' && (t.text === 'moi' || t.text === 'hang' || t.text === 'mot')) {
    const a = tokens[i + 1];
    const per = a && a.kind === 'word' ? PER_WORD.get(a.text) : undefined;
    if (per) return { per, spanYears: null, spanMonths: null, next: i + 2 };
  }
  if (t && t.kind === 'word' && (t.text === 'trong' || t.text === 'cho')) {
    const a = tokens[i + 1];
    const b = tokens[i + 2];
    if (isPlainDigits(a) && a.text.length <= 2 && isWord(b, 'nam')) return spanOf(Number(a.text), 'year', i + 3);
  }
  return null;
}

/** "năm" or "tháng" at tokens[i]: the months or years a count before it counts, else null. */
function durationAfter(tokens: readonly Token[], i: number): 'year' | 'month' | null {
  const t = tokens[i];
  return t !== undefined && t.kind === 'word' ? PER_WORD.get(t.text) ?? null : null;
}

function spanOf(n: number, per: 'year' | 'month', next: number): Rate {
  if (n === 1) return { per, spanYears: null, spanMonths: null, next };
  // "15 tỷ/3 năm" is a total over three years; "/6 tháng" a total over six months.
  const span = n > 1 ? n : null;
  return { per: 'total', spanYears: per === 'year' ? span : null, spanMonths: per === 'month' ? span : null, next };
}

function commaHintFor(exponent: number | null): CommaHint {
  if (exponent === null) return 'guess-decimal';
  if (exponent >= 9) return 'decimal';
  if (exponent <= 3) return 'guess-thousands';
  return 'guess-decimal';
}

/**
 * tokens[i] is named by the word before it ("số 1383", "năm 2020"). A money unit after the number
 * wins over the label: "trong đó 500 triệu", "cấp 500 triệu", "tổng số 3 tỷ" are amounts.
 */
function isLabel(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.kind !== 'word' || !LABEL_KIND.has(prev.text)) return false;
  const needs = LABEL_NEEDS.get(prev.text);
  if (needs && !(isWord(tokens[i - 2]) && needs.includes(tokens[i - 2].text))) return false;
  if (prev.text === 'so' && isWord(tokens[i - 2], 'tong')) return false;
  const unit = matchUnit(tokens, i + 1);
  return !(unit && unit.kind === 'vnd');
}

function isSign(tokens: readonly Token[], i: number): boolean {
  const minus = tokens[i - 1];
  if (!isPunct(minus, '-') || tokens[i].spaced) return false;
  const before = tokens[i - 2];
  // "2021-2023" is a range, "- 1.200" a bullet; "-1.200" and "Tổng: -1.200" are negative.
  return before === undefined || minus.spaced || (before.kind === 'punct' && before.text !== '-');
}

/** `source`: the text the tokens' offsets point into, to quote what was skipped. */
export function findAmounts(tokens: readonly Token[], source?: string): AmountScan {
  const amounts: FoundAmount[] = [];
  const skipped = new Map<SkipKind, string>();
  const skip = (kind: SkipKind, from: number, to: number): void => {
    if (skipped.has(kind) || to <= from) return;
    const quoted = source !== undefined
      ? source.slice(tokens[from].start, tokens[Math.min(to, tokens.length) - 1].end)
      : tokens.slice(from, to).map((t) => t.text).join('');
    skipped.set(kind, quoted);
  };
  let plusPending = false;
  let sawYearWord = false;
  // "3 x 200 triệu", "12 tháng x 50": the count (of months or years) before a times sign,
  // multiplying the amount after it, which starts at `next`.
  let times: { count: string; at: number; next: number; per: MoneyPer | null } | null = null;
  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i];
    if (tok.kind === 'num' && times === null && isCount(tok) && !isLabel(tokens, i)) {
      const span = durationAfter(tokens, i + 1);
      const sign = span ? i + 2 : i + 1;
      // "50 x 12 tháng" is 50 for each of 12 months (read below, after the 50), not 50 times 12.
      if (isTimes(tokens[sign]) && tokens[sign + 1]?.kind === 'num' && matchUnit(tokens, sign) === null &&
        (span !== null || durationAfter(tokens, sign + 2) === null)) {
        times = { count: tok.text, at: i, next: sign + 1, per: span };
        i = sign + 1;
        continue;
      }
    }
    if (tok.kind !== 'num') {
      if (isPunct(tok, '+')) plusPending = true;
      if (tok.kind === 'word' && tok.text === 'nam') sawYearWord = true;
      // "Năm 2021: 2000": after a colon the figure is the amount again.
      if (isPunct(tok, ':') || isPunct(tok, ';')) sawYearWord = false;
      i++;
      continue;
    }
    const prev = tokens[i - 1];
    const next = tokens[i + 1];

    // A number named by the word before it: "số 1383", "năm 2020", "giai đoạn 2".
    if (isLabel(tokens, i)) {
      const end = skipChain(tokens, i);
      let kind = LABEL_KIND.get(prev.text) as SkipKind;
      if (kind === 'year' && yearValue(tok) === null) kind = 'count';
      skip(kind, i, end);
      i = end;
      continue;
    }

    // "$100", "USD 100": a foreign currency named before the figure.
    if (prev && ((prev.kind === 'punct' && prev.text === '$') || (prev.kind === 'word' && prev.text === 'usd'))) {
      skip('foreign', i - 1, i + 1);
      i++;
      continue;
    }

    // Glued to a slash: a rate ("600/năm", "600/3 năm"), else a date or a document number.
    if (isPunct(next, '/') && !next.spaced) {
      const rate = readRate(tokens, i + 1);
      if (!rate) {
        const end = skipChain(tokens, i);
        const gluedWord = tokens.slice(i + 1, end).some((t) => t.kind === 'word');
        skip(gluedWord ? 'doc' : 'date', i, end);
        i = end;
        continue;
      }
    }

    let last = i;
    let rangeReason: string | null = null;
    // "1,5 đến 2 tỷ", "1.500 tới 2.000": a range in words, as one with a dash.
    const toWord = isWord(next, 'den') || isWord(next, 'toi');
    if ((toWord || isPunct(next, '-')) && tokens[i + 2]?.kind === 'num') {
      const other = tokens[i + 2];
      if (!toWord && !next.spaced && !other.spaced && isPunct(tokens[i + 3], '-') && !tokens[i + 3].spaced && tokens[i + 4]?.kind === 'num') {
        const end = skipChain(tokens, i);
        skip('date', i, end);
        i = end;
        continue;
      }
      if (yearValue(tok) !== null && yearValue(other) !== null) {
        skip('yearRange', i, i + 3);
        i = i + 3;
        continue;
      }
      if (toWord || next.spaced === other.spaced) {
        // "100-200 triệu", "100 - 200 triệu": a range; the lower end is read, and flagged.
        last = i + 2;
        rangeReason = `"${tok.text}-${other.text}" is a range; read the first figure`;
      }
    }
    if (isPunct(tokens[last + 1], '%')) {
      skip('count', i, last + 2);
      i = last + 2;
      continue;
    }

    const unit = matchUnit(tokens, last + 1);
    if (unit && unit.kind === 'foreign') {
      skip('foreign', i, unit.next);
      i = unit.next;
      continue;
    }
    // "VNĐ 500.000.000", "VNĐ: 500.000.000": the currency before the figure, as English-style forms put it.
    const vndAt = isPunct(prev, ':') ? i - 2 : i - 1;
    const exponent = unit ? unit.exponent : isWord(tokens[vndAt], 'vnd') && !unitAfterVnd(tokens, vndAt) ? 0 : null;
    let k = unit ? unit.next : last + 1;
    const rate = readRate(tokens, k);
    if (rate) k = rate.next;

    const after = tokens[k];
    if (exponent === null && !rate) {
      if (isWord(after) && DURATION.has(after.text) && yearValue(tokens[k + 1]) === null) {
        skip('count', i, k + 1);
        i = k + 1;
        continue;
      }
      if (isPunct(after, ':') && k === i + 1) {
        // "1: 300" numbers an entry; the figure comes after the colon.
        skip('count', i, k + 1);
        i = k + 1;
        continue;
      }
    }

    // "Năm đầu tư 2020": a plain year after the word "năm" names the year, not an amount.
    if (exponent === null && !rate && yearValue(tok) !== null && sawYearWord) {
      skip('year', i, k);
      i = k;
      continue;
    }

    // ".5", ",5": a figure glued to a point with no digit before it is no way to write money
    // (0,5 or 5?): not read, rather than read as 5.
    const pointBefore = (isPunct(prev, '.') || isPunct(prev, ',')) && !tok.spaced && (i === 1 || prev.spaced || tokens[i - 2].kind !== 'num');
    const shape = pointBefore ? { ok: false as const } : readNumberShape(tok.text, commaHintFor(exponent));
    if (!shape.ok) {
      skip('invalid', pointBefore ? i - 1 : i, i + 1);
      i = k;
      continue;
    }
    const reasons: string[] = [];
    if (shape.reason) reasons.push(shape.reason);
    if (rangeReason) reasons.push(rangeReason);
    const negative = isSign(tokens, i);
    let value = negative ? shape.value.negated() : shape.value;
    let tail: Token | undefined = after;
    // "2 tỷ 5", "1tỷ5", "1 tỷ 25": figures after the unit that have none of their own end the
    // amount, as its decimals are said aloud (2,5 tỷ and 1,25 tỷ), when nothing follows them;
    // "1 tỷ rưỡi" is 1,5 tỷ ("500 triệu rưỡi" is no way to say an amount, and is left alone).
    if (exponent !== null && exponent >= 6 && !rate && shape.value.isInteger() && shape.value.lt(10) && isWord(after, 'ruoi') && k + 1 === tokens.length) {
      value = negative ? value.minus(HALF) : value.plus(HALF);
      k += 1;
      tail = undefined;
    } else if (exponent !== null && exponent >= 6 && !rate && shape.value.isInteger() && isCount(after) && k + 1 === tokens.length) {
      const decimals = new Decimal(`0.${after.text}`);
      value = negative ? value.minus(decimals) : value.plus(decimals);
      k += 1;
      tail = undefined;
    }
    // "200 triệu x 3", "3 x 200 triệu": a price times a count is the amount, as plainly as a sum
    // the officer worked out (no guess: the text has no other reading).
    let first = negative ? i - 1 : i;
    let start = negative ? tokens[i - 1].start : tok.start;
    let product = false;
    // "50 triệu/tháng x 12 tháng", "12 tháng x 50 triệu/tháng": the rate for so many months is their total.
    let per: MoneyPer = rate ? rate.per : 'total';
    if (times !== null && times.next === first) {
      value = value.times(new Decimal(times.count));
      first = times.at;
      start = tokens[times.at].start;
      product = true;
      if (times.per !== null && per === times.per) per = 'total';
    } else if (isTimes(after) && isCount(tokens[k + 1]) && matchUnit(tokens, k + 2) === null) {
      const span = durationAfter(tokens, k + 2);
      // "600/năm x 5" says 5 of what only when the years are named; a plain count follows no rate.
      if (!rate || (span !== null && span === rate.per)) {
        value = value.times(new Decimal(tokens[k + 1].text));
        k += span !== null ? 3 : 2;
        tail = tokens[k];
        product = true;
        if (span !== null) per = 'total';
      }
    }
    times = null;
    const weak = exponent === null && !rate && !product && tail !== undefined && isWord(tail) && !BENIGN_AFTER.has(tail.text);
    amounts.push({
      value,
      exponent,
      per,
      spanYears: rate ? rate.spanYears : null,
      spanMonths: rate ? rate.spanMonths : null,
      ambiguous: shape.ambiguous || rangeReason !== null,
      reasons,
      weak,
      yearLike: exponent === null && !rate && !product && yearValue(tok) !== null,
      plusBefore: plusPending && amounts.length > 0,
      first,
      next: k,
      start,
      end: tokens[k - 1].end,
      numberIndex: i,
    });
    plusPending = false;
    i = k;
  }
  return { amounts, skipped };
}

/** Years named in a run of tokens: "năm 2020", "2021-2023", "2020, 2021"; capped to stay small. */
export function findYears(tokens: readonly Token[]): number[] {
  const years: number[] = [];
  for (let i = 0; i < tokens.length && years.length < 100; i++) {
    const y = yearValue(tokens[i]);
    if (y === null) continue;
    const to = isPunct(tokens[i + 1], '-') ? yearValue(tokens[i + 2]) : null;
    if (to !== null && to >= y && to - y < 50) {
      for (let v = y; v <= to; v++) years.push(v);
      i += 2;
    } else years.push(y);
  }
  return years;
}
