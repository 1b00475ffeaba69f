// WorkbookHost for Excel: the task pane's only door into the workbook. Each method is one
// Excel.run with a fixed, small number of syncs, and every Office failure comes out as a
// HostError the pane can show as it is. Excel and Office are looked up when called, so the same
// class runs in Excel, in the browser preview (fake Office installed on globalThis) and in tests.
import type { Grid } from '../core/grid';
import type { Finding } from '../core/types';
import type { SheetPlan } from '../core/sheetplan';
import { hostError, mapOfficeErrors } from './errors';
import { HostError, type StoredSettings, type WorkbookHost } from './host';
import { inspectSheets, queueMarks, queueUndo, readMarks, wantedMarks, writeMarks, type MarkRecord } from './marks';
import type { ExcelApi, OfficeApi, RequestContextApi } from './office-api';
import { parseCellAddress } from './plan-blocks';
import { readSheetGrid } from './read-sheet';
import { parseStoredSettings, saveDocumentSettings, SETTINGS_KEY } from './settings';
import { assertOwnSheet, writePlan } from './write-sheet';

export interface ExcelHostDeps {
  excel?: ExcelApi;
  office?: OfficeApi;
}

interface OfficeGlobals {
  Excel?: ExcelApi;
  Office?: OfficeApi;
}

export class ExcelHost implements WorkbookHost {
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

  private run<T>(batch: (context: RequestContextApi) => Promise<T>): Promise<T> {
    return mapOfficeErrors(() => this.excel.run(batch));
  }

  readActiveSheet(options: { selectionOnly?: boolean } = {}): Promise<Grid> {
    return this.run((context) => readSheetGrid(context, options.selectionOnly === true));
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    const cell = address.replace(/\$/g, '').toUpperCase();
    parseCellAddress(cell);
    await this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }

  async writeSheet(plan: SheetPlan): Promise<void> {
    assertOwnSheet(plan.name);
    await this.run((context) => writePlan(context, plan));
  }

  async markFindings(sheet: string, findings: Finding[]): Promise<number> {
    const settings = this.office.context.document.settings;
    const wanted = wantedMarks(findings);
    const all = readMarks(settings);
    // Re-marking a sheet replaces that sheet's marks; marks on other sheets stay.
    const previous = all.filter((m) => m.sheet === sheet);
    const kept = all.filter((m) => m.sheet !== sheet);
    const added = await this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      const addresses = [...new Set([...wanted.map((w) => w.address), ...previous.map((m) => m.address)])];
      const ours = new Set(previous.flatMap((m) => (m.commentId ? [m.commentId] : [])));
      const [view] = await inspectSheets(context, [{ sheet: worksheet, addresses, ours }]);
      const { restored } = queueUndo(worksheet, view, previous);
      const records = queueMarks(worksheet, sheet, view, restored, wanted);
      await context.sync();
      return records();
    });
    writeMarks(settings, [...kept, ...added]);
    await saveDocumentSettings(this.office);
    return added.length;
  }

  async clearMarks(): Promise<number> {
    const settings = this.office.context.document.settings;
    const marks = readMarks(settings);
    if (marks.length === 0) return 0;
    const bySheet = new Map<string, MarkRecord[]>();
    for (const m of marks) bySheet.set(m.sheet, [...(bySheet.get(m.sheet) ?? []), m]);

    const cleared = await this.run(async (context) => {
      const lookups = [...bySheet].map(([name, list]) => ({ list, sheet: context.workbook.worksheets.getItemOrNullObject(name) }));
      await context.sync();
      // A sheet deleted since marking took its marks with it.
      const present = lookups.filter((l) => !l.sheet.isNullObject);
      const views = await inspectSheets(context, present.map((l) => ({
        sheet: l.sheet,
        addresses: l.list.map((m) => m.address),
        ours: new Set(l.list.flatMap((m) => (m.commentId ? [m.commentId] : []))),
      })));
      let cells = 0;
      present.forEach((l, i) => {
        cells += queueUndo(l.sheet, views[i], l.list).cells;
      });
      await context.sync();
      return cells;
    });
    writeMarks(settings, []);
    await saveDocumentSettings(this.office);
    return cleared;
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
