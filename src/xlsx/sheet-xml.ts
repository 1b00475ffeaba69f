// A core SheetPlan → worksheet XML, given out in pieces so a 100,000-row sheet never sits in
// memory as one string. Only what Excel can hold goes in: a text over 32,767 characters is cut
// with a marker, a number that is not finite becomes #NUM!, a formula over Excel's 8,192
// characters is written as its value; each is counted so the caller can say so.
import { Decimal } from '../core/decimal';
import { columnLetter } from '../core/grid';
import { xlsxText } from '../core/i18n/xlsx';
import type { PlanCell, SheetPlan } from '../core/sheetplan';
import { EXCEL_CELL_TEXT } from './limits';
import type { StyleBook } from './styles-edit';

/** Excel's longest formula. */
const EXCEL_FORMULA = 8192;
/** How much XML to gather before giving a piece out. */
const PIECE = 1 << 16;

export interface SheetWriteNotes {
  /** Cells whose text was cut to Excel's limit. */
  cut: string[];
  /** Cells whose number Excel cannot hold (written #NUM!). */
  notANumber: string[];
  /** Cells whose formula was too long for Excel (written as the value). */
  formulaAsValue: string[];
}

// Characters XML cannot carry; Excel writes them as _xHHHH_ (and a literal "_xHHHH_" as _x005F_xHHHH_).
const XSTRING_UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}

/** Text for <t> or <v>: XML-escaped, characters XML cannot hold as _xHHHH_. */
export function escapeText(s: string): string {
  let out = s;
  if (/[&<>]/.test(out)) out = out.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
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
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

/** A formula for <f>: escaped; characters XML cannot hold have no escape there and are dropped. */
function escapeFormula(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function parseAddress(a: string): [number, number] {
  const m = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]*)$/.exec(a.trim());
  if (!m) throw new Error(`sheet plan: "${a}" is not a cell address`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [parseInt(m[2], 10), col];
}

type Scalar = string | number | boolean | null;

function scalarOf(value: PlanCell['value']): Scalar {
  if (value === undefined || value === null) return null;
  // Excel stores doubles: this is the one place a Decimal becomes a number, on its way into a cell.
  if (Decimal.isDecimal(value)) return (value as Decimal).toNumber();
  return value as Scalar;
}

function quoted(t: string): string {
  return `"${t.replace(/"/g, '""')}"`;
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

/** <v> and the t attribute for a constant or a formula's cached value. */
function valueXml(v: Scalar, address: string, notes: SheetWriteNotes, formula: boolean): { t: string; v: string } | null {
  if (v === null) return null;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) {
      notes.notANumber.push(address);
      return { t: ' t="e"', v: '<v>#NUM!</v>' };
    }
    return { t: '', v: `<v>${String(v)}</v>` };
  }
  if (typeof v === 'boolean') return { t: ' t="b"', v: `<v>${v ? 1 : 0}</v>` };
  const text = escapeText(fit(v, address, notes));
  if (formula) return { t: ' t="str"', v: `<v>${text}</v>` };
  return { t: ' t="inlineStr"', v: `<is><t xml:space="preserve">${text}</t></is>` };
}

function cellXml(pc: PlanCell, address: string, style: number, notes: SheetWriteNotes): string {
  const s = style ? ` s="${style}"` : '';
  let scalar = scalarOf(pc.value);
  let formula: string | null = null;
  if (pc.formula) {
    formula = pc.formula.replace(/^=/, '');
  } else if (pc.link) {
    // A HYPERLINK formula, not a hyperlink relationship: Excel, LibreOffice and Office.js all
    // follow =HYPERLINK("#'Sheet'!A1", text) to a place in the workbook.
    const target = pc.link.startsWith('#') ? pc.link : `#${pc.link}`;
    const text = scalar === null ? pc.link.replace(/^#/, '') : String(scalar);
    formula = `HYPERLINK(${quoted(target)},${quoted(text)})`;
    scalar = text;
  }
  if (formula !== null && formula.length > EXCEL_FORMULA) {
    notes.formulaAsValue.push(address);
    formula = null;
  }
  const value = valueXml(scalar, address, notes, formula !== null);
  if (formula !== null) {
    return `<c r="${address}"${s}${value ? value.t : ''}><f>${escapeFormula(formula)}</f>${value ? value.v : ''}</c>`;
  }
  if (!value) return style ? `<c r="${address}"${s}/>` : '';
  return `<c r="${address}"${s}${value.t}>${value.v}</c>`;
}

export interface SheetXmlOptions {
  /** The spreadsheetml namespace of the workbook (transitional or strict). */
  mainNs: string;
  styles: StyleBook;
  notes: SheetWriteNotes;
}

/** The worksheet XML of `plan`, in pieces. */
export function* sheetXml(plan: SheetPlan, options: SheetXmlOptions): Generator<string> {
  const { styles, notes } = options;
  const n = plan.cells.length;
  const rows = new Int32Array(n);
  const cols = new Int32Array(n);
  let ordered = true;
  let maxRow = 1;
  let maxCol = 1;
  for (let k = 0; k < n; k++) {
    const [r, c] = parseAddress(plan.cells[k].address);
    rows[k] = r;
    cols[k] = c;
    if (k > 0 && (r < rows[k - 1] || (r === rows[k - 1] && c <= cols[k - 1]))) ordered = false;
    if (r > maxRow) maxRow = r;
    if (c > maxCol) maxCol = c;
  }
  let order: number[] | null = null;
  if (!ordered) {
    order = Array.from({ length: n }, (_, k) => k);
    // A later cell at the same address wins, as a later assignment would.
    order.sort((a, b) => rows[a] - rows[b] || cols[a] - cols[b] || a - b);
  }

  let head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${options.mainNs}" xmlns:r="${relationshipsNsFor(options.mainNs)}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${columnLetter(maxCol)}${maxRow}"/>` +
    '<sheetViews><sheetView workbookViewId="0">';
  const freeze = plan.freeze;
  if (freeze && (freeze.rows > 0 || freeze.cols > 0)) {
    const pane = freeze.rows > 0 && freeze.cols > 0 ? 'bottomRight' : freeze.rows > 0 ? 'bottomLeft' : 'topRight';
    head += `<pane${freeze.cols > 0 ? ` xSplit="${freeze.cols}"` : ''}${freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : ''}` +
      ` topLeftCell="${columnLetter(freeze.cols + 1)}${freeze.rows + 1}" activePane="${pane}" state="frozen"/>` +
      `<selection pane="${pane}"/>`;
  }
  head += '</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>';
  const widths = Object.entries(plan.columnWidths ?? {})
    .map(([letter, width]) => [parseAddress(`${letter}1`)[1], width] as const)
    .filter(([, w]) => Number.isFinite(w) && w > 0)
    .sort((a, b) => a[0] - b[0]);
  if (widths.length) {
    head += '<cols>' + widths.map(([c, w]) => `<col min="${c}" max="${c}" width="${Math.min(w, 255)}" customWidth="1"/>`).join('') + '</cols>';
  }
  head += '<sheetData>';
  yield head;

  let piece = '';
  let currentRow = 0;
  let lastAddressKey = -1;
  let pendingCell = '';
  for (let i = 0; i < n; i++) {
    const k = order ? order[i] : i;
    const r = rows[k];
    const c = cols[k];
    const key = r * 16385 + c;
    const pc = plan.cells[k];
    const address = `${columnLetter(c)}${r}`;
    const xml = cellXml(pc, address, styles.styleOf(pc), notes);
    if (key === lastAddressKey) {
      pendingCell = xml; // the later cell at this address replaces the earlier one
      continue;
    }
    piece += pendingCell;
    pendingCell = '';
    if (r !== currentRow) {
      if (currentRow) piece += '</row>';
      piece += `<row r="${r}">`;
      currentRow = r;
    }
    pendingCell = xml;
    lastAddressKey = key;
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  piece += pendingCell;
  if (currentRow) piece += '</row>';
  piece += '</sheetData>';
  const merges = plan.merges ?? [];
  if (merges.length) {
    piece += `<mergeCells count="${merges.length}">` + merges.map((m) => `<mergeCell ref="${escapeAttr(m)}"/>`).join('') + '</mergeCells>';
  }
  piece += '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>';
  // A4, one page wide: printed and attached to a proposal.
  piece += `<pageSetup paperSize="9" orientation="${plan.landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>`;
  piece += '</worksheet>';
  yield piece;
}

/** The relationships namespace that goes with a spreadsheetml namespace. */
export function relationshipsNsFor(mainNs: string): string {
  return mainNs.startsWith('http://purl.oclc.org/')
    ? 'http://purl.oclc.org/ooxml/officeDocument/relationships'
    : 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
}
