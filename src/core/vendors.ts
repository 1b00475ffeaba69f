// IT service vendors named in "Tự đầu tư/Thuê" cells, with the ways officers spell them.
// Aliases are folded (no diacritics, lowercase); multi-word aliases match whole words.
// Long names tolerate one slipped letter ("vietel", "mobifon"); short ones (VNPT, FPT, CMC) must
// be exact, because one letter off a three-letter name is another word.

export interface Vendor {
  /** Canonical name, as the contract prints it. */
  name: string;
  aliases: readonly string[];
}

export const VENDORS: readonly Vendor[] = [
  { name: 'VNPT', aliases: ['vnpt', 'vinaphone', 'vnptit', 'vnpt it', 'vnpt-it'] },
  { name: 'Viettel', aliases: ['viettel', 'vietel', 'viettell', 'viettel solutions'] },
  { name: 'FPT', aliases: ['fpt', 'fptis', 'fpt is'] },
  { name: 'MobiFone', aliases: ['mobifone', 'mobiphone', 'mobi fone', 'mobi phone'] },
  { name: 'MISA', aliases: ['misa'] },
  { name: 'CMC', aliases: ['cmc'] },
  { name: 'BKAV', aliases: ['bkav'] },
  { name: 'Tân Dân', aliases: ['tan dan', 'tandan'] },
  { name: 'Inet', aliases: ['inet'] },
  { name: 'VNG', aliases: ['vng'] },
  { name: 'Vietnamobile', aliases: ['vietnamobile', 'vietnam mobile'] },
  { name: 'Lạc Việt', aliases: ['lac viet', 'lacviet'] },
];

/** Aliases at least this long accept one slipped letter. */
const FUZZY_MIN = 6;

/** True when a and b differ by at most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The first vendor named in already folded, punctuation-free words ("thue dich vu vnpt").
 * Dotted spellings ("v n p t" after punctuation became spaces) are also tried run together.
 */
export function findVendor(words: string): string | null {
  const tokens = words.split(' ').filter((t) => t !== '');
  const padded = ` ${tokens.join(' ')} `;
  const hits: { name: string; at: number }[] = [];
  const consider = (name: string, at: number) => hits.push({ name, at });
  for (const vendor of VENDORS) {
    for (const alias of vendor.aliases) {
      if (alias.includes(' ')) {
        const at = padded.indexOf(` ${alias} `);
        if (at >= 0) consider(vendor.name, at);
      }
    }
  }
  // Position by token index scaled to stay comparable with the character offsets above.
  let offset = 1;
  const singleLetters: { start: number; letters: string }[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    for (const vendor of VENDORS) {
      for (const alias of vendor.aliases) {
        if (alias.includes(' ')) continue;
        if (token === alias || (alias.length >= FUZZY_MIN && withinOneEdit(token, alias))) consider(vendor.name, offset);
      }
    }
    // "V.N.P.T" arrives as single letters; gather runs of them to try as one word.
    if (token.length === 1) {
      const run = singleLetters[singleLetters.length - 1];
      if (run && run.start + run.letters.length * 2 === offset) run.letters += token;
      else singleLetters.push({ start: offset, letters: token });
    }
    offset += token.length + 1;
  }
  for (const run of singleLetters) {
    if (run.letters.length < 2) continue;
    for (const vendor of VENDORS) {
      if (vendor.aliases.includes(run.letters)) consider(vendor.name, run.start);
    }
  }
  let first: { name: string; at: number } | null = null;
  for (const hit of hits) if (first === null || hit.at < first.at) first = hit;
  return first === null ? null : first.name;
}
