// Sheets laid out the way officers' workbooks are, written once and handed to the core either
// as a Grid (with `merges` as a reader gives them) or as a real .xlsx written by ExcelJS. Rows
// are listed from row 1, column A; `null` is an empty cell. What a test asserts stays visible
// next to the rows it builds.
import ExcelJS from 'exceljs';
import { checkGrid, defaultSettings } from '../../src/core/check';
import type { CellValue, Grid } from '../../src/core/grid';
import type { CheckedTable, CheckSettings } from '../../src/core/model';

export interface SheetSpec {
  name: string;
  rows: CellValue[][];
  /** Merged areas as A1 ranges ("A5:A6"), as Grid.merges and as the .xlsx's mergeCells. */
  merges?: string[];
  /** Sheet rows written bold. */
  bold?: number[];
  /** Formulas by A1 address ("F7": "SUM(F8:F9)"); the cell's value in `rows` is the cached result. */
  formulas?: Record<string, string>;
  /** Sheet rows hidden (Grid.hiddenRows; the .xlsx row's hidden attribute). */
  hidden?: number[];
  /** Sheet columns hidden (Grid.hiddenCols; the .xlsx <col hidden="1">). */
  hiddenCols?: number[];
}

function width(rows: readonly CellValue[][]): number {
  return Math.max(1, ...rows.map((r) => r.length));
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function split(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  return { row: Number(m[2]), col: colNumber(m[1]) };
}

/**
 * The result Excel saves beside a formula: the figure the spec writes there, or 0 where it leaves
 * the cell blank (the specs' formulas are sums, and Excel saves 0 for a sum over blank cells).
 */
function cachedResult(spec: SheetSpec, row: number, col: number): number {
  const v = spec.rows[row - 1]?.[col - 1];
  return typeof v === 'number' ? v : 0;
}

/** The Grid a reader would hand the core for this sheet (merges included). */
export function gridOf(spec: SheetSpec): Grid {
  const w = width(spec.rows);
  const values = spec.rows.map((r) => [...r, ...Array<CellValue>(w - r.length).fill(null)]);
  const formulas = values.map((r) => r.map(() => null as string | null));
  for (const [addr, f] of Object.entries(spec.formulas ?? {})) {
    const { row, col } = split(addr);
    formulas[row - 1][col - 1] = `=${f}`;
    values[row - 1][col - 1] = cachedResult(spec, row, col);
  }
  const bold = values.map((r, i) => r.map(() => (spec.bold ?? []).includes(i + 1)));
  return { sheet: spec.name, top: 1, left: 1, values, formulas, bold, merges: spec.merges ?? [], ...(spec.hidden ? { hiddenRows: spec.hidden } : {}), ...(spec.hiddenCols ? { hiddenCols: spec.hiddenCols } : {}) };
}

/** Checks the sheet through the core as one grid; exactly one table expected. */
export function checkSheet(spec: SheetSpec, settings: Partial<CheckSettings> = {}): CheckedTable {
  const tables = checkGrid(gridOf(spec), defaultSettings(settings));
  if (tables.length !== 1) throw new Error(`expected one table, found ${tables.length}`);
  return tables[0];
}

export function checkSheetTables(spec: SheetSpec, settings: Partial<CheckSettings> = {}): CheckedTable[] {
  return checkGrid(gridOf(spec), defaultSettings(settings));
}

/** Writes the sheets into a real workbook, merges and formulas (with cached results) included. */
export async function writeSheets(file: string, specs: readonly SheetSpec[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const spec of specs) {
    const ws = wb.addWorksheet(spec.name);
    spec.rows.forEach((r, i) => {
      r.forEach((v, j) => {
        if (v === null || v === '') return;
        const cell = ws.getCell(i + 1, j + 1);
        cell.value = v;
        if ((spec.bold ?? []).includes(i + 1)) cell.font = { bold: true };
      });
    });
    for (const [addr, f] of Object.entries(spec.formulas ?? {})) {
      const { row, col } = split(addr);
      ws.getCell(row, col).value = { formula: f, result: cachedResult(spec, row, col) } as ExcelJS.CellFormulaValue;
    }
    for (const m of spec.merges ?? []) ws.mergeCells(m);
    for (const r of spec.hidden ?? []) ws.getRow(r).hidden = true;
    for (const c of spec.hiddenCols ?? []) ws.getColumn(c).hidden = true;
  }
  await wb.xlsx.writeFile(file);
}

/** Findings as "CODE@CELL", sorted, for exact comparisons. */
export function findingList(table: CheckedTable): string[] {
  return table.findings.map((f) => `${f.code}@${f.cell ?? '-'}`).sort();
}

/** The plain header of the small plans the table tests type by hand. */
export const PLAN_HEADER: CellValue[] = ['STT', 'Tên nhiệm vụ', 'Thời gian thực hiện', 'Kinh phí', 'Nguồn vốn'];

/** A 2026 plan's title and unit lines over PLAN_HEADER: sheet rows 1–3, its body from row 4. */
export const PLAN_2026_HEAD: CellValue[][] = [['KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2026'], ['Đơn vị tính: triệu đồng'], PLAN_HEADER];

/** A sheet "KH" holding a 2026 plan: PLAN_2026_HEAD over `body` (sheet row 4 on). */
export function plan2026(body: CellValue[][], more: Omit<SheetSpec, 'name' | 'rows'> = {}): SheetSpec {
  return { name: 'KH', rows: [...PLAN_2026_HEAD, ...body], ...more };
}

export interface SmallPlan {
  table: CheckedTable;
  /** Warnings and errors as "CODE CELL", in the check's order (the infos each item gets are not the point). */
  said: string[];
}

/**
 * `rows` under `titles` and PLAN_HEADER on one sheet "Kế hoạch", read as exactly one table.
 * `skip`: codes left out of `said` (SECURITY_SHARE_LOW on plans that have no security items).
 */
export function checkPlanRows(titles: CellValue[][], rows: CellValue[][], options: { formulas?: Record<string, string>; skip?: string[] } = {}): SmallPlan {
  const tables = checkSheetTables({ name: 'Kế hoạch', rows: [...titles, PLAN_HEADER, ...rows], formulas: options.formulas });
  if (tables.length !== 1) throw new Error(`expected one table, found ${tables.length}`);
  const [table] = tables;
  const skip = new Set(options.skip ?? []);
  const said = table.findings.filter((f) => f.severity !== 'info' && !skip.has(f.code)).map((f) => `${f.code} ${f.cell ?? ''}`.trim());
  return { table, said };
}

/** A row of a table by its sheet row number. */
export function rowAt(table: CheckedTable, row: number) {
  const r = table.byRow.get(row);
  if (!r) throw new Error(`no row ${row} in ${table.range}`);
  return r;
}

/** Years → plain decimal strings, for comparing a Map<number, Decimal>. */
export function plainYears(map: ReadonlyMap<number, { toFixed(): string }>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [y, v] of map) out[String(y)] = v.toFixed();
  return out;
}
