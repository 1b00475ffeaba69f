// What the task pane asks of a workbook. The Office.js adapter implements it for Excel; the
// preview and the browser tests run the same adapter over an in-memory fake of Office.js.
// Components receive a WorkbookHost as a prop, so the UI renders and is tested without Excel.
//
// Added for large workbooks (issue 11), all optional for callers:
// - every call is cut into requests under Excel on the web's 5 MB and reports its progress, and
//   waits (instead of failing) while the user is typing in a cell: `onActivity` tells the pane
//   about both, so it can show "Đang đọc 40.000/100.000 dòng" or "Excel đang chờ bạn sửa xong ô…";
// - `readActiveSheet` fills Grid.merges (ExcelApi 1.13; left undefined on older hosts), and
//   hands each batch of rows to `onRows` as it arrives (the pane streams them to its worker);
// - `markFindings` takes MarkOptions: notes (or comments on hosts without notes) for errors and
//   warnings only, naming severity and code; info findings get a fill unless `annotateInfo`;
// - `writeSheet` draws the plan's `charts` (SheetPlan.charts), and on "NS Tổng hợp" a chart of
//   each year × source block when the plan describes none;
// - `watchRange` for live re-check.
import type { Decimal } from '../core/decimal';
import type { Grid } from '../core/grid';
import type { Lang, MoneyUnit, Finding, Period } from '../core/types';
import type { SheetPlan } from '../core/sheetplan';

/** Settings kept in the workbook (document settings), so the file carries them. */
export interface StoredSettings {
  lang: 'vi' | 'en';
  period: Period | null;
  unit: MoneyUnit | null;
  /** "0.10" = 10 %. A string so no float sneaks in. */
  securityShare: string;
  ruleSet: string;
}

export type HostErrorKind = 'busy' | 'protected' | 'empty' | 'too-large' | 'not-found' | 'unsupported' | 'other';

/** A failure the pane can explain in plain words ("Excel đang ở chế độ sửa ô …"). */
export class HostError extends Error {
  constructor(public readonly kind: HostErrorKind, message: string) {
    super(message);
    this.name = 'HostError';
  }
}

export interface MarkOptions {
  /** Language of the severity words ("Lỗi" / "Error"); the messages come as the findings have them. Default vi. */
  lang?: Lang;
  /** Also annotate info findings (by default they get a fill only, so a large sheet is not buried in notes). */
  annotateInfo?: boolean;
}

/** Which host call an activity belongs to. */
export type HostOperation = 'read' | 'select' | 'mark' | 'clear' | 'write' | 'watch';

/**
 * What a pending call is doing, for a status line. `progress` counts rows read, or cells marked
 * or written. `waiting-for-cell-edit`: Excel holds the request until the user leaves the cell
 * they are typing in (Enter or Esc); `resumed` follows when it goes on.
 */
export type HostActivity =
  | { kind: 'progress'; operation: HostOperation; done: number; total: number }
  | { kind: 'waiting-for-cell-edit'; operation: HostOperation }
  | { kind: 'resumed'; operation: HostOperation };

/**
 * Rows a read has just added to its grid, batch by batch: the grid's own row arrays (not
 * copies), so whoever receives them early (the check worker) holds the rows the grid will have.
 */
export interface GridRows {
  values: Grid['values'];
  formulas: NonNullable<Grid['formulas']>;
  bold: NonNullable<Grid['bold']>;
}

export interface ReadSheetOptions {
  /** The selection instead of the used range. */
  selectionOnly?: boolean;
  /** Called as each batch of rows arrives, in order, before the next is asked for. */
  onRows?: (rows: GridRows) => void;
}

export interface WorkbookHost {
  /** Grid of the active sheet's used range, or of the current selection. */
  readActiveSheet(options?: ReadSheetOptions): Promise<Grid>;
  /** Select a cell (clicking a finding). */
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * Fill and annotate the cells of these findings; records what it did so clearMarks undoes
   * exactly that. Re-marking a sheet first undoes that sheet's previous marks. Returns cells marked.
   */
  markFindings(sheet: string, findings: Finding[], options?: MarkOptions): Promise<number>;
  /** Removes exactly the marks this add-in recorded. Returns cells cleared. */
  clearMarks(): Promise<number>;
  /** Writes (or replaces) one of the add-in's own result sheets, with its charts. Never touches user sheets. */
  writeSheet(plan: SheetPlan): Promise<void>;
  loadSettings(): Promise<Partial<StoredSettings>>;
  saveSettings(settings: StoredSettings): Promise<void>;
  /**
   * Live re-check: calls `onChange` with the A1 address of the changed cells whenever the user
   * edits cells inside `range` on `sheet`. The caller debounces and re-checks; `stop()` ends it.
   * Absent on hosts that cannot raise change events.
   * The address is the part of the edit inside `range` ("G12", "G12:H14"); an inserted or
   * deleted row or column at or before the range's end (which moves or resizes the table) is
   * reported as Excel gives it ("5:5"). The add-in's own writes are not reported.
   */
  watchRange?(sheet: string, range: string, onChange: (changed: string) => void): Promise<RangeWatch>;
  /** Listens to what pending calls are doing; returns the function that stops listening. */
  onActivity?(listener: (activity: HostActivity) => void): () => void;
}

export interface RangeWatch {
  stop(): Promise<void>;
}

export type { Decimal };
