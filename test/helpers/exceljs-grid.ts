// An independent oracle for the .xlsx reader: ExcelJS loads the workbook into its own model,
// and this turns that model into the Grid the reader should give. (This was the CLI's reader
// before src/xlsx; ExcelJS now serves only the tests.) Known ExcelJS quirks the reader does not
// copy are listed where the tests compare.
import ExcelJS from 'exceljs';
import { blankCells, columnLetter } from '../../src/core/grid';
import type { CellValue, Grid } from '../../src/core/grid';
import { isoOfDate } from '../../src/xlsx/values';

/** Excel dates come out of ExcelJS as UTC Date objects; officers read them as dates, so ISO text. */
const isoDate = isoOfDate;

function richTextOf(v: unknown): string | null {
  if (v && typeof v === 'object' && 'richText' in v) {
    const parts = (v as { richText: unknown }).richText;
    if (Array.isArray(parts)) {
      return parts.map((p) => (p && typeof p === 'object' && typeof (p as { text?: unknown }).text === 'string' ? (p as { text: string }).text : '')).join('');
    }
  }
  return null;
}

/** One ExcelJS value (constant, or a formula's cached result) as a Grid value. */
export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v instanceof Date) return isoDate(v);
  if (typeof v !== 'object') return String(v);
  if ('error' in v) return String((v as { error: unknown }).error);
  const rich = richTextOf(v);
  if (rich !== null) return rich;
  if ('hyperlink' in v && 'text' in v) {
    const text = (v as { text: unknown }).text;
    if (typeof text === 'string') return text;
    return richTextOf(text) ?? '';
  }
  if ('formula' in v || 'sharedFormula' in v) return plainValue((v as { result?: unknown }).result);
  return null;
}

function isFormulaValue(v: unknown): boolean {
  return !!v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v);
}

/**
 * One worksheet as a Grid. Only rows and columns that hold a value count: a sheet whose
 * dimension claims a million formatted rows gives a Grid over the few real ones. Returns null
 * for a sheet with no value at all.
 */
export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid | null {
  // First pass: the bounding box of cells that hold something (a value or a formula).
  let top = Infinity;
  let bottom = 0;
  let left = Infinity;
  let right = 0;
  ws.eachRow({ includeEmpty: false }, (row, rn) => {
    row.eachCell({ includeEmpty: false }, (cell, cn) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const v = cell.value;
      if (v === null || v === undefined || v === '') return;
      if (rn < top) top = rn;
      if (rn > bottom) bottom = rn;
      if (cn < left) left = cn;
      if (cn > right) right = cn;
    });
  });
  if (bottom === 0) return null;

  const height = bottom - top + 1;
  const width = right - left + 1;
  const { values, formulas, bold, numberFormats } = blankCells(height, width);
  const hiddenRows: number[] = [];
  const mergeBoxes = new Map<string, { top: number; left: number; bottom: number; right: number }>();

  ws.eachRow({ includeEmpty: false }, (row, rn) => {
    if (rn < top || rn > bottom) return;
    const r = rn - top;
    if (row.hidden) hiddenRows.push(rn);
    row.eachCell({ includeEmpty: false }, (cell, cn) => {
      if (cell.type === ExcelJS.ValueType.Merge) {
        // Like Office.js, the value lives in the merge's top-left cell only.
        const master = cell.master;
        const box = mergeBoxes.get(master.address) ?? { top: Number(master.row), left: Number(master.col), bottom: 0, right: 0 };
        box.bottom = Math.max(box.bottom, rn, box.top);
        box.right = Math.max(box.right, cn, box.left);
        mergeBoxes.set(master.address, box);
      }
      if (cn < left || cn > right) return;
      const c = cn - left;
      const v = cell.value;
      if (cell.type !== ExcelJS.ValueType.Merge) {
        values[r][c] = plainValue(v);
        if (isFormulaValue(v)) {
          // cell.formula expands a shared formula to this cell's own text.
          const f = cell.formula;
          formulas[r][c] = f ? `=${f}` : null;
        }
      }
      if (cell.font?.bold) bold[r][c] = true;
      if (cell.numFmt) numberFormats[r][c] = cell.numFmt;
    });
  });

  const merges: string[] = [];
  for (const box of mergeBoxes.values()) {
    merges.push(`${columnLetter(box.left)}${box.top}:${columnLetter(box.right)}${box.bottom}`);
  }

  return { sheet: ws.name, top, left, values, formulas, bold, numberFormats, hiddenRows, merges };
}

/** Grids of every worksheet of `file` that holds a value, as ExcelJS reads them. */
export async function exceljsGrids(file: string | Buffer, sheet?: string): Promise<Grid[]> {
  const workbook = new ExcelJS.Workbook();
  if (typeof file === 'string') await workbook.xlsx.readFile(file);
  else await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const grids: Grid[] = [];
  for (const ws of workbook.worksheets) {
    if (sheet !== undefined && ws.name !== sheet) continue;
    const grid = worksheetToGrid(ws);
    if (grid) grids.push(grid);
  }
  return grids;
}
