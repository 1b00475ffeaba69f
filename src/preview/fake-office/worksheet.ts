// Worksheets, their collection, protection, freeze panes and comments, over the in-memory workbook.
import type {
  ChartCollectionApi, CommentApi, CommentCollectionApi, EventHandlerResultApi, NoteCollectionApi, RangeApi,
  WorksheetApi, WorksheetChangedEventsApi, WorksheetCollectionApi, WorksheetFreezePanesApi, WorksheetProtectionApi,
} from '../../excel/office-api';
import { parseRect, splitSheet, type Rect } from './a1';
import { FakeChartCollection } from './charts';
import { FakeOfficeError } from './errors';
import { FakeNoteCollection } from './notes';
import { Batch, FakeProxy, actionBytes } from './proxy';
import { FakeRange } from './range';
import type { ChangeHandler, FakeComment as FakeCommentRecord, FakeSheet } from './state';

const INVALID_NAME = /[\\/?*[\]:]/;

function protectedError(): FakeOfficeError {
  return new FakeOfficeError('AccessDenied', 'The sheet is protected.');
}

export class FakeWorksheet extends FakeProxy implements WorksheetApi {
  protected readonly loadable = ['name', 'position', 'visibility'] as const;
  private state: FakeSheet | null = null;
  private protectionProxy: FakeProtection | null = null;
  private commentsProxy: FakeCommentCollection | null = null;

  constructor(batch: Batch, private readonly locate: () => FakeSheet | undefined, private readonly nullable: boolean, pathArgs?: unknown) {
    super(batch, pathArgs);
  }

  protected resolve(): boolean {
    const sheet = this.locate();
    if (!sheet) {
      if (this.nullable) return true;
      throw new FakeOfficeError('ItemNotFound', 'The requested worksheet does not exist.');
    }
    this.state = sheet;
    return false;
  }

  /** The sheet behind this proxy; only inside a sync. */
  sheet(): FakeSheet {
    if (!this.state || !this.batch.book.sheets.includes(this.state)) {
      throw new FakeOfficeError('ItemNotFound', 'The worksheet is a null object or was deleted.');
    }
    return this.state;
  }

  protected snapshot(property: string): unknown {
    const sheet = this.sheet();
    if (property === 'name') return sheet.name;
    if (property === 'position') return this.batch.book.sheets.indexOf(sheet);
    return 'Visible';
  }

  get name(): string { return this.read('name'); }

  get protection(): WorksheetProtectionApi {
    if (!this.protectionProxy) this.protectionProxy = new FakeProtection(this.batch, this);
    return this.protectionProxy;
  }

  get freezePanes(): WorksheetFreezePanesApi {
    const set = (rows: number, cols: number): void => this.batch.enqueue(() => {
      this.sheet().freeze = { rows, cols };
    });
    return {
      freezeRows: (count = 1) => set(count, 0),
      freezeColumns: (count = 1) => set(0, count),
      freezeAt: (frozenRange: string) => {
        const r = parseRect(frozenRange);
        set(r.top + r.rows, r.left + r.cols);
      },
    };
  }

  get comments(): CommentCollectionApi {
    if (!this.commentsProxy) this.commentsProxy = new FakeCommentCollection(this.batch, this);
    return this.commentsProxy;
  }

  get notes(): NoteCollectionApi {
    return new FakeNoteCollection(this.batch, () => this.sheet());
  }

  get charts(): ChartCollectionApi {
    return new FakeChartCollection(this.batch, () => this.sheet());
  }

  get onChanged(): WorksheetChangedEventsApi {
    const batch = this.batch;
    return {
      add: (handler: ChangeHandler): EventHandlerResultApi => {
        batch.enqueue(() => {
          this.sheet().changeHandlers.add(handler);
        });
        // Removal is queued on the batch the handler was added in: run in another context, it
        // never reaches Excel, and the handler keeps firing (as the Office.js docs warn).
        return {
          context: batch,
          remove: () => batch.enqueue(() => {
            this.sheet().changeHandlers.delete(handler);
          }),
        };
      },
    };
  }

  rangeAt(rect: (sheet: FakeSheet) => Rect | null, nullable = false, pathArgs?: unknown): FakeRange {
    return new FakeRange(this.batch, { sheet: () => this.sheet(), worksheet: this, rect, nullable }, pathArgs);
  }

  getRange(address?: string): RangeApi {
    if (address === undefined) throw new FakeOfficeError('InvalidArgument', 'The fake needs an address.');
    const rect = parseRect(address);
    return this.rangeAt(() => rect, false, address);
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeApi {
    if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0) {
      throw new FakeOfficeError('InvalidArgument', `Bad range indexes ${startRow},${startColumn},${rowCount},${columnCount}.`);
    }
    return this.rangeAt(() => ({ top: startRow, left: startColumn, rows: rowCount, cols: columnCount }), false, [startRow, startColumn, rowCount, columnCount]);
  }

  getUsedRange(valuesOnly = false): RangeApi {
    // An empty sheet's used range is A1, as in Excel.
    return this.rangeAt((s) => s.usedRect(valuesOnly) ?? { top: 0, left: 0, rows: 1, cols: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeApi {
    return this.rangeAt((s) => s.usedRect(valuesOnly), true);
  }

  delete(): void {
    this.batch.enqueue(() => this.batch.book.removeSheet(this.sheet().name));
  }

  activate(): void {
    this.batch.enqueue(() => {
      this.batch.book.activeSheet = this.sheet().name;
    });
  }
}

class FakeProtection extends FakeProxy implements WorksheetProtectionApi {
  protected readonly loadable = ['protected'] as const;

  constructor(batch: Batch, private readonly worksheet: FakeWorksheet) {
    super(batch);
  }

  protected resolve(): boolean {
    return false;
  }

  protected snapshot(): unknown {
    return this.worksheet.sheet().protected;
  }

  get protected(): boolean { return this.read('protected'); }
}

export class FakeCommentProxy extends FakeProxy implements CommentApi {
  protected readonly loadable = ['id', 'content'] as const;
  private state: FakeCommentRecord | null = null;

  constructor(batch: Batch, private readonly worksheet: FakeWorksheet, private readonly locate: () => FakeCommentRecord | undefined, pathArgs?: unknown, existing = false) {
    super(batch, pathArgs, existing);
    if (existing) this.state = locate() ?? null;
  }

  protected resolve(): boolean {
    const c = this.locate();
    if (!c) throw new FakeOfficeError('ItemNotFound', 'The requested comment does not exist.');
    this.state = c;
    return false;
  }

  private comment(): FakeCommentRecord {
    if (!this.state) throw new FakeOfficeError('ItemNotFound', 'The comment does not exist.');
    return this.state;
  }

  protected snapshot(property: string): unknown {
    const c = this.comment();
    return property === 'id' ? c.id : c.content;
  }

  get id(): string { return this.read('id'); }
  get content(): string { return this.read('content'); }
  set content(text: string) {
    this.batch.enqueue(() => {
      if (this.worksheet.sheet().protected) throw protectedError();
      this.comment().content = text;
    }, actionBytes(text));
  }

  getLocation(): RangeApi {
    return this.worksheet.rangeAt(() => {
      const c = this.comment();
      return { top: c.row, left: c.col, rows: 1, cols: 1 };
    });
  }

  delete(): void {
    this.batch.enqueue(() => {
      const sheet = this.worksheet.sheet();
      if (sheet.protected) throw protectedError();
      const i = sheet.comments.indexOf(this.comment());
      if (i >= 0) sheet.comments.splice(i, 1);
    });
  }
}

const ITEM_FIELDS = ['id', 'content'] as const;

class FakeCommentCollection extends FakeProxy implements CommentCollectionApi {
  // "items" loads every field of every comment; "items/id" only the ids (a far smaller answer).
  protected readonly loadable = ['items', 'items/id', 'items/content'] as const;

  constructor(batch: Batch, private readonly worksheet: FakeWorksheet) {
    super(batch);
  }

  protected resolve(): boolean {
    return false;
  }

  protected snapshot(property: string): unknown {
    const fields = property === 'items' ? ITEM_FIELDS : ITEM_FIELDS.filter((f) => property === `items/${f}`);
    return this.worksheet.sheet().comments.map((record) => {
      const proxy = new FakeCommentProxy(this.batch, this.worksheet, () => record, undefined, true);
      for (const f of fields) proxy.markLoaded(f, record[f]);
      return proxy;
    });
  }

  protected override wire(values: Record<string, unknown>): unknown {
    const out: Record<string, unknown> = {};
    for (const [property, list] of Object.entries(values)) {
      const fields = property === 'items' ? ITEM_FIELDS : ITEM_FIELDS.filter((f) => property === `items/${f}`);
      out[property] = (list as FakeCommentProxy[]).map((c) => Object.fromEntries(fields.map((f) => [f, c[f]])));
    }
    return out;
  }

  get items(): CommentApi[] {
    return this.read(this.loadable.find((p) => this.isLoaded(p)) ?? 'items');
  }

  add(cellAddress: string, content: string): CommentApi {
    let created: FakeCommentRecord | undefined;
    this.batch.enqueue(() => {
      const sheet = this.worksheet.sheet();
      const { sheet: named, local } = splitSheet(cellAddress);
      if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase()) {
        throw new FakeOfficeError('InvalidArgument', `The address ${cellAddress} is not on sheet ${sheet.name}.`);
      }
      if (sheet.protected) throw protectedError();
      const rect = parseRect(local);
      if (sheet.comments.some((c) => c.row === rect.top && c.col === rect.left)) {
        throw new FakeOfficeError('InvalidOperation', `The cell ${local} already has a comment.`);
      }
      created = { id: this.batch.book.newCommentId(), row: rect.top, col: rect.left, content };
      sheet.comments.push(created);
    });
    return new FakeCommentProxy(this.batch, this.worksheet, () => created);
  }

  getItem(commentId: string): CommentApi {
    return new FakeCommentProxy(this.batch, this.worksheet, () => this.worksheet.sheet().comments.find((c) => c.id === commentId));
  }
}

export class FakeWorksheetCollection implements WorksheetCollectionApi {
  constructor(private readonly batch: Batch) {}

  getActiveWorksheet(): WorksheetApi {
    return new FakeWorksheet(this.batch, () => this.batch.book.sheet(this.batch.book.activeSheet), false);
  }

  getItem(key: string): WorksheetApi {
    return new FakeWorksheet(this.batch, () => this.batch.book.sheet(key), false);
  }

  getItemOrNullObject(key: string): WorksheetApi {
    return new FakeWorksheet(this.batch, () => this.batch.book.sheet(key), true);
  }

  add(name?: string): WorksheetApi {
    const sheetName = name ?? `Sheet${this.batch.book.sheets.length + 1}`;
    this.batch.enqueue(() => {
      if (sheetName === '' || sheetName.length > 31 || INVALID_NAME.test(sheetName)) {
        throw new FakeOfficeError('InvalidArgument', `Invalid sheet name: ${sheetName}`);
      }
      if (this.batch.book.sheet(sheetName)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${sheetName} already exists.`);
      this.batch.book.addSheet(sheetName);
    });
    return new FakeWorksheet(this.batch, () => this.batch.book.sheet(sheetName), false);
  }
}

/** The worksheet a selection or active sheet lives on, for getSelectedRange. */
export function selectedRange(batch: Batch): RangeApi {
  const book = batch.book;
  const worksheet = new FakeWorksheet(batch, () => book.sheet(book.selection?.sheet ?? book.activeSheet), false);
  return worksheet.rangeAt(() => (book.selection ? parseRect(book.selection.address) : { top: 0, left: 0, rows: 1, cols: 1 }));
}
