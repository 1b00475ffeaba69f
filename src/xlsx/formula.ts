// Shared formulas: Excel stores the formula once, on the first cell of the range, and each other
// cell says "the same, moved here". Moving shifts every relative reference (A1, $A1, A$1, A:A,
// 1:1) by the distance between the cells; text in quotes, quoted sheet names, structured
// references and function names stay as they are. A reference moved off the sheet is #REF!.
import { columnLetter } from '../core/grid';
import { EXCEL_COLUMNS, EXCEL_ROWS } from './limits';

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** Characters that continue a name or number: a reference cannot start or end next to them. */
function isNameChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 95 || c === 46 || c === 92 || c >= 0x80;
}

function columnOf(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) & 0xdf) - 64);
  return n;
}

interface Part {
  abs: boolean;
  value: number;
  end: number;
}

/** "$"? letters (1–3) at i: a column. */
function columnAt(f: string, i: number): Part | null {
  let k = i;
  const abs = f.charCodeAt(k) === 36;
  if (abs) k++;
  const start = k;
  while (k < f.length && isLetter(f.charCodeAt(k)) && k - start < 4) k++;
  if (k === start || k - start > 3) return null;
  const value = columnOf(f.slice(start, k));
  return value <= EXCEL_COLUMNS ? { abs, value, end: k } : null;
}

/** "$"? digits at i: a row. */
function rowAt(f: string, i: number): Part | null {
  let k = i;
  const abs = f.charCodeAt(k) === 36;
  if (abs) k++;
  const start = k;
  while (k < f.length && isDigit(f.charCodeAt(k)) && k - start < 8) k++;
  if (k === start || f.charCodeAt(start) === 48) return null;
  const value = parseInt(f.slice(start, k), 10);
  return value <= EXCEL_ROWS ? { abs, value, end: k } : null;
}

function moved(p: Part, by: number, max: number): number | null {
  if (p.abs) return p.value;
  const v = p.value + by;
  return v >= 1 && v <= max ? v : null;
}

function col(p: Part, v: number): string {
  return (p.abs ? '$' : '') + columnLetter(v);
}
function row(p: Part, v: number): string {
  return (p.abs ? '$' : '') + String(v);
}

/** The formula of a shared range's first cell, as it reads `dRow` rows and `dCol` columns away. */
export function slideFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = '';
  let i = 0;
  let copied = 0;
  const f = formula;
  const n = f.length;
  while (i < n) {
    const c = f.charCodeAt(i);
    if (c === 34 /* " */ || c === 39 /* ' */) {
      // A text or a quoted sheet name: up to the closing quote (doubled quotes stay inside).
      let k = i + 1;
      for (;;) {
        const q = f.indexOf(c === 34 ? '"' : "'", k);
        if (q < 0) { k = n; break; }
        if (f.charCodeAt(q + 1) === c) { k = q + 2; continue; }
        k = q + 1;
        break;
      }
      i = k;
      continue;
    }
    if (c === 91 /* [ */) {
      // A structured reference or an external book number: brackets may nest.
      let depth = 0;
      let k = i;
      for (; k < n; k++) {
        const b = f.charCodeAt(k);
        if (b === 91) depth++;
        else if (b === 93 && --depth === 0) { k++; break; }
      }
      i = k;
      continue;
    }
    const prev = i > 0 ? f.charCodeAt(i - 1) : 0;
    if ((c === 36 || isLetter(c) || isDigit(c)) && !(prev && (isNameChar(prev) || prev === 36))) {
      const replaced = referenceAt(f, i, dRow, dCol);
      if (replaced) {
        out += f.slice(copied, i) + replaced.text;
        i = replaced.end;
        copied = i;
        continue;
      }
      // Not a reference: skip the whole name or number.
      let k = i + 1;
      while (k < n && (isNameChar(f.charCodeAt(k)) || f.charCodeAt(k) === 36)) k++;
      i = k;
      continue;
    }
    i++;
  }
  return out + f.slice(copied);
}

/** A reference starting at i, moved: A1, A:A or 1:1 (a range A1:B2 is two references). */
function referenceAt(f: string, i: number, dRow: number, dCol: number): { text: string; end: number } | null {
  const after = (k: number): boolean => {
    const c = k < f.length ? f.charCodeAt(k) : 0;
    return !(isNameChar(c) || c === 40 /* ( */ || c === 33 /* ! */ || c === 36);
  };
  const column = columnAt(f, i);
  if (column) {
    const r = rowAt(f, column.end);
    if (r && after(r.end)) {
      const cv = moved(column, dCol, EXCEL_COLUMNS);
      const rv = moved(r, dRow, EXCEL_ROWS);
      return { text: cv === null || rv === null ? '#REF!' : col(column, cv) + row(r, rv), end: r.end };
    }
    // A whole-column range, A:C.
    if (f.charCodeAt(column.end) === 58 /* : */) {
      const other = columnAt(f, column.end + 1);
      if (other && after(other.end)) {
        const a = moved(column, dCol, EXCEL_COLUMNS);
        const b = moved(other, dCol, EXCEL_COLUMNS);
        return { text: a === null || b === null ? '#REF!' : `${col(column, a)}:${col(other, b)}`, end: other.end };
      }
    }
    return null;
  }
  const first = rowAt(f, i);
  if (first && f.charCodeAt(first.end) === 58) {
    const other = rowAt(f, first.end + 1);
    if (other && after(other.end)) {
      const a = moved(first, dRow, EXCEL_ROWS);
      const b = moved(other, dRow, EXCEL_ROWS);
      return { text: a === null || b === null ? '#REF!' : `${row(first, a)}:${row(other, b)}`, end: other.end };
    }
  }
  return null;
}
