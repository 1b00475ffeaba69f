// The money cells of a table's rows as one array of numbers, row after row, written as each row
// is read (table.ts). The sums over a large table (subtotals, column sums, the totals, the size
// check) read these numbers instead of each row's cell objects: a 100.000-row form holds a
// million cells spread over the heap, and fetching them was most of those sums' time. The cells
// stay what every rule and door reads; this is a copy of what they say, made once.
import { HALF_SAFE } from './exact';
import type { ColumnInfo, MoneyCell, TableRow } from './model';

/** A cell with no value and nothing to read (empty, or a formula that shows nothing). */
export const NO_CELL = Infinity;

/** The most numbers taken before any is written (32 MB): a 100.000-row form with 40 money columns. */
const ROOM = 4_000_000;

/**
 * Row i's cell k is at `data[i * width + k]`: the cell's billionths (MoneyCell.billionths) when
 * it holds a value that has them; NO_CELL when it is empty; NaN when the cell itself must be
 * read (words, a dash, a value with more than 9 decimals or past 2^53 billionths).
 */
export class CellBillionths {
  data: Float64Array;
  rows = 0;

  /**
   * `rows`: the most rows the table can have (the sheet's rows below its header). The whole room
   * is taken at once: the engine asks the system for zeroed memory and a page is only made when a
   * row is written to it, so room never written costs nothing, where growing by doubling wrote
   * every number two or three times into fresh pages (each first touch of a page is slow, and a
   * 100.000-row form with 9 money columns touched some 16 MB of fresh pages to hold 7).
   */
  constructor(readonly width: number, rows: number) {
    // At most ROOM numbers up front (a sparse sheet's last row may be far below its table); past it, grown.
    this.data = new Float64Array(Math.max(1, width) * Math.max(1, Math.min(rows, Math.floor(ROOM / Math.max(1, width)))));
  }

  /** Appends a row: its cells' numbers (cellNumber), one per money column. */
  push(numbers: Float64Array): void {
    const at = this.rows * this.width;
    if (at + this.width > this.data.length) {
      const more = new Float64Array(this.data.length * 2);
      more.set(this.data);
      this.data = more;
    }
    // A row holds a few numbers: a loop, not TypedArray.set (whose call costs more than the copy).
    const data = this.data;
    for (let k = 0; k < this.width; k++) data[at + k] = numbers[k];
    this.rows++;
  }

  /** The last row was not the table's after all. */
  pop(): void {
    this.rows--;
  }
}

/** The total column's place among the money columns (in a row's cells and its numbers), or -1 when there is none. */
export function totalIndex(money: readonly ColumnInfo[], total: number | null): number {
  return total === null ? -1 : money.findIndex((m) => m.col === total);
}

/** A cell's number: its billionths, NO_CELL, or NaN (see CellBillionths). */
export function cellNumber(cell: MoneyCell): number {
  const n = cell.billionths;
  // A cell's billionths are a number exactly when it holds a value that has them.
  return n === n ? n : cell.value === null && cell.text === '' ? NO_CELL : NaN;
}

// Kept by the rows list itself: a table given other rows (a copy, a filter) has none, and its
// readers fall back to the cells.
const kept = new WeakMap<readonly TableRow[], CellBillionths>();

export function keepBillionths(rows: readonly TableRow[], billionths: CellBillionths): void {
  kept.set(rows, billionths);
}

/** The numbers of these rows' cells, when readTables made the list and it is still whole; else null. */
export function cellBillionths(rows: readonly TableRow[]): CellBillionths | null {
  const b = kept.get(rows);
  return b !== undefined && b.rows === rows.length ? b : null;
}

/**
 * The sum of the cells at `indexes` of the row starting at `at`, in billionths, when every one
 * is empty or has billionths, one at least is not empty, and the sum stays within ±2^52 (so each
 * addition was exact); NaN otherwise (the caller then adds the cells' values with ExactSum).
 */
export function smallRowSum(data: Float64Array, at: number, indexes: readonly number[]): number {
  let sum = 0;
  let any = false;
  for (let i = 0; i < indexes.length; i++) {
    const b = data[at + indexes[i]];
    if (b === NO_CELL) continue;
    // A partial sum within ±2^52 plus a safe integer: past ±2^52, rounded or not, is caught here (so is NaN).
    sum += b;
    if (!(sum <= HALF_SAFE && sum >= -HALF_SAFE)) return NaN;
    any = true;
  }
  return any ? sum : NaN;
}
