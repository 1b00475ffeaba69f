// The subset of Office.js the adapter uses, declared once. The adapter codes against these
// interfaces; the real Excel objects and the in-memory fake (src/preview/fake-office) both
// satisfy them. Member types are taken from @types/office-js where they are data, and the
// assertions at the bottom fail to compile if the real API ever stops matching, so the fake
// cannot drift from Excel.

/** A value that exists only after the sync that loads it (OfficeExtension.ClientResult). */
export interface ClientResultApi<T> {
  readonly value: T;
}

export interface RangeFillApi {
  color: string;
  load(propertyNames?: string | string[]): RangeFillApi;
  clear(): void;
}

export interface RangeFontApi {
  bold: boolean;
  load(propertyNames?: string | string[]): RangeFontApi;
}

export interface RangeFormatApi {
  readonly fill: RangeFillApi;
  readonly font: RangeFontApi;
  columnWidth: number;
}

export interface RangeApi {
  load(propertyNames?: string | string[]): RangeApi;
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly rowIndex: number;
  readonly columnIndex: number;
  // Excel types these as any[][]; we only ever put string | number | boolean in and read them as unknown.
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly format: RangeFormatApi;
  readonly worksheet: WorksheetApi;
  getCellProperties(loadOptions: Excel.CellPropertiesLoadOptions): ClientResultApi<Excel.CellProperties[][]>;
  setCellProperties(cellPropertiesData: Excel.SettableCellProperties[][]): void;
  getRowProperties(loadOptions: Excel.RowPropertiesLoadOptions): ClientResultApi<Excel.RowProperties[]>;
  /** ExcelApi 1.9, as getRowProperties: one answer per column of the range. */
  getColumnProperties(loadOptions: Excel.ColumnPropertiesLoadOptions): ClientResultApi<Excel.ColumnProperties[]>;
  /** ExcelApi 1.13. Only areas whose top-left cell lies in this range are returned (office-js issue 3611). */
  getMergedAreasOrNullObject(): RangeAreasApi;
  merge(across?: boolean): void;
  select(): void;
}

/** Several rectangles; used here only for the merged areas of a range. */
export interface RangeAreasApi {
  load(propertyNames?: string | string[]): RangeAreasApi;
  readonly isNullObject: boolean;
  /** "'PL II'!A5:A6,'PL II'!C5:E5": every area with its sheet. */
  readonly address: string;
  readonly areaCount: number;
}

export interface CommentApi {
  load(propertyNames?: string | string[]): CommentApi;
  readonly id: string;
  content: string;
  getLocation(): RangeApi;
  delete(): void;
}

export interface CommentCollectionApi {
  load(propertyNames?: string | string[]): CommentCollectionApi;
  readonly items: CommentApi[];
  add(cellAddress: string, content: string): CommentApi;
  getItem(commentId: string): CommentApi;
}

/** A note (ExcelApi 1.18): plain text on one cell, found by the cell's address. */
export interface NoteApi {
  load(propertyNames?: string | string[]): NoteApi;
  readonly isNullObject: boolean;
  content: string;
  delete(): void;
}

export interface NoteCollectionApi {
  add(cellAddress: RangeApi | string, content: string): NoteApi;
  /** By the cell's address; ItemNotFound when the cell has no note. */
  getItem(key: string): NoteApi;
  getItemOrNullObject(key: string): NoteApi;
}

export type ChartKind = 'ColumnStacked' | 'ColumnClustered' | 'Line';

export interface ChartTitleApi {
  text: string;
}

export interface ChartLegendApi {
  position: Excel.ChartLegend['position'];
}

export interface ChartSeriesApi {
  name: string;
  setValues(sourceData: RangeApi): void;
  setXAxisValues(sourceData: RangeApi): void;
}

export interface ChartSeriesCollectionApi {
  add(name?: string, index?: number): ChartSeriesApi;
  getItemAt(index: number): ChartSeriesApi;
}

export interface ChartApi {
  name: string;
  readonly title: ChartTitleApi;
  readonly legend: ChartLegendApi;
  readonly series: ChartSeriesCollectionApi;
  setPosition(startCell: RangeApi | string, endCell?: RangeApi | string): void;
}

export interface ChartCollectionApi {
  add(type: ChartKind, sourceData: RangeApi, seriesBy?: 'Auto' | 'Columns' | 'Rows'): ChartApi;
}

/** What a change event tells (ExcelApi 1.7; triggerSource 1.14, absent before). */
export interface WorksheetChangedApi {
  address: string;
  changeType: Excel.WorksheetChangedEventArgs['changeType'];
  source: Excel.WorksheetChangedEventArgs['source'];
  triggerSource?: Excel.WorksheetChangedEventArgs['triggerSource'];
}

/** The context an event handler was added in; removing the handler must use it again. */
export interface ClientRequestContextApi {
  sync(): Promise<unknown>;
}

export interface EventHandlerResultApi {
  readonly context: ClientRequestContextApi;
  remove(): void;
}

export interface WorksheetChangedEventsApi {
  add(handler: (args: WorksheetChangedApi) => Promise<unknown>): EventHandlerResultApi;
}

export interface WorksheetProtectionApi {
  load(propertyNames?: string | string[]): WorksheetProtectionApi;
  readonly protected: boolean;
}

export interface WorksheetFreezePanesApi {
  freezeRows(count?: number): void;
  freezeColumns(count?: number): void;
  freezeAt(frozenRange: string): void;
}

export interface WorksheetApi {
  load(propertyNames?: string | string[]): WorksheetApi;
  readonly isNullObject: boolean;
  readonly name: string;
  readonly protection: WorksheetProtectionApi;
  readonly freezePanes: WorksheetFreezePanesApi;
  readonly comments: CommentCollectionApi;
  /** ExcelApi 1.18: check Office.context.requirements before touching it. */
  readonly notes: NoteCollectionApi;
  readonly charts: ChartCollectionApi;
  readonly onChanged: WorksheetChangedEventsApi;
  getRange(address?: string): RangeApi;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeApi;
  getUsedRange(valuesOnly?: boolean): RangeApi;
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeApi;
  delete(): void;
  activate(): void;
}

export interface WorksheetCollectionApi {
  getActiveWorksheet(): WorksheetApi;
  getItem(key: string): WorksheetApi;
  getItemOrNullObject(key: string): WorksheetApi;
  add(name?: string): WorksheetApi;
}

export interface WorkbookApi {
  readonly worksheets: WorksheetCollectionApi;
  getSelectedRange(): RangeApi;
}

export interface RequestContextApi {
  readonly workbook: WorkbookApi;
  sync(): Promise<unknown>;
}

/** Excel.run, narrowed to the overloads we use. */
export interface ExcelApi {
  run<T>(batch: (context: RequestContextApi) => Promise<T>): Promise<T>;
  /** delayForCellEdit: Excel holds the request while the user is typing in a cell instead of failing it. */
  run<T>(options: { delayForCellEdit?: boolean }, batch: (context: RequestContextApi) => Promise<T>): Promise<T>;
  /** Runs in the context an event handler was added in (to remove the handler). */
  run<T>(context: ClientRequestContextApi, batch: (context: RequestContextApi) => Promise<T>): Promise<T>;
}

/** Office.context.document.settings, narrowed. */
export interface SettingsApi {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

/** The parts of the Office global the adapter reads. */
export interface OfficeApi {
  readonly context: {
    readonly document: { readonly settings: SettingsApi };
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
  readonly AsyncResultStatus: { readonly Failed: Office.AsyncResultStatus };
}

// ------------------------------------------------------------------ drift guards
// Each line fails to compile if the real @types/office-js type no longer fits the subset.
type Fits<Real extends Subset, Subset> = [Real, Subset];
export type OfficeApiFits = [
  Fits<Excel.Range, RangeApi>,
  Fits<Excel.RangeAreas, RangeAreasApi>,
  Fits<Excel.Note, NoteApi>,
  Fits<Excel.NoteCollection, NoteCollectionApi>,
  Fits<Excel.Chart, ChartApi>,
  Fits<Excel.ChartTitle, ChartTitleApi>,
  Fits<Excel.ChartLegend, ChartLegendApi>,
  Fits<Excel.ChartSeries, ChartSeriesApi>,
  Fits<Excel.ChartSeriesCollection, ChartSeriesCollectionApi>,
  Fits<Excel.ChartCollection, ChartCollectionApi>,
  Fits<Excel.WorksheetChangedEventArgs, WorksheetChangedApi>,
  Fits<OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>, EventHandlerResultApi>,
  Fits<OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs>, WorksheetChangedEventsApi>,
  Fits<Excel.RangeFill, RangeFillApi>,
  Fits<Excel.RangeFont, RangeFontApi>,
  Fits<Excel.RangeFormat, RangeFormatApi>,
  Fits<Excel.Comment, CommentApi>,
  Fits<Excel.CommentCollection, CommentCollectionApi>,
  Fits<Excel.WorksheetProtection, WorksheetProtectionApi>,
  Fits<Excel.WorksheetFreezePanes, WorksheetFreezePanesApi>,
  Fits<Excel.Worksheet, WorksheetApi>,
  Fits<Excel.WorksheetCollection, WorksheetCollectionApi>,
  Fits<Excel.Workbook, WorkbookApi>,
  Fits<Excel.RequestContext, RequestContextApi>,
  Fits<typeof Excel, ExcelApi>,
  Fits<Office.Settings, SettingsApi>,
  Fits<typeof Office, OfficeApi>,
];
