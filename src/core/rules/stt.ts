// STT_SEQUENCE: numbering out of order, repeated within a section, of the wrong style, or a
// dotted number that does not belong to its parent. Numbering mistakes are reported, never fatal.
import { address } from '../grid';
import type { TableRow } from '../model';
import { partAfter, readStt, SttToken, toRoman } from '../stt';
import type { Finding } from '../types';
import type { Rule, RuleContext } from './context';

// "1" … "1000" again in every section: each number written once for all rows that expect it.
const arabicTexts: string[] = [];

function arabicText(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 100000) return String(n);
  return (arabicTexts[n] ??= String(n));
}

function next(token: SttToken, prev: SttToken): string | null {
  switch (token.style) {
    case 'part': return prev.parts[0] >= 26 ? null : String.fromCharCode(65 + prev.parts[0]);
    case 'roman': return toRoman(prev.parts[0] + 1);
    case 'arabic': return arabicText(prev.parts[0] + 1);
    case 'letter': return prev.parts[0] >= 26 ? null : String.fromCharCode(97 + prev.parts[0]);
    case 'dotted': return [...prev.parts.slice(0, -1), prev.parts[prev.parts.length - 1] + 1].join('.');
    case 'romanDotted': return [toRoman(prev.parts[0]), ...prev.parts.slice(1, -1), prev.parts[prev.parts.length - 1] + 1].join('.');
    default: return null;
  }
}

const SEQUENCED = new Set(['part', 'roman', 'romanDotted', 'arabic', 'dotted', 'letter']);

/** How a number reads when written: "I.2" for a number under a Roman section, else its parts dotted. */
function written(token: SttToken): string {
  return token.style === 'roman' || token.style === 'romanDotted' ? [toRoman(token.parts[0]), ...token.parts.slice(1)].join('.') : token.parts.join('.');
}

export const sttRule: Rule = (ctx: RuleContext) => {
  const { table } = ctx;
  const col = table.columns.stt;
  const out: Finding[] = [];
  // A survey numbers provinces from a national list ("3", "4", "7", "7"): gaps and repeats are its own.
  if (col === null || table.layout === 'survey') return out;
  const groups = new Map<number | null, TableRow[]>();
  for (let rowAt = 0; rowAt < table.rows.length; rowAt++) {
    const row = table.rows[rowAt];
    if (row.kind === 'total') continue;
    const g = groups.get(row.parentRow);
    if (g) g.push(row);
    else groups.set(row.parentRow, [row]);
  }
  // "1", "2" … repeat in every section: read each distinct number once.
  const tokens = new Map<string, SttToken>();
  const tokenOf = (text: string): SttToken => {
    let t = tokens.get(text);
    if (!t) {
      t = readStt(text);
      tokens.set(text, t);
    }
    return t;
  };
  // The parts (A, B, C …) among the top rows: "C" after "B" is the third part, not Roman 100, as
  // the table reader took it. Their sections are numbered I, II … under each.
  const parts = new Map<number, SttToken>();
  let lastPart = 0;
  for (const row of groups.get(null) ?? []) {
    const t = partAfter(tokenOf(row.stt), lastPart);
    if (t.style !== 'part') continue;
    parts.set(row.row, t);
    lastPart = t.parts[0];
  }
  // Plans either restart numbers in each section or carry them on; both are right.
  const lastArabicAtLevel = new Map<number, number>();
  for (const [parentRow, siblings] of groups) {
    const parent = parentRow !== null ? table.byRow.get(parentRow) : undefined;
    const parentToken = parent ? (parts.get(parent.row) ?? tokenOf(parent.stt)) : null;
    const seen = new Set<string>();
    let prev: SttToken | null = null;
    let position = 0;
    for (let at = 0; at < siblings.length; at++) {
      const row = siblings[at];
      const token = parts.get(row.row) ?? tokenOf(row.stt);
      if (!SEQUENCED.has(token.style)) continue;
      position++;
      if (seen.has(token.text)) {
        out.push(ctx.say({ code: 'STT_SEQUENCE', variant: 'duplicate', row: row.row, cell: address(row.row, col), actual: token.text, params: { actual: token.text } }));
        prev = token;
        continue;
      }
      seen.add(token.text);
      // A Roman numeral below a section is an "I" typed where "1" belongs.
      if (token.style === 'roman' && parent && parentToken?.style !== 'part') {
        const expected: string = prev && prev.style === 'arabic' ? String(prev.parts[0] + 1) : String(position);
        out.push(ctx.say({ code: 'STT_SEQUENCE', variant: 'style', row: row.row, cell: address(row.row, col), actual: token.text, expected, params: { actual: token.text, expected } }));
        prev = { text: expected, style: 'arabic', rank: 1, parts: [Number(expected)] };
        continue;
      }
      const dottedUnder = token.style === 'dotted' && parentToken && (parentToken.style === 'arabic' || parentToken.style === 'dotted');
      const romanUnder = token.style === 'romanDotted' && parentToken && (parentToken.style === 'roman' || parentToken.style === 'romanDotted');
      if ((dottedUnder || romanUnder) && parentToken) {
        const prefix = token.parts.slice(0, -1).join('.');
        if (prefix !== parentToken.parts.join('.')) {
          const expected = `${written(parentToken)}.${position}`;
          out.push(ctx.say({ code: 'STT_SEQUENCE', variant: 'prefix', row: row.row, cell: address(row.row, col), actual: token.text, expected, params: { actual: token.text, parent: parent?.stt ?? '', expected } }));
          prev = token;
          continue;
        }
      }
      if (prev && prev.style === token.style) {
        const want = next(token, prev);
        if (want !== null && want !== token.text) {
          out.push(ctx.say({ code: 'STT_SEQUENCE', variant: 'order', row: row.row, cell: address(row.row, col), actual: token.text, expected: want, params: { actual: token.text, previous: prev.text, expected: want } }));
        }
      } else if (!prev && token.style === 'arabic') {
        const carried = (lastArabicAtLevel.get(row.level) ?? 0) + 1;
        if (token.parts[0] !== 1 && token.parts[0] !== carried) {
          const expected = lastArabicAtLevel.has(row.level) ? `1 / ${carried}` : '1';
          out.push(ctx.say({ code: 'STT_SEQUENCE', variant: 'order', row: row.row, cell: address(row.row, col), actual: token.text, expected, params: { actual: token.text, previous: '—', expected } }));
        }
      }
      if (token.style === 'arabic') lastArabicAtLevel.set(row.level, token.parts[0]);
      prev = token;
    }
  }
  return out;
};
