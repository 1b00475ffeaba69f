// Excel.Range over the in-memory workbook.
import type {
  ClientResultApi, RangeApi, RangeAreasApi, RangeFillApi, RangeFontApi, RangeFormatApi, WorksheetApi,
} from '../../excel/office-api';
import { parseRect, quoteSheet, rectAddress, type Rect } from './a1';
import { columnLetter } from '../../core/grid';
import { applyCellProperties, cellPropertiesPicker, linePropertiesPicker, normalizeColor, type CellSource } from './cell-properties';
import { FakeOfficeError } from './errors';
import { Batch, FakeClientResult, FakeProxy, actionBytes } from './proxy';
import type { FakeCell, FakeSheet } from './state';

/** Excel documents that getMergedAreas fails past this many areas in the range. */
export const MAX_MERGED_AREAS = 512;

/** Where a range lives, decided at sync time (a used range is only known then). */
export interface RangeTarget {
  sheet(): FakeSheet;
  worksheet: WorksheetApi;
  /** null = the range does not exist (a null object, or an error if not nullable). */
  rect(sheet: FakeSheet): Rect | null;
  nullable: boolean;
}

type Scalar = string | number | boolean;

function isScalar(v: unknown): v is Scalar {
  return typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
}

const RANGE_PROPERTIES = ['address', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex', 'values', 'formulas', 'numberFormat'] as const;

export class FakeRange extends FakeProxy implements RangeApi {
  protected readonly loadable = RANGE_PROPERTIES;
  private where: { sheet: FakeSheet; rect: Rect } | null = null;
  private formatProxy: FakeRangeFormat | null = null;

  constructor(batch: Batch, private readonly target: RangeTarget, pathArgs?: unknown) {
    super(batch, pathArgs);
  }

  protected resolve(): boolean {
    const sheet = this.target.sheet();
    const rect = this.target.rect(sheet);
    if (rect === null) {
      if (this.target.nullable) return true;
      throw new FakeOfficeError('ItemNotFound', 'The requested range does not exist.');
    }
    this.where = { sheet, rect };
    return false;
  }

  /** Sheet and rectangle; only valid inside a sync, after resolution. */
  located(): { sheet: FakeSheet; rect: Rect } {
    if (!this.where) throw new FakeOfficeError('InvalidOperation', 'The range is a null object or no longer exists.');
    return this.where;
  }

  private matrix<T>(cell: (c: FakeCell | undefined, row: number, col: number) => T): T[][] {
    const { sheet, rect } = this.located();
    const out: T[][] = [];
    for (let r = 0; r < rect.rows; r++) {
      const cells = sheet.rowCells(rect.top + r);
      const line: T[] = new Array(rect.cols);
      for (let c = 0; c < rect.cols; c++) line[c] = cell(cells?.[rect.left + c], rect.top + r, rect.left + c);
      out.push(line);
    }
    return out;
  }

  protected snapshot(property: string): unknown {
    const { sheet, rect } = this.located();
    switch (property) {
      case 'address': return `${quoteSheet(sheet.name)}!${rectAddress(rect)}`;
      case 'rowCount': return rect.rows;
      case 'columnCount': return rect.cols;
      case 'rowIndex': return rect.top;
      case 'columnIndex': return rect.left;
      case 'values': return this.matrix((c) => c?.value ?? '');
      case 'formulas': return this.matrix((c) => c?.formula ?? c?.value ?? '');
      case 'numberFormat': return this.matrix((c) => c?.numberFormat ?? 'General');
      default: throw new FakeOfficeError('InvalidArgument', property);
    }
  }

  /**
   * Queues a change to every cell; refuses a protected sheet like Excel does. `sent` is what the
   * request carries for it; `dataChange` raises worksheet.onChanged after the sync, as Excel
   * does for an add-in's own writes to values and formulas.
   */
  writeCells(change: (cell: FakeCell, row: number, col: number) => void, sent?: unknown, check?: (rect: Rect) => void, dataChange = false): void {
    this.batch.enqueue(() => {
      const { sheet, rect } = this.located();
      if (sheet.protected) throw new FakeOfficeError('AccessDenied', 'The cell or chart you are trying to change is on a protected sheet.');
      check?.(rect);
      for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.cols; c++) change(sheet.touch(rect.top + r, rect.left + c), r, c);
      if (dataChange && sheet.changeHandlers.size > 0) {
        this.batch.onSynced(() => sheet.raiseChanged({ address: rectAddress(rect), changeType: 'RangeEdited', source: 'Local', triggerSource: 'ThisLocalAddin' }));
      }
    }, actionBytes(sent));
  }

  private writeMatrix(data: unknown[][], apply: (cell: FakeCell, v: Scalar | object) => void, dataChange = false): void {
    const check = (rect: Rect): void => {
      if (data.length !== rect.rows || data.some((row) => !Array.isArray(row) || row.length !== rect.cols)) {
        throw new FakeOfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rect.rows}×${rect.cols}).`);
      }
    };
    this.writeCells((cell, r, c) => {
      const v = data[r][c];
      if (v === null) return; // null leaves the cell as it is, as in Excel
      if (isScalar(v) || (typeof v === 'object' && v !== undefined)) apply(cell, v);
      else throw new FakeOfficeError('InvalidArgument', `A cell can hold a string, number or boolean, not ${typeof v} (${String(v)}).`);
    }, data, check, dataChange);
  }

  private writeScalars(data: unknown[][], apply: (cell: FakeCell, v: Scalar) => void, dataChange = false): void {
    this.writeMatrix(data, (cell, v) => {
      // Decimal or any other object must be converted by the caller; Excel would store garbage.
      if (!isScalar(v)) throw new FakeOfficeError('InvalidArgument', `A cell can hold a string, number or boolean, not an object (${String(v)}).`);
      apply(cell, v);
    }, dataChange);
  }

  get address(): string { return this.read('address'); }
  get rowCount(): number { return this.read('rowCount'); }
  get columnCount(): number { return this.read('columnCount'); }
  get rowIndex(): number { return this.read('rowIndex'); }
  get columnIndex(): number { return this.read('columnIndex'); }

  get values(): unknown[][] { return this.read('values'); }
  set values(data: unknown[][]) {
    this.writeScalars(data, (cell, v) => {
      cell.value = v;
      cell.formula = null;
    }, true);
  }

  get formulas(): unknown[][] { return this.read('formulas'); }
  set formulas(data: unknown[][]) {
    this.writeScalars(data, (cell, v) => {
      if (typeof v === 'string' && v.startsWith('=')) {
        cell.formula = v;
        cell.value = ''; // the fake does not calculate
      } else {
        cell.value = v;
        cell.formula = null;
      }
    }, true);
  }

  get numberFormat(): unknown[][] { return this.read('numberFormat'); }
  set numberFormat(data: unknown[][]) {
    this.writeScalars(data, (cell, v) => {
      cell.numberFormat = String(v);
    });
  }

  get format(): RangeFormatApi {
    if (!this.formatProxy) this.formatProxy = new FakeRangeFormat(this.batch, this);
    return this.formatProxy;
  }

  get worksheet(): WorksheetApi {
    return this.target.worksheet;
  }

  getCellProperties(loadOptions: Excel.CellPropertiesLoadOptions): ClientResultApi<Excel.CellProperties[][]> {
    const result = new FakeClientResult<Excel.CellProperties[][]>();
    this.batch.enqueue((reply) => {
      const { sheet } = this.located();
      // The answer has exactly Excel's CellProperties shape, trimmed to what was asked.
      const answer = cellPropertiesPicker(loadOptions);
      // One source for every cell, pointed at each in turn: the picker reads it only while it
      // answers, and an object and a closure per cell were a good part of a 100,000-cell read.
      let row = 0;
      let col = 0;
      const source: CellSource = {
        cell: undefined,
        address: () => `${quoteSheet(sheet.name)}!${rectAddress({ top: row, left: col, rows: 1, cols: 1 })}`,
        hidden: false,
      };
      const matrix = this.matrix((cell, r, c) => {
        row = r;
        col = c;
        source.cell = cell;
        source.hidden = sheet.hiddenRows.has(r);
        return answer(source) as Excel.CellProperties;
      });
      reply(matrix, () => result.set(matrix));
    }, actionBytes(loadOptions));
    return result;
  }

  setCellProperties(cellPropertiesData: Excel.SettableCellProperties[][]): void {
    this.writeMatrix(cellPropertiesData, (cell, v) => applyCellProperties(cell, v as Excel.SettableCellProperties));
  }

  getRowProperties(loadOptions: Excel.RowPropertiesLoadOptions): ClientResultApi<Excel.RowProperties[]> {
    return this.lineProperties<Excel.RowProperties>('row', loadOptions);
  }

  getColumnProperties(loadOptions: Excel.ColumnPropertiesLoadOptions): ClientResultApi<Excel.ColumnProperties[]> {
    return this.lineProperties<Excel.ColumnProperties>('column', loadOptions);
  }

  /** Each row's or column's answer of the range, as Excel gives them ("'PL IV'!7:7", "'PL IV'!D:D"). */
  private lineProperties<T>(kind: 'row' | 'column', loadOptions: object): ClientResultApi<T[]> {
    const result = new FakeClientResult<T[]>();
    this.batch.enqueue((reply) => {
      const { sheet, rect } = this.located();
      const answer = linePropertiesPicker(kind, loadOptions);
      const [from, count, hidden] = kind === 'row' ? [rect.top, rect.rows, sheet.hiddenRows] : [rect.left, rect.cols, sheet.hiddenCols];
      const lines: T[] = [];
      for (let k = from; k < from + count; k++) {
        const name = kind === 'row' ? String(k + 1) : columnLetter(k + 1);
        lines.push(answer({ index: k, hidden: hidden.has(k), address: () => `${quoteSheet(sheet.name)}!${name}:${name}` }) as T);
      }
      reply(lines, () => result.set(lines));
    }, actionBytes(loadOptions));
    return result;
  }

  getMergedAreasOrNullObject(): RangeAreasApi {
    return new FakeMergedAreas(this.batch, this);
  }

  merge(_across?: boolean): void {
    this.batch.enqueue(() => {
      const { sheet, rect } = this.located();
      if (sheet.protected) throw new FakeOfficeError('AccessDenied', 'Cannot merge on a protected sheet.');
      sheet.merges.push(rectAddress(rect));
    });
  }

  select(): void {
    this.batch.enqueue(() => {
      const { sheet, rect } = this.located();
      this.batch.book.activeSheet = sheet.name;
      this.batch.book.selection = { sheet: sheet.name, address: rectAddress(rect) };
    });
  }
}

/** format.fill / format.font / format.columnWidth of a range. */
class FakeRangeFormat implements RangeFormatApi {
  readonly fill: RangeFillApi;
  readonly font: RangeFontApi;

  constructor(private readonly batch: Batch, private readonly range: FakeRange) {
    this.fill = new FakeRangeFill(batch, range);
    this.font = new FakeRangeFont(batch, range);
  }

  get columnWidth(): number {
    throw new FakeOfficeError('PropertyNotLoaded', 'The fake does not read columnWidth back; use FakeSheet.columnWidths.');
  }

  set columnWidth(points: number) {
    this.batch.enqueue(() => {
      const { sheet, rect } = this.range.located();
      for (let c = rect.left; c < rect.left + rect.cols; c++) sheet.columnWidths.set(c, points);
    });
  }
}

/** One value for the whole range, or null when cells differ (as Excel answers). */
function uniform<T>(range: FakeRange, get: (cell: FakeCell | undefined) => T): T | null {
  const { sheet, rect } = range.located();
  const first = get(sheet.peek(rect.top, rect.left));
  for (let r = rect.top; r < rect.top + rect.rows; r++) {
    for (let c = rect.left; c < rect.left + rect.cols; c++) if (get(sheet.peek(r, c)) !== first) return null;
  }
  return first;
}

class FakeRangeFill extends FakeProxy implements RangeFillApi {
  protected readonly loadable = ['color'] as const;

  constructor(batch: Batch, private readonly range: FakeRange) {
    super(batch);
  }

  protected resolve(): boolean {
    return false;
  }

  protected snapshot(): unknown {
    return uniform(this.range, (c) => c?.fill?.color ?? '#FFFFFF');
  }

  get color(): string { return this.read('color'); }
  set color(color: string) {
    const normalized = normalizeColor(color);
    this.range.writeCells((cell) => {
      cell.fill = { color: normalized, pattern: 'Solid' };
    }, color);
  }

  clear(): void {
    this.range.writeCells((cell) => {
      cell.fill = null;
    });
  }
}

class FakeRangeFont extends FakeProxy implements RangeFontApi {
  protected readonly loadable = ['bold'] as const;

  constructor(batch: Batch, private readonly range: FakeRange) {
    super(batch);
  }

  protected resolve(): boolean {
    return false;
  }

  protected snapshot(): unknown {
    return uniform(this.range, (c) => c?.bold ?? false);
  }

  get bold(): boolean { return this.read('bold'); }
  set bold(bold: boolean) {
    this.range.writeCells((cell) => {
      cell.bold = bold;
    }, bold);
  }
}

/**
 * The merged areas of a range as Excel answers them: only areas whose top-left cell lies in the
 * range (office-js issue 3611), each whole; a null object when there are none; a failure past
 * 512 areas, as the API reference warns.
 */
class FakeMergedAreas extends FakeProxy implements RangeAreasApi {
  protected readonly loadable = ['address', 'areaCount'] as const;
  private areas: Rect[] = [];

  constructor(batch: Batch, private readonly range: FakeRange) {
    super(batch);
  }

  protected resolve(): boolean {
    if (!this.batch.book.supportsExcelApi('1.13')) throw new FakeOfficeError('ApiNotFound', 'getMergedAreasOrNullObject needs ExcelApi 1.13.');
    const { sheet, rect } = this.range.located();
    const inside = (r: Rect) => r.top >= rect.top && r.top < rect.top + rect.rows && r.left >= rect.left && r.left < rect.left + rect.cols;
    this.areas = sheet.merges.map(parseRect).filter(inside);
    if (this.areas.length > MAX_MERGED_AREAS) {
      throw new FakeOfficeError('GeneralException', `The range has ${this.areas.length} merged areas; Excel returns at most ${MAX_MERGED_AREAS}.`);
    }
    return this.areas.length === 0;
  }

  protected snapshot(property: string): unknown {
    const { sheet } = this.range.located();
    if (property === 'areaCount') return this.areas.length;
    return this.areas.map((a) => `${quoteSheet(sheet.name)}!${rectAddress(a)}`).join(',');
  }

  get address(): string { return this.read('address'); }
  get areaCount(): number { return this.read('areaCount'); }
}
