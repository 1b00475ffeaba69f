// The one seam between the preview's "Mở tệp Excel" and the project's one .xlsx reader, in its
// browser door (src/xlsx/browser.ts: DecompressionStream + the same parser the CLI uses), so a
// workbook opened here holds exactly the Grids `ngansach check` would read.
import type { Grid } from '../core/grid';
import { readWorkbookBytes } from '../xlsx/browser';

export type ReadWorkbook = (bytes: Uint8Array, fileName: string) => Promise<Grid[]>;

export const readWorkbook: ReadWorkbook = (bytes, fileName) => readWorkbookBytes(bytes, { fileName });
