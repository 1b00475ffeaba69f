// The add-in's own sheets. Re-running a check replaces exactly these and nothing else, so the
// names are fixed (Vietnamese, as CONTRACT/DESIGN name them) whatever the message language.
export const FINDINGS_SHEET = 'NS Kiểm tra';
export const SUMMARY_SHEET = 'NS Tổng hợp';
/** The normalized table the summary's SUMIFS formulas read: a row per item × source, a column per year. */
export const DATA_SHEET = 'NS Dữ liệu';

export const CHECK_RESULT_SHEETS: readonly string[] = [FINDINGS_SHEET, SUMMARY_SHEET, DATA_SHEET];

/** A sheet name as a formula writes it: always quoted, quotes doubled ('PL II', 'Bố''s'). */
export function quoteSheet(sheet: string): string {
  // The data sheet names one sheet in row after row: its quoted name is kept.
  if (sheet !== lastSheet) {
    lastSheet = sheet;
    lastQuoted = `'${sheet.replace(/'/g, "''")}'`;
  }
  return lastQuoted;
}
let lastSheet = '';
let lastQuoted = "''";

/** "'PL II'!G7" */
export function sheetRef(sheet: string, address: string): string {
  return `${quoteSheet(sheet)}!${address}`;
}

/**
 * The names the three result sheets are written under. Normally the names above; a door that
 * finds a user's own sheet holding one of them (the --out copy) picks another, and the
 * summary's formulas then point at the data sheet's actual name.
 */
export interface CheckSheetNames {
  findings: string;
  summary: string;
  data: string;
}

export const DEFAULT_CHECK_SHEET_NAMES: CheckSheetNames = { findings: FINDINGS_SHEET, summary: SUMMARY_SHEET, data: DATA_SHEET };
