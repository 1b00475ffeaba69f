// Excel.RequestContext and Excel.run over the in-memory workbook.
import type { ExcelApi, RangeApi, RequestContextApi, WorkbookApi, WorksheetCollectionApi } from '../../excel/office-api';
import { Batch } from './proxy';
import type { FakeWorkbook } from './state';
import { FakeWorksheetCollection, selectedRange } from './worksheet';

class FakeWorkbookProxy implements WorkbookApi {
  readonly worksheets: WorksheetCollectionApi;

  constructor(private readonly batch: Batch) {
    this.worksheets = new FakeWorksheetCollection(batch);
  }

  getSelectedRange(): RangeApi {
    return selectedRange(this.batch);
  }
}

export class FakeRequestContext implements RequestContextApi {
  readonly workbook: WorkbookApi;
  private readonly batch: Batch;

  constructor(book: FakeWorkbook) {
    this.batch = new Batch(book);
    this.workbook = new FakeWorkbookProxy(this.batch);
  }

  get pending(): number {
    return this.batch.pending;
  }

  sync(): Promise<void> {
    return this.batch.sync();
  }
}

/** Excel.run: hands the batch a fresh context and flushes what it left queued, like Office.js. */
export function fakeExcel(book: FakeWorkbook): ExcelApi {
  return {
    async run<T>(batch: (context: RequestContextApi) => Promise<T>): Promise<T> {
      const context = new FakeRequestContext(book);
      const result = await batch(context);
      if (context.pending > 0) await context.sync();
      return result;
    },
  };
}
