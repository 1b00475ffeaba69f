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
const FILLERS = new Set(['dong', 'chan', 'vnd', 'vnđ', 'va', 'le', 'linh']);

/** A number under a thousand being read: its hundreds, tens and the digit said last. */
interface Small {
  hundreds: number;
  tens: number;
  digit: number | null;
  said: boolean;
}

const small = (): Small => ({ hundreds: 0, tens: 0, digit: null, said: false });
const valueOf = (s: Small): Decimal => new Decimal(s.hundreds * 100 + s.tens * 10 + (s.digit ?? 0));

/** "Bằng chữ: …" → its words (after the label, in or out of brackets), or null when the text is no such line. */
export function wordsAfterLabel(text: string): string | null {
  const m = /^\s*[([]?\s*(?:số tiền\s+)?(?:viết\s+)?bằng chữ\s*[:：]\s*(.+?)\s*[)\]]?\s*\.?\s*$/iu.exec(text.normalize('NFC'));
  return m ? m[1] : null;
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
