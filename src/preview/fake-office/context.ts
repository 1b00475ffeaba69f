// Excel.RequestContext and Excel.run over the in-memory workbook.
import type { ClientRequestContextApi, ExcelApi, RangeApi, RequestContextApi, WorkbookApi, WorksheetCollectionApi } from '../../excel/office-api';
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

  constructor(private readonly batch: Batch) {
    this.workbook = new FakeWorkbookProxy(this.batch);
  }

  get pending(): number {
    return this.batch.pending;
  }

  sync(): Promise<void> {
    return this.batch.sync();
  }
}

type BatchFunction<T> = (context: RequestContextApi) => Promise<T>;

/**
 * Excel.run: hands the batch a fresh context (or the one an event handler was added in) and
 * flushes what it left queued, like Office.js. With delayForCellEdit a request waits while the
 * user is typing in a cell; without it, it fails.
 */
export function fakeExcel(book: FakeWorkbook): ExcelApi {
  async function run<T>(first: BatchFunction<T> | { delayForCellEdit?: boolean } | ClientRequestContextApi, second?: BatchFunction<T>): Promise<T> {
    let batch: Batch;
    let body: BatchFunction<T>;
    if (typeof first === 'function') {
      batch = new Batch(book);
      body = first;
    } else if (!second) {
      throw new TypeError('Excel.run needs a batch function.');
    } else {
      body = second;
      batch = first instanceof Batch ? first : new Batch(book, { delayForCellEdit: (first as { delayForCellEdit?: boolean }).delayForCellEdit === true });
    }
    const context = new FakeRequestContext(batch);
    const result = await body(context);
    if (context.pending > 0) await context.sync();
    return result;
  }
  return { run };
}
