// A core SheetPlan → worksheet XML, given out a cell at a time so a 100,000-row sheet never sits
// in memory as one string (the packer encodes each piece into bytes at once). Only what Excel can hold goes in: a text over 32,767 characters is cut
// with a marker, a number that is not finite becomes #NUM!, a formula over Excel's 8,192
// characters is written as its value; each is counted so the caller can say so.
import { Decimal, plain } from '../core/decimal';
import { columnLetter } from '../core/grid';
import { xlsxText } from '../core/i18n/xlsx';
import type { PlanCell, SheetPlan } from '../core/sheetplan';
import { EXCEL_CELL_TEXT, EXCEL_COLUMNS, EXCEL_FORMULA, EXCEL_ROWS } from './limits';
import type { StyleBook } from './styles-edit';

/** Cells joined into one piece of XML (pieces end between rows). */
const CELLS_PER_PIECE = 512;

export interface SheetWriteNotes {
  /** Cells whose text was cut to Excel's limit. */
  cut: string[];
  /** Cells whose number Excel cannot hold (written #NUM!). */
  notANumber: string[];
  /** Cells whose formula was too long for Excel (written as the value). */
  formulaAsValue: string[];
}

// Characters XML cannot carry; Excel writes them as _xHHHH_ (and a literal "_xHHHH_" as _x005F_xHHHH_).
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const XSTRING_UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}

/** Text for <t> or <v>: XML-escaped, characters XML cannot hold as _xHHHH_. */
export function escapeText(s: string): string {
  let out = s;
  if (/[&<>]/.test(out)) out = out.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff_]/.test(out)) {
    out = out.replace(XSTRING_UNSAFE, (ch) => {
      if (ch === '_') return '_x005F_';
      const code = ch.charCodeAt(0);
      return code >= 0xd800 && code <= 0xdfff ? '\ufffd' : `_x${hex4(code)}_`;
    });
  }
  return out;
}

/** An attribute value in double quotes. */
export function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;')
    // eslint-disable-next-line no-control-regex -- control characters are what this looks for
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

/** A formula for <f>: escaped; characters XML cannot hold have no escape there and are dropped. */
function escapeFormula(s: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Row and column of an A1 address ("$" allowed); `canonical` says it needs no rewriting. */
const parsed = { row: 0, col: 0, canonical: true };

function parseAddress(a: string): typeof parsed {
  let i = 0;
  let col = 0;
  let canonical = true;
  const n = a.length;
  if (a.charCodeAt(i) === 36) { i++; canonical = false; }
  const start = i;
  for (; i < n; i++) {
    let c = a.charCodeAt(i);
    if (c >= 97 && c <= 122) { c -= 32; canonical = false; }
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (a.charCodeAt(i) === 36) { i++; canonical = false; }
  let row = 0;
  const digits = i;
  for (; i < n; i++) {
    const c = a.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
  }
  if (i !== n || digits === i || start === digits || row < 1 || row > EXCEL_ROWS || col < 1 || col > EXCEL_COLUMNS || a.charCodeAt(digits) === 48) {
    throw new Error(`sheet plan: "${a}" is not a cell address`);
  }
  parsed.row = row;
  parsed.col = col;
  parsed.canonical = canonical;
  return parsed;
}

type Scalar = string | number | boolean | null;

function scalarOf(value: PlanCell['value']): Scalar {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object') return value;
  // Excel stores doubles: this is the one place a Decimal becomes a number, on its way into a cell.
  if (value instanceof Decimal || Decimal.isDecimal(value)) return (value as Decimal).toNumber();
  return null;
}

/**
 * The text a number cell's double prints as, straight from its Decimal when that is the same
 * text: a decimal of at most 15 significant digits is the shortest text of the double nearest
 * it (doubles keep 15 digits exactly, so no shorter text reads back to that double), and from
 * 10^-6 up to 10^21 JavaScript prints it without an exponent, as toFixed does. Else null: through
 * the double (scalarOf). Spares a text-to-double-to-text round trip on millions of amounts.
 */
export function decimalCellText(value: Decimal): string | null {
  if (!value.isFinite()) return null;
  if (value.isZero()) return '0';
  // plain() is toFixed(), printed once per Decimal object (shared figures recur across rows).
  return value.e >= -6 && value.e <= 20 && value.sd() <= 15 ? plain(value) : null;
}

/** The cell's value as a scalar and, for a number, the text of its double. */
function valueOf(value: PlanCell['value']): { scalar: Scalar; text: string | null } {
  if (value instanceof Decimal) {
    const text = decimalCellText(value);
    if (text !== null) return { scalar: Number(text), text };
  }
  const scalar = scalarOf(value);
  return { scalar, text: typeof scalar === 'number' && Number.isFinite(scalar) ? String(scalar) : null };
}

export function quoted(t: string): string {
  return t.includes('"') ? `"${t.replace(/"/g, '""')}"` : `"${t}"`;
}

/** Text that fits a cell: cut to Excel's limit with a marker, the address noted. */
function fit(text: string, address: string, notes: SheetWriteNotes): string {
  if (text.length <= EXCEL_CELL_TEXT) return text;
  notes.cut.push(address);
  let cut = EXCEL_CELL_TEXT - xlsxText.cutMarker.length;
  // Never split a surrogate pair.
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return text.slice(0, cut) + xlsxText.cutMarker;
}

/** A text as the content of <t> or <v>: cut to fit, escaped where needed. */
function textXml(v: string, address: string, notes: SheetWriteNotes): string {
  const raw = fit(v, address, notes);
  return plainText(raw) ? raw : escapeText(raw);
}

/**
 * The text needs nothing but copying into <t>: no markup, control or surrogate character, no
 * "_" (an escape may follow), no white space at an end. One pass over the characters instead of
 * patterns, on every text cell of a large sheet.
 */
export function plainText(v: string): boolean {
  const n = v.length;
  if (n === 0 || n > EXCEL_CELL_TEXT) return n === 0;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c < 32 || c === 38 || c === 60 || c === 62 || c === 95 || (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) return false;
  }
  return !isSpace(v.charCodeAt(0)) && !isSpace(v.charCodeAt(n - 1));
}

/** What \s matches, as far as it can end a text. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Where an inline string needs xml:space="preserve": white space at an end, a line break or a tab. */
export const PRESERVE = /^\s|\s$|[\n\t]/;
/** A formula with a character to escape before it goes in <f>. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
export const FORMULA_ESCAPE = /[&<>\u0000-\u001f\ufffe\uffff]/;

/** The <is> of an inline string; xml:space only where white space at an end or a line break must survive. */
function inlineXml(v: string, address: string, notes: SheetWriteNotes): string {
  if (plainText(v)) return '<is><t>' + v + '</t></is>';
  const text = textXml(v, address, notes);
  return PRESERVE.test(v) ? `<is><t xml:space="preserve">${text}</t></is>` : `<is><t>${text}</t></is>`;
}

/** ' s="3"', made once per style. */
const styleAttrs: string[] = [''];
export function styleAttr(style: number): string {
  return styleAttrs[style] ?? (styleAttrs[style] = ` s="${style}"`);
}

/** One cell's XML at `address` (canonical), with its look's cellXfs index; what Excel cannot hold is noted. */
export function cellXml(pc: PlanCell, address: string, style: number, notes: SheetWriteNotes): string {
  const s = styleAttr(style);
  const link = pc.link;
  const value = valueOf(pc.value);
  let scalar = value.scalar;
  const numberText = value.text;
  let formula: string | null = pc.formula ? pc.formula : null;
  if (formula === null && !link) {
    // A constant: most cells.
    if (typeof scalar === 'number') {
      if (numberText !== null) return '<c r="' + address + '"' + s + '><v>' + numberText + '</v></c>';
      notes.notANumber.push(address);
      return '<c r="' + address + '"' + s + ' t="e"><v>#NUM!</v></c>';
    }
    if (typeof scalar === 'string') return '<c r="' + address + '"' + s + ' t="inlineStr">' + inlineXml(scalar, address, notes) + '</c>';
    if (typeof scalar === 'boolean') return '<c r="' + address + '"' + s + ' t="b"><v>' + (scalar ? 1 : 0) + '</v></c>';
    return style ? '<c r="' + address + '"' + s + '/>' : '';
  }
  if (formula !== null) {
    if (formula.charCodeAt(0) === 61) formula = formula.slice(1);
  } else if (link) {
    // A HYPERLINK formula, not a hyperlink relationship: Excel, LibreOffice and Office.js all
    // follow =HYPERLINK("#'Sheet'!A1", text) to a place in the workbook.
    const target = link.charCodeAt(0) === 35 ? link : `#${link}`;
    const text = scalar === null ? link.replace(/^#/, '') : String(scalar);
    formula = `HYPERLINK(${quoted(target)},${quoted(text)})`;
    scalar = text;
  }
  if (formula !== null && formula.length > EXCEL_FORMULA) {
    notes.formulaAsValue.push(address);
    return cellXml({ ...pc, formula: undefined, link: undefined, value: pc.formula ? pc.value : scalar }, address, style, notes);
  }
  const f = FORMULA_ESCAPE.test(formula as string) ? escapeFormula(formula as string) : formula;
  // The formula's cached value: what Excel shows until it recalculates.
  let t = '';
  let v = '';
  if (typeof scalar === 'number') {
    if (numberText !== null) v = '<v>' + numberText + '</v>';
    else {
      notes.notANumber.push(address);
      t = ' t="e"';
      v = '<v>#NUM!</v>';
    }
  } else if (typeof scalar === 'boolean') {
    t = ' t="b"';
    v = '<v>' + (scalar ? 1 : 0) + '</v>';
  } else if (typeof scalar === 'string') {
    t = ' t="str"';
    v = '<v>' + textXml(scalar, address, notes) + '</v>';
  }
  return '<c r="' + address + '"' + s + t + '><f>' + f + '</f>' + v + '</c>';
}

export interface SheetXmlOptions {
  /** The spreadsheetml namespace of the workbook (transitional or strict). */
  mainNs: string;
  styles: StyleBook;
  notes: SheetWriteNotes;
}

/** A plan's cells in row-then-column order, and the range they span. */
function ordered(cells: readonly PlanCell[]): { cells: readonly PlanCell[]; dimension: string } {
  const n = cells.length;
  const keys = new Float64Array(n);
  let sorted = true;
  let maxRow = 1;
  let maxCol = 1;
  for (let k = 0; k < n; k++) {
    const { row, col } = parseAddress(cells[k].address);
    keys[k] = row * 16385 + col;
    if (k > 0 && keys[k] < keys[k - 1]) sorted = false;
    if (row > maxRow) maxRow = row;
    if (col > maxCol) maxCol = col;
  }
  const dimension = `A1:${columnLetter(maxCol)}${maxRow}`;
  if (sorted) return { cells, dimension };
  // A later cell at the same address wins, as a later assignment would: a stable sort keeps it last.
  const order = Array.from({ length: n }, (_, k) => k).sort((a, b) => keys[a] - keys[b] || a - b);
  return { cells: order.map((k) => cells[k]), dimension };
}

/** The worksheet up to and with <sheetData> (no <dimension> when `dimension` is null). */
export function sheetHead(plan: SheetPlan, dimension: string | null, mainNs: string): string {
  let xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${mainNs}" xmlns:r="${relationshipsNsFor(mainNs)}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    (dimension ? `<dimension ref="${dimension}"/>` : '') +
    '<sheetViews><sheetView workbookViewId="0">';
  const freeze = plan.freeze;
  if (freeze && (freeze.rows > 0 || freeze.cols > 0)) {
    const pane = freeze.rows > 0 && freeze.cols > 0 ? 'bottomRight' : freeze.rows > 0 ? 'bottomLeft' : 'topRight';
    xml += `<pane${freeze.cols > 0 ? ` xSplit="${freeze.cols}"` : ''}${freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : ''}` +
      ` topLeftCell="${columnLetter(freeze.cols + 1)}${freeze.rows + 1}" activePane="${pane}" state="frozen"/>` +
      `<selection pane="${pane}"/>`;
  }
  xml += '</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>';
  const widths = Object.entries(plan.columnWidths ?? {})
    .map(([letter, width]) => [parseAddress(`${letter}1`).col, width] as const)
    .filter(([, w]) => Number.isFinite(w) && w > 0)
    .sort((a, b) => a[0] - b[0]);
  if (widths.length) {
    xml += '<cols>' + widths.map(([c, w]) => `<col min="${c}" max="${c}" width="${Math.min(w, 255)}" customWidth="1"/>`).join('') + '</cols>';
  }
  return xml + '<sheetData>';
}

/** The worksheet from </sheetData> on. */
export function sheetTail(plan: SheetPlan): string {
  let xml = '</sheetData>';
  const merges = plan.merges ?? [];
  if (merges.length) {
    xml += `<mergeCells count="${merges.length}">` + merges.map((m) => `<mergeCell ref="${escapeAttr(m)}"/>`).join('') + '</mergeCells>';
  }
  xml += '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>';
  // A4, one page wide: printed and attached to a proposal.
  xml += `<pageSetup paperSize="9" orientation="${plan.landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>`;
  return xml + '</worksheet>';
}

/**
 * The worksheet XML of `plan`, in pieces. A plan given row by row (`rowStream`) is written by
 * rows-xml.ts, which calls the pieces here.
 */
export function* sheetXml(plan: SheetPlan, options: SheetXmlOptions): Generator<string> {
  const { styles, notes } = options;
  const { cells, dimension } = ordered(plan.cells);
  yield sheetHead(plan, dimension, options.mainNs);

  let currentRow = 0;
  let lastKey = -1;
  // Cells are gathered a few hundred at a time and given out joined: few pieces, each short-lived.
  let parts: string[] = [];
  for (const pc of cells) {
    const { row: r, col: c, canonical } = parseAddress(pc.address);
    const key = r * 16385 + c;
    const address = canonical ? pc.address : `${columnLetter(c)}${r}`;
    const xml = cellXml(pc, address, styles.styleOf(pc), notes);
    if (key === lastKey) {
      parts[parts.length - 1] = xml; // a later cell at the same address replaces the earlier one
      continue;
    }
    if (r !== currentRow) {
      if (parts.length >= CELLS_PER_PIECE) {
        yield parts.join('');
        parts = [];
      }
      parts.push(currentRow ? `</row><row r="${r}">` : `<row r="${r}">`);
      currentRow = r;
    }
    parts.push(xml);
    lastKey = key;
  }
  if (currentRow) parts.push('</row>');
  parts.push(sheetTail(plan));
  yield parts.join('');
}

/** The relationships namespace that goes with a spreadsheetml namespace. */
export function relationshipsNsFor(mainNs: string): string {
  return mainNs.startsWith('http://purl.oclc.org/')
    ? 'http://purl.oclc.org/ooxml/officeDocument/relationships'
    : 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
}
