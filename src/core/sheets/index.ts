// The result sheets of a check, in the order they are added: findings, summary, then the data
// the summary's formulas read. Any door (CLI with ExcelJS, add-in with Office.js) writes these.
import type { Grid } from '../grid';
import type { CheckResult } from '../model';
import type { SheetPlan } from '../sheetplan';
import type { Lang } from '../types';
import { breakdown, lookupInGrids } from './breakdown';
import { buildDataSheet } from './data-sheet';
import { buildFindingsSheet } from './findings-sheet';
import { buildSummarySheet } from './summary-sheet';

export { CHECK_RESULT_SHEETS, DATA_SHEET, FINDINGS_SHEET, SUMMARY_SHEET } from './names';

/** `grids` are the grids the check read: live formulas are only written over numeric cells. */
export function buildCheckSheets(result: CheckResult, grids: readonly Grid[], lang: Lang = 'vi'): SheetPlan[] {
  const cell = lookupInGrids(grids);
  const data = buildDataSheet(breakdown(result.tables, cell), lang);
  return [
    buildFindingsSheet(result, lang),
    buildSummarySheet(result, data.lastRow, cell, lang),
    data.plan,
  ];
}
