// One unit's workbook → its FileDigest, read the way `check` reads a workbook (the one .xlsx
// reader, passing over the sheets ngansach made) and checked by the same core; or the one-line
// reason it cannot be used. Runs in a worker thread or in the main thread; the caller holds one
// file's grids at a time, never all of them.
import { digestRead } from '../core/consolidate';
import type { FileOutcome } from '../core/consolidate';
import type { Lang } from '../core/types';
import { XlsxError } from '../xlsx/errors';
import { readWorkbookFile } from '../xlsx/node';
import { UsageError } from './io';

/** `detail`: keep each row's money by source and year (for --out). */
export function digestWorkbook(file: string, lang: Lang, detail: boolean): Promise<FileOutcome> {
  const refused = (err: unknown): err is Error => err instanceof XlsxError || err instanceof UsageError;
  return digestRead(file, async () => (await readWorkbookFile(file, { skipOwnSheets: true })).grids, refused, lang, detail);
}
