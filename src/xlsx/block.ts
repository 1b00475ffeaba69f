// A sheet's sparse cells → the Grid the core reads: the block of rows and columns that holds
// data, as dense arrays. A block too large to hold (a stray value in XFD1048576 far from the
// table) is cut to the block where most of the data lies, and the reader says what it left
// out; a block still too large is refused with a message. Merged areas keep their value in the
// top-left cell only, as Excel shows them.
import { columnLetter } from '../core/grid';
import type { CellValue, Grid } from '../core/grid';
import { xlsxText } from '../core/i18n/xlsx';
import { XlsxError } from './errors';
import { GAP_COLUMNS, GAP_ROWS, MAX_GRID_CELLS } from './limits';
import type { Box, SheetCells } from './cells';
import type { CellStyles } from './styles';

export interface SheetGrid {
  grid: Grid | null;
  /** Said to the user when the reader left cells out. */
  note: string | null;
}

/** Merged rows this many times the sheet's rows are more than any real sheet has. */
const MAX_MERGED_ROW_SPANS = 20_000_000;

function range(b: Box): string {
  return `${columnLetter(b.left)}${b.top}:${columnLetter(b.right)}${b.bottom}`;
}

/** Indices of the cells in row-then-column order; a later duplicate stays after an earlier one. */
function order(cells: SheetCells): Int32Array {
  const n = cells.count;
  const idx = new Int32Array(n);
  for (let k = 0; k < n; k++) idx[k] = k;
  if (!cells.ordered) idx.sort((a, b) => cells.rows[a] - cells.rows[b] || cells.cols[a] - cells.cols[b] || a - b);
  return idx;
}

/** First position in idx[lo, hi) whose cell is at or after (row, col). */
function lowerBound(cells: SheetCells, idx: Int32Array, lo: number, hi: number, row: number, col: number): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const m = (a + b) >>> 1;
    const k = idx[m];
    if (cells.rows[k] < row || (cells.rows[k] === row && cells.cols[k] < col)) a = m + 1;
    else b = m;
  }
  return a;
}

/** Marks the cells a merge covers other than its top-left one. */
function mergedAway(cells: SheetCells, idx: Int32Array, fileName: string, sheet: string): Uint8Array {
  const away = new Uint8Array(cells.count);
  if (cells.merges.length === 0 || idx.length === 0) return away;
  const firstRow = cells.rows[idx[0]];
  const lastRow = cells.rows[idx[idx.length - 1]];
  let spans = 0;
  for (const m of cells.merges) {
    const top = Math.max(m.top, firstRow);
    const bottom = Math.min(m.bottom, lastRow);
    if (top > bottom) continue;
    spans += bottom - top + 1;
    if (spans > MAX_MERGED_ROW_SPANS) {
      throw new XlsxError(xlsxText.corrupt(fileName, `sheet "${sheet}" has more merged cells than any workbook Excel writes`));
    }
    let p = lowerBound(cells, idx, 0, idx.length, top, m.left);
    while (p < idx.length) {
      const k = idx[p];
      const r = cells.rows[k];
      if (r > bottom) break;
      const c = cells.cols[k];
      if (c > m.right) {
        p = lowerBound(cells, idx, p, idx.length, r + 1, m.left);
        continue;
      }
      if (c >= m.left && !(r === m.top && c === m.left)) away[k] = 1;
      p++;
    }
  }
  return away;
}

/** Runs of sorted distinct numbers split where the gap exceeds `gap`: the run with the most weight. */
function heaviestRun(counts: Map<number, number>, gap: number): [number, number] {
  const keys = [...counts.keys()].sort((a, b) => a - b);
  let best: [number, number] = [keys[0], keys[0]];
  let bestWeight = -1;
  let start = keys[0];
  let weight = 0;
  for (let i = 0; i < keys.length; i++) {
    if (i > 0 && keys[i] - keys[i - 1] - 1 > gap) {
      if (weight > bestWeight) { best = [start, keys[i - 1]]; bestWeight = weight; }
      start = keys[i];
      weight = 0;
    }
    weight += counts.get(keys[i]) ?? 0;
  }
  if (weight > bestWeight) best = [start, keys[keys.length - 1]];
  return best;
}

function area(b: Box): number {
  return (b.bottom - b.top + 1) * (b.right - b.left + 1);
}

export function sheetGrid(sheet: string, cells: SheetCells, styles: CellStyles, fileName: string): SheetGrid {
  const idx = order(cells);
  const away = mergedAway(cells, idx, fileName, sheet);
  const holds = (k: number): boolean => {
    if (away[k]) return false;
    const v = cells.value(k);
    return (v !== undefined && v !== null && v !== '') || cells.formula(k) !== null;
  };
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  // By index, not for…of: a typed array's iterator made a result object per cell (24 MB a 50k-row read).
  for (let p = 0; p < idx.length; p++) {
    const k = idx[p];
    if (!holds(k)) continue;
    const r = cells.rows[k];
    const c = cells.cols[k];
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  if (bottom === 0) return { grid: null, note: null };

  let box: Box = { top, left, bottom, right };
  let note: string | null = null;
  if (area(box) > MAX_GRID_CELLS) {
    // Rare (a stray cell far away): the cells that hold something, listed only now.
    const present = idx.filter(holds);
    const full = box;
    const rowCounts = new Map<number, number>();
    for (const k of present) rowCounts.set(cells.rows[k], (rowCounts.get(cells.rows[k]) ?? 0) + 1);
    const [rowFrom, rowTo] = heaviestRun(rowCounts, GAP_ROWS);
    const colCounts = new Map<number, number>();
    for (const k of present) {
      const r = cells.rows[k];
      if (r >= rowFrom && r <= rowTo) colCounts.set(cells.cols[k], (colCounts.get(cells.cols[k]) ?? 0) + 1);
    }
    const [colFrom, colTo] = heaviestRun(colCounts, GAP_COLUMNS);
    box = { top: Infinity, left: Infinity, bottom: 0, right: 0 };
    let leftOut = 0;
    let example = '';
    for (const k of present) {
      const r = cells.rows[k];
      const c = cells.cols[k];
      if (r < rowFrom || r > rowTo || c < colFrom || c > colTo) {
        if (leftOut++ === 0) example = `${columnLetter(c)}${r}`;
        continue;
      }
      if (r < box.top) box.top = r;
      if (r > box.bottom) box.bottom = r;
      if (c < box.left) box.left = c;
      if (c > box.right) box.right = c;
    }
    if (area(box) > MAX_GRID_CELLS) {
      throw new XlsxError(xlsxText.blockTooLarge(fileName, sheet, range(full), area(full), MAX_GRID_CELLS));
    }
    note = xlsxText.farCellsLeftOut(sheet, range(box), leftOut, example);
  }

  ({ top, left, bottom, right } = box);
  const height = bottom - top + 1;
  const width = right - left + 1;
  const values: CellValue[][] = [];
  for (let r = 0; r < height; r++) values.push(new Array<CellValue>(width).fill(null));
  // Most rows of a large sheet have no formula, no bold cell and no number format: such rows
  // share one frozen row each, copied the first time a cell of theirs differs (mine).
  const noFormulas = Object.freeze(new Array<string | null>(width).fill(null)) as (string | null)[];
  const notBold = Object.freeze(new Array<boolean>(width).fill(false)) as boolean[];
  const general = Object.freeze(new Array<string>(width).fill('General')) as string[];
  const formulas = new Array<(string | null)[]>(height).fill(noFormulas);
  const bold = new Array<boolean[]>(height).fill(notBold);
  const numberFormats = new Array<string[]>(height).fill(general);
  const mine = <T>(rows: T[][], r: number, shared: T[]): T[] => (rows[r] === shared ? (rows[r] = shared.slice()) : rows[r]);

  // Empty positions take their row's format, else their column's (Excel's precedence).
  const colStyle: number[] | null = cells.colStyles.length ? new Array<number>(width).fill(-1) : null;
  if (colStyle) {
    for (const cs of cells.colStyles) {
      for (let c = Math.max(cs.min, left); c <= Math.min(cs.max, right); c++) colStyle[c - left] = cs.style;
    }
  }
  const styleRow = (r: number, style: (c: number) => number): void => {
    for (let c = 0; c < width; c++) {
      const s = style(c);
      if (s < 0) continue;
      if (styles.bold[s] && !bold[r][c]) mine(bold, r, notBold)[c] = true;
      const fmt = styles.numFmt[s];
      if (fmt && numberFormats[r][c] !== fmt) mine(numberFormats, r, general)[c] = fmt;
    }
  };
  if (colStyle && colStyle.some((s) => s >= 0)) {
    for (let r = 0; r < height; r++) if (!cells.rowStyles.has(top + r)) styleRow(r, (c) => colStyle[c]);
  }
  for (const [rn, s] of cells.rowStyles) if (rn >= top && rn <= bottom) styleRow(rn - top, () => s);

  for (let p = 0; p < idx.length; p++) {
    const k = idx[p];
    const rn = cells.rows[k];
    const cn = cells.cols[k];
    if (rn < top || rn > bottom || cn < left || cn > right) continue;
    const r = rn - top;
    const c = cn - left;
    const s = cells.styles[k];
    const isBold = styles.bold[s] === true;
    if (bold[r][c] !== isBold) mine(bold, r, notBold)[c] = isBold;
    const format = styles.numFmt[s] ?? 'General';
    if (numberFormats[r][c] !== format) mine(numberFormats, r, general)[c] = format;
    if (away[k]) {
      values[r][c] = null;
      if (formulas[r][c] !== null) mine(formulas, r, noFormulas)[c] = null;
      continue;
    }
    const v = cells.value(k);
    values[r][c] = v === undefined ? null : v;
    const formula = cells.formula(k);
    if (formulas[r][c] !== formula) mine(formulas, r, noFormulas)[c] = formula;
  }

  const hiddenRows = [...new Set(cells.hiddenRows.filter((rn) => rn >= top && rn <= bottom))].sort((a, b) => a - b);
  // The block's own hidden columns (a range over the whole sheet, "min 4 max 16384", is cut to it).
  const hiddenCols: number[] = [];
  for (let cn = left; cn <= right; cn++) if (cells.hiddenCols.some((h) => cn >= h.min && cn <= h.max)) hiddenCols.push(cn);
  const merges: string[] = [];
  for (const m of cells.merges) {
    if (m.bottom < top || m.top > bottom) continue;
    merges.push(range({ top: Math.max(m.top, top), left: m.left, bottom: Math.min(m.bottom, bottom), right: m.right }));
  }
  return { grid: { sheet, top, left, values, formulas, bold, numberFormats, hiddenRows, ...(hiddenCols.length ? { hiddenCols } : {}), merges }, note };
}
