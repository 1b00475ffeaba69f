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

/** "Thời gian  triển khai" → "thoi gian trien khai". */
export function fold(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x0300 && code <= 0x036f) continue; // combining marks of decomposed text
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

/** Collapses runs of white space and trims. */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Unicode dashes officers paste from Word ("2017 – 2018") read as "-". */
export function normalizeDashes(text: string): string {
  return text.replace(/[\u2010-\u2015\u2212]/g, '-');
}

// Characters that only appear in text pasted from PDF or Word: combining marks of decomposed
// (NFD) letters, non-breaking and other odd spaces, line breaks, zero-width marks, soft hyphens.
// Typed text has none, so one test decides whether a cell needs cleaning at all.
const PASTED = /[\u0300-\u036f\u00a0\u00ad\u2000-\u200d\u2028\u2029\u202f\u205f\u3000\ufeff\t\n\r\f\v]| {2}/;

/**
 * A cell's text as the officer meant it: composed (NFC), every run of white space, line break
 * or non-breaking space one plain space, invisible marks gone, trimmed. Cheap on typed text.
 */
export function cleanText(text: string): string {
  if (!PASTED.test(text)) return text.trim();
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
  return text.replace(/(\d)\.(?=\s*(?:$|[;,)\]]))/g, '$1').replace(/(\d{3})\.(?=\s+\p{Lu})/gu, '$1');
}
