// Which SheetPlans each "Ghi sheet" button writes, built by the same core builders as the CLI.
import type { Grid } from '../core/grid';
import type { CheckedTable, CheckResult } from '../core/model';
import type { SheetPlan } from '../core/sheetplan';
import type { Lang } from '../core/types';
import { breakdown, lookupInGrids } from '../core/sheets/breakdown';
import { buildDataSheet } from '../core/sheets/data-sheet';
import { buildFindingsSheet } from '../core/sheets/findings-sheet';
import { buildSummarySheet } from '../core/sheets/summary-sheet';

function result(grid: Grid, tables: CheckedTable[]): CheckResult {
  // The pane cannot see the workbook's file name; the sheet names the source well enough.
  return { file: grid.sheet, tables };
}

export function findingsPlans(grid: Grid, tables: CheckedTable[], lang: Lang): SheetPlan[] {
  return [buildFindingsSheet(result(grid, tables), lang)];
}

/**
 * The summary's SUMIFS read "NS Dữ liệu", so that sheet is written first: Excel turns a
 * formula naming a sheet that does not exist yet into #REF! and never repairs it.
 */
export function summaryPlans(grid: Grid, tables: CheckedTable[], lang: Lang): SheetPlan[] {
  const cell = lookupInGrids([grid]);
  const data = buildDataSheet(breakdown(tables), lang);
  return [data.plan, buildSummarySheet(result(grid, tables), data.layout, cell, lang)];
}
