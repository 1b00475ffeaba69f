// A sheet's cells as the reader keeps them, one index k per cell. A large sheet has hundreds of
// thousands: pushed one by one into plain arrays, each of those arrays grows past the size V8
// keeps in its young heap and every growth copies it there again (a fifth of a 50.000-row read).
// So places and styles go into typed arrays that double, values into short fixed-size lists,
// and formulas, which most cells lack, into a map.
import type { CellValue } from '../core/grid';

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Values per list: small enough that a list never leaves V8's young heap while it fills. */
const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

export class SheetCells {
  /** How many cells (the typed arrays hold more room than that). */
  count = 0;
  rows: Int32Array = new Int32Array(256);
  cols: Int32Array = new Int32Array(256);
  styles: Int32Array = new Int32Array(256);
  /** Whether the cells came in row-then-column order (Excel writes them so). */
  ordered = true;
  hiddenRows: number[] = [];
  /** Column ranges hidden as a whole. */
  hiddenCols: { min: number; max: number }[] = [];
  /** Row number → style index of rows formatted as a whole. */
  rowStyles = new Map<number, number>();
  /** Column ranges formatted as a whole. */
  colStyles: { min: number; max: number; style: number }[] = [];
  merges: Box[] = [];
  /** undefined: a cell kept for its style only. */
  private readonly values: (CellValue | undefined)[][] = [];
  private readonly formulas = new Map<number, string>();
  private lastKey = -1;

  add(row: number, col: number, value: CellValue | undefined, formula: string | null, style: number): void {
    const k = this.count;
    if (k === this.rows.length) {
      this.rows = grown(this.rows);
      this.cols = grown(this.cols);
      this.styles = grown(this.styles);
    }
    const key = row * 16385 + col;
    if (key <= this.lastKey) this.ordered = false;
    this.lastKey = key;
    this.rows[k] = row;
    this.cols[k] = col;
    this.styles[k] = style;
    if ((k & (CHUNK - 1)) === 0) this.values.push([]);
    this.values[k >>> CHUNK_BITS].push(value);
    if (formula !== null) this.formulas.set(k, formula);
    this.count = k + 1;
  }

  value(k: number): CellValue | undefined {
    return this.values[k >>> CHUNK_BITS][k & (CHUNK - 1)];
  }

  formula(k: number): string | null {
    return this.formulas.size === 0 ? null : this.formulas.get(k) ?? null;
  }
}
