// A1 addresses as Excel gives and takes them: "D7", "A5:H90", "'PL II'!A5:A6,'PL II'!C5:E5",
// whole rows "3:5" and columns "B:D" in change events. Rectangles are 1-based sheet numbers.
import { columnLetter, columnNumber } from '../core/grid';

export interface Block {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** Excel's last row and column, for whole-row and whole-column addresses. */
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

const CELL = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;

export function parseCellAddress(address: string): { row: number; col: number } {
  const m = CELL.exec(address.trim().toUpperCase());
  if (!m) throw new Error(`Not a single-cell A1 address: "${address}"`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

function corner(text: string, end: boolean): { row: number; col: number } {
  const t = text.replace(/\$/g, '').toUpperCase();
  if (/^\d+$/.test(t)) return { row: Number(t), col: end ? MAX_COL : 1 };
  if (/^[A-Z]{1,3}$/.test(t)) return { row: end ? MAX_ROW : 1, col: columnNumber(t) };
  return parseCellAddress(t);
}

/** "B3", "A1:C5", "3:5", "B:D" (no sheet) as a rectangle. */
export function parseBlock(local: string): Block {
  const [a, b] = local.split(':');
  const start = corner(a, false);
  const end = corner(b ?? a, b !== undefined || /^[A-Z$]+$|^[\d$]+$/i.test(a));
  const top = Math.min(start.row, end.row);
  const left = Math.min(start.col, end.col);
  return { top, left, rows: Math.abs(end.row - start.row) + 1, cols: Math.abs(end.col - start.col) + 1 };
}

export function blockAddress(b: Block): string {
  const first = `${columnLetter(b.left)}${b.top}`;
  return b.rows === 1 && b.cols === 1 ? first : `${first}:${columnLetter(b.left + b.cols - 1)}${b.top + b.rows - 1}`;
}

export function intersect(a: Block, b: Block): Block | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.top + a.rows, b.top + b.rows);
  const right = Math.min(a.left + a.cols, b.left + b.cols);
  return bottom > top && right > left ? { top, left, rows: bottom - top, cols: right - left } : null;
}

/**
 * The areas of a multi-area address, each without its sheet: commas inside a quoted sheet name
 * ("'Bảng 1, 2'!A1") do not separate areas.
 */
export function areasOf(address: string): string[] {
  const areas: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") {
      // '' inside quotes is an escaped quote
      if (quoted && address[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === ',' && !quoted) {
      areas.push(current);
      current = '';
    } else current += ch;
  }
  if (current !== '') areas.push(current);
  return areas.map((a) => a.trim()).filter((a) => a !== '').map((a) => a.slice(a.lastIndexOf('!') + 1));
}

/** The parts of a multi-area address that fall in `block`, as local A1 ranges. */
export function clipToBlock(address: string, block: Block): string[] {
  const out: string[] = [];
  for (const area of areasOf(address)) {
    const part = intersect(parseBlock(area), block);
    if (part) out.push(blockAddress(part));
  }
  return out;
}
