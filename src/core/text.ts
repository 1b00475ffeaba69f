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

/**
 * A regex character class body for letters and combining marks: Latin (every Vietnamese letter),
 * Greek, Cyrillic. Stands in for \p{L}\p{M}, which the EdgeHTML webview of older Excel builds
 * cannot parse (the add-in ships ES2017); workbooks hold no other scripts.
 */
export const LETTER_CHARS = 'A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u0300-\u036F\u0370-\u03FF\u0400-\u052F\u1E00-\u1EFF';
/** LETTER_CHARS and the digits, for \p{L}\p{N}. */
export const WORD_CHARS = `${LETTER_CHARS}0-9`;
