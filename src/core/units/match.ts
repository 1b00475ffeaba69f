// Matching the names of provinces as officers write them: "TP. Đà Nẵng", "Thành phố Hồ Chí
// Minh", "Bà Rịa-Vũng Tàu", "UBND TỈNH KHÁNH HÒA", "Thừa Thiên - Huế", "Đắc Lắc". Names meet
// folded (no diacritics, lowercase, punctuation as spaces) with the words that only say what kind
// of unit it is ("Tỉnh", "Thành phố", "TP", "UBND") dropped.
import { fold } from '../text';
import { NewProvince, OLD_PROVINCES, PROVINCES_2025 } from './provinces';

/** Names only the 34 new units use (the others keep an old unit's name). */
const NEW_ONLY: readonly { name: string; aliases: readonly string[] }[] = [{ name: 'Huế', aliases: ['TP Huế'] }];

/** Words before a name that say "province" or "city" (folded, as word sequences). */
const PREFIXES: readonly string[][] = [
  ['uy', 'ban', 'nhan', 'dan'], ['ubnd'], ['thanh', 'pho'], ['tinh'], ['tp'], ['t', 'p'], ['thu', 'do'], ['tinh', 'thanh', 'pho'],
];

/** A one-word name that is also a common word ("Huế" folds like "Huệ"): in running text, only after a prefix. */
const NEEDS_PREFIX = new Set(['hue']);

/** Folded words, punctuation as spaces: "TP. Đà Nẵng" → ["tp", "da", "nang"]. */
function words(text: string): string[] {
  return fold(text).replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter((w) => w !== '');
}

function stripPrefixes(tokens: string[]): string[] {
  let t = tokens;
  for (let changed = true; changed && t.length;) {
    changed = false;
    for (const p of PREFIXES) {
      if (t.length > p.length && p.every((w, i) => t[i] === w)) {
        t = t.slice(p.length);
        changed = true;
      }
    }
  }
  return t;
}

/** Folded key (words joined by spaces, and also run together) → display name. */
const INDEX = new Map<string, string>();
let longestKey = 1;
function index(name: string, spelling: string): void {
  const tokens = stripPrefixes(words(spelling));
  if (!tokens.length) return;
  INDEX.set(tokens.join(' '), name);
  INDEX.set(tokens.join(''), name);
  longestKey = Math.max(longestKey, tokens.length);
}
for (const p of [...OLD_PROVINCES, ...NEW_ONLY]) {
  index(p.name, p.name);
  for (const a of p.aliases) index(p.name, a);
}

/**
 * The province a whole cell names ("TP. Đà Nẵng" → "Đà Nẵng"), or null. Falls back to a name
 * inside the text ("Bắc Giang (cũ)"), so a note after the name does not hide it.
 */
export function matchProvince(text: string): string | null {
  const tokens = stripPrefixes(words(text));
  if (!tokens.length) return null;
  return INDEX.get(tokens.join(' ')) ?? INDEX.get(tokens.join('')) ?? findProvinceIn(text);
}

function afterPrefix(tokens: string[], i: number): boolean {
  return PREFIXES.some((p) => p.length <= i && p.every((w, k) => tokens[i - p.length + k] === w));
}

/**
 * The first province named in running text ("(Kèm theo Kế hoạch … của UBND tỉnh Khánh Hòa)"),
 * longest name first at each word, or null.
 */
export function findProvinceIn(text: string): string | null {
  const tokens = words(text);
  for (let i = 0; i < tokens.length; i++) {
    for (let len = Math.min(longestKey, tokens.length - i); len >= 1; len--) {
      const key = tokens.slice(i, i + len).join(' ');
      const name = INDEX.get(key);
      if (name === undefined) continue;
      if (len === 1 && NEEDS_PREFIX.has(key) && !afterPrefix(tokens, i)) continue;
      return name;
    }
  }
  return null;
}

const NEW_OF = new Map<string, NewProvince>();
for (const p of PROVINCES_2025) {
  for (const m of p.members) NEW_OF.set(m, p);
  NEW_OF.set(p.name, p);
}

/** The unit formed on 01/7/2025 that an old (or new) province belongs to, or null for any other name. */
export function province2025(name: string): NewProvince | null {
  return NEW_OF.get(name) ?? null;
}
