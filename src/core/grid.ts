// The Grid is what every door hands the core: a rectangular block of one worksheet.
// Office.js gives values/formulas/numberFormat as parallel 2-D arrays, so the Grid keeps that
// shape; the ExcelJS reader fills the same arrays. Rows and columns are 1-based sheet numbers.

export type CellValue = string | number | boolean | null;

export interface Grid {
  sheet: string;
  /** Sheet row number of values[0]. */
  top: number;
  /** Sheet column number (A = 1) of values[r][0]. */
  left: number;
  /** Cached values; error values are kept as their text ("#REF!"). Empty cells are null or "". */
  values: CellValue[][];
  /** Formulas with the leading "=" ("=SUM(G7:G66)"), null or "" where the cell is a constant. */
  formulas?: (string | null)[][];
  /** Bold font per cell, when the door could read it. */
  bold?: boolean[][];
  numberFormats?: string[][];
  /** Sheet row numbers of hidden rows. */
  hiddenRows?: number[];
  /** Sheet column numbers of hidden columns, when the door could read them. */
  hiddenCols?: number[];
  /** Merged areas as A1 ranges ("A6:B6"). */
  merges?: string[];
}

// Each column's letters, worked out once: writers name the same few columns on every row.
const lettersOf: string[] = [];

export function columnLetter(col: number): string {
  const known = lettersOf[col];
  if (known !== undefined) return known;
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  // Only Excel's columns (XFD = 16,384) are kept: a stray large number is not a column to remember.
  if (Number.isInteger(col) && col > 0 && col <= 16384) lettersOf[col] = s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function address(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** Value at sheet coordinates, or null outside the grid. */
export function valueAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.values[row - grid.top];
  if (!r) return null;
  const v = r[col - grid.left];
  return v === undefined ? null : v;
}

export function formulaAt(grid: Grid, row: number, col: number): string | null {
  const f = grid.formulas?.[row - grid.top]?.[col - grid.left];
  return f ? f : null;
}

export function boldAt(grid: Grid, row: number, col: number): boolean {
  return grid.bold?.[row - grid.top]?.[col - grid.left] === true;
}

export function rowCount(grid: Grid): number {
  return grid.values.length;
}

export function colCount(grid: Grid): number {
  let n = 0;
  const rows = grid.values;
  for (let at = 0; at < rows.length; at++) if (rows[at].length > n) n = rows[at].length;
  return n;
}

/** Text of a cell as a person reads it: numbers as JS prints them, trimmed. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** The four parallel arrays of a Grid, `height` × `width`, empty: what a reader then fills in. */
export function blankCells(height: number, width: number): Required<Pick<Grid, 'values' | 'formulas' | 'bold' | 'numberFormats'>> {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const bold: boolean[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 0; r < height; r++) {
    values.push(new Array<CellValue>(width).fill(null));
    formulas.push(new Array<string | null>(width).fill(null));
    bold.push(new Array<boolean>(width).fill(false));
    numberFormats.push(new Array<string>(width).fill('General'));
  }
  return { values, formulas, bold, numberFormats };
}
