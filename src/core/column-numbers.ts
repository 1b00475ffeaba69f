// The row of column numbers many forms put under the header: "(1) (2) (3) (4)=(5)+…+(9)", or
// "1 2 3 4" as numbers. It is not data (read as an item it would be worth 4), and where a cell
// states an equation it says which columns must add up to which.
import type { CellValue } from './grid';
import { cleanText } from './text';

export interface ColumnEquation {
  /** Sheet column of the total ("(4)"). */
  total: number;
  /** Sheet columns of the parts ("(5)+…+(9)"), in order. */
  parts: number[];
}

export interface ColumnNumbers {
  /** Column label ("4", "A") → sheet column. */
  byLabel: Map<string, number>;
  equations: ColumnEquation[];
}

// "(4)", "4", "A", "(A)", then optionally "=(5)+(6)", "= 5 + … + 9", "=(5)-(6)" is not a sum.
const LEAD = /^\(?\s*([A-Z]|\d{1,2})\s*\)?\s*(?:[*=]|$)/i;

function labelOf(text: string): string | null {
  const m = LEAD.exec(text);
  return m ? m[1].toUpperCase() : null;
}

/** The right-hand side "(5)+(6)+…+(9)" as labels, ranges expanded; null when it is not a plain sum. */
function sumTerms(rhs: string): string[] | null {
  const text = rhs.replace(/\.{3}|…/g, '…').replace(/\s+/g, '');
  if (!/^[()0-9A-Za-z+…]+$/.test(text)) return null;
  const pieces = text.split('+');
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (p === '…') {
      // "(5)+…+(9)": every number between the neighbours.
      const before = Number(out[out.length - 1]);
      const after = Number((/\d+/.exec(pieces[i + 1] ?? '') ?? [''])[0]);
      if (!Number.isInteger(before) || !Number.isInteger(after) || after <= before + 1) return null;
      for (let n = before + 1; n < after; n++) out.push(String(n));
      continue;
    }
    const m = /^\(?(\d{1,2}|[A-Za-z])\)?$/.exec(p);
    if (!m) return null;
    out.push(m[1].toUpperCase());
  }
  return out.length >= 2 ? out : null;
}

/**
 * Reads a row as the column-number row: at least three cells, each a column label ("(1)", "2",
 * "A") with its numbers rising left to right, some with an equation. Null for any other row.
 */
export function readColumnNumbers(values: readonly CellValue[], left: number): ColumnNumbers | null {
  const byLabel = new Map<string, number>();
  const raw: { col: number; text: string }[] = [];
  let last = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === '') continue;
    let text: string;
    if (typeof v === 'number') {
      if (!Number.isInteger(v) || v < 1 || v > 99) return null;
      text = String(v);
    } else if (typeof v === 'string') {
      text = cleanText(v);
      if (!text) continue;
      if (text.length > 60) return null;
    } else return null;
    const label = labelOf(text);
    if (label === null) return null;
    if (/^\d+$/.test(label)) {
      const n = Number(label);
      if (n <= last) return null;
      last = n;
    }
    byLabel.set(label, left + i);
    raw.push({ col: left + i, text });
  }
  if (raw.length < 3 || last === 0) return null;
  const equations: ColumnEquation[] = [];
  for (const { text } of raw) {
    const eq = text.indexOf('=');
    if (eq < 0) continue;
    const target = labelOf(text);
    const terms = sumTerms(text.slice(eq + 1));
    if (!target || !terms) continue;
    const total = byLabel.get(target);
    const parts = terms.map((t) => byLabel.get(t));
    if (total === undefined || parts.some((p) => p === undefined)) continue;
    equations.push({ total, parts: parts as number[] });
  }
  return { byLabel, equations };
}
