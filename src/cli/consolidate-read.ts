// One unit's workbook → its FileDigest, read the way `check` reads a workbook (the one .xlsx
// reader, passing over the sheets ngansach made) and checked by the same core; or the one-line
// reason it cannot be used. Runs in a worker thread or in the main thread; the caller holds one
// file's grids at a time, never all of them.
import { digestGrids } from '../core/consolidate';
import type { FileOutcome } from '../core/consolidate';
import { CONSOLIDATE_TEXT } from '../core/i18n/consolidate';
import type { Lang } from '../core/types';
import { XlsxError } from '../xlsx/errors';
import { readWorkbookFile } from '../xlsx/node';
import { UsageError } from './io';

/** `detail`: keep each row's money by source and year (for --out). */
export async function digestWorkbook(file: string, lang: Lang, detail: boolean): Promise<FileOutcome> {
  try {
    const { grids } = await readWorkbookFile(file, { skipOwnSheets: true });
    return digestGrids(file, grids, lang, detail);
  } catch (err) {
    if (err instanceof XlsxError || err instanceof UsageError) return { ok: false, file, reason: err.message };
    // A fault of ours on one file must not lose the other 499: that file is skipped, and says why.
    return { ok: false, file, reason: CONSOLIDATE_TEXT.internal(file, err instanceof Error ? err.message : String(err)) };
  }
}
