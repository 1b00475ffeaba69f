// A typed in-memory fake of the Office.js subset the add-in uses (see src/excel/office-api.ts).
// Used by the adapter tests, the browser preview and the Playwright tests; no Node APIs.
// It fails the way Excel on the web fails: unloaded properties, cell-edit mode (unless the run
// asked for delayForCellEdit), protected sheets, APIs above `book.excelApi`, and any request or
// response over 5 MB (payload.ts). What a test or the preview can do as the user would, on a
// FakeWorkbook (in the browser: window.ngansachPreview.book):
//   editCell(sheet, address, value | rows)  type or paste; raises worksheet.onChanged
//   editMode = true / false                 sit in a cell; requests wait or fail until false
//   addUserComment / addUserNote            the user's own annotations, which marks must keep
// and read back: sheet.notes, sheet.charts, sheet.comments, requests (bytes per sync),
// largestPayload(); `fault` makes a chosen sync fail.
export { FakeWorkbook, FakeSheet, type FakeCell, type FakeFill, type FakeComment, type FakeNote, type FakeChart, type FakeChartSeries } from './state';
export { FakeOfficeError, type FakeErrorCode } from './errors';
export { FakeRequestContext, fakeExcel } from './context';
export { fakeOffice, FakeSettings, type FakeOfficeGlobal } from './office';
export { fakeWorkbookFromGrids } from './from-grids';
export { installFakeOffice } from './install';
export { PAYLOAD_LIMIT, type RequestRecord } from './payload';
