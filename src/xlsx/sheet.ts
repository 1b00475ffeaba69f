// One worksheet part, streamed: the cells that hold a value or a style worth keeping, kept
// sparse (a sheet's size is what it holds, not how far its used range reaches), with hidden
// rows, row and column styles and merged areas. Cell values as a person reads them: shared,
// inline and rich strings as text, shared formulas moved to each cell, dates as ISO text.
import type { CellValue } from '../core/grid';
import { columnLetter } from '../core/grid';
import { xlsxText } from '../core/i18n/xlsx';
import { SheetCells } from './cells';
import { XlsxError } from './errors';
import { slideFormula } from './formula';
import { EXCEL_COLUMNS, EXCEL_ROWS, MAX_CELL_TEXT } from './limits';
import type { XlsxPackage } from './package';
import { unescapeXstring } from './shared-strings';
import type { CellStyles } from './styles';
import { isoCellDate, serialToIso } from './values';
import { isSpace, START, TEXT } from './xml';
import type { XmlScanner } from './xml';

export interface SheetContext {
  pkg: XlsxPackage;
  sheet: string;
  styles: CellStyles;
  sharedStrings: string[];
  date1904: boolean;
  /** Cells kept so far in the workbook, against MAX_CELLS. */
  budget: { cells: number; max: number };
}

// Where character data goes.
const NONE = 0;
const V = 1;
const F = 2;
const IS_T = 3;

/** The cell type written at `k` and closed by a quote ("s", "n", "b", "str", "e"), else ''. */
function typeAt(b: string, k: number): string {
  const c = b.charCodeAt(k);
  if (b.charCodeAt(k + 1) === 34) return c === 115 ? 's' : c === 110 ? 'n' : c === 98 ? 'b' : c === 101 ? 'e' : '';
  return c === 115 && b.startsWith('tr"', k + 1) ? 'str' : '';
}

/** A row's attributes Excel writes (the fast path reads a row with no others). */
const ROW_ATTRS = ['r', 'spans', 's', 'customFormat', 'hidden', 'ht', 'customHeight', 'x14ac:dyDescent', 'outlineLevel', 'collapsed', 'thickTop', 'thickBot', 'ph'];
const ROW_R = 0;
const ROW_S = 2;
const ROW_CUSTOM_FORMAT = 3;
const ROW_HIDDEN = 4;

/** Which of ROW_ATTRS is written at `k`, followed by `="`; else -1. */
function rowAttrAt(b: string, k: number): number {
  const c = b.charCodeAt(k);
  for (let i = 0; i < ROW_ATTRS.length; i++) {
    const name = ROW_ATTRS[i];
    if (name.charCodeAt(0) === c && b.startsWith(name, k) && b.charCodeAt(k + name.length) === 61 && b.charCodeAt(k + name.length + 1) === 34) return i;
  }
  return -1;
}

/** "</v></c>" at `k`. */
function isEndVC(b: string, k: number): boolean {
  return b.charCodeAt(k) === 60 && b.charCodeAt(k + 1) === 47 && b.charCodeAt(k + 2) === 118 && b.charCodeAt(k + 3) === 62 &&
    b.charCodeAt(k + 4) === 60 && b.charCodeAt(k + 5) === 47 && b.charCodeAt(k + 6) === 99 && b.charCodeAt(k + 7) === 62;
}

/** "B12" → [row, col]; null when it is not an A1 address. Rows and columns are not bounded here. */
function parseAddress(ref: string): [number, number] | null {
  let i = 0;
  let col = 0;
  const n = ref.length;
  while (i < n) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
    i++;
    if (i > 7) return null;
  }
  if (i === 0 || i === n) return null;
  let row = 0;
  for (let k = i; k < n; k++) {
    const c = ref.charCodeAt(k);
    if (c < 48 || c > 57 || k - i > 12) return null;
    row = row * 10 + (c - 48);
  }
  return [row, col];
}

export async function readSheetCells(part: string, ctx: SheetContext): Promise<SheetCells> {
  const { pkg, sheet, styles, sharedStrings, date1904, budget } = ctx;
  const file = pkg.fileName;
  const out = new SheetCells();
  const interesting = (s: number): boolean => styles.bold[s] === true || (styles.numFmt[s] ?? 'General') !== 'General';
  const checkRow = (row: number): void => {
    if (row < 1 || row > EXCEL_ROWS) throw new XlsxError(xlsxText.rowOutOfRange(file, sheet, row));
  };
  const checkCol = (col: number, ref: string): void => {
    if (col < 1 || col > EXCEL_COLUMNS) throw new XlsxError(xlsxText.columnOutOfRange(file, sheet, ref));
  };
  /** A number cell's value: a date-styled number is a serial day. */
  const numberValue = (n: number, style: number): CellValue => (styles.isDate[style] ? serialToIso(n, date1904) : n);
  const address = (ref: string): [number, number] => {
    const at = parseAddress(ref);
    if (!at) throw new XlsxError(xlsxText.badAddress(file, sheet, ref));
    checkRow(at[0]);
    checkCol(at[1], ref);
    return at;
  };

  let section = '';
  let inSheetData = false;
  let rowNumber = 0;
  let inRow = false;
  // The cell being read.
  let inCell = false;
  let cellRow = 0;
  let cellCol = 0;
  let cellType = '';
  let cellStyle = 0;
  let vText: string | null = null;
  let fText: string | null = null;
  let fType = '';
  let fRef = '';
  let fSi = '';
  let isText: string | null = null;
  let target = NONE;
  let inIs = false;
  let inRun = false;
  const masters = new Map<string, { formula: string; row: number; col: number }>();

  /** A new cell of this type and style, nothing read of it yet. */
  const startCell = (type: string, style: number): void => {
    cellType = type;
    cellStyle = style;
    vText = null;
    fText = null;
    fType = '';
    fRef = '';
    fSi = '';
    isText = null;
  };

  const finishCell = (): void => {
    let value: CellValue | undefined;
    let formula: string | null = null;
    if (fText !== null || fType === 'shared') {
      if (fType === 'shared' && fSi !== '') {
        if (fText && fRef) masters.set(fSi, { formula: fText, row: cellRow, col: cellCol });
        else if (!fText) {
          const m = masters.get(fSi);
          if (m) formula = slideFormula(m.formula, cellRow - m.row, cellCol - m.col);
        }
      }
      if (fText) formula = fText;
    }
    const text = vText ?? '';
    switch (cellType) {
      case 's': {
        if (vText === null) { value = undefined; break; }
        const idx = Number(text);
        const s = sharedStrings[idx];
        if (!Number.isInteger(idx) || s === undefined) {
          throw new XlsxError(xlsxText.corrupt(file, `cell ${columnLetter(cellCol)}${cellRow} of sheet "${sheet}" points to shared string ${text}, which does not exist`));
        }
        value = s;
        break;
      }
      case 'str':
        value = vText === null ? (formula ? null : undefined) : unescapeXstring(text);
        break;
      case 'inlineStr':
        value = isText !== null ? unescapeXstring(isText) : vText !== null ? unescapeXstring(text) : undefined;
        break;
      case 'b':
        value = vText === null ? undefined : text.trim() === '1' || text.trim() === 'true';
        break;
      case 'e':
        value = vText === null ? undefined : text.trim();
        break;
      case 'd':
        value = vText === null ? undefined : isoCellDate(text);
        break;
      default: {
        if (vText === null || text.trim() === '') { value = undefined; break; }
        const n = Number(text);
        if (!Number.isFinite(n)) value = null;
        else value = numberValue(n, cellStyle);
      }
    }
    if (formula !== null && value === undefined) value = null;
    if (value === undefined && !interesting(cellStyle)) return;
    keep(cellRow, cellCol, value, formula === null ? null : `=${formula}`, cellStyle);
  };

  const keep = (row: number, col: number, value: CellValue | undefined, formula: string | null, style: number): void => {
    if (++budget.cells > budget.max) throw new XlsxError(xlsxText.tooManyCells(file, budget.max));
    out.add(row, col, value, formula, style);
  };

  const take = (x: { keepText: boolean }, into: number): void => {
    target = into;
    x.keepText = true;
  };

  const digits = (b: string, k: number, max: number): number => {
    let n = 0;
    let i = k;
    for (; i < b.length && i - k <= max; i++) {
      const c = b.charCodeAt(i);
      if (c < 48 || c > 57) break;
      n = n * 10 + (c - 48);
    }
    return i === k || i - k > max || (b.charCodeAt(k) === 48 && i - k > 1) ? -1 : (fastEnd = i, n);
  };
  let fastEnd = 0;
  /**
   * The usual cell, <c r="B7" s="3" t="s"><v>12</v></c> (attributes in Excel's order, a value
   * without references or line ends), read without tokens: most of a sheet's cells. Reads the
   * cells from `k` one after another while they have that shape; returns where it stopped (the
   * cell there, if any, is the tokens' to read).
   */
  const fastCells = (b: string, from: number): number => {
    let k = from;
    const n = b.length;
    for (;;) {
      const at = k;
      while (isSpace(b.charCodeAt(k))) k++;
      // <c r="
      if (b.charCodeAt(k) !== 60 || b.charCodeAt(k + 1) !== 99 || b.charCodeAt(k + 2) !== 32 || b.charCodeAt(k + 3) !== 114 ||
        b.charCodeAt(k + 4) !== 61 || b.charCodeAt(k + 5) !== 34) return at;
      k += 6;
      let col = 0;
      const letters = k;
      for (; k < n; k++) {
        const c = b.charCodeAt(k);
        if (c < 65 || c > 90) break;
        col = col * 26 + (c - 64);
      }
      if (k === letters || k - letters > 3) return at;
      const row = digits(b, k, 7);
      if (row < 0) return at;
      // Checked here, on the address alone: the tokens would refuse the same cell with the same line.
      if (row < 1 || row > EXCEL_ROWS) checkRow(row);
      if (col > EXCEL_COLUMNS) checkCol(col, b.slice(letters, fastEnd));
      // Should the tokens read this cell after all, they set the same place from its address.
      cellRow = row;
      cellCol = col;
      k = fastEnd;
      if (b.charCodeAt(k) !== 34) return at;
      k++;
      let style = 0;
      // ' s="'
      if (b.charCodeAt(k) === 32 && b.charCodeAt(k + 1) === 115 && b.charCodeAt(k + 2) === 61 && b.charCodeAt(k + 3) === 34) {
        style = digits(b, k + 4, 9);
        if (style < 0 || b.charCodeAt(fastEnd) !== 34) return at;
        k = fastEnd + 1;
      }
      let type = '';
      // ' t="'
      if (b.charCodeAt(k) === 32 && b.charCodeAt(k + 1) === 116 && b.charCodeAt(k + 2) === 61 && b.charCodeAt(k + 3) === 34) {
        type = typeAt(b, k + 4);
        if (type === '') return at;
        k += 5 + type.length;
      }
      const c0 = b.charCodeAt(k);
      let value: string | null = null;
      if (c0 === 47 && b.charCodeAt(k + 1) === 62) { // "/>"
        k += 2;
      } else if (c0 !== 62 || b.charCodeAt(k + 1) !== 60) {
        return at;
      } else if (b.charCodeAt(k + 2) === 47 && b.charCodeAt(k + 3) === 99 && b.charCodeAt(k + 4) === 62) { // "></c>"
        k += 5;
      } else if (b.charCodeAt(k + 2) === 118 && b.charCodeAt(k + 3) === 62) { // "><v>"
        const v = k + 4;
        // A shared string's index or a whole number, read in place: no text made for it.
        if (type === 's' || type === '' || type === 'n') {
          const num = digits(b, v, 15);
          if (num >= 0 && isEndVC(b, fastEnd)) {
            const s = type === 's' ? sharedStrings[num] : undefined;
            if (type !== 's' || s !== undefined) {
              keep(row, col, type === 's' ? s : numberValue(num, style), null, style);
              k = fastEnd + 8;
              continue;
            }
          }
        }
        const lt = b.indexOf('<', v);
        if (lt < 0 || !isEndVC(b, lt)) return at;
        for (let i = v; i < lt; i++) {
          const c = b.charCodeAt(i);
          if (c < 32 || c === 38) return at; // a reference or a control character: the tokens decide
        }
        value = b.slice(v, lt);
        k = lt + 8;
      } else {
        return at;
      }
      startCell(type, style);
      vText = value;
      finishCell();
    }
  };
  /** A row begins (its style -1 when it is not formatted as a whole). */
  const startRow = (number: number, hidden: boolean, style: number, open: boolean): void => {
    rowNumber = number;
    checkRow(rowNumber);
    if (hidden) out.hiddenRows.push(rowNumber);
    if (style >= 0) out.rowStyles.set(rowNumber, style);
    inRow = open;
    cellCol = 0;
  };

  /**
   * The usual row start, <row r="7" spans="1:6" x14ac:dyDescent="0.25"> (attributes Excel
   * writes, each once, one space before each, values of plain characters), read without tokens:
   * returns where the tag ends (the row begun), or -1 to leave it to the tokens.
   */
  const fastRowStart = (x: XmlScanner, b: string, from: number): number => {
    if (b.charCodeAt(from) !== 60 || b.charCodeAt(from + 1) !== 114 || b.charCodeAt(from + 2) !== 111 || b.charCodeAt(from + 3) !== 119) return -1;
    let k = from + 4;
    let seen = 0;
    let number = rowNumber + 1;
    let hidden = false;
    let formatted = false;
    let style = -1;
    for (;;) {
      const c = b.charCodeAt(k);
      if (c === 62 || c === 47) break;
      if (c !== 32) return -1;
      const name = rowAttrAt(b, k + 1);
      if (name < 0 || (seen & (1 << name)) !== 0) return -1;
      seen |= 1 << name;
      const v = k + 3 + ROW_ATTRS[name].length;
      let close = v;
      for (;; close++) {
        const ch = b.charCodeAt(close);
        if (ch === 34) break;
        if (!(ch >= 32 && ch <= 126) || ch === 60 || ch === 38) return -1; // the tokens decide (or the tag goes on past the text)
      }
      if (name === ROW_R || (name === ROW_S)) {
        const n = digits(b, v, name === ROW_R ? 7 : 9);
        if (n < 0 || fastEnd !== close) return -1;
        if (name === ROW_R) number = n;
        else style = n;
      } else if (name === ROW_HIDDEN || name === ROW_CUSTOM_FORMAT) {
        const on = (close === v + 1 && b.charCodeAt(v) === 49) || (close === v + 4 && b.startsWith('true', v));
        if (name === ROW_HIDDEN) hidden = on;
        else formatted = on;
      }
      k = close + 1;
    }
    let open = true;
    if (b.charCodeAt(k) === 47) {
      if (b.charCodeAt(k + 1) !== 62) return -1;
      open = false;
      k++;
    }
    startRow(number, hidden, formatted ? style : -1, open);
    if (open) x.openElement('row', k + 1);
    return k + 1;
  };

  /**
   * Rows of usual cells, read without tokens from the scanner's position for as long as they
   * have the usual shape; the tokens read whatever stops it, and the fast path goes on after.
   */
  const fastSheet = (x: XmlScanner): boolean => {
    if (inCell || !inSheetData) return false;
    const b = x.buffer;
    const from = x.position;
    let k = from;
    for (;;) {
      if (inRow) {
        k = fastCells(b, k);
        let e = k;
        while (isSpace(b.charCodeAt(e))) e++;
        // </row>
        if (b.charCodeAt(e) !== 60 || b.charCodeAt(e + 1) !== 47 || b.charCodeAt(e + 2) !== 114 || b.charCodeAt(e + 3) !== 111 ||
          b.charCodeAt(e + 4) !== 119 || b.charCodeAt(e + 5) !== 62 || !x.closeElement('row', e + 6)) break;
        inRow = false;
        k = e + 6;
      } else {
        if (x.depth !== 2) break;
        let e = k;
        while (isSpace(b.charCodeAt(e))) e++;
        const end = fastRowStart(x, b, e);
        if (end < 0) break;
        k = end;
      }
    }
    if (k === from) return false;
    x.skipTo(k);
    return true;
  };

  await pkg.scan(part, (kind, x) => {
    if (kind === TEXT) {
      if (target === V) vText = (vText ?? '') + x.text;
      else if (target === F) fText = (fText ?? '') + x.text;
      else if (target === IS_T) isText = (isText ?? '') + x.text;
      const longest = target === V ? (vText as string).length : target === F ? (fText as string).length : (isText ?? '').length;
      if (longest > MAX_CELL_TEXT) throw new XlsxError(xlsxText.cellTooLong(file, part, MAX_CELL_TEXT));
      return;
    }
    const level = x.level;
    if (kind === START) {
      if (level === 2) {
        section = x.local;
        inSheetData = section === 'sheetData' && !x.selfClosing;
      } else if (level === 3) {
        if (inSheetData && x.local === 'row') {
          const r = x.attr('r');
          const number = r === undefined ? rowNumber + 1 : Number(r);
          if (!Number.isInteger(number)) throw new XlsxError(xlsxText.badAddress(file, sheet, `row ${r ?? ''}`));
          const hidden = x.attr('hidden');
          const cf = x.attr('customFormat');
          const s = x.attr('s');
          const style = (cf === '1' || cf === 'true') && s !== undefined ? parseInt(s, 10) || 0 : -1;
          startRow(number, hidden === '1' || hidden === 'true', style, !x.selfClosing);
        } else if (section === 'mergeCells' && x.local === 'mergeCell') {
          const ref = x.attr('ref') ?? '';
          const [a, b = a] = ref.split(':');
          const p = address(a);
          const q = address(b);
          out.merges.push({ top: Math.min(p[0], q[0]), left: Math.min(p[1], q[1]), bottom: Math.max(p[0], q[0]), right: Math.max(p[1], q[1]) });
        } else if (section === 'cols' && x.local === 'col') {
          const s = x.attr('style');
          const min = parseInt(x.attr('min') ?? '', 10);
          const max = parseInt(x.attr('max') ?? '', 10);
          if (s !== undefined && min >= 1 && max >= min) out.colStyles.push({ min, max: Math.min(max, EXCEL_COLUMNS), style: parseInt(s, 10) || 0 });
          const hidden = x.attr('hidden');
          if ((hidden === '1' || hidden === 'true') && min >= 1 && max >= min) out.hiddenCols.push({ min, max: Math.min(max, EXCEL_COLUMNS) });
        }
      } else if (level === 4 && inRow && x.local === 'c') {
        const r = x.attr('r');
        if (r === undefined) {
          cellRow = rowNumber;
          cellCol++;
          checkCol(cellCol, `${columnLetter(Math.min(cellCol, EXCEL_COLUMNS))}${rowNumber}…`);
        } else {
          [cellRow, cellCol] = address(r);
        }
        const s = x.attr('s');
        startCell(x.attr('t') ?? '', s === undefined ? 0 : parseInt(s, 10) || 0);
        inIs = false;
        inCell = !x.selfClosing;
        if (!inCell) finishCell();
      } else if (inCell && level === 5) {
        if (x.local === 'v') {
          if (!x.selfClosing) take(x, V);
        } else if (x.local === 'f') {
          fType = x.attr('t') ?? '';
          fRef = x.attr('ref') ?? '';
          fSi = x.attr('si') ?? '';
          if (!x.selfClosing) take(x, F);
        } else if (x.local === 'is') {
          inIs = !x.selfClosing;
        }
      } else if (inIs && level === 6) {
        if (x.local === 't') {
          if (!x.selfClosing) take(x, IS_T);
        } else if (x.local === 'r') {
          inRun = !x.selfClosing;
        }
      } else if (inRun && level === 7 && x.local === 't') {
        if (!x.selfClosing) take(x, IS_T);
      }
      return;
    }
    // END
    if (target !== NONE && (x.local === 'v' || x.local === 'f' || x.local === 't')) {
      target = NONE;
      x.keepText = false;
      if (x.local === 'v') vText ??= '';
      else if (x.local === 'f') fText ??= '';
      else isText ??= '';
    } else if (level === 6 && x.local === 'r') {
      inRun = false;
    } else if (level === 5 && x.local === 'is') {
      inIs = false;
    } else if (level === 4 && inCell && x.local === 'c') {
      inCell = false;
      finishCell();
    } else if (level === 3 && x.local === 'row') {
      inRow = false;
    } else if (level === 2) {
      inSheetData = false;
      section = '';
    }
  }, fastSheet);
  return out;
}
