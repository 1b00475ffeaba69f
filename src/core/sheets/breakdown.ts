// Each item's money cut into item × source × year pieces: the rows of the "NS Dữ liệu" sheet,
// which the summary's SUMIFS formulas add up. Only items count (sections and totals would count
// money twice). Each piece says whether it can be a live formula over the user's cell.
import { Decimal } from '../decimal';
import { columnLetter } from '../grid';
import type { CellValue } from '../grid';
import type { CheckedTable, TableRow } from '../model';
import { moneyParts } from '../summary';
import type { SourceCode, SpendingType } from '../types';

export type TypeKey = SpendingType | 'Chưa rõ';

/**
 * How a piece's amount can be written:
 * - 'cell': equals the user's amount cell (=ref);
 * - 'share': year k of n of an even spread (=ROUNDDOWN(ref/n,3));
 * - 'rest': the last year of an even spread (=ref − the item's other years);
 * - 'constant': read from text or split between sources: a number, with a note saying why.
 */
export type PieceBasis = 'cell' | 'share' | 'rest' | 'constant';

export interface Piece {
  /** 1-based number of the table in the check result. */
  table: number;
  sheet: string;
  row: number;
  stt: string;
  name: string;
  code: SourceCode;
  type: TypeKey;
  year: number | null;
  amount: Decimal;
  basis: PieceBasis;
  /** A1 address of the user's amount cell (on `sheet`). */
  amountCell: string;
  /** For 'share': the number of years n. */
  years: number;
  /** Why the amount is a constant ('text' = read from the amount text, 'split' = shared among sources). */
  why: 'text' | 'split' | null;
  /** The text the figure was read from, for the note. */
  amountText: string;
}

/** The user's cell value at (sheet row, column), as the door read it. */
export type CellLookup = (sheet: string, row: number, col: number) => CellValue;

function isNumber(v: CellValue): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/**
 * Every piece of one item, cut by source exactly as the summary cuts it (summary.moneyParts),
 * so the SUMIFS totals over these pieces are the summary's totals.
 */
export function itemPieces(tableNo: number, table: CheckedTable, row: TableRow, cell: CellLookup): Piece[] {
  if (row.kind !== 'item') return [];
  const parts = moneyParts(table, row);
  if (parts.length === 0) return [];
  const amountCol = table.columns.amount;
  const amountCell = `${columnLetter(amountCol)}${row.row}`;
  const raw = cell(table.sheet, row.row, amountCol);
  // Live only when the user's cell holds exactly the total the core counted.
  const live = isNumber(raw) && row.amount !== null && row.amountPer === 'total' && new Decimal(String(raw)).eq(row.amount);
  // Every piece is one object literal of one shape (a spread of a shared base made 300,000
  // pieces of a large plan slow to build and to collect).
  const piece = (code: SourceCode, type: TypeKey, year: number | null, amount: Decimal, basis: PieceBasis, years: number, why: Piece['why']): Piece => ({
    table: tableNo, sheet: table.sheet, row: row.row, stt: row.stt, name: row.name, code, type, year, amount, basis, amountCell, years, why, amountText: row.amountText,
  });

  if (parts.length === 1) {
    const p = parts[0];
    const whole = live && row.amount !== null && p.amount.eq(row.amount);
    const years = [...p.allocation.keys()].sort((a, b) => a - b);
    if (years.length === 0) {
      return [piece(p.code, p.type, null, p.amount, whole ? 'cell' : 'constant', 0, whole ? null : 'text')];
    }
    const even = whole && row.allocationBasis === 'even';
    return years.map((y, i) => piece(
      p.code, p.type, y, p.allocation.get(y) as Decimal,
      !even ? 'constant' : years.length === 1 ? 'cell' : i === years.length - 1 ? 'rest' : 'share',
      years.length,
      even ? null : 'text',
    ));
  }

  const pieces: Piece[] = [];
  for (const p of parts) {
    const years = [...p.allocation.keys()].sort((a, b) => a - b);
    if (years.length === 0) {
      pieces.push(piece(p.code, p.type, null, p.amount, 'constant', 0, 'split'));
      continue;
    }
    for (const y of years) {
      pieces.push(piece(p.code, p.type, y, p.allocation.get(y) as Decimal, 'constant', years.length, 'split'));
    }
  }
  return pieces;
}

/** Pieces of every item of every table, in table and row order. */
export function breakdown(tables: readonly CheckedTable[], cell: CellLookup): Piece[] {
  const out: Piece[] = [];
  tables.forEach((t, i) => {
    for (const row of t.rows) for (const p of itemPieces(i + 1, t, row, cell)) out.push(p);
  });
  return out;
}

/** A CellLookup over the grids a door read (one per sheet). */
export function lookupInGrids(grids: readonly { sheet: string; top: number; left: number; values: CellValue[][] }[]): CellLookup {
  const bySheet = new Map(grids.map((g) => [g.sheet, g]));
  return (sheet, row, col) => {
    const g = bySheet.get(sheet);
    const v = g?.values[row - g.top]?.[col - g.left];
    return v === undefined ? null : v;
  };
}
