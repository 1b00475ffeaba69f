// The work the pane hands off the main thread: checking a grid, re-wording it in the other
// language, and building the result sheets. It keeps the last grid and its tables, so a language
// switch or a "Ghi sheet" click never sends the sheet across again. Runs inside the check worker,
// or on the main thread (between yields) where a worker cannot be started.
import { acrossTables, checkSheetTotals } from '../../core/across-tables';
import { checkTable } from '../../core/check';
import { columnLetter, type Grid } from '../../core/grid';
import { ruleSetLine } from '../../core/i18n/rules';
import type { CheckedTable } from '../../core/model';
import type { SheetPlan } from '../../core/sheetplan';
import { readTables } from '../../core/table';
import type { Lang } from '../../core/types';
import type { StoredSettings } from '../../excel/host';
import { findingsPlans, summaryPlans } from '../resultSheets';
import { toCheckSettings } from '../settings';
import type { CheckView, Phase, ResultSheets } from './protocol';

export type Progress = (phase: Phase, done: number, total: number) => void;

export function gridRange(grid: Grid): string {
  const rows = grid.values.length;
  const cols = grid.values.reduce((n, line) => Math.max(n, line.length), 0);
  const first = `${columnLetter(grid.left)}${grid.top}`;
  return `${first}:${columnLetter(grid.left + Math.max(cols, 1) - 1)}${grid.top + Math.max(rows, 1) - 1}`;
}

export class CheckService {
  private grid: Grid | null = null;
  private tables: CheckedTable[] = [];

  check(grid: Grid, stored: StoredSettings, lang: Lang, progress: Progress): CheckView {
    this.grid = grid;
    return this.run(stored, lang, progress);
  }

  recheck(stored: StoredSettings, lang: Lang, progress: Progress): CheckView {
    if (!this.grid) throw new Error('recheck before any check');
    return this.run(stored, lang, progress);
  }

  plans(sheets: ResultSheets, lang: Lang): SheetPlan[] {
    if (!this.grid) throw new Error('result sheets before any check');
    return sheets === 'findings' ? findingsPlans(this.grid, this.tables, lang) : summaryPlans(this.grid, this.tables, lang);
  }

  private run(stored: StoredSettings, lang: Lang, progress: Progress): CheckView {
    const grid = this.grid as Grid;
    const settings = toCheckSettings(stored, lang);
    const read = readTables(grid, { period: settings.period, unit: settings.unit });
    progress('check', 0, read.length);
    this.tables = acrossTables(checkSheetTotals(read.map((table, i) => {
      const checked = checkTable(table, settings);
      progress('check', i + 1, read.length);
      return checked;
    }), settings), settings);
    return {
      sheet: grid.sheet,
      range: gridRange(grid),
      tables: this.tables.map(({ rows, byRow: _byRow, law, ...table }) => ({
        ...table,
        rowCount: rows.length,
        lawLine: law ? ruleSetLine(law.choice, lang) : null,
      })),
    };
  }
}
