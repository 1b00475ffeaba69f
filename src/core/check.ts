// The one entry point every door calls: Grid(s) in, checked tables out.
import { Decimal } from './decimal';
import type { Grid } from './grid';
import type { CheckedTable, CheckResult, CheckSettings } from './model';

export function defaultSettings(partial: Partial<CheckSettings> = {}): CheckSettings {
  return {
    lang: 'vi',
    period: null,
    unit: null,
    securityShare: new Decimal('0.10'),
    ruleSet: 'nd73-2019',
    ...partial,
  };
}

/** Finds every budget table in one sheet's grid, reads and checks it. Never throws on bad cells. */
export function checkGrid(grid: Grid, settings: CheckSettings): CheckedTable[] {
  void grid;
  void settings;
  return []; // filled in by the table builder and rules (in progress)
}

/** A whole workbook: every sheet's grid. */
export function checkWorkbook(file: string, grids: Grid[], settings: CheckSettings): CheckResult {
  const tables: CheckedTable[] = [];
  for (const grid of grids) tables.push(...checkGrid(grid, settings));
  return { file, tables };
}
