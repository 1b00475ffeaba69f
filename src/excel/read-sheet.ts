// Grid from the active sheet (or the selection): one round trip to learn where the data is (and
// its merged areas), then the rows in requests sized to stay under Excel on the web's 5 MB, each
// carrying values, formulas, number formats, bold and hidden rows. What a request will bring
// back is only known once it has: the first batch is sized on a generous guess, the next ones on
// what the previous answer measured, and a refused one goes again in halves.
import type { CellValue, Grid } from '../core/grid';
import { syncInBatches } from './batches';
import { hostError } from './errors';
import type { ClientResultApi, RangeApi, RangeAreasApi, RequestContextApi, WorksheetApi } from './office-api';
import { OP_BYTES, jsonBytes } from './payload';
import { clipToBlock } from './a1';

/** Past this the pane would stall; ask for a selection instead. */
export const MAX_CELLS = 3_000_000;
/** Before anything has been measured: values, formulas, format and bold of a cell of text, generously. */
export const GUESS_BYTES_PER_CELL = 160;
/** The measured size is scaled by this before sizing the next batch, for rows longer than the last ones. */
const MARGIN = 1.25;
/** What an empty cell still costs ("", "", "General" and its bold): the floor under a measurement of empty rows. */
const EMPTY_CELL_BYTES = 48;

export interface ReadOptions {
  selectionOnly: boolean;
  /** Read merged areas (ExcelApi 1.13). */
  merges: boolean;
  progress?(doneRows: number, totalRows: number): void;
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

  const grid: Grid = { sheet: sheet.name, top: top + 1, left: left + 1, values: [], formulas: [], bold: [], numberFormats: [], hiddenRows: [] };
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
    // The range, its three loads and two property reads.
    batchBytes: OP_BYTES * 6,
    describe: (offset) => `dòng ${top + offset + 1}`,
    progress: options.progress,
    queue: (batch) => {
      const first = batch[0];
      const range = sheet.getRangeByIndexes(top + first, left, batch.length, cols);
      range.load('values, formulas, numberFormat');
      const queued: Batch = {
        range,
        bold: range.getCellProperties({ format: { font: { bold: true } } }),
        rows: range.getRowProperties({ rowIndex: true, rowHidden: true }),
      };
      return () => {
        const measured = take(grid, queued);
        rowBytes = Math.max(cols * EMPTY_CELL_BYTES, Math.ceil((measured / batch.length) * MARGIN));
      };
    },
  });

  if (options.selectionOnly && grid.values.every((line) => line.every((v) => v === null || v === ''))) throw hostError('empty');
  return grid;
}

/** Appends a batch's rows to the grid; returns the bytes its answer carried, by our estimate. */
function take(grid: Grid, batch: Batch): number {
  const values = batch.range.values;
  const formulas = batch.range.formulas;
  const formats = batch.range.numberFormat;
  // Excel on the web answers null instead of failing when a range is over its limit.
  if (!values || !formulas || !formats) throw hostError('too-large');
  const bold = batch.bold.value;
  const rows = batch.rows.value;
  values.forEach((line, r) => {
    grid.values.push(line.map(cellValue));
    grid.formulas?.push(formulas[r].map(formulaText));
    grid.numberFormats?.push(formats[r].map((f) => (typeof f === 'string' ? f : 'General')));
    grid.bold?.push(bold[r].map((p) => p.format?.font?.bold === true));
  });
  for (const row of rows) {
    if (row.rowHidden === true && row.rowIndex !== undefined) grid.hiddenRows?.push(row.rowIndex + 1);
  }
  // Every row's bold answer has the same shape (one small object a cell): weighing each would
  // double the work of a batch, so the first and last rows stand for all of them.
  const boldRow = bold.length ? Math.max(jsonBytes(bold[0]), jsonBytes(bold[bold.length - 1])) + 1 : 0;
  return jsonBytes(values) + jsonBytes(formulas) + jsonBytes(formats) + boldRow * bold.length + 2 + jsonBytes(rows);
}
