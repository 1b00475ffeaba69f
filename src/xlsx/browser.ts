// The reader's door for a browser (the task pane's "open any workbook" preview, several files
// to consolidate): bytes from a File or fetch → Grids, inflated by the browser's own
// DecompressionStream, so the bundle carries no inflate code.
import type { Grid } from '../core/grid';
import type { Inflate } from './package';
import { readWorkbook } from './read';
import type { ReadOptions, WorkbookRead } from './read';

export { XlsxError } from './errors';
export type { ReadOptions, WorkbookRead } from './read';

export const browserInflate: Inflate = (raw) => {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  // Errors surface on the readable side; these promises only settle the writer.
  writer.write(raw as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  return {
    async *[Symbol.asyncIterator]() {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          yield value;
        }
      } finally {
        reader.cancel().catch(() => undefined);
      }
    },
  };
};

/** Every chosen worksheet of an .xlsx held in memory, as Grids, with what was left out. */
export function readWorkbookBytesDetailed(bytes: Uint8Array, options: ReadOptions = {}): Promise<WorkbookRead> {
  return readWorkbook(bytes, browserInflate, options);
}

/** Every chosen worksheet of an .xlsx held in memory, as Grids (an XlsxError when unusable). */
export async function readWorkbookBytes(bytes: Uint8Array, options: ReadOptions = {}): Promise<Grid[]> {
  return (await readWorkbook(bytes, browserInflate, options)).grids;
}
