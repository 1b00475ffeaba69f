// The one seam between the preview's "Mở tệp Excel" and the project's .xlsx reader for the
// browser (src/xlsx, `readWorkbookBytes(bytes) → Grid[]`). Until that reader is on this branch
// there is none, and the preview says so instead of guessing at a second reader.
import type { Grid } from '../core/grid';

export type ReadWorkbook = (bytes: Uint8Array, fileName: string) => Promise<Grid[]>;

export const readWorkbook: ReadWorkbook | null = null;
