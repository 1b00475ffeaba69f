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

import { DEFAULT_CHECK_SHEET_NAMES } from './names';
import type { CheckSheetNames } from './names';

export { CHECK_RESULT_SHEETS, DATA_SHEET, DEFAULT_CHECK_SHEET_NAMES, FINDINGS_SHEET, SUMMARY_SHEET } from './names';
export type { CheckSheetNames } from './names';

/**
 * `grids` are the grids the check read: live formulas are only written over numeric cells.
 * `names`: the names to write the sheets under, when a door must avoid a user's sheet.
 * `stream`: the findings' and data sheets' rows come from their `rowStream`, for a writer that streams.
 */
export function buildCheckSheets(
  result: CheckResult,
  grids: readonly Grid[],
  lang: Lang = 'vi',
  names: CheckSheetNames = DEFAULT_CHECK_SHEET_NAMES,
  stream = false,
): SheetPlan[] {
  const cell = lookupInGrids(grids);
  const data = buildDataSheet(breakdown(result.tables), lang, names.data, stream);
  return [
    buildFindingsSheet(result, lang, names.findings, stream),
    buildSummarySheet(result, data.layout, cell, lang, names),
    data.plan,
  ];
}
