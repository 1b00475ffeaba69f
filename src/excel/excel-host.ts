// WorkbookHost for Excel: the task pane's only door into the workbook. Each method is one
// Excel.run whose requests stay under Excel on the web's 5 MB (few syncs, one per payload-sized
// batch), waits instead of failing while the user is typing in a cell, and turns every Office
// failure into a HostError the pane can show as it is. Excel and Office are looked up when
// called, so the same class runs in Excel, in the browser preview (fake Office installed on
// globalThis) and in tests.
import type { Grid } from '../core/grid';
import type { Finding } from '../core/types';
import type { SheetPlan } from '../core/sheetplan';
import { parseBlock, parseCellAddress } from './a1';
import { hostError, mapOfficeErrors } from './errors';
import {
  HostError, type HostActivity, type HostOperation, type MarkOptions, type RangeWatch, type ReadSheetOptions, type StoredSettings, type WorkbookHost,
} from './host';
import { markSheets, wantedMarks, type SheetJob } from './marks';
import { MarksLedger, readMarks, writeMarks, type MarkRecord } from './marks-record';
import type { ExcelApi, OfficeApi, RequestContextApi, WorksheetChangedApi } from './office-api';
import { readSheetGrid } from './read-sheet';
import { parseStoredSettings, saveDocumentSettings, SETTINGS_KEY } from './settings';
import { withCharts } from './summary-chart';
import { reportedChange } from './watch';
import { assertOwnSheet, writePlan } from './write-sheet';

export interface ExcelHostDeps {
  excel?: ExcelApi;
  office?: OfficeApi;
}

interface OfficeGlobals {
  Excel?: ExcelApi;
  Office?: OfficeApi;
}

/** A sync unanswered this long makes us ask Excel whether it is waiting for a cell edit to end. */
export const WAIT_PROBE_MS = 600;

function codeOf(e: unknown): string | undefined {
  const code = e instanceof Error ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

export class ExcelHost implements WorkbookHost {
  private readonly listeners = new Set<(activity: HostActivity) => void>();

  constructor(private readonly deps: ExcelHostDeps = {}) {}

  private get excel(): ExcelApi {
    const excel = this.deps.excel ?? (globalThis as unknown as OfficeGlobals).Excel;
    if (!excel) throw hostError('unsupported', 'Excel');
    return excel;
  }

  private get office(): OfficeApi {
    const office = this.deps.office ?? (globalThis as unknown as OfficeGlobals).Office;
    if (!office) throw hostError('unsupported', 'Office');
    return office;
  }

  onActivity(listener: (activity: HostActivity) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private emit(activity: HostActivity): void {
    for (const listener of [...this.listeners]) listener(activity);
  }

  private progress(operation: HostOperation): (done: number, total: number) => void {
    return (done, total) => this.emit({ kind: 'progress', operation, done, total });
  }

  private supports(version: string): boolean {
    return this.office.context.requirements.isSetSupported('ExcelApi', version);
  }

  /**
   * Excel.run with delayForCellEdit: a request made while the user is typing in a cell waits for
   * them instead of failing half-way through a multi-request job.
   */
  private run<T>(operation: HostOperation, batch: (context: RequestContextApi) => Promise<T>): Promise<T> {
    return mapOfficeErrors(() => this.excel.run({ delayForCellEdit: true }, (context) => batch(this.watchful(context, operation))));
  }

  /** The context, with each sync watched: one that hangs because of a cell edit is reported. */
  private watchful(context: RequestContextApi, operation: HostOperation): RequestContextApi {
    return {
      workbook: context.workbook,
      sync: async () => {
        let settled = false;
        let waiting = false;
        const timer = setTimeout(() => {
          void this.inCellEdit().then((editing) => {
            if (editing && !settled) {
              waiting = true;
              this.emit({ kind: 'waiting-for-cell-edit', operation });
            }
          });
        }, WAIT_PROBE_MS);
        try {
          return await context.sync();
        } finally {
          settled = true;
          clearTimeout(timer);
          if (waiting) this.emit({ kind: 'resumed', operation });
        }
      },
    };
  }

  /**
   * Whether Excel is in cell-edit mode, asked with a tiny request that is not delayed: it fails
   * with InvalidOperationInCellEditMode exactly then. Any other answer means no, or cannot tell;
   * the request being watched reports its own failures.
   */
  private async inCellEdit(): Promise<boolean> {
    try {
      await this.excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().load('name');
        await context.sync();
      });
      return false;
    } catch (e) {
      return codeOf(e) === 'InvalidOperationInCellEditMode';
    }
  }

  readActiveSheet(options: ReadSheetOptions = {}): Promise<Grid> {
    const merges = this.supports('1.13');
    return this.run('read', (context) => readSheetGrid(context, {
      selectionOnly: options.selectionOnly === true, merges, progress: this.progress('read'), onRows: options.onRows,
    }));
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    const cell = address.replace(/\$/g, '').toUpperCase();
    parseCellAddress(cell);
    await this.run('select', async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }

  async writeSheet(plan: SheetPlan): Promise<void> {
    assertOwnSheet(plan.name);
    const drawn = withCharts(plan);
    await this.run('write', (context) => writePlan(context, drawn, this.progress('write')));
  }

  async markFindings(sheet: string, findings: Finding[], options: MarkOptions = {}): Promise<number> {
    const wanted = wantedMarks(findings, options);
    const ledger = new MarksLedger(readMarks(this.office.context.document.settings));
    // Re-marking a sheet replaces that sheet's marks; marks on other sheets stay.
    const previous = ledger.onSheet(sheet);
    const notes = this.supports('1.18');
    try {
      const counts = await this.run('mark', (context) => {
        const job: SheetJob = { sheet: context.workbook.worksheets.getItem(sheet), name: sheet, previous, wanted };
        return markSheets(context, [job], ledger, notes, this.progress('mark'));
      });
      return counts.marked;
    } finally {
      // Whatever Excel confirmed is recorded, even when a later request failed.
      if (ledger.changed) await this.saveMarks(ledger);
    }
  }

  async clearMarks(): Promise<number> {
    const ledger = new MarksLedger(readMarks(this.office.context.document.settings));
    const marks = ledger.all();
    if (marks.length === 0) return 0;
    const bySheet = new Map<string, MarkRecord[]>();
    for (const m of marks) {
      const list = bySheet.get(m.sheet);
      if (list) list.push(m);
      else bySheet.set(m.sheet, [m]);
    }
    const notes = this.supports('1.18');
    try {
      return await this.run('clear', async (context) => {
        const lookups = [...bySheet].map(([name, list]) => ({ name, list, sheet: context.workbook.worksheets.getItemOrNullObject(name) }));
        await context.sync();
        const jobs: SheetJob[] = [];
        for (const l of lookups) {
          // A sheet deleted since marking took its marks with it.
          if (l.sheet.isNullObject) l.list.forEach((m) => ledger.drop(m));
          else jobs.push({ sheet: l.sheet, name: l.name, previous: l.list, wanted: [] });
        }
        return (await markSheets(context, jobs, ledger, notes, this.progress('clear'))).cleared;
      });
    } finally {
      if (ledger.changed) await this.saveMarks(ledger);
    }
  }

  private async saveMarks(ledger: MarksLedger): Promise<void> {
    writeMarks(this.office.context.document.settings, ledger.all());
    await saveDocumentSettings(this.office);
  }

  async watchRange(sheet: string, range: string, onChange: (changed: string) => void): Promise<RangeWatch> {
    const local = range.slice(range.lastIndexOf('!') + 1).replace(/\$/g, '').toUpperCase();
    const watched = parseBlock(local);
    let stopped = false;
    const handler = async (change: WorksheetChangedApi): Promise<void> => {
      if (stopped) return;
      const changed = reportedChange(watched, change);
      if (changed !== null) onChange(changed);
    };
    const registration = await this.run('watch', async (context) => {
      const added = context.workbook.worksheets.getItem(sheet).onChanged.add(handler);
      await context.sync();
      return added;
    });
    return {
      stop: async () => {
        if (stopped) return;
        stopped = true;
        // A handler is removed in the context it was added in, or not at all.
        await mapOfficeErrors(() => this.excel.run(registration.context, async (context) => {
          registration.remove();
          await context.sync();
        }));
      },
    };
  }

  async loadSettings(): Promise<Partial<StoredSettings>> {
    return parseStoredSettings(this.office.context.document.settings.get(SETTINGS_KEY));
  }

  async saveSettings(value: StoredSettings): Promise<void> {
    const settings = this.office.context.document.settings;
    settings.set(SETTINGS_KEY, value);
    await saveDocumentSettings(this.office);
  }
}

export { HostError };
