// A1 addresses for the fake: "B3", "A1:C5", "'NS Kiểm tra'!F39". Zero-based rectangles inside.
import { columnLetter, columnNumber } from '../../core/grid';
import { FakeOfficeError } from './errors';

export interface Rect {
  /** Zero-based first row and column, like Range.rowIndex / columnIndex. */
  top: number;
  left: number;
  rows: number;
  cols: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function parseCell(text: string): { row: number; col: number } {
  const m = CELL.exec(text);
  if (!m) throw new FakeOfficeError('InvalidArgument', `Not a cell address: "${text}"`);
  return { row: Number(m[2]) - 1, col: columnNumber(m[1]) - 1 };
}

/** Splits "'My sheet'!A1:B2" into sheet name (or null) and the local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

export function parseRect(local: string): Rect {
  const [a, b] = local.split(':');
  const start = parseCell(a);
  const end = b === undefined ? start : parseCell(b);
  const top = Math.min(start.row, end.row);
  const left = Math.min(start.col, end.col);
  return { top, left, rows: Math.abs(end.row - start.row) + 1, cols: Math.abs(end.col - start.col) + 1 };
}

export function rectAddress(rect: Rect): string {
  const first = `${columnLetter(rect.left + 1)}${rect.top + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return first;
  return `${first}:${columnLetter(rect.left + rect.cols)}${rect.top + rect.rows}`;
}

/** Sheet names with spaces or punctuation are quoted in addresses, as Excel does. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
