// The consolidated workbook `--out` writes, as SheetPlans any door can render: "NS Tổng hợp",
// "NS Hệ thống", then one sheet per unit (the rows the two add up).
import type { SheetPlan } from '../sheetplan';
import type { Lang } from '../types';
import type { UnitSheetIndex } from './summary-sheet';
import { buildSummarySheet } from './summary-sheet';
import { buildSystemsSheet } from './systems-sheet';
import type { ConsolidationResult } from './types';
import { buildUnitSheet, unitSheetNames, yearColumns } from './unit-sheet';

export { isConsolidationSheet, SYSTEMS_SHEET, WORKBOOK_UNIT_PREFIX } from './names';

export interface ConsolidationSheetOptions {
  /** Put before each unit sheet's name (WORKBOOK_UNIT_PREFIX when writing into an open workbook). */
  unitSheetPrefix?: string;
}

export function buildConsolidationSheets(result: ConsolidationResult, lang: Lang = 'vi', options: ConsolidationSheetOptions = {}): SheetPlan[] {
  // A caller's mistake, not a user's: the digests were made without the rows' money by year.
  if (!result.detail) throw new Error('buildConsolidationSheets needs a consolidation made with detail');
  const cols = yearColumns(result.years);
  const names = unitSheetNames([...result.byUnit.keys()], options.unitSheetPrefix);
  const index: UnitSheetIndex = new Map();
  const unitPlans: SheetPlan[] = [];
  for (const unit of result.byUnit.keys()) {
    const sheet = names.get(unit) as string;
    const built = buildUnitSheet(sheet, unit, result.rows.get(unit) ?? [], cols, result.unitOfMoney, lang);
    index.set(unit, { sheet, lastRow: built.lastRow });
    unitPlans.push(built.plan);
  }
  return [buildSummarySheet(result, index, cols, lang), buildSystemsSheet(result, index, lang), ...unitPlans];
}
