// The package-level writer: a copy of the user's .xlsx with result sheets added. New parts are
// added (the sheets), four are edited (workbook.xml, its relationships, [Content_Types].xml,
// styles.xml: entries appended, nothing renumbered), and every other part (charts, drawings,
// images, pivot tables, tables, names, validation, comments, macros, custom XML) is copied with
// its compressed bytes untouched. Re-running replaces only the sheets that carry ngansach's
// mark for the same role; a user's sheet that has one of our names keeps it, and ours gets
// another. Written to a temporary file beside the target and renamed into place.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { xlsxText } from '../core/i18n/xlsx';
import type { SheetPlan } from '../core/sheetplan';
import { XlsxError } from './errors';
import { nodeInflate } from './node';
import { XlsxPackage, readRelationships, relKind, relsPartOf, resolvePart } from './package';
import { sheetKey } from './read';
import { planXml } from './rows-xml';
import { escapeAttr, relationshipsNsFor } from './sheet-xml';
import type { SheetWriteNotes } from './sheet-xml';
import { MINIMAL_STYLES, StyleBook } from './styles-edit';
import { MARKER_NAME, readWorkbookInfo } from './workbook';
import type { SheetInfo, WorkbookInfo } from './workbook';
import { END, START, applySplices, scanWhole, setAttr } from './xml';
import type { Splice } from './xml';
import { ZipTooLarge, ZipWriter, packText, packXml } from './zip-write';
import type { ByteSink, PackedPart } from './zip-write';

const TRANSITIONAL = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** A sheet to add: its plan (whose name is the one to write) and its role, the name it is known by. */
export interface OutputSheet {
  plan: SheetPlan;
  role: string;
}

export interface WriteReport {
  /** Sheet names written, in order. */
  sheets: string[];
  /** role → the name used, for each sheet that could not take its role's name. */
  renamed: Map<string, string>;
  /** One line each: cells cut or changed to fit Excel. */
  notes: string[];
}

const decoder = new TextDecoder('utf-8');

function text(bytes: Uint8Array | null): string | null {
  return bytes === null ? null : decoder.decode(bytes);
}

/** A package with no sheets: the base when there is no user's file (scenario from JSON). */
function emptyPackage(): Uint8Array {
  const parts: [string, string][] = [
    ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      `<Override PartName="/xl/styles.xml" ContentType="${STYLES_TYPE}"/></Types>`],
    ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'],
    ['xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${TRANSITIONAL}" xmlns:r="${relationshipsNsFor(TRANSITIONAL)}">` +
      '<bookViews><workbookView/></bookViews><sheets></sheets></workbook>'],
    ['xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'],
    ['xl/styles.xml', MINIMAL_STYLES(TRANSITIONAL)],
  ];
  const chunks: Uint8Array[] = [];
  const zip = new ZipWriter({ write: (b) => chunks.push(Uint8Array.from(b)) });
  for (const [name, body] of parts) {
    const bytes = Buffer.from(body, 'utf8');
    zip.add(name, { method: 0, pieces: [bytes], crc32: crc(bytes), size: bytes.length, compressedSize: bytes.length });
  }
  zip.finish();
  return Buffer.concat(chunks);
}

function crc(bytes: Uint8Array): number {
  return zlib.crc32(bytes) >>> 0;
}

/** Excel's rules for a sheet name: at most 31 characters, none of : \ / ? * [ ]. */
function nameWithSuffix(base: string, n: number): string {
  const suffix = n === 1 ? '' : ` (${n})`;
  return base.slice(0, 31 - suffix.length) + suffix;
}

export class WorkbookCopy {
  private constructor(
    private readonly pkg: XlsxPackage,
    private readonly info: WorkbookInfo,
    private readonly fileName: string,
  ) {}

  /** Opens the user's package (or an empty one when `bytes` is null) for copying. */
  static async open(bytes: Uint8Array | null, fileName: string): Promise<WorkbookCopy> {
    const pkg = new XlsxPackage(bytes ?? emptyPackage(), nodeInflate, fileName);
    return new WorkbookCopy(pkg, await readWorkbookInfo(pkg), fileName);
  }

  /** The workbook holds macros (a VBA project): its copy must be an .xlsm, as the input was. */
  get macroEnabled(): boolean {
    return this.info.rels.some((r) => relKind(r.type) === 'vbaProject');
  }

  private replaced(roles: readonly string[]): SheetInfo[] {
    return this.info.sheets.filter((s) => s.role !== null && roles.includes(s.role));
  }

  /**
   * The names the sheets of these roles will get: the role itself, unless a sheet that stays
   * (the user's own, or ours of another role) already holds it, case and Unicode form aside.
   */
  namesFor(roles: readonly string[]): Map<string, string> {
    const gone = new Set(this.replaced(roles).map((s) => s.index));
    const taken = new Set(this.info.sheets.filter((s) => !gone.has(s.index)).map((s) => s.name.normalize('NFC').toLowerCase()));
    const names = new Map<string, string>();
    for (const role of roles) {
      let n = 1;
      let name = nameWithSuffix(role, n);
      while (taken.has(name.normalize('NFC').toLowerCase())) name = nameWithSuffix(role, ++n);
      taken.add(name.normalize('NFC').toLowerCase());
      names.set(role, name);
    }
    return names;
  }

  /** Writes the copy with `sheets` added to `out`, atomically. */
  async write(out: string, sheets: readonly OutputSheet[]): Promise<WriteReport> {
    const roles = sheets.map((s) => s.role);
    const names = this.namesFor(roles);
    const renamed = new Map<string, string>();
    for (const s of sheets) {
      if (s.plan.name !== names.get(s.role)) throw new Error(`sheet plan "${s.plan.name}" should be named "${names.get(s.role)}" (use namesFor)`);
      if (sheetKey(s.plan.name) !== sheetKey(s.role)) renamed.set(s.role, s.plan.name);
    }
    const built = await this.build(sheets);
    await writeAtomically(out, async (sink) => {
      let written = 0;
      const counting: ByteSink = { write: (b) => { written += b.length; sink.write(b); } };
      const zip = new ZipWriter(counting);
      // Let a Ctrl+C in while a large copy is written, so its temporary file is removed.
      let since = 0;
      const breathe = async (): Promise<void> => {
        if (written - since < 4 * 1048576) return;
        since = written;
        await new Promise((resolve) => setImmediate(resolve));
      };
      for (const e of this.pkg.dir.entries) {
        const key = e.name.toLowerCase();
        if (built.removed.has(key)) continue;
        const changed = built.changed.get(key);
        if (changed) zip.add(e.name, changed);
        else zip.copy(this.pkg.bytes, e);
        await breathe();
      }
      for (const [name, part] of built.added) {
        zip.add(name, part);
        await breathe();
      }
      zip.finish();
    });
    return { sheets: sheets.map((s) => s.plan.name), renamed, notes: built.notes };
  }

  private async build(sheets: readonly OutputSheet[]): Promise<{
    removed: Set<string>;
    changed: Map<string, PackedPart>;
    added: [string, PackedPart][];
    notes: string[];
  }> {
    const { pkg, info } = this;
    const wbPart = info.part;
    const wbDir = wbPart.slice(0, wbPart.lastIndexOf('/') + 1);
    const replaced = this.replaced(sheets.map((s) => s.role));
    const removedIdx = new Set(replaced.map((s) => s.index));
    const removedParts = new Set<string>();
    const removedRelIds = new Set(replaced.map((s) => s.relId));
    for (const s of replaced) {
      if (!s.part) continue;
      removedParts.add(s.part.toLowerCase());
      removedParts.add(relsPartOf(s.part).toLowerCase());
    }
    // Excel's calculation chain lists formula cells by sheet; with a sheet gone it would point
    // at nothing, so it goes too (Excel rebuilds it when it opens the file).
    if (replaced.length) {
      for (const r of info.rels) {
        if (relKind(r.type) !== 'calcChain' || r.external) continue;
        removedRelIds.add(r.id);
        removedParts.add(resolvePart(wbPart, r.target).toLowerCase());
      }
    }

    const wbXml = text(await pkg.bytesOf(wbPart)) ?? '';
    const relsPart = relsPartOf(wbPart);
    const relsXml = text(await pkg.bytesOf(relsPart));
    const ctXml = text(await pkg.bytesOf('[Content_Types].xml'));
    if (relsXml === null || ctXml === null) throw new XlsxError(xlsxText.corrupt(this.fileName, 'the package has no content types or workbook relationships'));

    const mainNs = namespaceOfRoot(wbXml) ?? TRANSITIONAL;
    const styles = new StyleBook(info.styles ? text(await pkg.bytesOf(info.styles)) ?? MINIMAL_STYLES(mainNs) : MINIMAL_STYLES(mainNs));

    // New parts, ids and names that clash with nothing in the package.
    const existingRels = new Set((await readRelationships(pkg, wbPart)).map((r) => r.id));
    let relNo = 1;
    const newRelId = (): string => {
      while (existingRels.has(`rId${relNo}`)) relNo++;
      existingRels.add(`rId${relNo}`);
      return `rId${relNo}`;
    };
    let partNo = 1;
    const newSheetPart = (): string => {
      while (pkg.entry(`${wbDir}worksheets/sheet${partNo}.xml`)) partNo++;
      return `${wbDir}worksheets/sheet${partNo++}.xml`;
    };
    let sheetId = Math.max(0, ...info.sheets.map((s) => s.sheetId));

    const notes: SheetWriteNotes = { cut: [], notANumber: [], formulaAsValue: [] };
    const added: [string, PackedPart][] = [];
    const newSheets: { name: string; role: string; relId: string; part: string; sheetId: number }[] = [];
    for (const s of sheets) {
      const part = newSheetPart();
      const packed = await packXml((out) => planXml(s.plan, { mainNs, styles, notes }, out));
      added.push([part, packed]);
      newSheets.push({ name: s.plan.name, role: s.role, relId: newRelId(), part, sheetId: ++sheetId });
    }
    let stylesPart = info.styles;
    let stylesRel = '';
    let stylesCt = '';
    if (!stylesPart || !pkg.entry(stylesPart)) {
      stylesPart = `${wbDir}ngansach-styles.xml`;
      stylesRel = `<Relationship Id="${newRelId()}" Type="${relationshipsNsFor(mainNs)}/styles" Target="${stylesPart.slice(wbDir.length)}"/>`;
      stylesCt = `<Override PartName="/${stylesPart}" ContentType="${STYLES_TYPE}"/>`;
      added.push([stylesPart, await packText([styles.render()])]);
    }

    const changed = new Map<string, PackedPart>();
    const keptCount = info.sheets.length - removedIdx.size;
    changed.set(wbPart.toLowerCase(), await packText([editWorkbook(wbXml, info, removedIdx, newSheets, keptCount)]));
    const relItems = newSheets.map((s) => `<Relationship Id="${s.relId}" Type="${relationshipsNsFor(mainNs)}/worksheet" Target="${s.part.slice(wbDir.length)}"/>`).join('') + stylesRel;
    changed.set(relsPart.toLowerCase(), await packText([editList(relsXml, 'Relationship', (x) => removedRelIds.has(x.attr('Id') ?? ''), relItems)]));
    const ctItems = newSheets.map((s) => `<Override PartName="/${s.part}" ContentType="${WORKSHEET_TYPE}"/>`).join('') + stylesCt;
    changed.set('[content_types].xml', await packText([editList(ctXml, 'Override', (x) => removedParts.has((x.attr('PartName') ?? '').replace(/^\/+/, '').toLowerCase()), ctItems)]));
    if (styles.changed && info.styles && pkg.entry(info.styles)) changed.set(info.styles.toLowerCase(), await packText([styles.render()]));

    const lines: string[] = [];
    if (notes.cut.length) lines.push(xlsxText.cutCells(notes.cut.length, 32767, notes.cut[0]));
    if (notes.notANumber.length) lines.push(xlsxText.notANumber(notes.notANumber.length, notes.notANumber[0]));
    if (notes.formulaAsValue.length) lines.push(xlsxText.formulaAsValue(notes.formulaAsValue.length, notes.formulaAsValue[0]));
    return { removed: removedParts, changed, added, notes: lines };
  }
}

/**
 * A new workbook of `plans`, in order, each marked as ngansach's under its own name (the
 * consolidated workbook: nothing of the user's to copy). Each sheet is streamed from its plan
 * into deflate as `write` does; written atomically.
 */
export async function writeNewWorkbook(out: string, plans: readonly SheetPlan[]): Promise<WriteReport> {
  const copy = await WorkbookCopy.open(null, path.basename(out));
  return copy.write(out, plans.map((plan) => ({ plan, role: plan.name })));
}

/** The namespace of the root element (its prefix's declaration, or the default one). */
function namespaceOfRoot(xml: string): string | null {
  let ns: string | null = null;
  scanWhole(xml, (kind, x) => {
    if (kind !== START || x.level !== 1) return;
    const colon = x.qname.indexOf(':');
    ns = x.attrQ(colon < 0 ? 'xmlns' : `xmlns:${x.qname.slice(0, colon)}`) ?? null;
  });
  return ns;
}

/** A flat list part (relationships, content types): some children removed, `items` appended. */
function editList(xml: string, child: string, remove: (x: { attr(name: string): string | undefined }) => boolean, items: string): string {
  const splices: Splice[] = [];
  let rootClose = -1;
  let pending: { start: number } | null = null;
  scanWhole(xml, (kind, x) => {
    if (kind === START && x.level === 2 && x.local === child && remove(x)) {
      if (x.selfClosing) splices.push({ start: x.start, end: x.end, text: '' });
      else pending = { start: x.start };
    } else if (kind === END && x.level === 2 && pending) {
      splices.push({ start: pending.start, end: x.end, text: '' });
      pending = null;
    } else if (kind === END && x.level === 1) {
      rootClose = x.start;
    }
  });
  if (rootClose < 0) {
    // A self-closing root (<Relationships/>): open it.
    const m = /<([\w.-]+:)?(Relationships|Types)([^>]*)\/>/.exec(xml);
    if (!m) return xml;
    return xml.slice(0, m.index) + `<${m[1] ?? ''}${m[2]}${m[3]}>${items}</${m[1] ?? ''}${m[2]}>` + xml.slice(m.index + m[0].length);
  }
  splices.push({ start: rootClose, end: rootClose, text: items });
  return applySplices(xml, splices);
}

/** workbook.xml: replaced sheets out, new sheets and their marks in, sheet-scoped indices kept right. */
function editWorkbook(
  xml: string,
  info: WorkbookInfo,
  removedIdx: Set<number>,
  added: { name: string; role: string; relId: string; sheetId: number }[],
  keptCount: number,
): string {
  const newIndex = new Map<number, number>();
  let k = 0;
  for (const s of info.sheets) if (!removedIdx.has(s.index)) newIndex.set(s.index, k++);
  const roleIndex = new Map(added.map((a, i) => [a.role, keptCount + i]));
  const splices: Splice[] = [];
  let prefix = '';
  let relPrefix = '';
  let sheetNo = 0;
  let sheetsClose = -1;
  let namesClose = -1;
  let afterSheets = -1;
  let pendingRemoval: number | null = null;
  scanWhole(xml, (kind, x) => {
    if (kind === START && x.level === 1) {
      const colon = x.qname.indexOf(':');
      prefix = colon < 0 ? '' : x.qname.slice(0, colon + 1);
      for (let i = 0; i < x.attrCount; i++) {
        const v = x.attrValues[i];
        if (x.attrNames[i].startsWith('xmlns:') && (v === relationshipsNsFor(TRANSITIONAL) || v === relationshipsNsFor('http://purl.oclc.org/'))) {
          relPrefix = x.attrNames[i].slice(6) + ':';
        }
      }
      return;
    }
    if (kind === START && x.level === 3 && x.local === 'sheet') {
      const index = sheetNo++;
      if (removedIdx.has(index)) {
        if (x.selfClosing) splices.push({ start: x.start, end: x.end, text: '' });
        else pendingRemoval = x.start;
      }
    } else if (kind === END && x.level === 3 && x.local === 'sheet' && pendingRemoval !== null) {
      splices.push({ start: pendingRemoval, end: x.end, text: '' });
      pendingRemoval = null;
    } else if (kind === START && x.level === 3 && x.local === 'definedName') {
      const local = x.attr('localSheetId');
      if (local !== undefined) {
        const old = parseInt(local, 10);
        if (removedIdx.has(old)) {
          if (x.selfClosing) splices.push({ start: x.start, end: x.end, text: '' });
          else pendingRemoval = x.start;
        } else if (newIndex.has(old) && newIndex.get(old) !== old) {
          splices.push({ start: x.start, end: x.end, text: setAttr(xml.slice(x.start, x.end), 'localSheetId', String(newIndex.get(old))) });
        }
      }
    } else if (kind === END && x.level === 3 && x.local === 'definedName' && pendingRemoval !== null) {
      splices.push({ start: pendingRemoval, end: x.end, text: '' });
      pendingRemoval = null;
    } else if (kind === START && x.level === 3 && x.local === 'workbookView') {
      let tag = xml.slice(x.start, x.end);
      const active = x.attr('activeTab');
      const first = x.attr('firstSheet');
      const remap = (v: string | undefined, sheetOf: (old: number) => number): string | null => {
        if (v === undefined) return null;
        const old = parseInt(v, 10);
        const mapped = sheetOf(old);
        return mapped === old ? null : String(mapped);
      };
      const activeNew = remap(active, (old) => {
        if (newIndex.has(old)) return newIndex.get(old) as number;
        const role = info.sheets[old]?.role;
        return (role !== null && role !== undefined ? roleIndex.get(role) : undefined) ?? 0;
      });
      const firstNew = remap(first, (old) => newIndex.get(old) ?? 0);
      if (activeNew !== null) tag = setAttr(tag, 'activeTab', activeNew);
      if (firstNew !== null) tag = setAttr(tag, 'firstSheet', firstNew);
      if (activeNew !== null || firstNew !== null) splices.push({ start: x.start, end: x.end, text: tag });
    } else if (kind === END && x.level === 2) {
      if (x.local === 'sheets') sheetsClose = x.start;
      if (x.local === 'sheets' || x.local === 'functionGroups' || x.local === 'externalReferences') afterSheets = x.end;
      if (x.local === 'definedNames') namesClose = x.start;
    } else if (kind === START && x.level === 2 && x.selfClosing && (x.local === 'functionGroups' || x.local === 'externalReferences')) {
      afterSheets = x.end;
    }
  });
  if (sheetsClose < 0) throw new Error('workbook.xml: no <sheets> element');
  const relAttr = relPrefix ? `${relPrefix}id` : 'r:id';
  const relDecl = relPrefix ? '' : ` xmlns:r="${relationshipsNsFor(TRANSITIONAL)}"`;
  const sheetItems = added.map((a) => `<${prefix}sheet name="${escapeAttr(a.name)}" sheetId="${a.sheetId}"${relDecl} ${relAttr}="${a.relId}"/>`).join('');
  splices.push({ start: sheetsClose, end: sheetsClose, text: sheetItems });
  const marks = added.map((a, i) => `<${prefix}definedName name="${MARKER_NAME}" localSheetId="${keptCount + i}" hidden="1">${escapeAttr(`"${a.role.replace(/"/g, '""')}"`)}</${prefix}definedName>`).join('');
  if (marks) {
    if (namesClose >= 0) splices.push({ start: namesClose, end: namesClose, text: marks });
    else splices.push({ start: afterSheets, end: afterSheets, text: `<${prefix}definedNames>${marks}</${prefix}definedNames>` });
  }
  return applySplices(xml, splices);
}

/** A temporary file beside `target`, removed on every way out but success. */
export async function writeAtomically(target: string, fill: (sink: ByteSink) => void | Promise<void>): Promise<void> {
  const full = path.resolve(target);
  const tmp = path.join(path.dirname(full), `.${path.basename(full)}.ngansach-${process.pid}-${Date.now().toString(36)}.tmp`);
  let fd: number | null = null;
  const cleanup = (): void => {
    if (fd !== null) {
      try {
        fs.closeSync(fd);
      } catch {
        // already closed: nothing to release
      }
      fd = null;
    }
    fs.rmSync(tmp, { force: true });
  };
  // Interrupted (Ctrl+C, a kill): no half-written temporary file is left behind.
  const onSignal = (signal: NodeJS.Signals): void => {
    cleanup();
    process.exit(signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 129);
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.once(s, onSignal);
  try {
    fd = fs.openSync(tmp, 'wx');
    const handle = fd;
    await fill({ write: (bytes) => { fs.writeSync(handle, bytes); } });
    fs.fsyncSync(handle);
    fs.closeSync(handle);
    fd = null;
    fs.renameSync(tmp, full);
  } catch (err) {
    cleanup();
    throw describeWriteError(err, target) ?? err;
  } finally {
    for (const s of signals) process.removeListener(s, onSignal);
  }
}

/** A write failure the user can act on, in one line; null for anything else. */
export function describeWriteError(err: unknown, target: string): XlsxError | null {
  if (err instanceof ZipTooLarge) return new XlsxError(xlsxText.outTooLarge(target));
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return new XlsxError(xlsxText.diskFull(target));
  if (code === 'EACCES' || code === 'EPERM') return new XlsxError(xlsxText.writeDenied(target));
  if (code === 'EROFS') return new XlsxError(xlsxText.readOnlyDisk(target));
  if (code === 'ENOENT' || code === 'ENOTDIR') return new XlsxError(xlsxText.notFound(path.dirname(path.resolve(target))));
  if (code === 'EISDIR') return new XlsxError(xlsxText.directory(target));
  return null;
}
