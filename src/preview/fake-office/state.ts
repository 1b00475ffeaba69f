// The in-memory workbook behind the fake Office.js: plain data plus read-back helpers, so a test
// (or the preview) can set a workbook up and then assert what the add-in wrote.
import { parseRect, rectAddress, type Rect } from './a1';

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

export function emptyCell(): FakeCell {
  return { value: '', formula: null, numberFormat: 'General', bold: false, italic: false, wrap: false, align: null, fill: null, hyperlink: null };
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  /** Zero-based hidden rows. */
  readonly hiddenRows = new Set<number>();
  /** Column (zero-based) → width in points. */
  readonly columnWidths = new Map<number, number>();
  readonly comments: FakeComment[] = [];
  readonly merges: string[] = [];
  freeze: { rows: number; cols: number } = { rows: 0, cols: 0 };
  protected = false;

  constructor(public name: string) {}

  private static key(row: number, col: number): string {
    return `${row},${col}`;
  }

  /** Zero-based; undefined when the cell was never touched. */
  peek(row: number, col: number): FakeCell | undefined {
    return this.cells.get(FakeSheet.key(row, col));
  }

  /** Zero-based; creates the cell. */
  touch(row: number, col: number): FakeCell {
    const k = FakeSheet.key(row, col);
    let cell = this.cells.get(k);
    if (!cell) {
      cell = emptyCell();
      this.cells.set(k, cell);
    }
    return cell;
  }

  /** The used range, zero-based, or null when empty. valuesOnly ignores cells that only carry formatting. */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity, left = Infinity, bottom = -1, right = -1;
    for (const [k, cell] of this.cells) {
      if (valuesOnly && cell.value === '' && cell.formula === null) continue;
      const [r, c] = k.split(',').map(Number);
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
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

  /** Every non-empty cell as A1 → value or formula, for whole-sheet assertions. */
  contents(): Record<string, string | number | boolean> {
    const out: Record<string, string | number | boolean> = {};
    for (const [k, cell] of this.cells) {
      if (cell.value === '' && cell.formula === null) continue;
      const [r, c] = k.split(',').map(Number);
      out[rectAddress({ top: r, left: c, rows: 1, cols: 1 })] = cell.formula ?? cell.value;
    }
    return out;
  }
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  activeSheet = '';
  selection: { sheet: string; address: string } | null = null;
  /** While true every sync fails the way Excel does while the user is typing in a cell. */
  editMode = false;
  /** Every context.sync() on this workbook, including failed ones. */
  syncCount = 0;
  /** Document settings as stored (JSON text), and as last saved with saveAsync. */
  readonly settings = new Map<string, string>();
  readonly savedSettings = new Map<string, string>();
  /** Ribbon actions registered with Office.actions.associate. */
  readonly actions = new Map<string, (arg?: unknown) => void>();
  taskpaneShown = false;
  private nextId = 1;

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

  /** A test or the preview adds a note the user typed. */
  addUserComment(sheet: string, address: string, content: string): void {
    const s = this.sheet(sheet);
    if (!s) throw new Error(`No sheet ${sheet}`);
    const r = parseRect(address);
    s.comments.push({ id: this.newCommentId(), row: r.top, col: r.left, content });
  }

  /** A document setting as the add-in stored it, parsed. */
  setting(name: string): unknown {
    const text = this.settings.get(name);
    return text === undefined ? null : JSON.parse(text);
  }
}
