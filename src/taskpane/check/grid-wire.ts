// The grid on its way to the check worker. postMessage copies an object graph item by item, and a
// 20,000-row grid is 60,000 little arrays (values, formulas, bold per row), mostly of nulls and
// falses: copying them cost more than the check's reading of them. Here rows travel flattened:
// the values as a kind a byte, the numbers as their doubles and the texts as one string (copying
// a list of 100,000 values one by one was the pane's largest cost while it read a sheet), the
// formulas only where a cell has one, bold a byte a cell. And they travel
// while the sheet is still being read: each batch of rows goes as it arrives (a "stream"), the
// worker puts them together meanwhile, and the check then names the stream instead of carrying
// the grid, when the grid is exactly the rows that were streamed.
import type { CellValue, Grid } from '../../core/grid';
import type { GridRows } from '../../excel/host';

/** How a flat array is cut back into rows: `width` cells each, or `widths[r]` for row r. */
export interface Shape {
  rows: number;
  width: number;
  widths: number[] | null;
}

/**
 * Cell values, flattened, in the few pieces postMessage copies fastest: typed arrays it hands
 * over, and one string. A number travels as its own 64 bits, so it arrives the very same double.
 */
export interface WireValues {
  /** A byte a cell: KIND_*. */
  kinds: Uint8Array;
  /** The number cells' values, in cell order. */
  numbers: Float64Array;
  /** The text cells' texts, end to end, in cell order. */
  text: string;
  /** Each text cell's length in `text` (UTF-16 units). */
  lengths: Uint32Array;
}

const KIND_NULL = 0;
const KIND_TEXT = 1;
const KIND_NUMBER = 2;
const KIND_TRUE = 3;
const KIND_FALSE = 4;
/** Not a value a door gives, but one the old wire carried as it was: kept so, not turned into null. */
const KIND_UNDEFINED = 5;

/** Rows of a grid, flattened. */
export interface WireRows {
  values: WireValues;
  shape: Shape;
  /** [row, column, formula] of every cell whose formula entry is a string; null when none were read. */
  formulas: [number, number, string][] | null;
  /** 1 bold, 0 not, a byte a cell; null when none was read. */
  bold: Uint8Array | null;
  boldShape: Shape;
}

/** What a grid has besides its rows. */
type GridHeader = Omit<Grid, 'values' | 'formulas' | 'bold'>;

/** A grid with its rows, or naming the stream that already carried them (`rowCount` of them). */
export type WireGrid = GridHeader & ({ rows: WireRows } | { stream: number; rowCount: number });

function shapeOf(rows: readonly unknown[][]): Shape {
  const width = rows.length ? rows[0].length : 0;
  return { rows: rows.length, width, widths: rows.every((row) => row.length === width) ? null : rows.map((row) => row.length) };
}

export function encodeRows(values: CellValue[][], formulas: (string | null)[][] | undefined, bold: boolean[][] | undefined): WireRows {
  // Sized once and filled by index: pushing grows the list again and again (each time a copy), and
  // a batch of rows is tens of thousands of cells.
  let cells = 0;
  for (let r = 0; r < values.length; r++) cells += values[r].length;
  const kinds = new Uint8Array(cells);
  const numbers = new Float64Array(cells);
  const lengths = new Uint32Array(cells);
  const texts: string[] = [];
  let put = 0;
  let numberCount = 0;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c] as CellValue | undefined;
      if (typeof v === 'string') {
        kinds[put] = KIND_TEXT;
        lengths[texts.length] = v.length;
        texts.push(v);
      } else if (typeof v === 'number') {
        kinds[put] = KIND_NUMBER;
        numbers[numberCount++] = v;
      } else if (v === true) kinds[put] = KIND_TRUE;
      else if (v === false) kinds[put] = KIND_FALSE;
      else if (v === undefined) kinds[put] = KIND_UNDEFINED;
      else kinds[put] = KIND_NULL;
      put++;
    }
  }
  const flat: WireValues = { kinds, numbers: numbers.slice(0, numberCount), text: texts.join(''), lengths: lengths.slice(0, texts.length) };
  let sparse: [number, number, string][] | null = null;
  if (formulas) {
    sparse = [];
    for (let r = 0; r < formulas.length; r++) {
      const row = formulas[r];
      for (let c = 0; c < row.length; c++) {
        const f = row[c];
        if (typeof f === 'string') sparse.push([r, c, f]);
      }
    }
  }
  let bytes: Uint8Array | null = null;
  if (bold) {
    bytes = new Uint8Array(bold.reduce((n, row) => n + row.length, 0));
    let at = 0;
    for (let r = 0; r < bold.length; r++) {
      const row = bold[r];
      for (let c = 0; c < row.length; c++) bytes[at++] = row[c] === true ? 1 : 0;
    }
  }
  return { values: flat, shape: shapeOf(values), formulas: sparse, bold: bytes, boldShape: shapeOf(bold ?? []) };
}

function unflatten<T, U>(flat: ArrayLike<T>, shape: Shape, cell: (v: T) => U): U[][] {
  const out: U[][] = new Array(shape.rows);
  let at = 0;
  for (let r = 0; r < shape.rows; r++) {
    const n = shape.widths ? shape.widths[r] : shape.width;
    const row: U[] = new Array(n);
    for (let c = 0; c < n; c++) row[c] = cell(flat[at++]);
    out[r] = row;
  }
  return out;
}

/** The values' rows back: each text cut from the one string, each number its own double. */
function valueRows(wire: WireValues, shape: Shape): CellValue[][] {
  const { kinds, numbers, text, lengths } = wire;
  const out: CellValue[][] = new Array(shape.rows);
  let at = 0;
  let number = 0;
  let textCell = 0;
  let offset = 0;
  for (let r = 0; r < shape.rows; r++) {
    const n = shape.widths ? shape.widths[r] : shape.width;
    const row: CellValue[] = new Array(n);
    for (let c = 0; c < n; c++) {
      switch (kinds[at++]) {
        case KIND_TEXT: {
          const end = offset + lengths[textCell++];
          row[c] = text.slice(offset, end);
          offset = end;
          break;
        }
        case KIND_NUMBER: row[c] = numbers[number++]; break;
        case KIND_TRUE: row[c] = true; break;
        case KIND_FALSE: row[c] = false; break;
        case KIND_UNDEFINED: row[c] = undefined as unknown as CellValue; break;
        default: row[c] = null;
      }
    }
    out[r] = row;
  }
  return out;
}

/**
 * The rows that were encoded: the same values and bold; formulas where the cells had one, null
 * in every other cell of the values' shape (the core reads any entry that is not a string as none).
 */
export function decodeRows(wire: WireRows): Pick<Grid, 'values' | 'formulas' | 'bold'> {
  const values = valueRows(wire.values, wire.shape);
  const rows: Pick<Grid, 'values' | 'formulas' | 'bold'> = { values };
  if (wire.formulas) {
    const formulas = values.map((row) => new Array<string | null>(row.length).fill(null));
    for (const [r, c, f] of wire.formulas) (formulas[r] ??= [])[c] = f;
    rows.formulas = formulas;
  }
  if (wire.bold) rows.bold = unflatten(wire.bold, wire.boldShape, (b) => b === 1);
  return rows;
}

export function encodeGrid(grid: Grid): WireGrid {
  const { values, formulas, bold, ...header } = grid;
  return { ...header, rows: encodeRows(values, formulas, bold) };
}

/** A grid whose rows went ahead as stream `stream`: all but its rows. */
export function streamedGrid(grid: Grid, stream: number): WireGrid {
  const { values, formulas: _formulas, bold: _bold, ...header } = grid;
  return { ...header, stream, rowCount: values.length };
}

/** The grid of a request whose rows came with it; for a streamed one, see GridStreams. */
export function decodeGrid(wire: WireGrid): Grid {
  if (!('rows' in wire)) throw new Error(`grid of stream ${wire.stream} decoded without its rows`);
  const { rows, ...header } = wire;
  return { ...header, ...decodeRows(rows) };
}

/** The bytes postMessage can hand over instead of copying. */
export function transferables(rows: WireRows): ArrayBuffer[] {
  const { kinds, numbers, lengths } = rows.values;
  const buffers = [kinds.buffer, numbers.buffer, lengths.buffer] as ArrayBuffer[];
  return rows.bold ? [...buffers, rows.bold.buffer as ArrayBuffer] : buffers;
}

const noRows = (): GridRows => ({ values: [], formulas: [], bold: [] });

/** Adds `rows` to `into` one row at a time: a batch of a narrow sheet can hold 100,000 rows, past what a spread may pass. */
function appendRows(into: GridRows, rows: Pick<Grid, 'values' | 'formulas' | 'bold'>): void {
  for (const row of rows.values) into.values.push(row);
  for (const row of rows.formulas ?? []) into.formulas.push(row);
  for (const row of rows.bold ?? []) into.bold.push(row);
}

/**
 * The pane's side of streaming: what was sent of the current read, kept by reference, so a
 * check can tell whether its grid is exactly those rows (then only the stream's number goes).
 */
export class RowsSent {
  private readonly rows = noRows();

  constructor(readonly stream: number) {}

  add(rows: GridRows): void {
    appendRows(this.rows, rows);
  }

  /** True when `grid`'s rows are the very arrays that were sent, all of them, in order. */
  carries(grid: Grid): boolean {
    const same = <T>(mine: T[], theirs: T[] | undefined) => theirs !== undefined && theirs.length === mine.length && mine.every((row, i) => theirs[i] === row);
    return same(this.rows.values, grid.values) && same(this.rows.formulas, grid.formulas) && same(this.rows.bold, grid.bold);
  }
}

/** The worker's side: the rows of the latest stream, put together as they arrive. */
export class GridStreams {
  private stream = -1;
  private rows = noRows();

  add(stream: number, wire: WireRows): void {
    // A new read: whatever an earlier one sent is of no use any more.
    if (stream !== this.stream) {
      this.stream = stream;
      this.rows = noRows();
    }
    appendRows(this.rows, decodeRows(wire));
  }

  /** The request's grid: its own rows, or the stream's it names (then handed over and forgotten). */
  grid(wire: WireGrid): Grid {
    if ('rows' in wire) return decodeGrid(wire);
    const { stream, rowCount, ...header } = wire;
    if (stream !== this.stream || this.rows.values.length !== rowCount) {
      throw new Error(`stream ${stream}: ${this.stream === stream ? this.rows.values.length : 0} of ${rowCount} rows arrived`);
    }
    const rows = this.rows;
    this.stream = -1;
    this.rows = noRows();
    return { ...header, ...rows };
  }
}
