// A typed in-memory fake of the Office.js subset the add-in uses (see src/excel/office-api.ts).
// Used by the adapter tests, the browser preview and the Playwright tests; no Node APIs.
export { FakeWorkbook, FakeSheet, type FakeCell, type FakeFill, type FakeComment, type FakeNote, type FakeChart, type FakeChartSeries } from './state';
export { FakeOfficeError, type FakeErrorCode } from './errors';
export { FakeRequestContext, fakeExcel } from './context';
export { fakeOffice, FakeSettings, type FakeOfficeGlobal } from './office';
export { fakeWorkbookFromGrids } from './from-grids';
export { installFakeOffice } from './install';
export { PAYLOAD_LIMIT, type RequestRecord } from './payload';
