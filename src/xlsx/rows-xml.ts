// The worksheet XML of a plan given row by row (SheetPlan.rowStream: the CLI's --out on a large
// check), byte for byte what sheet-xml.ts writes for the same cells given one by one (less the <dimension>), made
// without an address string per cell to build and parse back or a generator step per cell, and
// a column's cell that repeats the one above (a sheet name, a source, an item's name over its
// pieces) reuses its XML. The usual cells (a number, an amount, a text, a formula with its figure, a
// link) are written here; any other (a text to cut, a number Excel cannot hold, a formula too
// long or with markup in it) goes through sheet-xml.ts's own cell writer, so there is one
// answer for each odd case and it says so in the same notes.
import { Decimal } from '../core/decimal';
import { columnLetter } from '../core/grid';
import type { PlanRow, PlanRowCell, SheetPlan } from '../core/sheetplan';
import { EXCEL_CELL_TEXT, EXCEL_FORMULA } from './limits';
import { FORMULA_ESCAPE, PRESERVE, cellXml, decimalCellText, escapeText, plainText, quoted, sheetHead, sheetTail, sheetXml, styleAttr } from './sheet-xml';
import type { SheetXmlOptions } from './sheet-xml';
import type { ByteOut } from './byte-out';

/**
 * Writes the worksheet XML of `plan` into `out`, yielding at a row's end whenever `out` is full
 * (for the packer to take the batch): from its rows when it has them, else as sheet-xml.ts writes it.
 */
export function* planXml(plan: SheetPlan, options: SheetXmlOptions, out: ByteOut): Generator<void> {
  const rows = plan.rowStream;
  if (!rows) {
    for (const piece of sheetXml(plan, options)) {
      out.text(piece);
      yield;
    }
    return;
  }
  // No <dimension>: the range is known only once the last row is made (Excel works it out).
  out.text(sheetHead(plan, null, options.mainNs));
  yield* new RowWriter(plan.name, options).write(rows(), out);
  out.text(sheetTail(plan));
}

/** What a column's last cell was and the XML after its address: the next cell alike reuses it. */
interface Last {
  /** The cell object itself: a plan that gives one object for a repeated cell is known by it at once. */
  cell: PlanRowCell;
  value: PlanRowCell['value'];
  formula: string | undefined;
  link: string | undefined;
  style: number;
  tail: string;
}

/** A cell's XML: its opening up to the column letter, its row, the rest. */
function put(out: ByteOut, open: string, r: string, tail: string): void {
  out.text(open);
  out.text(r);
  out.text(tail);
}

/** A cell written as `last` was: its XML after the address is the same. */
function same(last: Last, c: PlanRowCell, style: number): boolean {
  return last.value === c.value && last.style === style && last.formula === c.formula && last.link === c.link;
}

class RowWriter {
  /** '<c r="B', per column. */
  private readonly opens: string[] = [];
  /** Per column: most columns repeat their last cell (a sheet, a source, an item's name over its pieces). */
  private readonly last: (Last | undefined)[] = [];
  /** The record of the cell written last, in any column. */
  private prev: Last | undefined;

  constructor(private readonly sheet: string, private readonly options: SheetXmlOptions) {}

  *write(rows: Iterable<PlanRow>, out: ByteOut): Generator<void> {
    let last = 0;
    for (const { row, cells } of rows) {
      if (row <= last) throw new Error(`sheet plan "${this.sheet}": rowStream gave row ${row} after row ${last}`);
      const r = String(row);
      const start = out.used;
      let open = false;
      out.text('<row r="');
      out.text(r);
      out.text('">');
      for (let i = 0; i < cells.length; i++) {
        const c = cells[i];
        if (!c) continue;
        // A row with a cell is written even when the cell is nothing (no value, no format).
        open = true;
        this.cell(c, i, r, out);
      }
      if (!open) {
        out.used = start;
        continue;
      }
      out.text('</row>');
      last = row;
      if (out.full) yield;
    }
  }

  /** Writes the XML of cell `c` of column `i` (0 = A) on row `r`. */
  private cell(c: PlanRowCell, i: number, r: string, out: ByteOut): void {
    const open = this.opens[i] ??= '<c r="' + columnLetter(i + 1);
    const last = this.last[i];
    if (last && last.cell === c) {
      this.prev = last;
      if (last.tail) put(out, open, r, last.tail);
      return;
    }
    const style = this.options.styles.styleOf(c);
    if (last && same(last, c, style)) {
      last.cell = c;
      this.prev = last;
      if (last.tail) put(out, open, r, last.tail);
      return;
    }
    // The cell before it, in whatever column, may be the same (an even spread's years).
    const prev = this.prev;
    const tail = prev && same(prev, c, style) ? prev.tail : this.tail(c, style);
    if (tail === null) {
      const ref = columnLetter(i + 1) + r;
      this.last[i] = undefined;
      this.prev = undefined;
      out.text(cellXml({ ...c, address: ref }, ref, style, this.options.notes));
      return;
    }
    if (last) {
      // Most columns change every row: their record is rewritten, not made again.
      last.cell = c;
      last.value = c.value;
      last.formula = c.formula;
      last.link = c.link;
      last.style = style;
      last.tail = tail;
      this.prev = last;
    } else {
      this.last[i] = this.prev = { cell: c, value: c.value, formula: c.formula, link: c.link, style, tail };
    }
    if (tail) put(out, open, r, tail);
  }

  /** The cell's XML after its address ('' for none), or null for a cell sheet-xml.ts must write. */
  private tail(c: PlanRowCell, style: number): string | null {
    const s = styleAttr(style);
    const value = c.value;
    const head = '"' + s;
    if (!c.formula && !c.link) {
      if (typeof value === 'string') {
        if (plainText(value)) return head + ' t="inlineStr"><is><t>' + value + '</t></is></c>';
        if (value.length > EXCEL_CELL_TEXT) return null;
        return head + (PRESERVE.test(value) ? ' t="inlineStr"><is><t xml:space="preserve">' : ' t="inlineStr"><is><t>') + escapeText(value) + '</t></is></c>';
      }
      const number = numberText(value);
      if (number !== null) return head + '><v>' + number + '</v></c>';
      if (typeof value === 'boolean') return head + ' t="b"><v>' + (value ? 1 : 0) + '</v></c>';
      if (value === null || value === undefined) return s ? head + '/>' : '';
      return null;
    }
    let formula: string;
    let cached = value;
    if (c.formula) {
      formula = c.formula.charCodeAt(0) === 61 ? c.formula.slice(1) : c.formula;
    } else {
      // A link: the HYPERLINK formula sheet-xml.ts writes, over a text (anything else goes there).
      if (typeof value !== 'string') return null;
      const link = c.link as string;
      formula = 'HYPERLINK(' + quoted(link.charCodeAt(0) === 35 ? link : '#' + link) + ',' + quoted(value) + ')';
    }
    if (formula.length > EXCEL_FORMULA || FORMULA_ESCAPE.test(formula)) return null;
    const f = '><f>' + formula + '</f>';
    if (cached === undefined) cached = null;
    if (cached === null) return head + f + '</c>';
    if (typeof cached === 'string') {
      if (cached.length > EXCEL_CELL_TEXT) return null;
      return head + ' t="str"' + f + '<v>' + (plainText(cached) ? cached : escapeText(cached)) + '</v></c>';
    }
    const number = numberText(cached);
    if (number !== null) return head + f + '<v>' + number + '</v></c>';
    if (typeof cached === 'boolean') return head + ' t="b"' + f + '<v>' + (cached ? 1 : 0) + '</v></c>';
    return null;
  }
}

/** The text of a number cell as sheet-xml.ts writes it, or null when not a number it writes as is. */
function numberText(value: PlanRowCell['value']): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (value instanceof Decimal) return decimalCellText(value);
  return null;
}
