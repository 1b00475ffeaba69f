// Grid from the active sheet (or the selection) in two round trips whatever its size: one to learn
// where the data is, one that carries every chunk's values, formulas, number formats, bold and
// hidden rows. Chunks keep each Range under Excel's per-range limits (past them Range.values can
// come back null on the web); the sync count stays constant, which is what makes a 50,000-row
// check as quick to start as a 100-row one.
import type { CellValue, Grid } from '../core/grid';
import { hostError } from './errors';
import type { ClientResultApi, RangeApi, RequestContextApi } from './office-api';

/** Cells per chunk: about 200,000 cells of values+formulas+formats stays near Excel's 5 MB per range. */
export const CELLS_PER_CHUNK = 200_000;
/** Past this the pane would stall and Excel on the web refuses anyway; ask for a selection instead. */
export const MAX_CELLS = 3_000_000;

interface Chunk {
  range: RangeApi;
  bold: ClientResultApi<Excel.CellProperties[][]>;
  rows: ClientResultApi<Excel.RowProperties[]>;
}

function cellValue(v: unknown): CellValue {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return null;
}

function formulaText(f: unknown): string | null {
  return typeof f === 'string' && f.startsWith('=') ? f : null;
}

/** Row counts of each chunk for a block of `rows` × `cols`. */
export function chunkRowCounts(rows: number, cols: number): number[] {
  const per = Math.max(1, Math.floor(CELLS_PER_CHUNK / Math.max(1, cols)));
  const counts: number[] = [];
  for (let start = 0; start < rows; start += per) counts.push(Math.min(per, rows - start));
  return counts;
}

export async function readSheetGrid(context: RequestContextApi, selectionOnly: boolean): Promise<Grid> {
  // The selection always lives on the active sheet, so both cases read through that sheet.
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  // valuesOnly: formatting alone (a coloured empty column) must not widen what we read.
  const area: RangeApi = selectionOnly ? context.workbook.getSelectedRange() : sheet.getUsedRangeOrNullObject(true);
  sheet.load('name');
  area.load('rowIndex, columnIndex, rowCount, columnCount');
  await context.sync();

  if (area.isNullObject) throw hostError('empty');
  const top = area.rowIndex;
  const left = area.columnIndex;
  const rowTotal = area.rowCount;
  const cols = area.columnCount;
  if (rowTotal * cols > MAX_CELLS) throw hostError('too-large', `${rowTotal} × ${cols} ô`);

  // Queue every chunk, then one sync: never a sync per chunk.
  const chunks: Chunk[] = [];
  let start = top;
  for (const count of chunkRowCounts(rowTotal, cols)) {
    const range = sheet.getRangeByIndexes(start, left, count, cols);
    range.load('values, formulas, numberFormat');
    chunks.push({
      range,
      bold: range.getCellProperties({ format: { font: { bold: true } } }),
      rows: range.getRowProperties({ rowIndex: true, rowHidden: true }),
    });
    start += count;
  }
  await context.sync();

  const grid: Grid = { sheet: sheet.name, top: top + 1, left: left + 1, values: [], formulas: [], bold: [], numberFormats: [], hiddenRows: [] };
  for (const chunk of chunks) {
    const values = chunk.range.values;
    const formulas = chunk.range.formulas;
    const formats = chunk.range.numberFormat;
    // Excel on the web answers null instead of failing when a range is over its limit.
    if (!values || !formulas || !formats) throw hostError('too-large');
    const bold = chunk.bold.value;
    values.forEach((line, r) => {
      grid.values.push(line.map(cellValue));
      grid.formulas?.push(formulas[r].map(formulaText));
      grid.numberFormats?.push(formats[r].map((f) => (typeof f === 'string' ? f : 'General')));
      grid.bold?.push(bold[r].map((p) => p.format?.font?.bold === true));
    });
    for (const row of chunk.rows.value) {
      if (row.rowHidden === true && row.rowIndex !== undefined) grid.hiddenRows?.push(row.rowIndex + 1);
    }
  }
  if (selectionOnly && grid.values.every((line) => line.every((v) => v === null || v === ''))) throw hostError('empty');
  return grid;
}
