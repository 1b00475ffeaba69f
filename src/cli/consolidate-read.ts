// One unit's workbook → its FileDigest, read as `check` reads a workbook (the fast reader, else
// ExcelJS) and checked by the same core; or the one-line reason it cannot be used. Runs in a
// worker thread or in the main thread: the caller holds one file's grids at a time, never all.
import { checkWorkbook, defaultSettings } from '../core/check';
import { digestFile } from '../core/consolidate';
import type { FileOutcome } from '../core/consolidate';
import { SYSTEMS_SHEET } from '../core/consolidate';
import { CONSOLIDATE_TEXT } from '../core/i18n/consolidate';
import { SCENARIO_SHEET_NAME } from '../core/scenario/sheet';
import { CHECK_RESULT_SHEETS } from '../core/sheets';
import type { Lang } from '../core/types';
import { fastGrids } from './check';
import { UsageError } from './io';
import { loadWorkbook, workbookGrids } from './xlsx-reader';
import type { ReadOptions } from './xlsx-reader';

/** Our own result sheets (of check, scenario or an earlier consolidation) are never a unit's table. */
const READ: ReadOptions = { skip: [...CHECK_RESULT_SHEETS, SCENARIO_SHEET_NAME, SYSTEMS_SHEET] };

export async function digestWorkbook(file: string, lang: Lang): Promise<FileOutcome> {
  try {
    let grids = fastGrids(file, READ);
    if (!grids) grids = workbookGrids(await loadWorkbook(file), file, READ);
    const result = checkWorkbook(file, grids, defaultSettings({ lang }));
    if (result.tables.length === 0) return { ok: false, file, reason: CONSOLIDATE_TEXT.noTable(file) };
    return digestFile(file, result.tables);
  } catch (err) {
    if (err instanceof UsageError) return { ok: false, file, reason: err.message };
    // A fault of ours on one file must not lose the other 499: that file is skipped, and says why.
    return { ok: false, file, reason: CONSOLIDATE_TEXT.internal(file, err instanceof Error ? err.message : String(err)) };
  }
}
