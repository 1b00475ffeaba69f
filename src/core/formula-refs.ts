// Which rows of one column a subtotal formula adds up. Only plain sums are understood
// (SUM, SUBTOTAL(9|109, …), "+" of cells); anything else returns null and is not judged.
import { columnNumber } from './grid';

export interface FormulaRows {
  rows: Set<number>;
  /** Ranges as written, for messages ("G7:G65"). */
  text: string;
}

const REF = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;

function parseRef(ref: string): { col: number; row: number } | null {
  const m = REF.exec(ref.trim().toUpperCase());
  return m ? { col: columnNumber(m[1]), row: Number(m[2]) } : null;
}

/** Rows of `column` that the formula sums, or null when the formula is not a plain sum of that column. */
export function summedRows(formula: string, column: number, maxRows = 1_000_000): FormulaRows | null {
  let body = formula.trim().replace(/^=/, '').replace(/\s+/g, '').toUpperCase();
  if (!body || body.includes('!')) return null;
  // Unwrap SUM(…) / SUBTOTAL(9,…) / SUBTOTAL(109,…), possibly joined by "+".
  body = body.replace(/SUBTOTAL\((?:9|109),/g, 'SUM(');
  const terms = body.split('+');
  const rows = new Set<number>();
  for (const term of terms) {
    let inner = term;
    const sum = /^SUM\(([^()]*)\)$/.exec(term);
    if (sum) inner = sum[1];
    else if (term.includes('(')) return null;
    for (const piece of inner.split(/[,;]/)) {
      if (!piece) continue;
      const [a, b] = piece.split(':');
      const from = parseRef(a);
      const to = b === undefined ? from : parseRef(b);
      if (!from || !to) return null;
      if (from.col !== column || to.col !== column) return null;
      const lo = Math.min(from.row, to.row);
      const hi = Math.max(from.row, to.row);
      if (hi - lo > maxRows) return null;
      for (let r = lo; r <= hi; r++) rows.add(r);
    }
  }
  return rows.size ? { rows, text: formula.trim() } : null;
}

// SUBTOTAL(101…111, …) and AGGREGATE(f, 1|3|5|7, …) leave out rows hidden in the sheet; SUM,
// SUBTOTAL(1…11) and the other AGGREGATE options count them.
const SKIPS_HIDDEN = /^=?\s*(?:SUBTOTAL\s*\(\s*1(?:0[1-9]|1[01])\s*[,;]|(?:_XLFN\.)?AGGREGATE\s*\(\s*\d{1,2}\s*[,;]\s*[1357]\s*[,;])/i;

/** The formula adds up only the rows shown: hidden rows under it are not in its result. */
export function skipsHiddenRows(formula: string | null | undefined): boolean {
  return typeof formula === 'string' && SKIPS_HIDDEN.test(formula.trim());
}
