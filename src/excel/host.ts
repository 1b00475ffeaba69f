// What the task pane asks of a workbook. The Office.js adapter implements it for Excel; the
// preview and the browser tests run the same adapter over an in-memory fake of Office.js.
// Components receive a WorkbookHost as a prop, so the UI renders and is tested without Excel.
import type { Decimal } from '../core/decimal';
import type { Grid } from '../core/grid';
import type { MoneyUnit, Finding, Period } from '../core/types';
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

export interface WorkbookHost {
  /** Grid of the active sheet's used range, or of the current selection. */
  readActiveSheet(options?: { selectionOnly?: boolean }): Promise<Grid>;
  /** Select a cell (clicking a finding). */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Fill and annotate the cells of these findings; records what it did so clearMarks undoes exactly that. Returns cells marked. */
  markFindings(sheet: string, findings: Finding[]): Promise<number>;
  /** Removes exactly the marks this add-in recorded. Returns cells cleared. */
  clearMarks(): Promise<number>;
  /** Writes (or replaces) one of the add-in's own result sheets. Never touches user sheets. */
  writeSheet(plan: SheetPlan): Promise<void>;
  loadSettings(): Promise<Partial<StoredSettings>>;
  saveSettings(settings: StoredSettings): Promise<void>;
  /**
   * Live re-check: calls `onChange` with the A1 address of the changed cells whenever the user
   * edits cells inside `range` on `sheet`. The caller debounces and re-checks; `stop()` ends it.
   * Absent on hosts that cannot raise change events.
   */
  watchRange?(sheet: string, range: string, onChange: (changed: string) => void): Promise<RangeWatch>;
}

export interface RangeWatch {
  stop(): Promise<void>;
}

export type { Decimal };
