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

/**
 * `digestGrids` over what `read` gives. A file the door's reader refuses (`refused` says which
 * errors are the reader's one-line answers) is listed with that line; a fault of ours on one file
 * is listed with why, so the other files are not lost.
 */
export async function digestRead(file: string, read: () => Promise<Grid[]>, refused: (error: unknown) => error is Error, lang: Lang, detail: boolean): Promise<FileOutcome> {
  try {
    return digestGrids(file, await read(), lang, detail);
  } catch (error) {
    if (refused(error)) return { ok: false, file, reason: error.message };
    return { ok: false, file, reason: CONSOLIDATE_TEXT.internal(file, error instanceof Error ? error.message : String(error)) };
  }
}
