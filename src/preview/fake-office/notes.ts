// worksheet.notes (ExcelApi 1.18) over the in-memory workbook: one plain note per cell, found by
// the cell's address. A host below 1.18 answers ApiNotFound, as Excel 2021 would.
import type { NoteApi, NoteCollectionApi, RangeApi } from '../../excel/office-api';
import { parseRect, type Rect } from './a1';
import { FakeOfficeError } from './errors';
import { Batch, FakeProxy, actionBytes } from './proxy';
import { FakeRange } from './range';
import type { FakeNote, FakeSheet } from './state';

function requireNotes(batch: Batch): void {
  if (!batch.book.supportsExcelApi('1.18')) throw new FakeOfficeError('ApiNotFound', 'worksheet.notes needs ExcelApi 1.18.');
}

function protectedError(): FakeOfficeError {
  return new FakeOfficeError('AccessDenied', 'The sheet is protected.');
}

class FakeNoteProxy extends FakeProxy implements NoteApi {
  protected readonly loadable = ['content'] as const;
  private state: FakeNote | null = null;

  constructor(batch: Batch, private readonly sheet: () => FakeSheet, private readonly locate: () => FakeNote | undefined, private readonly nullable: boolean, pathArgs?: unknown) {
    super(batch, pathArgs);
  }

  protected resolve(): boolean {
    requireNotes(this.batch);
    const note = this.locate();
    if (!note) {
      if (this.nullable) return true;
      throw new FakeOfficeError('ItemNotFound', 'The requested note does not exist.');
    }
    this.state = note;
    return false;
  }

  private note(): FakeNote {
    if (!this.state) throw new FakeOfficeError('InvalidOperation', 'The note is a null object or was deleted.');
    return this.state;
  }

  protected snapshot(): unknown {
    return this.note().content;
  }

  get content(): string { return this.read('content'); }
  set content(text: string) {
    this.batch.enqueue(() => {
      if (this.sheet().protected) throw protectedError();
      this.note().content = text;
    }, actionBytes(text));
  }

  delete(): void {
    this.batch.enqueue(() => {
      const sheet = this.sheet();
      if (sheet.protected) throw protectedError();
      const note = this.note();
      sheet.notes.delete(`${note.row},${note.col}`);
    });
  }
}

export class FakeNoteCollection implements NoteCollectionApi {
  constructor(private readonly batch: Batch, private readonly sheet: () => FakeSheet) {}

  private cellOf(cellAddress: RangeApi | string): Rect {
    const rect = typeof cellAddress === 'string' ? parseRect(cellAddress.slice(cellAddress.lastIndexOf('!') + 1)) : (cellAddress as FakeRange).located().rect;
    if (rect.rows !== 1 || rect.cols !== 1) throw new FakeOfficeError('InvalidArgument', 'A note belongs to exactly one cell.');
    return rect;
  }

  private at(rect: Rect): FakeNote | undefined {
    return this.sheet().notes.get(`${rect.top},${rect.left}`);
  }

  add(cellAddress: RangeApi | string, content: string): NoteApi {
    let created: FakeNote | undefined;
    this.batch.enqueue(() => {
      requireNotes(this.batch);
      const sheet = this.sheet();
      if (sheet.protected) throw protectedError();
      const rect = this.cellOf(cellAddress);
      if (this.at(rect)) throw new FakeOfficeError('InvalidOperation', 'The cell already has a note.');
      created = { row: rect.top, col: rect.left, content };
      sheet.notes.set(`${rect.top},${rect.left}`, created);
    }, actionBytes([typeof cellAddress === 'string' ? cellAddress : null, content]));
    return new FakeNoteProxy(this.batch, this.sheet, () => created, false);
  }

  getItem(key: string): NoteApi {
    return new FakeNoteProxy(this.batch, this.sheet, () => this.at(this.cellOf(key)), false, key);
  }

  getItemOrNullObject(key: string): NoteApi {
    return new FakeNoteProxy(this.batch, this.sheet, () => this.at(this.cellOf(key)), true, key);
  }
}
