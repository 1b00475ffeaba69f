// The one .xlsx reader: package bytes → one Grid per chosen worksheet, the shape every door
// hands the core. Platform-neutral: the caller supplies the bytes and an inflate function
// (node.ts: Node's zlib; browser.ts: DecompressionStream). Every unusable file ends in an
// XlsxError with one line; what was read but cut is said in `notes`.
import type { Grid } from '../core/grid';
import { xlsxText } from '../core/i18n/xlsx';
import { sheetGrid } from './block';
import { XlsxError } from './errors';
import { MAX_CELLS } from './limits';
import { XlsxPackage } from './package';
import type { Inflate } from './package';
import { readSharedStrings } from './shared-strings';
import { readSheetCells } from './sheet';
import { readStyles } from './styles';
import { readWorkbookInfo } from './workbook';
import type { SheetInfo } from './workbook';

export interface ReadOptions {
  /** Read only this sheet: its exact name, else the one that matches ignoring case, spaces and Unicode form. */
  sheet?: string;
  /** Pass over the sheets ngansach made (they carry its mark) when reading every sheet. */
  skipOwnSheets?: boolean;
  /** The file's name as messages show it. */
  fileName?: string;
}

export interface WorkbookRead {
  /** Every sheet of the workbook in tab order (worksheets, chart sheets, …). */
  sheets: SheetInfo[];
  /** The chosen worksheets that hold data, in tab order. */
  grids: Grid[];
  /** What the reader left out, one line each (a stray cell far from the table). */
  notes: string[];
}

/** A name as a person means it: Unicode composed (NFC), no spaces, lower case. */
export function sheetKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, '').toLowerCase();
}

function chooseSheets(all: SheetInfo[], options: ReadOptions, fileName: string): SheetInfo[] {
  const worksheets = all.filter((s) => s.kind === 'worksheet');
  if (options.sheet !== undefined) {
    const wanted = options.sheet;
    const exact = all.find((s) => s.name === wanted) ??
      all.find((s) => s.name.normalize('NFC') === wanted.normalize('NFC')) ??
      all.find((s) => sheetKey(s.name) === sheetKey(wanted));
    if (!exact || exact.kind !== 'worksheet') {
      const list = worksheets.map((s) => `"${s.name}"`).join(', ') || '(none)';
      throw new XlsxError(xlsxText.noSheetNamed(fileName, wanted, list));
    }
    return [exact];
  }
  if (!options.skipOwnSheets) return worksheets;
  const kept = worksheets.filter((s) => s.role === null);
  return kept.length ? kept : worksheets;
}

export async function readWorkbook(bytes: Uint8Array, inflate: Inflate, options: ReadOptions = {}): Promise<WorkbookRead> {
  const fileName = options.fileName ?? 'workbook.xlsx';
  const pkg = new XlsxPackage(bytes, inflate, fileName);
  const info = await readWorkbookInfo(pkg);
  if (info.sheets.filter((s) => s.kind === 'worksheet').length === 0) throw new XlsxError(xlsxText.noSheets(fileName));
  const chosen = chooseSheets(info.sheets, options, fileName);
  const styles = await readStyles(pkg, info.styles && pkg.entry(info.styles) ? info.styles : null);
  const sharedStrings = await readSharedStrings(pkg, info.sharedStrings && pkg.entry(info.sharedStrings) ? info.sharedStrings : null);
  const budget = { cells: 0, max: MAX_CELLS };
  const grids: Grid[] = [];
  const notes: string[] = [];
  for (const sheet of chosen) {
    if (!sheet.part || !pkg.entry(sheet.part)) {
      throw new XlsxError(xlsxText.corrupt(fileName, `the part of sheet "${sheet.name}" is missing`));
    }
    const cells = await readSheetCells(sheet.part, { pkg, sheet: sheet.name, styles, sharedStrings, date1904: info.date1904, budget });
    const { grid, note } = sheetGrid(sheet.name, cells, styles, fileName);
    if (note) notes.push(note);
    if (grid) grids.push(grid);
  }
  if (grids.length === 0) {
    throw new XlsxError(options.sheet !== undefined ? xlsxText.sheetEmpty(fileName, chosen[0].name) : xlsxText.workbookEmpty(fileName));
  }
  return { sheets: info.sheets, grids, notes };
}
