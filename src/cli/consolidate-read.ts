// One unit's workbook → its FileDigest, read the way `check` reads a workbook (the fast reader;
// ExcelJS for what it does not handle, which also words every error about the file) and checked
// by the same core; or the one-line reason it cannot be used. Runs in a worker thread or in the
// main thread; the caller holds one file's grids at a time, never all of them.
import { checkWorkbook, defaultSettings } from '../core/check';
import { digestFile, SYSTEMS_SHEET } from '../core/consolidate';
import type { FileOutcome } from '../core/consolidate';
import type { Grid } from '../core/grid';
import { CONSOLIDATE_TEXT } from '../core/i18n/consolidate';
import { SCENARIO_SHEET_NAME } from '../core/scenario/sheet';
import { CHECK_RESULT_SHEETS } from '../core/sheets/names';
import type { Lang } from '../core/types';
import { readWorkbookGridsFast } from './fast-xlsx-reader';
import { UsageError } from './io';
import type { ReadOptions } from './xlsx-reader';

/** Our own result sheets (of check, scenario or an earlier consolidation) are never a unit's table. */
const READ: ReadOptions = { skip: [...CHECK_RESULT_SHEETS, SCENARIO_SHEET_NAME, SYSTEMS_SHEET] };

async function readGrids(file: string): Promise<Grid[]> {
  try {
    const grids = readWorkbookGridsFast(file, READ);
    if (grids) return grids;
  } catch (err) {
    // As in `check`: a fast-reader fault only costs speed, the ExcelJS path below is authoritative.
    if (process.env.NGANSACH_DEBUG) process.stderr.write(`ngansach: fast reader fell back: ${err instanceof Error ? err.stack : String(err)}\n`);
  }
  // Loaded only when needed: ExcelJS takes most of a worker thread's start-up time.
  const { loadWorkbook, workbookGrids } = await import('./xlsx-reader');
  return workbookGrids(await loadWorkbook(file), file, READ);
}

/** `detail`: keep each row's money by source and year (for --out). */
export async function digestWorkbook(file: string, lang: Lang, detail: boolean): Promise<FileOutcome> {
  try {
    const result = checkWorkbook(file, await readGrids(file), defaultSettings({ lang }));
    if (result.tables.length === 0) return { ok: false, file, reason: CONSOLIDATE_TEXT.noTable(file) };
    return digestFile(file, result.tables, { detail });
  } catch (err) {
    if (err instanceof UsageError) return { ok: false, file, reason: err.message };
    // A fault of ours on one file must not lose the other 499: that file is skipped, and says why.
    return { ok: false, file, reason: CONSOLIDATE_TEXT.internal(file, err instanceof Error ? err.message : String(err)) };
  }
}
