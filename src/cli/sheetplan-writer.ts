// Renders a core SheetPlan into an ExcelJS worksheet (values, formulas with their cached
// results, formats, merges, print setup) and writes workbooks atomically. General on purpose:
// every command that writes a result sheet ("NS Kiểm tra", "NS Tổng hợp", "NS Phương án") uses it.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { Decimal } from '../core/decimal';
import type { PlanCell, SheetPlan } from '../core/sheetplan';

type Scalar = string | number | boolean | null;

// Excel stores doubles: this is the one place a Decimal becomes a number, on its way into a cell.
function toCellScalar(value: PlanCell['value']): Scalar {
  if (value === undefined || value === null) return null;
  if (Decimal.isDecimal(value)) return (value as Decimal).toNumber();
  return value as Scalar;
}

function argb(rgb: string): string {
  return `FF${rgb.replace(/^#/, '').toUpperCase()}`;
}

/** What a plan's cells are written through: an in-memory worksheet or a streaming one. */
type CellTarget = Pick<ExcelJS.Worksheet, 'getCell'>;

function writeCell(ws: CellTarget, pc: PlanCell): void {
  const cell = ws.getCell(pc.address);
  const scalar = toCellScalar(pc.value);
  if (pc.formula) {
    const formula = pc.formula.replace(/^=/, '');
    cell.value = (scalar === null ? { formula } : { formula, result: scalar }) as ExcelJS.CellFormulaValue;
  } else if (pc.link) {
    // A HYPERLINK formula, not ExcelJS's hyperlink value: ExcelJS 4.4 writes an internal link as
    // an external relationship plus a location that keeps the '#', which Excel opens as
    // "#'PL II'!F39#'PL II'!F39" (exceljs issue #3027). Excel, LibreOffice and Office.js all
    // follow =HYPERLINK("#'Sheet'!A1", text).
    const target = pc.link.startsWith('#') ? pc.link : `#${pc.link}`;
    const text = scalar === null ? pc.link.replace(/^#/, '') : String(scalar);
    const literal = (t: string) => `"${t.replace(/"/g, '""')}"`;
    cell.value = { formula: `HYPERLINK(${literal(target)},${literal(text)})`, result: text } as ExcelJS.CellFormulaValue;
  } else {
    cell.value = scalar;
  }
  if (pc.numberFormat) cell.numFmt = pc.numberFormat;
  if (pc.bold || pc.italic || pc.link) {
    cell.font = { bold: pc.bold || undefined, italic: pc.italic || undefined, ...(pc.link ? { color: { argb: 'FF0563C1' }, underline: true } : {}) };
  }
  if (pc.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(pc.fill) } };
  if (pc.align || pc.wrap) cell.alignment = { horizontal: pc.align, wrapText: pc.wrap || undefined, vertical: pc.wrap ? 'top' : undefined };
}

/** A4 page setup and frozen panes, the same whichever way the sheet is written. */
function sheetOptions(plan: SheetPlan): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    pageSetup: {
      paperSize: 9, // A4
      orientation: plan.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    views: plan.freeze ? [{ state: 'frozen', xSplit: plan.freeze.cols, ySplit: plan.freeze.rows }] : undefined,
  };
}

/**
 * Writes the plan as a worksheet of `workbook`, replacing a sheet of the same name (a result
 * sheet of an earlier run) and nothing else.
 */
export function renderSheetPlan(workbook: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const existing = workbook.getWorksheet(plan.name);
  if (existing) workbook.removeWorksheet(existing.id);
  const ws = workbook.addWorksheet(plan.name, sheetOptions(plan));
  for (const [col, width] of Object.entries(plan.columnWidths ?? {})) ws.getColumn(col).width = width;
  for (const pc of plan.cells) writeCell(ws, pc);
  for (const range of plan.merges ?? []) ws.mergeCells(range);
  return ws;
}

/**
 * Writes to a temporary file beside `outPath`, then renames it into place: a reader never sees a
 * half-written workbook, and a failed write leaves any earlier file untouched.
 */
export async function writeWorkbookAtomically(workbook: ExcelJS.Workbook, outPath: string): Promise<void> {
  await replaceAtomically(outPath, (tmp) => workbook.xlsx.writeFile(tmp));
}

async function replaceAtomically(outPath: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const target = path.resolve(outPath);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await write(tmp);
    await fs.promises.rename(tmp, target);
  } catch (err) {
    // Clean up our temporary file, then let the caller report the failure.
    await fs.promises.rm(tmp, { force: true });
    throw err;
  }
}

/**
 * Writes plans as the sheets of a new workbook, streaming row by row (ExcelJS's WorkbookWriter),
 * atomically like writeWorkbookAtomically. Memory holds the plans but never a whole workbook
 * model: a consolidation of hundreds of files writes hundreds of thousands of rows.
 */
export async function writeNewWorkbookStreaming(plans: readonly SheetPlan[], outPath: string): Promise<void> {
  await replaceAtomically(outPath, async (tmp) => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: true });
    for (const plan of plans) {
      const ws = workbook.addWorksheet(plan.name, sheetOptions(plan));
      for (const [col, width] of Object.entries(plan.columnWidths ?? {})) ws.getColumn(col).width = width;
      // A merge must be declared before its rows are committed.
      for (const range of plan.merges ?? []) ws.mergeCells(range);
      const rows = new Map<number, PlanCell[]>();
      for (const pc of plan.cells) {
        const r = Number(/\d+$/.exec(pc.address)?.[0]);
        const list = rows.get(r);
        if (list) list.push(pc);
        else rows.set(r, [pc]);
      }
      for (const r of [...rows.keys()].sort((a, b) => a - b)) {
        for (const pc of rows.get(r) as PlanCell[]) writeCell(ws, pc);
        ws.getRow(r).commit();
      }
      ws.commit();
    }
    await workbook.commit();
  });
}
