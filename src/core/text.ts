// Text folding for matching what officers type: "NSĐP", "NSDP", "nsdp" and "Ngân sách địa
// phương" must meet. Folding drops diacritics (đ → d), lowercases and collapses white space.
// It runs on every cell of large sheets, so it maps characters through a table built once
// instead of normalizing each string.

const BASE = new Map<number, string>();
for (const [from, to] of [[0x00c0, 0x024f], [0x1e00, 0x1eff]]) {
  for (let code = from; code <= to; code++) {
    const ch = String.fromCharCode(code);
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    if (base.length === 1 && base !== ch) BASE.set(code, base);
  }
}
BASE.set(0x0110, 'd'); // Đ
BASE.set(0x0111, 'd'); // đ

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 12 || code === 11 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000;
}

// Each code below 0x2000 folded to one code: 0 where that takes more than one (a rare letter
// whose lower case is two characters), which the slow path below handles.
const TABLE_SIZE = 0x2000;
const FOLDED = new Uint16Array(TABLE_SIZE);
for (let code = 0; code < TABLE_SIZE; code++) {
  if (code < 128) FOLDED[code] = code >= 65 && code <= 90 ? code + 32 : code;
  else {
    const folded = BASE.get(code) ?? String.fromCharCode(code).toLowerCase();
    FOLDED[code] = folded.length === 1 ? folded.charCodeAt(0) : 0;
  }
}
let buffer = new Uint16Array(256);
/** Folded texts up to this length are made from a reused list of exactly their length. */
const SHORT = 128;
const byLength: Uint16Array[] = [];

/** "Thời gian  triển khai" → "thoi gian trien khai". */
export function fold(text: string): string {
  if (buffer.length < text.length) buffer = new Uint16Array(text.length * 2);
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x0300 && code <= 0x036f) continue; // combining marks of decomposed text
    if (isSpace(code)) {
      pendingSpace = n > 0;
      continue;
    }
    const folded = code < TABLE_SIZE ? FOLDED[code] : 0;
    if (folded === 0) return foldSlowly(text);
    if (pendingSpace) {
      buffer[n++] = 32;
      pendingSpace = false;
    }
    buffer[n++] = folded;
  }
  if (n <= SHORT) {
    // Names and cells are short: copied into a list of their own length, so no view is made per call.
    const exact = (byLength[n] ??= new Uint16Array(n));
    for (let i = 0; i < n; i++) exact[i] = buffer[i];
    return String.fromCharCode.apply(null, exact as unknown as number[]);
  }
  let out = '';
  for (let at = 0; at < n; at += 8192) out += String.fromCharCode.apply(null, buffer.subarray(at, Math.min(n, at + 8192)) as unknown as number[]);
  return out;
}

function foldSlowly(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x0300 && code <= 0x036f) continue;
    if (isSpace(code)) {
      pendingSpace = out.length > 0;
      continue;
    }
    let ch: string;
    if (code < 128) ch = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
    else ch = BASE.get(code) ?? text[i].toLowerCase();
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += ch;
  }
  return out;
}

/** A name as two rows are compared by it: "Xây dựng  Nền tảng LGSP." and "XÂY DỰNG NỀN TẢNG LGSP" meet. */
export function foldName(name: string): string {
  return fold(name).replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * A number two names meeting in foldName share (their letters and digits folded, all else
 * skipped), made without building a string: a first look over a long table's names before the
 * few that share it are folded and compared.
 */
export function foldedHash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const f = code < TABLE_SIZE ? FOLDED[code] : 0;
    if ((f >= 97 && f <= 122) || (f >= 48 && f <= 57)) h = (Math.imul(h, 31) + f) | 0;
  }
  return h & 0x3fffffff;
}

/** Collapses runs of white space and trims. */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Unicode dashes officers paste from Word ("2017 – 2018") read as "-". */
export function normalizeDashes(text: string): string {
  return text.replace(/[\u2010-\u2015\u2212]/g, '-');
}

/**
 * Does the text hold what only pasted text holds: combining marks of decomposed (NFD) letters,
 * non-breaking or other odd spaces, line breaks, zero-width marks, soft hyphens, doubled or
 * surrounding spaces? Typed text has none; this runs on every cell, so it is a plain loop.
 */
function pasted(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  if (text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32) return true;
  let space = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (space) return true;
      space = true;
      continue;
    }
    space = false;
    if (c < 32) return true;
    if (c < 0xa0) continue;
    if (c === 0xa0 || c === 0xad || (c >= 0x300 && c <= 0x36f) || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 ||
      c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return true;
  }
  return false;
}

/**
 * A cell's text as the officer meant it: composed (NFC), every run of white space, line break
 * or non-breaking space one plain space, invisible marks gone, trimmed. Cheap on typed text.
 */
export function cleanText(text: string): string {
  if (!pasted(text)) return text;
  return text
    .normalize('NFC')
    .replace(/[\u00ad\u200b-\u200d\ufeff]/g, '')
    .replace(/[\s\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g, ' ')
    .trim();
}

/**
 * A full stop right after a number ("11.000." as a PDF sentence ends) is punctuation: a number
 * never ends in a decimal mark. Dropped before the end of the text, a ";", a "," or a closing
 * bracket, or before a new sentence; "1.000.000" and "35.388,5" are unchanged.
 */
export function dropNumberStops(text: string): string {
  if (!text.includes('.')) return text;
  // Before a new sentence only after a real amount: "2. Khác" is a numbered line, not a stop.
  // (A capital is told by its lower case, not \p{Lu}: the add-in ships ES2017 regular expressions.)
  return text
    .replace(/(\d)\.(?=\s*(?:$|[;,)\]]))/g, '$1')
    .replace(/(\d{3})\.(?=\s+(\S))/g, (all: string, digits: string, next: string) => (next !== next.toLowerCase() ? digits : all));
}

/**
 * A regex character class body for letters and combining marks: Latin (every Vietnamese letter),
 * Greek, Cyrillic. Stands in for \p{L}\p{M}, which the EdgeHTML webview of older Excel builds
 * cannot parse (the add-in ships ES2017); workbooks hold no other scripts.
 */
export const LETTER_CHARS = 'A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u0300-\u036F\u0370-\u03FF\u0400-\u052F\u1E00-\u1EFF';
/** LETTER_CHARS and the digits, for \p{L}\p{N}. */
export const WORD_CHARS = `${LETTER_CHARS}0-9`;
