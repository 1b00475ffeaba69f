// Puts the fake on globalThis as Excel and Office, so code written for the real add-in (and the
// task pane in a plain browser) runs unchanged. Returns a function that puts back what was there.
import type { ExcelApi } from '../../excel/office-api';
import { fakeExcel } from './context';
import { fakeOffice, type FakeOfficeGlobal } from './office';
import type { FakeWorkbook } from './state';

interface OfficeGlobals {
  Excel?: ExcelApi;
  Office?: FakeOfficeGlobal;
}

export function installFakeOffice(book: FakeWorkbook): () => void {
  const g = globalThis as unknown as OfficeGlobals;
  const previous = { Excel: g.Excel, Office: g.Office };
  g.Excel = fakeExcel(book);
  g.Office = fakeOffice(book);
  return () => {
    g.Excel = previous.Excel;
    g.Office = previous.Office;
  };
}
