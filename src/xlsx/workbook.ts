// The workbook part: where it is (the package's officeDocument relationship), its sheets in tab
// order with their parts, the date system, and the marks ngansach leaves on the sheets it made.
import { xlsxText } from '../core/i18n/xlsx';
import { XlsxError } from './errors';
import { readRelationships, relKind, resolvePart } from './package';
import type { Relationship, XlsxPackage } from './package';
import { END, START, TEXT } from './xml';

/**
 * The mark on a sheet ngansach made: a hidden name scoped to that sheet whose value is the
 * sheet's role (the name it was made under, "NS Kiểm tra"). Re-running replaces sheets by this
 * mark, never by their name alone; a user's sheet that happens to carry one of our names has
 * no mark and is kept.
 */
export const MARKER_NAME = '_ngansach_sheet';

export type SheetKind = 'worksheet' | 'chartsheet' | 'other';

export interface SheetInfo {
  name: string;
  /** Position in the tab order, from 0 (what a definedName's localSheetId counts). */
  index: number;
  sheetId: number;
  relId: string;
  kind: SheetKind;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** The part holding the sheet, or null when its relationship is missing. */
  part: string | null;
  /** The role ngansach gave this sheet, or null for the user's own sheets. */
  role: string | null;
}

export interface WorkbookInfo {
  part: string;
  sheets: SheetInfo[];
  date1904: boolean;
  rels: Relationship[];
  styles: string | null;
  sharedStrings: string | null;
}

/** "\"NS Kiểm tra\"" → NS Kiểm tra: the value of our marker name (a text constant). */
function markerRole(formula: string): string | null {
  const m = /^\s*"((?:[^"]|"")*)"\s*$/.exec(formula);
  return m ? m[1].replace(/""/g, '"') : null;
}

export async function officeDocumentPart(pkg: XlsxPackage): Promise<string> {
  const rels = await readRelationships(pkg, '');
  const doc = rels.find((r) => relKind(r.type) === 'officeDocument' && !r.external);
  if (doc) return resolvePart('', doc.target);
  if (pkg.entry('xl/workbook.xml')) return 'xl/workbook.xml';
  throw new XlsxError(xlsxText.corrupt(pkg.fileName, 'no workbook part in the package'));
}

export async function readWorkbookInfo(pkg: XlsxPackage): Promise<WorkbookInfo> {
  const part = await officeDocumentPart(pkg);
  const rels = await readRelationships(pkg, part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetInfo[] = [];
  let date1904 = false;
  const markers: { sheet: number; text: string }[] = [];
  let marker: { sheet: number; text: string } | null = null;
  const found = await pkg.scan(part, (kind, x) => {
    if (kind === START) {
      if (x.level === 2 && x.local === 'workbookPr') {
        const v = x.attr('date1904');
        date1904 = v === '1' || v === 'true';
      } else if (x.level === 3 && x.local === 'sheet') {
        const name = x.attr('name') ?? '';
        const relId = x.attr('id') ?? '';
        const rel = byId.get(relId);
        const type = rel ? relKind(rel.type) : '';
        const state = x.attr('state');
        sheets.push({
          name,
          index: sheets.length,
          sheetId: parseInt(x.attr('sheetId') ?? '0', 10) || 0,
          relId,
          kind: type === 'worksheet' ? 'worksheet' : type === 'chartsheet' ? 'chartsheet' : 'other',
          state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
          part: rel && !rel.external ? resolvePart(part, rel.target) : null,
          role: null,
        });
      } else if (x.level === 3 && x.local === 'definedName' && x.attr('name') === MARKER_NAME && !x.selfClosing) {
        const local = parseInt(x.attr('localSheetId') ?? '', 10);
        if (local >= 0) {
          marker = { sheet: local, text: '' };
          x.keepText = true;
        }
      }
    } else if (kind === TEXT && marker) {
      if (marker.text.length < 1000) marker.text += x.text;
    } else if (kind === END && marker && x.local === 'definedName') {
      markers.push(marker);
      marker = null;
      x.keepText = false;
    }
  });
  if (!found) throw new XlsxError(xlsxText.corrupt(pkg.fileName, `no workbook part ${part}`));
  for (const m of markers) {
    const sheet = sheets[m.sheet];
    const role = markerRole(m.text);
    if (sheet && role) sheet.role = role;
  }
  const target = (kind: string): string | null => {
    const rel = rels.find((r) => relKind(r.type) === kind && !r.external);
    return rel ? resolvePart(part, rel.target) : null;
  };
  return { part, sheets, date1904, rels, styles: target('styles'), sharedStrings: target('sharedStrings') };
}
