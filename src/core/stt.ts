// Reading the STT (số thứ tự) column: parts (A, B), Roman sections, numbers, dotted numbers,
// letters, dashes.
// The rank decides the tree: a row's parent is the nearest row above with a smaller rank.

export type SttStyle = 'part' | 'roman' | 'romanDotted' | 'arabic' | 'dotted' | 'letter' | 'dash' | 'plus' | 'none' | 'other';

export interface SttToken {
  text: string;
  style: SttStyle;
  /** Tree rank: smaller is higher. Parts −1, Roman 0, arabic 1, dotted 1 + (parts − 1), letters 10, dashes 11, plus 12. */
  rank: number;
  /** Numeric parts: "2.10" → [2, 10]; Roman "IV" → [4]; letter "c" → [3]; part "B" → [2]. */
  parts: number[];
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function romanValue(text: string): number | null {
  if (!/^[IVXLC]+$/.test(text)) return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN[text[i]];
    const next = ROMAN[text[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && toRoman(total) === text ? total : null;
}

export function toRoman(n: number): string {
  const table: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let s = '';
  let rest = n;
  for (const [v, r] of table) while (rest >= v) { s += r; rest -= v; }
  return s;
}

export function readStt(raw: string): SttToken {
  // "1.", "a)", "b/": the mark after the number is no part of it.
  const text = raw.trim().replace(/[.)/]+$/, '').trim();
  if (!text) return { text: '', style: 'none', rank: 99, parts: [] };
  const upper = text.toUpperCase();
  const roman = text === upper ? romanValue(upper) : null;
  if (roman !== null) return { text, style: 'roman', rank: 0, parts: [roman] };
  // "A. DỰ ÁN ĐẦU TƯ", "B. CHI THƯỜNG XUYÊN": the parts above the Roman sections. A "C" reads as
  // Roman 100 here; the table reader takes it for the part after "B" (partAfter).
  if (/^[A-Z]$/.test(text)) return { text, style: 'part', rank: -1, parts: [text.charCodeAt(0) - 64] };
  if (/^\d{1,4}$/.test(text)) return { text, style: 'arabic', rank: 1, parts: [Number(text)] };
  if (/^\d{1,4}(\.\d{1,4}){1,5}$/.test(text)) {
    const parts = text.split('.').map(Number);
    return { text, style: 'dotted', rank: parts.length, parts };
  }
  // "I.1", "II.3.2": the items of section I numbered under it, one step below it for each number.
  const underRoman = /^([IVXLC]+)\.(\d{1,4}(?:\.\d{1,4}){0,4})$/.exec(text);
  if (underRoman) {
    const head = romanValue(underRoman[1]);
    if (head !== null) {
      const parts = [head, ...underRoman[2].split('.').map(Number)];
      return { text, style: 'romanDotted', rank: parts.length - 1, parts };
    }
  }
  if (/^[a-zđ]$/.test(text)) {
    const code = text === 'đ' ? 5 : text.charCodeAt(0) - 96;
    return { text, style: 'letter', rank: 10, parts: [code] };
  }
  if (/^[-–—•·]$/.test(text)) return { text, style: 'dash', rank: 11, parts: [] };
  if (/^[+*]$/.test(text)) return { text, style: 'plus', rank: 12, parts: [] };
  return { text, style: 'other', rank: 13, parts: [] };
}

// A bullet opening a name ("- Thiết bị", "+ Lắp đặt", "•Phần mềm"), not a sign ("-500").
const NAME_BULLET = /^\s*([-–—•·+*])(?!\s*\d)/;

/**
 * A line numbered by the bullet that opens its name, its STT cell left empty ("| - Thiết bị |
 * 600" under "1 | Nâng cấp hạ tầng | 1.000"): the bullet read as if it stood in that cell. Null
 * for a name that opens with none.
 */
export function bulletIn(name: string): SttToken | null {
  const m = NAME_BULLET.exec(name);
  return m ? readStt(m[1]) : null;
}

/** A row's numbering: its STT cell's, else the bullet that opens its name (bulletIn). */
export function lineToken(stt: string, name: string, read: (text: string) => SttToken = readStt): SttToken {
  const token = read(stt);
  return token.style === 'none' ? bulletIn(name) ?? token : token;
}

/**
 * `token` read as the part that follows part number `last` when it is the next capital letter:
 * "C", "I", "V", "X", "L" read as Roman numerals alone, but after "A", "B" a "C" is the third part.
 * Else `token` itself.
 */
export function partAfter(token: SttToken, last: number): SttToken {
  if (token.style !== 'roman' || last === 0 || token.text.length !== 1) return token;
  const code = token.text.charCodeAt(0) - 64;
  return code === last + 1 ? { text: token.text, style: 'part', rank: -1, parts: [code] } : token;
}
