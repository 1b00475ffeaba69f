// Ribbon commands (the FunctionFile, commands.html). "Kiểm tra nhanh" checks the active sheet
// without opening the pane: it marks the findings' cells (removable notes naming severity and
// code), writes "NS Kiểm tra", and selects the first finding's cell. "Mở ngăn" is a ShowTaskpane
// button in manifest.xml; "showTaskpane" stays registered for hosts that route it through code.
import { checkWorkbook } from '../core/check';
import { langFromLocale } from '../core/i18n';
import { buildFindingsSheet } from '../core/sheets/findings-sheet';
import type { Finding } from '../core/types';
import { ExcelHost } from '../excel/excel-host';
import type { WorkbookHost } from '../excel/host';
import { defaultStoredSettings, toCheckSettings } from '../taskpane/settings';

/** The parts of the Office global this file uses. */
interface CommandsOffice {
  onReady: typeof Office.onReady;
  addin: Pick<typeof Office.addin, 'showAsTaskpane'>;
  actions: Pick<typeof Office.actions, 'associate'>;
  context?: { displayLanguage?: string };
}

type CommandEvent = Pick<Office.AddinCommands.Event, 'completed'>;

/** Opens (or brings forward) the task pane; always tells Excel the command is done. */
export async function showTaskpane(office: CommandsOffice, event?: CommandEvent): Promise<void> {
  try {
    await office.addin.showAsTaskpane();
  } finally {
    // Without completed() Excel keeps the button busy; call it even if the pane could not open.
    event?.completed();
  }
}

export interface QuickCheckOutcome {
  tables: number;
  findings: number;
  marked: number;
}

/** Checks the active sheet and leaves the result in the workbook. Errors propagate (the caller completes the event). */
export async function quickCheck(host: WorkbookHost, displayLanguage?: string): Promise<QuickCheckOutcome> {
  const stored = await host.loadSettings();
  const lang = stored.lang ?? langFromLocale(displayLanguage);
  const settings = toCheckSettings({ ...defaultStoredSettings(), ...stored }, lang);
  const grid = await host.readActiveSheet();
  const result = checkWorkbook(grid.sheet, [grid], settings);
  const findings: Finding[] = result.tables.flatMap((t) => t.findings);
  const marked = await host.markFindings(grid.sheet, findings.filter((f) => f.cell !== null), { lang });
  await host.writeSheet(buildFindingsSheet(result, lang));
  // Back on the checked sheet, at the first thing to fix.
  const first = findings.find((f) => f.cell !== null);
  if (first?.cell) await host.selectCell(grid.sheet, first.cell);
  return { tables: result.tables.length, findings: findings.length, marked };
}

const office = (globalThis as { Office?: CommandsOffice }).Office;
if (office) {
  void office.onReady(() => {
    office.actions.associate('showTaskpane', (event?: Office.AddinCommands.Event) => {
      void showTaskpane(office, event);
    });
    office.actions.associate('quickCheck', (event?: Office.AddinCommands.Event) => {
      // A failure (Excel busy editing a cell, a protected sheet) leaves the workbook as it was;
      // the button is released either way, and the pane's Kiểm tra explains such failures.
      void quickCheck(new ExcelHost(), office.context?.displayLanguage)
        .catch((error: unknown) => console.error('[ngansach] Kiểm tra nhanh:', error))
        .finally(() => event?.completed());
    });
  });
}
