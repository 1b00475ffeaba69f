// The in-memory workbook behind the fake Office.js: plain data plus read-back helpers, so a test
// (or the preview) can set a workbook up and then assert what the add-in wrote, and act as the
// user would (type in a cell, sit in cell-edit mode) to see how the add-in copes.
import type { WorksheetChangedApi } from '../../excel/office-api';
import { parseRect, rectAddress, type Rect } from './a1';
import type { FakeErrorCode } from './errors';
import type { RequestRecord } from './payload';

export interface FakeFill {
  color: string;
  /** Excel's fill pattern name ("Solid", "Gray50" …). */
  pattern: string;
}

export interface FakeCell {
  /** Cached value; "" when empty. Formulas are not recalculated by the fake. */
  value: string | number | boolean;
  /** "=SUM(A1:A3)", or null for a constant. */
  formula: string | null;
  numberFormat: string;
  bold: boolean;
  italic: boolean;
  wrap: boolean;
  align: string | null;
  /** null = no fill. */
  fill: FakeFill | null;
  hyperlink: string | null;
}

export interface FakeComment {
  id: string;
  /** Zero-based cell. */
  row: number;
  col: number;
  content: string;
}

/** A note (the plain kind, ExcelApi 1.18): one per cell, found by its address. */
export interface FakeNote {
  row: number;
  col: number;
  content: string;
}

export interface FakeChartSeries {
  name: string;
  /** A1 ranges ("'NS Tổng hợp'!B12:B16") or null when not set. */
  values: string | null;
  xValues: string | null;
}

export interface FakeChart {
  name: string;
  type: string;
  title: string;
  legend: string;
  series: FakeChartSeries[];
  /** The cells the chart covers, as setPosition was given them. */
  from: string | null;
  to: string | null;
}

export type ChangeHandler = (args: WorksheetChangedApi) => Promise<unknown>;

export function emptyCell(): FakeCell {
  return { value: '', formula: null, numberFormat: 'General', bold: false, italic: false, wrap: false, align: null, fill: null, hyperlink: null };
}

/** Excel's column count, which numbers cells in the map. */
const MAX_COLUMNS = 16_384;

export class FakeSheet {
  /** Cells by row × 16,384 + column (zero-based); see peek/touch. */
  readonly cells = new Map<number, FakeCell>();
  /** Zero-based hidden rows. */
  readonly hiddenRows = new Set<number>();
  /** Zero-based hidden columns. */
  readonly hiddenCols = new Set<number>();
  /** Column (zero-based) → width in points. */
  readonly columnWidths = new Map<number, number>();
  readonly comments: FakeComment[] = [];
  /** Notes by zero-based "row,col" (a cell holds at most one). */
  readonly notes = new Map<string, FakeNote>();
  readonly charts: FakeChart[] = [];
  readonly merges: string[] = [];
  /** worksheet.onChanged handlers the add-in registered. */
  readonly changeHandlers = new Set<ChangeHandler>();
  freeze: { rows: number; cols: number } = { rows: 0, cols: 0 };
  protected = false;

  constructor(public name: string) {}

  // A number, not a "row,col" string: a million-cell sheet would otherwise spend its time hashing strings.
  private static key(row: number, col: number): number {
    return row * MAX_COLUMNS + col;
  }

  private static where(key: number): { row: number; col: number } {
    return { row: Math.floor(key / MAX_COLUMNS), col: key % MAX_COLUMNS };
  }

  /** The same cells by row, each row's by column: reading a block looks each row up once, not each cell. */
  private readonly byRow = new Map<number, FakeCell[]>();

  /** Zero-based; undefined when the cell was never touched. */
  peek(row: number, col: number): FakeCell | undefined {
    return this.byRow.get(row)?.[col];
  }

  /** Zero-based: a row's touched cells by column (a sparse array), or undefined when none was. */
  rowCells(row: number): readonly (FakeCell | undefined)[] | undefined {
    return this.byRow.get(row);
  }

  /** Zero-based; creates the cell. */
  touch(row: number, col: number): FakeCell {
    const k = FakeSheet.key(row, col);
    let cell = this.cells.get(k);
    if (!cell) {
      cell = emptyCell();
      this.cells.set(k, cell);
      let line = this.byRow.get(row);
      if (!line) {
        line = [];
        this.byRow.set(row, line);
      }
      line[col] = cell;
    }
    return cell;
  }

  /** The used range, zero-based, or null when empty. valuesOnly ignores cells that only carry formatting. */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity, left = Infinity, bottom = -1, right = -1;
    // Asked before every read, over every cell of the sheet: no object per cell here.
    for (const [k, cell] of this.cells) {
      if (valuesOnly && cell.value === '' && cell.formula === null) continue;
      const r = Math.floor(k / MAX_COLUMNS);
      const c = k - r * MAX_COLUMNS;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
    if (bottom < 0) return null;
    return { top, left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  // ---------------------------------------------------------------- read-back (A1, for tests)
  cell(address: string): FakeCell | undefined {
    const r = parseRect(address);
    return this.peek(r.top, r.left);
  }

  valueAt(address: string): string | number | boolean {
    return this.cell(address)?.value ?? '';
  }

  formulaAt(address: string): string | null {
    return this.cell(address)?.formula ?? null;
  }

  fillAt(address: string): FakeFill | null {
    return this.cell(address)?.fill ?? null;
  }

  commentAt(address: string): string | null {
    const r = parseRect(address);
    return this.comments.find((c) => c.row === r.top && c.col === r.left)?.content ?? null;
  }

  noteAt(address: string): string | null {
    const r = parseRect(address);
    return this.notes.get(`${r.top},${r.left}`)?.content ?? null;
  }

  /** Tells the add-in's handlers, after the current task, as Excel raises events asynchronously. */
  raiseChanged(args: WorksheetChangedApi): void {
    for (const handler of [...this.changeHandlers]) void Promise.resolve().then(() => handler(args));
  }

  /** Every non-empty cell as A1 → value or formula, for whole-sheet assertions. */
  contents(): Record<string, string | number | boolean> {
    const out: Record<string, string | number | boolean> = {};
    for (const [k, cell] of this.cells) {
      if (cell.value === '' && cell.formula === null) continue;
      const { row: r, col: c } = FakeSheet.where(k);
      out[rectAddress({ top: r, left: c, rows: 1, cols: 1 })] = cell.formula ?? cell.value;
    }
    return out;
  }
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  activeSheet = '';
  selection: { sheet: string; address: string } | null = null;
  /** Every context.sync() on this workbook, including failed ones. */
  syncCount = 0;
  /** What each sync sent and received, in bytes, in order (see payload.ts). */
  readonly requests: RequestRecord[] = [];
  /**
   * For tests of what survives a failure half-way: called before each sync runs (1-based count of
   * syncs on this workbook); a code makes that sync fail with it, running nothing.
   */
  fault: ((sync: number) => FakeErrorCode | null) | null = null;
  /** The ExcelApi requirement set this "Excel" supports; APIs above it fail with ApiNotFound. */
  excelApi = '1.18';
  /** Document settings as stored (JSON text), and as last saved with saveAsync. */
  readonly settings = new Map<string, string>();
  readonly savedSettings = new Map<string, string>();
  /** Ribbon actions registered with Office.actions.associate. */
  readonly actions = new Map<string, (arg?: unknown) => void>();
  taskpaneShown = false;
  private nextId = 1;
  private editing = false;
  private editEnded: (() => void)[] = [];

  /**
   * While true the user is typing in a cell: a request fails with InvalidOperationInCellEditMode,
   * or, sent with delayForCellEdit, waits until this turns false.
   */
  get editMode(): boolean {
    return this.editing;
  }

  set editMode(on: boolean) {
    this.editing = on;
    if (!on) for (const resume of this.editEnded.splice(0)) resume();
  }

  /** Resolves when the user leaves the cell they are editing. */
  cellEditEnded(): Promise<void> {
    return this.editing ? new Promise((resolve) => this.editEnded.push(resolve)) : Promise.resolve();
  }

  /** Whether `Office.context.requirements.isSetSupported('ExcelApi', version)` holds. */
  supportsExcelApi(version: string): boolean {
    const [major, minor] = version.split('.').map(Number);
    const [haveMajor, haveMinor] = this.excelApi.split('.').map(Number);
    return major < haveMajor || (major === haveMajor && (minor || 0) <= (haveMinor || 0));
  }

  /** The largest request and response any sync so far carried, in bytes. */
  largestPayload(): { sent: number; received: number } {
    return this.requests.reduce((m, r) => ({ sent: Math.max(m.sent, r.sent), received: Math.max(m.received, r.received) }), { sent: 0, received: 0 });
  }

  /**
   * The user types into a cell ("=…" is a formula; null clears it), or pastes a block from
   * `address` down and right: the sheet changes and the add-in's change handlers are told.
   */
  editCell(sheet: string, address: string, value: string | number | boolean | null | (string | number | boolean | null)[][]): void {
    const s = this.sheet(sheet);
    if (!s) throw new Error(`No sheet ${sheet}`);
    const start = parseRect(address);
    const block = Array.isArray(value) ? value : [[value]];
    block.forEach((line, r) => line.forEach((v, c) => {
      const cell = s.touch(start.top + r, start.left + c);
      cell.formula = typeof v === 'string' && v.startsWith('=') ? v : null;
      cell.value = v === null || cell.formula ? '' : v;
    }));
    const width = Math.max(...block.map((line) => line.length));
    s.raiseChanged({
      address: rectAddress({ top: start.top, left: start.left, rows: block.length, cols: width }),
      changeType: 'RangeEdited', source: 'Local', triggerSource: 'Unknown',
    });
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = name;
    return sheet;
  }

  removeSheet(name: string): void {
    const i = this.sheets.findIndex((s) => s.name.toLowerCase() === name.toLowerCase());
    if (i < 0) return;
    this.sheets.splice(i, 1);
    if (this.activeSheet.toLowerCase() === name.toLowerCase()) this.activeSheet = this.sheets[0]?.name ?? '';
  }

  newCommentId(): string {
    return `fake-comment-${this.nextId++}`;
  }

  /** A test or the preview adds a comment the user typed. */
  addUserComment(sheet: string, address: string, content: string): void {
    const s = this.sheet(sheet);
    if (!s) throw new Error(`No sheet ${sheet}`);
    const r = parseRect(address);
    s.comments.push({ id: this.newCommentId(), row: r.top, col: r.left, content });
  }

  /** A test or the preview adds a note the user typed. */
  addUserNote(sheet: string, address: string, content: string): void {
    const s = this.sheet(sheet);
    if (!s) throw new Error(`No sheet ${sheet}`);
    const r = parseRect(address);
    s.notes.set(`${r.top},${r.left}`, { row: r.top, col: r.left, content });
  }

  /** A document setting as the add-in stored it, parsed. */
  setting(name: string): unknown {
    const text = this.settings.get(name);
    return text === undefined ? null : JSON.parse(text);
  }
}
