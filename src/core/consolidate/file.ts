// One unit's workbook, as the Grids a door read from it, → its FileOutcome: checked as `check`
// checks a workbook, then digested; or why it cannot be used. The CLI (a worker thread per file)
// and the task pane (its Web Worker) both call this after reading the file their own way.
import { checkWorkbook, defaultSettings } from '../check';
import type { Grid } from '../grid';
import { CONSOLIDATE_TEXT } from '../i18n/consolidate';
import type { Lang } from '../types';
import { digestFile } from './digest';
import type { FileOutcome } from './types';

/** `detail`: keep each row's money by source and year (the consolidated workbook needs it). */
export function digestGrids(file: string, grids: Grid[], lang: Lang, detail: boolean): FileOutcome {
  const result = checkWorkbook(file, grids, defaultSettings({ lang }));
  if (result.tables.length === 0) return { ok: false, file, reason: CONSOLIDATE_TEXT.noTable(file) };
  return digestFile(file, result.tables, { detail });
}
