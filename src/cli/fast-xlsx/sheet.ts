// One worksheet XML → the Grid that worksheetToGrid (xlsx-reader.ts) builds from ExcelJS's model.
// Each step follows what ExcelJS 4.4 does while loading (cell-xform parse/reconcile, Row and
// Worksheet models, mergeCellsWithoutStyle, FormulaValue, slideFormula), quirks included, so the
// Grid is identical. Whatever ExcelJS would do differently or fail on is Unsupported.
import { blankCells, columnLetter } from '../../core/grid';
import type { CellValue, Grid } from '../../core/grid';
import type { SharedString } from './shared-strings';
import { runText } from './shared-strings';
import type { Style, Styles } from './styles';
import { NO_STYLE } from './styles';
import { Unsupported, attrs, closeOf, decodeText, nextTag } from './xml';

export interface SheetContext {
  styles: Styles;
  sharedStrings: SharedString[] | null;
  date1904: boolean;
}

const NULL = 0; // a styled cell without a value: ExcelJS keeps it, but never visits it
const VALUE = 1;
const MERGE = 2;

interface SheetCell {
  row: number;
  col: number;
  kind: number;
  /** ExcelJS's cell.value is neither null, undefined nor "". */
  present: boolean;
  value: CellValue;
  /** cell.value is a formula value ({formula} or {sharedFormula}). */
  isFormula: boolean;
  /** model.formula, when truthy. */
  formula: string | null;
  /** model.sharedFormula: the master's address, for a follower. */
  shared: string | null;
  style: Style;
}

interface SheetRow {
  number: number;
  hidden: boolean;
  style: Style;
  cells: SheetCell[];
  byCol: Map<number, SheetCell> | null;
}

// ------------------------------------------------------------------ ExcelJS helpers, copied

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** xlsx-reader's isoDate. */
function isoDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const date = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  return h || m || s ? `${date}T${pad2(h)}:${pad2(m)}:${pad2(s)}` : date;
}

/** utils.excelToDate, with JavaScript's coercion of `v - 25569`. */
function excelToDate(v: unknown, date1904: boolean): Date {
  let n: number;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'boolean') n = v ? 1 : 0;
  else if (typeof v === 'string') n = Number(v);
  else n = NaN;
  return new Date(Math.round((n - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** utils.isDateFmt. */
function isDateFmt(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return f.match(/[ymdhMsb]+/) !== null;
}

/** utils.xmlDecode (applied by ExcelJS to t="str" text on top of the parser's decoding). */
function xmlDecode(text: string): string {
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case '&lt;': return '<';
      case '&gt;': return '>';
      case '&amp;': return '&';
      case '&apos;': return "'";
      case '&quot;': return '"';
      default: return c;
    }
  });
}

function parseBoolean(v: string | undefined): boolean {
  return v === 'true' || v === '1';
}

const ADDRESS = /^([A-Z]{1,3})([1-9][0-9]*)$/;

function lettersToNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

function decodeAddress(a: string): { row: number; col: number } {
  const m = ADDRESS.exec(a);
  if (!m) throw new Unsupported(`sheet: address "${a}"`);
  const col = lettersToNumber(m[1]);
  if (col > 16384) throw new Unsupported(`sheet: address "${a}"`);
  return { row: parseInt(m[2], 10), col };
}

function n2l(n: number): string {
  if (n < 1 || n > 16384) throw new Unsupported(`${n} is out of bounds`); // ExcelJS throws too
  return columnLetter(n);
}

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/** utils/shared-formula.js slideFormula. */
export function slideFormula(formula: string, fromCell: string, toCell: string): string {
  const from = decodeAddress(fromCell);
  const to = decodeAddress(toCell);
  return formula.replace(CANDIDATE, (refMatch: string, sheet: string | undefined, _sheetMaybe: string | undefined, addrPart: string, trailingParen: string | undefined) => {
    if (trailingParen) return refMatch;
    const match = CELL_REF.exec(addrPart);
    if (!match) return refMatch;
    const colDollar = match[1];
    const colStr = match[2].toUpperCase();
    const rowDollar = match[3];
    const rowStr = match[4];
    if (colStr.length > 3 || (colStr.length === 3 && colStr > 'XFD')) return refMatch;
    let col = lettersToNumber(colStr);
    let row = parseInt(rowStr, 10);
    if (!colDollar) col += to.col - from.col;
    if (!rowDollar) row += to.row - from.row;
    return (sheet || '') + (colDollar || '') + n2l(col) + (rowDollar || '') + row;
  });
}

/** plainValue (xlsx-reader) of a formula's result as ExcelJS's FormulaValue.value copies it (falsy results dropped). */
function resultValue(result: unknown): CellValue {
  if (!result) return null;
  if (typeof result === 'number') return Number.isFinite(result) ? result : null;
  if (typeof result === 'string' || typeof result === 'boolean') return result;
  if (result instanceof Date) return isoDate(result);
  if (typeof result === 'object' && 'error' in result) return String((result as { error: unknown }).error);
  return null;
}

// ------------------------------------------------------------------ parsing

function leaf(xml: string, from: number, to: number): string {
  const inner = xml.slice(from, to);
  if (inner.indexOf('<') >= 0) throw new Unsupported('sheet: markup inside a text element');
  return decodeText(inner);
}

interface CellParse {
  formulae: Map<string, string>;
  ctx: SheetContext;
}

/** What a <c> element holds, as ExcelJS's CellXform collects it while parsing. */
interface CellContent {
  formula?: string;
  shareType?: string;
  si?: string;
  ref?: string;
  valueText?: string;
  rich: string[] | null;
}

/** The content of a <c> element [from, to), in general form. */
function parseCellContent(xml: string, from: number, to: number): CellContent {
  let formula: string | undefined;
  let shareType: string | undefined;
  let si: string | undefined;
  let ref: string | undefined;
  let valueText: string | undefined;
  let rich: string[] | null = null;
  let q = from;
  for (;;) {
    const tag = nextTag(xml, q);
    if (!tag || tag.start >= to) break;
    if (tag.close) throw new Unsupported(`sheet: unexpected </${tag.name}>`);
    if (tag.name === 'f') {
      const fa = attrs(tag.attrText);
      si = fa.get('si');
      shareType = fa.get('t');
      ref = fa.get('ref');
      if (tag.selfClosing) { q = tag.end; continue; }
      const close = closeOf(xml, 'f', tag.end);
      const text = leaf(xml, tag.end, close);
      if (text) formula = formula ? formula + text : text;
      q = close + 4;
    } else if (tag.name === 'v') {
      if (tag.selfClosing) { q = tag.end; continue; }
      const close = closeOf(xml, 'v', tag.end);
      const text = leaf(xml, tag.end, close);
      if (rich && text) throw new Unsupported('sheet: <v> with rich text');
      if (text) valueText = valueText ? valueText + text : text;
      q = close + 4;
    } else if (tag.name === 'is') {
      if (tag.selfClosing) { q = tag.end; continue; }
      const isClose = closeOf(xml, 'is', tag.end);
      let k = tag.end;
      for (;;) {
        const it = nextTag(xml, k);
        if (!it || it.start >= isClose) break;
        if (it.close) throw new Unsupported(`sheet: unexpected </${it.name}>`);
        if (it.name === 't') {
          if (it.selfClosing) { k = it.end; continue; }
          if (rich) throw new Unsupported('sheet: <t> after rich text');
          const close = closeOf(xml, 't', it.end);
          const text = leaf(xml, it.end, close);
          if (text) valueText = valueText ? valueText + text : text;
          k = close + 4;
        } else if (it.name === 'r') {
          if (valueText !== undefined || it.selfClosing) throw new Unsupported('sheet: rich text after text');
          const close = closeOf(xml, 'r', it.end);
          (rich ??= []).push(runText(xml, it.end, close));
          k = close + 4;
        } else {
          throw new Unsupported(`sheet: <${it.name}> in <is>`);
        }
      }
      q = isClose + 5;
    } else {
      throw new Unsupported(`sheet: <${tag.name}> in a cell`);
    }
  }
  return { formula, shareType, si, ref, valueText, rich };
}

/** One cell as ExcelJS types it (CellXform parseClose + reconcile); null for a cell ExcelJS drops (no value, no style). */
function typeCell(content: CellContent, t: string | undefined, s: string | undefined, row: number, col: number, address: string, p: CellParse): SheetCell | null {
  const { ctx } = p;
  const { formula, shareType, si, ref, valueText, rich } = content;
  const styleId = s === undefined ? undefined : parseInt(s, 10);
  const style = styleId ? ctx.styles.get(styleId) : null;
  const cellStyle = style ?? NO_STYLE;
  const isDate = !!style && isDateFmt(style.numFmt);
  const cell: SheetCell = { row, col, kind: VALUE, present: true, value: null, isFormula: false, formula: null, shared: null, style: cellStyle };

  if (formula || shareType) {
    if (rich) throw new Unsupported('sheet: formula with rich text');
    let result: unknown;
    if (valueText) {
      if (t === 'str') result = xmlDecode(valueText);
      else if (t === 'b') result = parseInt(valueText, 10) !== 0;
      else if (t === 'e') result = { error: valueText };
      else result = parseFloat(valueText);
    }
    if (result !== undefined && isDate) result = excelToDate(result, ctx.date1904);
    let shared: string | undefined;
    if (shareType === 'shared') {
      if (ref) p.formulae.set(String(si), address);
      else shared = p.formulae.get(String(si));
    }
    cell.formula = formula || null;
    cell.shared = shared || null;
    cell.isFormula = !!cell.formula || !!cell.shared;
    // Without formula text or a master, cell.value is a bare {result} that plainValue maps to null.
    cell.value = cell.isFormula ? resultValue(result) : null;
    return cell;
  }
  if (valueText !== undefined || rich) {
    if (rich && t !== 'inlineStr') throw new Unsupported('sheet: rich text outside an inline string');
    const text = valueText ?? '';
    switch (t) {
      case 's': {
        const table = ctx.sharedStrings;
        if (!table) throw new Unsupported('sheet: shared string without a table');
        const entry = table[parseInt(text, 10)];
        if (!entry) throw new Unsupported('sheet: shared string index out of range'); // ExcelJS fails
        cell.value = entry.value;
        cell.present = entry.present;
        break;
      }
      case 'str': {
        const v = xmlDecode(text);
        cell.value = v;
        cell.present = v !== '';
        break;
      }
      case 'inlineStr':
        cell.value = rich ? rich.join('') : text;
        cell.present = rich ? true : text !== '';
        break;
      case 'b':
        cell.value = parseInt(text, 10) !== 0;
        break;
      case 'e':
        cell.value = text;
        break;
      default: {
        const n = parseFloat(text);
        if (isDate) cell.value = isoDate(excelToDate(n, ctx.date1904));
        else cell.value = Number.isFinite(n) ? n : null;
      }
    }
    return cell;
  }
  if (styleId) {
    cell.kind = NULL;
    cell.present = false;
    return cell;
  }
  return null;
}

interface ParsedSheet {
  rows: SheetRow[];
  merges: { top: number; left: number; bottom: number; right: number }[];
  colStyles: Style[];
}

/** What scanSimpleCell found. style -1: no s; vFrom -1: no <v>; index: the <v> digits as a number (-1: not digits). */
const simple = { row: 0, col: 0, style: -1, t: undefined as string | undefined, vFrom: -1, vTo: -1, index: -1 };

function digitsAt(xml: string, k: number): number {
  let n = 0;
  let i = k;
  for (; ; i++) {
    const c = xml.charCodeAt(i);
    if (c < 48 || c > 57) break;
    n = n * 10 + (c - 48);
  }
  return i === k || i - k > 9 ? -1 : n;
}

/**
 * The usual cell without a formula or inline string: <c r="A5" s="1" t="s"><v>3</v></c>,
 * attributes in that order, no spaces elsewhere. Returns the index after it, or -1 when the cell
 * has another shape (the general scanner reads it then).
 */
function scanSimpleCell(xml: string, lt: number): number {
  let k = lt + 3;
  if (!xml.startsWith('r="', k)) return -1;
  k += 3;
  let col = 0;
  const letters = k;
  for (; ; k++) {
    const c = xml.charCodeAt(k);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (k === letters || k - letters > 3 || col > 16384) return -1;
  if (xml.charCodeAt(k) === 48) return -1; // a leading zero
  const row = digitsAt(xml, k);
  if (row <= 0) return -1;
  k = xml.indexOf('"', k);
  if (k < 0) return -1;
  k++;
  let style = -1;
  if (xml.startsWith(' s="', k)) {
    style = digitsAt(xml, k + 4);
    if (style < 0) return -1;
    k = xml.indexOf('"', k + 4);
    if (k < 0) return -1;
    k++;
  }
  let t: string | undefined;
  if (xml.startsWith(' t="', k)) {
    const close = xml.indexOf('"', k + 4);
    if (close < 0 || close - k > 16) return -1;
    t = xml.slice(k + 4, close);
    if (t === 'inlineStr') return -1;
    k = close + 1;
  }
  let vFrom = -1;
  let vTo = -1;
  if (xml.startsWith('/>', k)) {
    k += 2;
  } else if (xml.startsWith('></c>', k)) {
    k += 5;
  } else if (xml.startsWith('><v>', k)) {
    vFrom = k + 4;
    vTo = xml.indexOf('<', vFrom);
    if (vTo < 0 || !xml.startsWith('</v></c>', vTo)) return -1;
    k = vTo + 8;
  } else {
    return -1;
  }
  simple.row = row;
  simple.col = col;
  simple.style = style;
  simple.t = t;
  simple.vFrom = vFrom;
  simple.vTo = vTo;
  simple.index = vFrom >= 0 && t === 's' ? digitsAt(xml, vFrom) : -1;
  if (simple.index >= 0 && vFrom + String(simple.index).length !== vTo) simple.index = -1;
  return k;
}

const REFUSED = ['<hyperlink ', '<drawing ', '<legacyDrawing ', '<legacyDrawingHF ', '<tablePart ', '<picture ', '<oleObjects', '<controls'];

function parseSheet(xml: string, ctx: SheetContext): ParsedSheet {
  const rows: SheetRow[] = [];
  const p: CellParse = { formulae: new Map(), ctx };

  const sdAt = xml.indexOf('<sheetData');
  if (sdAt < 0) throw new Unsupported('sheet: no <sheetData>');
  const sd = nextTag(xml, sdAt);
  if (!sd || sd.name !== 'sheetData') throw new Unsupported('sheet: no <sheetData>');
  const end = sd.selfClosing ? sd.end : closeOf(xml, 'sheetData', sd.end);
  // Inside <sheetData> the scanner refuses whatever it does not know; around it (<cols> before,
  // <mergeCells>, <hyperlinks>, <drawing>, ... after) these checks do, without scanning the rows.
  const head = xml.slice(0, sdAt);
  const tail = xml.slice(end);
  for (const part of [head, tail]) {
    for (const r of REFUSED) if (part.indexOf(r) >= 0) throw new Unsupported(`sheet: ${r.trim()}`);
    if (/<[A-Za-z_][\w.-]*:(?:sheetData|row|c|v|f|cols|col|mergeCells|mergeCell)\b/.test(part)) throw new Unsupported('sheet: prefixed elements');
  }
  let q = sd.end;
  let row: SheetRow | null = null;
  let lastRow = 0;
  let lastCol = 0;
  while (q < end) {
    // The common cell, <c r="A5" s="1" t="s"><v>3</v></c>, without the general scanner.
    const lt = xml.indexOf('<', q);
    if (row && lt >= 0 && xml.charCodeAt(lt + 1) === 99 /* c */ && xml.charCodeAt(lt + 2) === 32) {
      const after = scanSimpleCell(xml, lt);
      if (after > 0) {
        if (simple.row !== row.number || simple.col <= lastCol) throw new Unsupported('sheet: cells out of order');
        lastCol = simple.col;
        let cell: SheetCell | null;
        if (simple.t === 's' && simple.vFrom >= 0 && simple.index >= 0 && p.ctx.sharedStrings && simple.style !== 0) {
          // A shared string: no text to decode.
          const entry = p.ctx.sharedStrings[simple.index];
          if (!entry) throw new Unsupported('sheet: shared string index out of range'); // ExcelJS fails
          const style = simple.style > 0 ? p.ctx.styles.get(simple.style) : null;
          cell = { row: simple.row, col: simple.col, kind: VALUE, present: entry.present, value: entry.value, isFormula: false, formula: null, shared: null, style: style ?? NO_STYLE };
        } else {
          const vt = simple.vFrom >= 0 && simple.vTo > simple.vFrom ? decodeText(xml.slice(simple.vFrom, simple.vTo)) : undefined;
          const sText = simple.style >= 0 ? String(simple.style) : undefined;
          cell = typeCell({ valueText: vt, rich: null }, simple.t, sText, simple.row, simple.col, `${columnLetter(simple.col)}${simple.row}`, p);
        }
        if (cell) row.cells.push(cell);
        q = after;
        continue;
      }
    }
    const tag = nextTag(xml, q);
    if (!tag || tag.start >= end) break;
    if (tag.name === 'row') {
      if (tag.close) { row = null; q = tag.end; continue; }
      const a = attrs(tag.attrText);
      const rText = a.get('r');
      const rn = rText === undefined ? NaN : parseInt(rText, 10);
      if (!(rn > lastRow) || String(rn) !== rText) throw new Unsupported('sheet: row numbers missing or out of order');
      lastRow = rn;
      lastCol = 0;
      const sText = a.get('s');
      const sid = sText === undefined ? undefined : parseInt(sText, 10);
      const newRow: SheetRow = { number: rn, hidden: parseBoolean(a.get('hidden')), style: (sid ? ctx.styles.get(sid) : null) ?? NO_STYLE, cells: [], byCol: null };
      rows.push(newRow);
      row = newRow;
      if (tag.selfClosing) row = null;
      q = tag.end;
    } else if (tag.name === 'c' && !tag.close && row) {
      const a = attrs(tag.attrText);
      const address = a.get('r');
      if (address === undefined) throw new Unsupported('sheet: cell without r');
      const at = decodeAddress(address);
      if (at.row !== row.number || at.col <= lastCol) throw new Unsupported('sheet: cells out of order');
      lastCol = at.col;
      const from = tag.end;
      let to = tag.end;
      if (!tag.selfClosing) {
        to = closeOf(xml, 'c', tag.end);
        q = to + 4;
      } else {
        q = tag.end;
      }
      const cell = typeCell(parseCellContent(xml, from, to), a.get('t'), a.get('s'), at.row, at.col, address, p);
      if (cell) row.cells.push(cell);
    } else {
      throw new Unsupported(`sheet: <${tag.close ? '/' : ''}${tag.name}> in sheetData`);
    }
  }

  const merges: ParsedSheet['merges'] = [];
  const mcAt = tail.indexOf('<mergeCells') < 0 ? -1 : xml.indexOf('<mergeCells', end);
  if (mcAt >= 0) {
    const mc = nextTag(xml, mcAt);
    if (mc && mc.name === 'mergeCells' && !mc.selfClosing) {
      const mcEnd = closeOf(xml, 'mergeCells', mc.end);
      let k = mc.end;
      for (;;) {
        const tag = nextTag(xml, k);
        if (!tag || tag.start >= mcEnd) break;
        if (tag.name !== 'mergeCell') throw new Unsupported(`sheet: <${tag.name}> in mergeCells`);
        k = tag.end;
        if (tag.close) continue;
        const ref = attrs(tag.attrText).get('ref');
        if (!ref) throw new Unsupported('sheet: mergeCell without ref');
        const parts = ref.split(':');
        if (parts.length > 2) throw new Unsupported('sheet: mergeCell ref');
        const a = decodeAddress(parts[0]);
        const b = decodeAddress(parts[parts.length - 1]);
        merges.push({ top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) });
      }
    }
  }

  // Column styles (Column.fromModel), needed only for cells a merge creates.
  const colStyles: Style[] = [];
  const colsAt = head.indexOf('<cols');
  if (colsAt >= 0 && merges.length) {
    const cs = nextTag(xml, colsAt);
    if (cs && cs.name === 'cols' && !cs.selfClosing) {
      const csEnd = closeOf(xml, 'cols', cs.end);
      const defs: { min: number; max: number; style: Style }[] = [];
      let k = cs.end;
      for (;;) {
        const tag = nextTag(xml, k);
        if (!tag || tag.start >= csEnd) break;
        if (tag.name !== 'col') throw new Unsupported(`sheet: <${tag.name}> in cols`);
        k = tag.end;
        if (tag.close) continue;
        const a = attrs(tag.attrText);
        const sid = a.get('style') === undefined ? undefined : parseInt(a.get('style') ?? '', 10);
        defs.push({ min: parseInt(a.get('min') || '0', 10), max: parseInt(a.get('max') || '0', 10), style: (sid ? ctx.styles.get(sid) : null) ?? NO_STYLE });
      }
      defs.sort((x, y) => x.min - y.min);
      let count = 1;
      for (const d of defs) {
        while (count < d.min) colStyles[count++] = NO_STYLE;
        while (count <= d.max) colStyles[count++] = d.style;
      }
    }
  }
  return { rows, merges, colStyles };
}

// ------------------------------------------------------------------ the Grid

function cellAt(row: SheetRow, col: number): SheetCell | undefined {
  if (!row.byCol) {
    row.byCol = new Map();
    for (const c of row.cells) row.byCol.set(c.col, c);
  }
  return row.byCol.get(col);
}

/** The Grid of one worksheet XML, or null when no cell holds a value (worksheetToGrid's contract). */
export function sheetGrid(name: string, xml: string, ctx: SheetContext): Grid | null {
  const { rows, merges, colStyles } = parseSheet(xml, ctx);
  const byNumber = new Map<number, SheetRow>();
  for (const r of rows) byNumber.set(r.number, r);

  // mergeCellsWithoutStyle for each <mergeCell>, in order.
  if (merges.length > 3000) throw new Unsupported('sheet: too many merges to check for overlaps');
  for (let i = 0; i < merges.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = merges[i];
      const b = merges[j];
      if (!(b.bottom < a.top || b.top > a.bottom || b.right < a.left || b.left > a.right)) {
        throw new Unsupported('sheet: overlapping merges'); // ExcelJS: "Cannot merge already merged cells"
      }
    }
  }
  let area = 0;
  for (const m of merges) area += (m.bottom - m.top + 1) * (m.right - m.left + 1);
  if (area > 1e6) throw new Unsupported('sheet: merges too large');
  let added = false;
  const getCell = (rn: number, cn: number): SheetCell => {
    let row = byNumber.get(rn);
    if (!row) {
      row = { number: rn, hidden: false, style: NO_STYLE, cells: [], byCol: null };
      byNumber.set(rn, row);
      rows.push(row);
      added = true;
    }
    let cell = cellAt(row, cn);
    if (!cell) {
      // A new Cell takes the row's style, else the column's (Cell._mergeStyle).
      const colStyle = colStyles[cn] ?? NO_STYLE;
      const style: Style = {};
      const numFmt = row.style.numFmt || colStyle.numFmt;
      if (numFmt) style.numFmt = numFmt;
      const font = row.style.font || colStyle.font;
      if (font) style.font = font;
      cell = { row: rn, col: cn, kind: NULL, present: false, value: null, isFormula: false, formula: null, shared: null, style };
      row.cells.push(cell);
      row.byCol?.set(cn, cell);
      added = true;
    }
    return cell;
  };
  const masterOf = new Map<SheetCell, SheetCell>();
  for (const m of merges) {
    const master = getCell(m.top, m.left);
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        const cell = getCell(r, c);
        cell.kind = MERGE;
        cell.present = false;
        cell.value = null;
        cell.isFormula = false;
        cell.formula = null;
        cell.shared = null;
        masterOf.set(cell, master);
      }
    }
  }
  if (added) {
    rows.sort((x, y) => x.number - y.number);
    for (const r of rows) r.cells.sort((x, y) => x.col - y.col);
  }

  // First pass: the bounding box of cells that hold something.
  let top = Infinity;
  let bottom = 0;
  let left = Infinity;
  let right = 0;
  for (const r of rows) {
    for (const c of r.cells) {
      if (c.kind !== VALUE || !c.present) continue;
      if (r.number < top) top = r.number;
      if (r.number > bottom) bottom = r.number;
      if (c.col < left) left = c.col;
      if (c.col > right) right = c.col;
    }
  }
  if (bottom === 0) return null;

  const height = bottom - top + 1;
  const width = right - left + 1;
  const { values, formulas, bold, numberFormats } = blankCells(height, width);
  const hiddenRows: number[] = [];
  const mergeBoxes = new Map<SheetCell, { top: number; left: number; bottom: number; right: number }>();

  const formulaOf = (cell: SheetCell): string | null => {
    if (cell.formula) return cell.formula;
    if (!cell.shared) return null;
    // FormulaValue._getTranslatedFormula: the master's formula slid to this cell.
    const at = decodeAddress(cell.shared);
    const masterRow = byNumber.get(at.row);
    const master = masterRow ? cellAt(masterRow, at.col) : undefined;
    if (!master) return null;
    if (master.kind !== VALUE || !master.formula) throw new Unsupported('sheet: shared formula master lost'); // ExcelJS throws
    return slideFormula(master.formula, cell.shared, `${columnLetter(cell.col)}${cell.row}`);
  };

  for (const row of rows) {
    const rn = row.number;
    if (rn < top || rn > bottom) continue;
    let hasValues = false;
    for (const c of row.cells) if (c.kind !== NULL) { hasValues = true; break; }
    if (!hasValues) continue;
    const r = rn - top;
    if (row.hidden) hiddenRows.push(rn);
    for (const cell of row.cells) {
      if (cell.kind === NULL) continue;
      const cn = cell.col;
      if (cell.kind === MERGE) {
        const master = masterOf.get(cell);
        if (!master) throw new Unsupported('sheet: merge without master');
        const box = mergeBoxes.get(master) ?? { top: master.row, left: master.col, bottom: 0, right: 0 };
        box.bottom = Math.max(box.bottom, rn, box.top);
        box.right = Math.max(box.right, cn, box.left);
        mergeBoxes.set(master, box);
      }
      if (cn < left || cn > right) continue;
      const c = cn - left;
      if (cell.kind === VALUE) {
        values[r][c] = cell.value;
        if (cell.isFormula) {
          const f = formulaOf(cell);
          formulas[r][c] = f ? `=${f}` : null;
        }
      }
      if (cell.style.font?.bold) bold[r][c] = true;
      if (cell.style.numFmt) numberFormats[r][c] = cell.style.numFmt;
    }
  }

  const mergeList: string[] = [];
  for (const box of mergeBoxes.values()) {
    mergeList.push(`${columnLetter(box.left)}${box.top}:${columnLetter(box.right)}${box.bottom}`);
  }
  return { sheet: name, top, left, values, formulas, bold, numberFormats, hiddenRows, merges: mergeList };
}
