// Things kept per row of one table, looked up by the row's sheet number. A table's rows are a
// run of sheet rows, so a list indexed from the first row does what a Map does without hashing
// 100.000 keys, and a set of rows is one byte per row. Rules ask these for every row of a plan.
import type { TableRow } from './model';

/** The rows of a table by sheet row (the table's `byRow`). */
export interface RowLookup {
  get(row: number): TableRow | undefined;
}

/** The lowest and highest sheet row of a table (its rows stand in order; not relied on). */
function span(rows: readonly TableRow[]): [number, number] {
  if (!rows.length) return [0, -1];
  let first = rows[0].row;
  let last = first;
  for (let at = 1; at < rows.length; at++) {
    const r = rows[at];
    if (r.row < first) first = r.row;
    else if (r.row > last) last = r.row;
  }
  return [first, last];
}

/** Values per sheet row within [first, last]; a row outside reads as absent. */
export class RowMap<T> {
  private readonly values: (T | undefined)[];

  constructor(private readonly first: number, last: number) {
    this.values = new Array<T | undefined>(Math.max(0, last - first + 1));
  }

  /** An empty map for the rows of a table. */
  static forRows<V>(rows: readonly TableRow[]): RowMap<V> {
    const [first, last] = span(rows);
    return new RowMap<V>(first, last);
  }

  /** The rows of a table, each under its own number. */
  static ofRows(rows: readonly TableRow[]): RowMap<TableRow> {
    const map = RowMap.forRows<TableRow>(rows);
    for (let at = 0; at < rows.length; at++) map.set(rows[at].row, rows[at]);
    return map;
  }

  get(row: number): T | undefined {
    return this.values[row - this.first];
  }

  set(row: number, value: T): void {
    const at = row - this.first;
    if (at < 0 || at >= this.values.length) throw new RangeError(`row ${row} outside ${this.first}–${this.first + this.values.length - 1}`);
    this.values[at] = value;
  }
}

/** A set of sheet rows within [first, last]. */
export class RowSet {
  private readonly marks: Uint8Array;

  constructor(private readonly first: number, last: number) {
    this.marks = new Uint8Array(Math.max(0, last - first + 1));
  }

  /** An empty set for the rows of a table. */
  static forRows(rows: readonly TableRow[]): RowSet {
    const [first, last] = span(rows);
    return new RowSet(first, last);
  }

  has(row: number): boolean {
    const at = row - this.first;
    return at >= 0 && at < this.marks.length && this.marks[at] === 1;
  }

  add(row: number): void {
    const at = row - this.first;
    if (at < 0 || at >= this.marks.length) throw new RangeError(`row ${row} outside ${this.first}–${this.first + this.marks.length - 1}`);
    this.marks[at] = 1;
  }
}

/** The nearest row above `row` in the tree (its parent, the parent's parent …) that passes `test`. */
export function nearestAbove(byRow: RowLookup, row: TableRow, test: (r: TableRow) => boolean): TableRow | undefined {
  let r = row.parentRow !== null ? byRow.get(row.parentRow) : undefined;
  while (r && !test(r)) r = r.parentRow !== null ? byRow.get(r.parentRow) : undefined;
  return r;
}

/** The rows of `sorted` (in sheet order) from sheet row `from` up to, not including, `to`. */
export function rowsBetween<T extends { row: number }>(sorted: readonly T[], from: number, to: number): T[] {
  const at = (row: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].row < row) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return sorted.slice(at(from), at(to));
}
