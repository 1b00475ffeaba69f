// An amount written in words, as estimates and decisions state their total under the figures:
// "Bằng chữ: Một tỷ chín trăm triệu đồng chẵn", "Hai mươi lăm triệu, bốn trăm linh năm nghìn đồng".
// Read exactly, in đồng; null when any word is not a number word (a sentence, a typo), so an
// amount is never guessed from part of the text.
import { Decimal } from '../decimal';
import { fold } from '../text';

const DIGITS: ReadonlyMap<string, number> = new Map([
  ['khong', 0], ['mot', 1], ['hai', 2], ['ba', 3], ['bon', 4], ['tu', 4], ['nam', 5], ['lam', 5], ['nham', 5],
  ['sau', 6], ['bay', 7], ['tam', 8], ['chin', 9],
]);

/** The words that multiply what stands before them. */
const SCALES: ReadonlyMap<string, number> = new Map([
  ['nghin', 3], ['ngan', 3], ['trieu', 6], ['ty', 9], ['ti', 9],
]);

const TEN = new Decimal(10);

/** Words that close the amount or join its parts and add nothing: "đồng", "chẵn", "VNĐ", "và". */
const FILLERS = new Set(['dong', 'chan', 'vnd', 'va', 'le', 'linh']);

/** A number under a thousand being read: its hundreds, tens and the digit said last. */
interface Small {
  hundreds: number;
  tens: number;
  digit: number | null;
  said: boolean;
}

const small = (): Small => ({ hundreds: 0, tens: 0, digit: null, said: false });
const valueOf = (s: Small): Decimal => new Decimal(s.hundreds * 100 + s.tens * 10 + (s.digit ?? 0));

/** An amount in words is a line, not a page: longer text is no such line (and is not scanned). */
const MAX_LINE = 400;
const LABEL = /^[([]? ?(?:số tiền )?(?:viết )?bằng chữ ?[:：] ?/iu;

/** "Bằng chữ: …" → its words (after the label, in or out of brackets), or null when the text is no such line. */
export function wordsAfterLabel(text: string): string | null {
  if (text.length > MAX_LINE) return null;
  // Runs of spaces made one first, so no pattern here ever weighs one run against another.
  const line = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const m = LABEL.exec(line);
  if (!m) return null;
  let end = line.length;
  while (end > m[0].length && ' .)]'.includes(line[end - 1])) end--;
  const words = line.slice(m[0].length, end);
  return words === '' ? null : words;
}

/** The amount the words say, in đồng, or null when they are not all number words. */
export function parseAmountWords(text: string): Decimal | null {
  const words = fold(text).replace(/[.,;:/]+/g, ' ').split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 60) return null;
  // Each scale word closes a group; a larger scale takes in the groups of smaller ones before it
  // ("một nghìn tám trăm triệu": (1.000 + 800) triệu; "một tỷ chín trăm triệu": 1 tỷ + 900 triệu).
  // Each group's value in đồng and its scale as a power of ten.
  const groups: { value: Decimal; scale: number }[] = [];
  let s = small();
  let any = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const d = DIGITS.get(w);
    if (d !== undefined) {
      // "mốt", "tư", "lăm" follow tens; two digits in a row are no number.
      if (s.digit !== null) return null;
      s.digit = d;
      s.said = true;
      any = true;
      continue;
    }
    if (w === 'tram') {
      if (s.digit === null || s.hundreds !== 0 || s.tens !== 0) return null;
      s.hundreds = s.digit;
      s.digit = null;
      continue;
    }
    if (w === 'muoi') {
      // "mười" (ten) and "mươi" (tens, after a digit) fold alike.
      if (s.tens !== 0) return null;
      s.tens = s.digit ?? 1;
      s.digit = null;
      s.said = true;
      any = true;
      continue;
    }
    const scale = SCALES.get(w);
    if (scale !== undefined) {
      let value = valueOf(s);
      let taken = s.said;
      while (groups.length && groups[groups.length - 1].scale < scale) {
        value = value.plus((groups.pop() as { value: Decimal }).value);
        taken = true;
      }
      // A scale with nothing before it and no group to take in is one of it.
      if (!taken) value = new Decimal(1);
      groups.push({ value: value.times(TEN.pow(scale)), scale });
      s = small();
      any = true;
      continue;
    }
    if (FILLERS.has(w)) continue;
    return null;
  }
  if (!any) return null;
  let total = valueOf(s);
  for (const g of groups) total = total.plus(g.value);
  return total;
}

const DIGIT_WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const BILLION = new Decimal(1_000_000_000);

/** Three digits as read aloud; `full` when groups stand before it ("không trăm linh năm"). */
function groupWords(n: number, full: boolean): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor(n / 10) % 10;
  const u = n % 10;
  const out: string[] = [];
  if (h > 0 || full) out.push(DIGIT_WORDS[h], 'trăm');
  if (t === 0) {
    if (u > 0 && out.length) out.push('linh');
  } else if (t === 1) out.push('mười');
  else out.push(DIGIT_WORDS[t], 'mươi');
  if (u > 0) out.push(u === 1 && t >= 2 ? 'mốt' : u === 5 && t >= 1 ? 'lăm' : u === 4 && t >= 2 ? 'tư' : DIGIT_WORDS[u]);
  return out;
}

/** A whole number below a billion as words: nghìn and triệu groups, leading group unpadded. */
function belowBillion(n: number, full: boolean): string[] {
  const out: string[] = [];
  const groups: [number, string][] = [[Math.floor(n / 1_000_000), 'triệu'], [Math.floor(n / 1000) % 1000, 'nghìn'], [n % 1000, '']];
  for (const [g, scale] of groups) {
    if (g === 0) continue;
    out.push(...groupWords(g, full || out.length > 0));
    if (scale) out.push(scale);
  }
  return out;
}

/**
 * An amount in đồng as an officer writes it under a total: 1.900.000.000 → "Một tỷ chín trăm
 * triệu đồng", 1.050 → "Một nghìn không trăm năm mươi đồng". Rounded to the đồng; null below 0
 * or from a thousand tỷ tỷ on (no budget holds such a figure).
 */
export function amountToWords(dong: Decimal): string | null {
  const whole = dong.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  if (whole.isNeg() || whole.gte(new Decimal('1e18'))) return null;
  if (whole.isZero()) return 'Không đồng';
  // Billions are read as a number of their own before "tỷ" ("hai nghìn tỷ"), then what is below.
  const billions = whole.div(BILLION).floor();
  const rest = whole.minus(billions.times(BILLION)).toNumber();
  const words: string[] = [];
  if (billions.gt(0)) words.push(...belowBillion(billions.toNumber(), false), 'tỷ');
  if (rest > 0) words.push(...belowBillion(rest, words.length > 0));
  const text = `${words.join(' ')} đồng`;
  return text[0].toUpperCase() + text.slice(1);
}
