// Text folding for matching what officers type: "NSĐP", "NSDP", "nsdp" and "Ngân sách địa
// phương" must meet. Folding drops diacritics (đ → d), lowercases and collapses white space.

const COMBINING = /[\u0300-\u036f]/g;

/** "Thời gian  triển khai" → "thoi gian trien khai". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Same as fold, but keeps every character one-to-one with the input where possible (for offsets). */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Unicode dashes officers paste from Word ("2017 – 2018") read as "-". */
export function normalizeDashes(text: string): string {
  return text.replace(/[\u2010-\u2015\u2212]/g, '-');
}
