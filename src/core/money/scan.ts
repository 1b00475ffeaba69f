// Money text is read as a stream of tokens over a folded copy of the text (no diacritics,
// lower case) that keeps one character per source character, so a token's offsets also point
// into the source and notes can quote what the officer typed. A hand scanner instead of one big
// regular expression keeps the cost linear: the reader runs over a million cells.

import { LETTER_CHARS } from '../text';

export type TokenKind = 'num' | 'word' | 'punct';

export interface Token {
  kind: TokenKind;
  /** Folded text: "tỷ" → "ty", "Đồng" → "dong"; numbers keep their separators ("35.388,5"). */
  text: string;
  /** Offsets into the (NFC) source text. */
  start: number;
  end: number;
  /** White space stands between this token and the previous one. */
  spaced: boolean;
  /** For numbers written with space thousands ("1 200"): true. */
  spaceGrouped?: boolean;
}

const CLASS_SPACE = 0;
const CLASS_DIGIT = 1;
const CLASS_LETTER = 2;
const CLASS_PUNCT = 3;

interface Folded {
  ch: string;
  cls: number;
}

// Non-ASCII characters fold the same way every time; the cache is bounded so arbitrary
// Unicode input cannot grow it without limit.
const cache = new Map<string, Folded>();
const CACHE_LIMIT = 4096;
const COMBINING = /^[\u0300-\u036f]+$/;
const LETTER = new RegExp(`^[${LETTER_CHARS}]$`);
const SPACE = /^[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]$/;
const DASH = /^[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]$/;

function foldNonAscii(c: string): Folded {
  const hit = cache.get(c);
  if (hit) return hit;
  let result: Folded;
  if (SPACE.test(c)) result = { ch: ' ', cls: CLASS_SPACE };
  else if (DASH.test(c)) result = { ch: '-', cls: CLASS_PUNCT };
  else if (c === 'đ' || c === 'Đ') result = { ch: 'd', cls: CLASS_LETTER };
  else if (LETTER.test(c)) {
    const decomposed = c.normalize('NFD');
    const base = decomposed.charAt(0);
    const rest = decomposed.slice(1);
    const folded = rest === '' || COMBINING.test(rest) ? base.toLowerCase() : c.toLowerCase();
    result = { ch: folded.length === 1 ? folded : c, cls: CLASS_LETTER };
  } else result = { ch: c, cls: CLASS_PUNCT };
  if (cache.size < CACHE_LIMIT) cache.set(c, result);
  return result;
}

/** Source text in NFC (so "tỷ" typed with combining marks matches), same length as `folded`. */
export interface ScanText {
  source: string;
  folded: string;
  classes: Uint8Array;
}

export function foldAligned(text: string): ScanText {
  // eslint-disable-next-line no-control-regex
  const source = /[^\x00-\x7f]/.test(text) ? text.normalize('NFC') : text;
  const n = source.length;
  const classes = new Uint8Array(n);
  const parts: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const code = source.charCodeAt(i);
    if (code < 128) {
      if (code >= 48 && code <= 57) {
        classes[i] = CLASS_DIGIT;
        parts[i] = source[i];
      } else if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) {
        classes[i] = CLASS_LETTER;
        parts[i] = code <= 90 ? String.fromCharCode(code + 32) : source[i];
      } else if (code === 32 || (code >= 9 && code <= 13)) {
        classes[i] = CLASS_SPACE;
        parts[i] = ' ';
      } else {
        classes[i] = CLASS_PUNCT;
        parts[i] = source[i];
      }
    } else {
      const f = foldNonAscii(source[i]);
      classes[i] = f.cls;
      parts[i] = f.ch;
    }
  }
  return { source, folded: parts.join(''), classes };
}

function isDigitAt(t: ScanText, i: number): boolean {
  return i < t.classes.length && t.classes[i] === CLASS_DIGIT;
}

/** Length of the run of digits starting at i. */
function digitRun(t: ScanText, i: number): number {
  let j = i;
  while (isDigitAt(t, j)) j++;
  return j - i;
}

/**
 * The end of a number starting at i: digits, "." or "," between digits, and space-grouped
 * thousands ("1 200 000") when the first group has 1–3 digits and every later group exactly 3.
 */
function scanNumber(t: ScanText, i: number): { end: number; spaceGrouped: boolean } {
  const f = t.folded;
  let j = i + digitRun(t, i);
  let spaceGrouped = false;
  if (j - i <= 3) {
    // Space thousands are only tried on a bare leading group, never after "." or ",".
    for (;;) {
      if (f[j] === ' ' && digitRun(t, j + 1) === 3 && !isDigitAt(t, j + 4)) {
        j += 4;
        spaceGrouped = true;
      } else break;
    }
  }
  for (;;) {
    const c = f[j];
    if ((c === '.' || c === ',') && isDigitAt(t, j + 1)) {
      j += 1 + digitRun(t, j + 1);
    } else break;
  }
  return { end: j, spaceGrouped };
}

export function tokenize(t: ScanText, from = 0, to = t.folded.length): Token[] {
  const tokens: Token[] = [];
  const f = t.folded;
  let spaced = false;
  let i = from;
  while (i < to) {
    const cls = t.classes[i];
    if (cls === CLASS_SPACE) {
      spaced = true;
      i++;
      continue;
    }
    let end: number;
    let kind: TokenKind;
    let spaceGrouped = false;
    if (cls === CLASS_DIGIT) {
      const scanned = scanNumber(t, i);
      end = Math.min(scanned.end, to);
      spaceGrouped = scanned.spaceGrouped;
      kind = 'num';
    } else if (cls === CLASS_LETTER) {
      end = i + 1;
      while (end < to && t.classes[end] === CLASS_LETTER) end++;
      kind = 'word';
    } else {
      end = i + 1;
      kind = 'punct';
    }
    const token: Token = { kind, text: f.slice(i, end), start: i, end, spaced };
    if (spaceGrouped) token.spaceGrouped = true;
    tokens.push(token);
    spaced = false;
    i = end;
  }
  return tokens;
}
