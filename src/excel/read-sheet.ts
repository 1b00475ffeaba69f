// Grid from the active sheet (or the selection): one round trip to learn where the data is (and
// its merged areas), then the rows in requests sized to stay under Excel on the web's 5 MB, each
// carrying what the core reads: values, formulas, bold and hidden rows (not number formats,
// which no rule looks at: a fifth of the answer for nothing). What a request will bring
// back is only known once it has: the first batch is sized on a generous guess, the next ones on
// what the previous answer measured, and a refused one goes again in halves.
import type { CellValue, Grid } from '../core/grid';
import { syncInBatches } from './batches';
import type { GridRows } from './host';
import { hostError } from './errors';
import type { ClientResultApi, RangeApi, RangeAreasApi, RequestContextApi, WorksheetApi } from './office-api';
import { OP_BYTES, jsonBytes } from './payload';
import { clipToBlock } from './a1';

/** Past this the pane would stall; ask for a selection instead. */
export const MAX_CELLS = 3_000_000;
/** Before anything has been measured: values, formulas and bold of a cell of text, generously. */
export const GUESS_BYTES_PER_CELL = 160;
/** The measured size is scaled by this before sizing the next batch, for rows longer than the last ones. */
const MARGIN = 1.25;
/** What an empty cell still costs ("", "" and its bold): the floor under a measurement of empty rows. */
const EMPTY_CELL_BYTES = 40;

export interface ReadOptions {
  selectionOnly: boolean;
  /** Read merged areas (ExcelApi 1.13). */
  merges: boolean;
  progress?(doneRows: number, totalRows: number): void;
  /** Each batch's rows as they are added to the grid. */
  onRows?(rows: GridRows): void;
}

interface Located {
  sheet: WorksheetApi;
  area: RangeApi;
  merged: RangeAreasApi | null;
}

function cellValue(v: unknown): CellValue {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return null;
}

function formulaText(f: unknown): string | null {
  return typeof f === 'string' && f.startsWith('=') ? f : null;
}

async function locate(context: RequestContextApi, selectionOnly: boolean, withMerges: boolean): Promise<Located> {
  // The selection always lives on the active sheet, so both cases read through that sheet.
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  // valuesOnly: formatting alone (a coloured empty column) must not widen what we read.
  const area: RangeApi = selectionOnly ? context.workbook.getSelectedRange() : sheet.getUsedRangeOrNullObject(true);
  sheet.load('name');
  area.load('rowIndex, columnIndex, rowCount, columnCount');
  // Areas whose top-left cell is in the block, whole (so no area is cut between two batches);
  // only addresses come back, a few dozen bytes each.
  const merged = withMerges ? area.getMergedAreasOrNullObject() : null;
  merged?.load('address');
  await context.sync();
  return { sheet, area, merged };
}

// Excel does not document how getMergedAreas fails past its 512 areas; any refusal that is not
// one of these (which would fail the read anyway) is taken as that, and the block is read again
// without merged areas rather than not at all.
const NOT_ABOUT_MERGES = new Set(['InvalidOperationInCellEditMode', 'AccessDenied', 'ItemNotFound', 'RequestPayloadSizeLimitExceeded']);

function mergesMayHaveFailed(e: unknown): boolean {
  const code = e instanceof Error ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' && !NOT_ABOUT_MERGES.has(code);
}

interface Batch {
  range: RangeApi;
  bold: ClientResultApi<Excel.CellProperties[][]>;
  rows: ClientResultApi<Excel.RowProperties[]>;
  columns: ClientResultApi<Excel.ColumnProperties[]> | null;
}

export async function readSheetGrid(context: RequestContextApi, options: ReadOptions): Promise<Grid> {
  let where: Located;
  let mergesRead = options.merges;
  try {
    where = await locate(context, options.selectionOnly, mergesRead);
  } catch (e) {
    if (!mergesRead || !mergesMayHaveFailed(e)) throw e;
    mergesRead = false;
    where = await locate(context, options.selectionOnly, false);
  }
  const { sheet, area, merged } = where;

  if (area.isNullObject) throw hostError('empty');
  const top = area.rowIndex;
  const left = area.columnIndex;
  const rowTotal = area.rowCount;
  const cols = area.columnCount;
  if (rowTotal * cols > MAX_CELLS) throw hostError('too-large', `${rowTotal} × ${cols} ô`);

  const into: Rows = { values: [], formulas: [], bold: [], hiddenRows: [] };
  const grid: Grid = { sheet: sheet.name, top: top + 1, left: left + 1, ...into };
  if (mergesRead) {
    const block = { top: top + 1, left: left + 1, rows: rowTotal, cols };
    grid.merges = merged && !merged.isNullObject ? clipToBlock(merged.address, block) : [];
  }

  // Estimated bytes of one row's answer (a batch asks for one range, whatever its rows); replaced
  // by a measurement after each batch.
  let rowBytes = cols * GUESS_BYTES_PER_CELL;
  const offsets = Array.from({ length: rowTotal }, (_, i) => i);
  await syncInBatches<number>(context, {
    items: offsets,
    bytes: () => rowBytes,
    // The range, its load and three property reads; the first batch's column properties answer
    // about 48 bytes a column ({"columnIndex":16383,"columnHidden":false}), counted on every batch.
    batchBytes: OP_BYTES * 5 + cols * 48,
    describe: (offset) => `dòng ${top + offset + 1}`,
    progress: options.progress,
    queue: (batch) => {
      const first = batch[0];
      const range = sheet.getRangeByIndexes(top + first, left, batch.length, cols);
      range.load('values, formulas');
      const queued: Batch = {
        range,
        bold: range.getCellProperties({ format: { font: { bold: true } } }),
        rows: range.getRowProperties({ rowIndex: true, rowHidden: true }),
        // Which columns are hidden, asked once with the first rows (a few bytes a column).
        columns: first === 0 ? range.getColumnProperties({ columnIndex: true, columnHidden: true }) : null,
      };
      return () => {
        const from = into.values.length;
        const measured = take(into, queued);
        const hidden = (queued.columns?.value ?? []).filter((c) => c.columnHidden === true && c.columnIndex !== undefined).map((c) => (c.columnIndex as number) + 1);
        if (hidden.length) grid.hiddenCols = hidden;
        rowBytes = Math.max(cols * EMPTY_CELL_BYTES, Math.ceil((measured / batch.length) * MARGIN));
        options.onRows?.({ values: into.values.slice(from), formulas: into.formulas.slice(from), bold: into.bold.slice(from) });
      };
    },
  });

  if (options.selectionOnly && grid.values.every((line) => line.every((v) => v === null || v === ''))) throw hostError('empty');
  return grid;
}

/**
 * Appends Excel's values and formulas of a batch to the grid's; returns what the two matrices
 * weigh as JSON (jsonBytes of each, added). One walk does both: a constant's formula is the
 * value itself, so it is weighed once for both matrices.
 */
export function takeCells(values: unknown[][], formulas: unknown[][], into: Pick<Rows, 'values' | 'formulas'>): number {
  // Each matrix: its brackets and the commas between its rows.
  let bytes = 2 * (2 + Math.max(0, values.length - 1));
  for (let r = 0; r < values.length; r++) {
    const line = values[r];
    const lineFormulas = formulas[r];
    const n = line.length;
    const outValues = new Array<CellValue>(n);
    const outFormulas = new Array<string | null>(n);
    bytes += 2 * (2 + Math.max(0, n - 1));
    for (let c = 0; c < n; c++) {
      const v = line[c];
      const f = lineFormulas[c];
      const vBytes = jsonBytes(v);
      bytes += f === v ? 2 * vBytes : vBytes + jsonBytes(f);
      outValues[c] = cellValue(v);
      outFormulas[c] = formulaText(f);
    }
    into.values.push(outValues);
    into.formulas.push(outFormulas);
  }
  return bytes;
}

/** What a read builds, batch after batch: the grid's arrays. */
type Rows = Required<Pick<Grid, 'values' | 'formulas' | 'bold' | 'hiddenRows'>>;

/** Appends a batch's rows to the grid; returns the bytes its answer carried, by our estimate. */
function take(grid: Rows, batch: Batch): number {
  const values = batch.range.values;
  const formulas = batch.range.formulas;
  // Excel on the web answers null instead of failing when a range is over its limit.
  if (!values || !formulas) throw hostError('too-large');
  const bold = batch.bold.value;
  const rows = batch.rows.value;
  const cells = takeCells(values, formulas, grid);
  for (const line of bold) grid.bold.push(line.map((p) => p.format?.font?.bold === true));
  for (const row of rows) {
    if (row.rowHidden === true && row.rowIndex !== undefined) grid.hiddenRows.push(row.rowIndex + 1);
  }
  // Every row's bold answer, and every row's properties, have the same shape (small objects):
  // weighing each would double the work of a batch, so the first and last rows stand for all
  // of them (the last has the longest row number).
  const sample = <T>(list: T[]) => (list.length ? Math.max(jsonBytes(list[0]), jsonBytes(list[list.length - 1])) + 1 : 0);
  return cells + sample(bold) * bold.length + 2 + sample(rows) * rows.length + 2;
}
