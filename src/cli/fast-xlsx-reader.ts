// A fast door into an .xlsx for `ngansach check`: the same Grids as workbookGrids (xlsx-reader.ts)
// builds from ExcelJS's model, read straight from the package (Node's zlib + a small XML scanner)
// without building that model. It handles the workbooks officers send (values, shared strings,
// rich text, formulas incl. shared ones, styles, merges, hidden rows); for anything else it
// returns null, and the caller reads the file with ExcelJS, which also words every error message.
import * as fs from 'fs';
import * as path from 'path';
import type { Grid } from '../core/grid';
import { parseSharedStrings } from './fast-xlsx/shared-strings';
import type { SharedString } from './fast-xlsx/shared-strings';
import { sheetGrid } from './fast-xlsx/sheet';
import { parseStyles } from './fast-xlsx/styles';
import { Unsupported, attrs, closeOf, nextTag, partText } from './fast-xlsx/xml';
import { openZip } from './fast-xlsx/zip';
import type { ZipPackage } from './fast-xlsx/zip';
import type { ReadOptions } from './xlsx-reader';

interface SheetDef {
  name: string;
  path: string;
}

function part(zip: ZipPackage, name: string): string | null {
  const buf = zip.read(name);
  return buf === null ? null : partText(buf);
}

/** Children named `child` of the first <parent> element: their decoded attributes. */
function childAttrs(xml: string, parent: string, child: string): Map<string, string>[] | null {
  const at = xml.indexOf(`<${parent}`);
  if (at < 0) return null;
  const open = nextTag(xml, at);
  if (!open || open.name !== parent) return null;
  if (open.selfClosing) return [];
  const end = closeOf(xml, parent, open.end);
  const out: Map<string, string>[] = [];
  let p = open.end;
  for (;;) {
    const tag = nextTag(xml, p);
    if (!tag || tag.start >= end) break;
    p = tag.end;
    if (tag.close) continue;
    if (tag.name !== child) throw new Unsupported(`<${tag.name}> in <${parent}>`);
    out.push(attrs(tag.attrText));
    if (!tag.selfClosing) p = closeOf(xml, child, tag.end) + child.length + 3;
  }
  return out;
}

/** The worksheet name rules of ExcelJS's Worksheet (a name it would refuse or cut makes us step aside). */
function acceptableName(name: string, seen: Set<string>): boolean {
  if (name === '' || name === 'History' || name.length > 31) return false;
  if (/[*?:/\\[\]]/.test(name) || /(^')|('$)/.test(name)) return false;
  const key = name.toLowerCase();
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}

function workbookSheets(zip: ZipPackage): { sheets: SheetDef[]; date1904: boolean } {
  const wb = part(zip, 'xl/workbook.xml');
  const relsXml = part(zip, 'xl/_rels/workbook.xml.rels');
  if (wb === null || relsXml === null) throw new Unsupported('no workbook part');
  const rels = new Map<string, string>();
  for (const a of childAttrs(relsXml, 'Relationships', 'Relationship') ?? []) {
    const id = a.get('Id');
    const target = a.get('Target');
    if (id !== undefined && target !== undefined) rels.set(id, target);
  }
  let date1904 = false;
  const prAt = wb.indexOf('<workbookPr');
  if (prAt >= 0) {
    const pr = nextTag(wb, prAt);
    if (pr && pr.name === 'workbookPr') date1904 = attrs(pr.attrText).get('date1904') === '1';
  }
  const defs = childAttrs(wb, 'sheets', 'sheet');
  if (!defs) throw new Unsupported('no <sheets>');
  const sheets: SheetDef[] = [];
  const names = new Set<string>();
  const ids = new Set<number>();
  for (const a of defs) {
    const name = a.get('name');
    const idText = a.get('sheetId') ?? '';
    const id = parseInt(idText, 10);
    const target = rels.get(a.get('r:id') ?? '');
    if (name === undefined || target === undefined) throw new Unsupported('sheet without name or relationship');
    if (!(id > 0) || String(id) !== idText || ids.has(id)) throw new Unsupported('sheet ids');
    ids.add(id);
    if (!acceptableName(name, names)) throw new Unsupported(`sheet name "${name}"`);
    const file = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(file) || !zip.names.includes(file)) throw new Unsupported(`sheet part ${file}`);
    sheets.push({ name, path: file });
  }
  return { sheets, date1904 };
}

function squash(s: string): string {
  return s.replace(/\s+/g, '').toLowerCase();
}

/** selectSheets (xlsx-reader), except that a missing sheet is null: the ExcelJS path words that error. */
function choose(all: SheetDef[], options: ReadOptions): SheetDef[] | null {
  if (options.sheet === undefined) {
    const skip = options.skip ?? [];
    const kept = all.filter((s) => !skip.includes(s.name));
    return kept.length ? kept : all;
  }
  const sheet = options.sheet;
  const exact = all.find((s) => s.name === sheet) ?? all.find((s) => squash(s.name) === squash(sheet));
  return exact ? [exact] : null;
}

function grids(buf: Buffer, options: ReadOptions): Grid[] | null {
  const zip = openZip(buf);
  if (!zip) return null;
  const { sheets, date1904 } = workbookSheets(zip);
  if (sheets.length === 0) return null;
  const chosen = choose(sheets, options);
  if (!chosen) return null;
  const stylesXml = part(zip, 'xl/styles.xml');
  if (stylesXml === null) return null;
  const styles = parseStyles(stylesXml);
  const sstXml = part(zip, 'xl/sharedStrings.xml');
  const sharedStrings: SharedString[] | null = sstXml === null ? null : parseSharedStrings(sstXml);
  const out: Grid[] = [];
  for (const s of chosen) {
    const xml = part(zip, s.path);
    if (xml === null) return null;
    const grid = sheetGrid(s.name, xml, { styles, sharedStrings, date1904 });
    if (grid) out.push(grid);
  }
  // No value anywhere: the ExcelJS path says so in its own words.
  return out.length ? out : null;
}

/**
 * The Grids workbookGrids would give for `file`, or null when this reader does not handle the
 * file (a file that is not a plain .xlsx package, zip64, an unusual part, ExcelJS behaviour it does
 * not reproduce) or when reading must end in an error message. Errors of the file system and of
 * a damaged package are thrown; the caller falls back to ExcelJS for those too.
 */
export function readWorkbookGridsFast(file: string, options: ReadOptions = {}): Grid[] | null {
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.xlsm') return null;
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat || !stat.isFile()) return null;
  const buf = fs.readFileSync(file);
  if (buf.length < 4 || buf[0] !== 0x50 || buf[1] !== 0x4b) return null;
  try {
    return grids(buf, options);
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}
