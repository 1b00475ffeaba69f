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

/** What a column's last cell was and where its XML after the address was written: the next cell alike copies it. */
interface Last {
  /** The cell object itself: a plan that gives one object for a repeated cell is known by it at once. */
  cell: PlanRowCell;
  value: PlanRowCell['value'];
  formula: string | undefined;
  link: string | undefined;
  style: number;
  /** ByteOut.batch when written, and where in it: [start, end), empty for a cell that writes nothing. */
  batch: number;
  start: number;
  end: number;
}

/** A cell written as `last` was: its XML after the address is the same. */
function same(last: Last, c: PlanRowCell, style: number): boolean {
  return last.value === c.value && last.style === style && last.formula === c.formula && last.link === c.link;
}

/** What follows the address up to a cell's value, one set per cell format (s="3"), as UTF-8. */
interface Heads {
  /** A cell with a format and nothing else. */
  bare: Uint8Array;
  inline: Uint8Array;
  preserve: Uint8Array;
  number: Uint8Array;
  bool: Uint8Array;
  formula: Uint8Array;
  formulaText: Uint8Array;
  formulaBool: Uint8Array;
}

const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');

function headsOf(style: number): Heads {
  const h = '"' + styleAttr(style);
  return {
    bare: utf8(h + '/>'), inline: utf8(h + ' t="inlineStr"><is><t>'), preserve: utf8(h + ' t="inlineStr"><is><t xml:space="preserve">'),
    number: utf8(h + '><v>'), bool: utf8(h + ' t="b"><v>'), formula: utf8(h + '><f>'), formulaText: utf8(h + ' t="str"><f>'),
    formulaBool: utf8(h + ' t="b"><f>'),
  };
}

// The markup around every row and cell, encoded once.
const ROW_OPEN = utf8('<row r="');
const ROW_OPENED = utf8('">');
const ROW_CLOSE = utf8('</row>');
const INLINE_CLOSE = utf8('</t></is></c>');
const VALUE_CLOSE = utf8('</v></c>');
const FORMULA_CLOSE = utf8('</f></c>');
const FORMULA_VALUE = utf8('</f><v>');

class RowWriter {
  /** '<c r="B', per column. */
  private readonly opens: Uint8Array[] = [];
  /** Per column: most columns repeat their last cell (a sheet, a source, an item's name over its pieces). */
  private readonly last: (Last | undefined)[] = [];
  /** The record of the cell written last, in any column. */
  private prev: Last | undefined;
  private readonly heads: Heads[] = [];

  constructor(private readonly sheet: string, private readonly options: SheetXmlOptions) {}

  *write(rows: Iterable<PlanRow>, out: ByteOut): Generator<void> {
    let last = 0;
    for (const { row, cells } of rows) {
      if (row <= last) throw new Error(`sheet plan "${this.sheet}": rowStream gave row ${row} after row ${last}`);
      const r = String(row);
      const start = out.used;
      let open = false;
      out.bytes(ROW_OPEN);
      out.text(r);
      out.bytes(ROW_OPENED);
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
      out.bytes(ROW_CLOSE);
      last = row;
      if (out.full) yield;
    }
  }

  /** Writes the XML of cell `c` of column `i` (0 = A) on row `r`. */
  private cell(c: PlanRowCell, i: number, r: string, out: ByteOut): void {
    const open = this.opens[i] ??= utf8('<c r="' + columnLetter(i + 1));
    const last = this.last[i];
    if (last && last.cell === c) {
      this.again(last, c, open, r, out);
      return;
    }
    const style = this.options.styles.styleOf(c);
    if (last && same(last, c, style)) {
      last.cell = c;
      this.again(last, c, open, r, out);
      return;
    }
    // The cell before it, in whatever column, may be the same (an even spread's years).
    const prev = this.prev;
    if (prev && same(prev, c, style)) {
      this.again(prev, c, open, r, out);
      this.remember(i, c, style, prev.batch, prev.start, prev.end);
      return;
    }
    const at = out.used;
    out.bytes(open);
    out.text(r);
    const start = out.used;
    if (!this.tail(c, style, out)) {
      out.used = at;
      const ref = columnLetter(i + 1) + r;
      this.last[i] = undefined;
      this.prev = undefined;
      out.text(cellXml({ ...c, address: ref }, ref, style, this.options.notes));
      return;
    }
    // A cell that is nothing (no value, no format) writes nothing, not even its address.
    if (out.used === start) out.used = at;
    this.remember(i, c, style, out.batch, start, out.used > at ? out.used : start);
  }

  /** Column `i`'s last cell is `c`, its XML after the address at [start, end) of batch `batch`. */
  private remember(i: number, c: PlanRowCell, style: number, batch: number, start: number, end: number): void {
    const last = this.last[i];
    if (last) {
      // Most columns change every row: their record is rewritten, not made again.
      last.cell = c;
      last.value = c.value;
      last.formula = c.formula;
      last.link = c.link;
      last.style = style;
      last.batch = batch;
      last.start = start;
      last.end = end;
      this.prev = last;
    } else {
      this.last[i] = this.prev = { cell: c, value: c.value, formula: c.formula, link: c.link, style, batch, start, end };
    }
  }

  /**
   * Cell `c`, written as `like` was: its bytes copied while they are in the batch being filled,
   * else written afresh (`like` now points there).
   */
  private again(like: Last, c: PlanRowCell, open: Uint8Array, r: string, out: ByteOut): void {
    this.prev = like;
    if (like.start === like.end) return;
    out.bytes(open);
    out.text(r);
    if (like.batch === out.batch) {
      out.repeat(like.start, like.end);
      return;
    }
    like.batch = out.batch;
    like.start = out.used;
    this.tail(c, like.style, out);
    like.end = out.used;
  }

  /**
   * Writes the cell's XML after its address (nothing for a cell with no value and no format), or
   * writes nothing and says false for a cell sheet-xml.ts must write.
   */
  private tail(c: PlanRowCell, style: number, out: ByteOut): boolean {
    const h = this.heads[style] ??= headsOf(style);
    const value = c.value;
    if (!c.formula && !c.link) {
      if (typeof value === 'string') {
        if (plainText(value)) {
          out.bytes(h.inline);
          out.text(value);
        } else {
          if (value.length > EXCEL_CELL_TEXT) return false;
          out.bytes(PRESERVE.test(value) ? h.preserve : h.inline);
          out.text(escapeText(value));
        }
        out.bytes(INLINE_CLOSE);
        return true;
      }
      const number = numberText(value);
      if (number !== null) {
        out.bytes(h.number);
        out.text(number);
        out.bytes(VALUE_CLOSE);
        return true;
      }
      if (typeof value === 'boolean') {
        out.bytes(h.bool);
        out.text(value ? '1</v></c>' : '0</v></c>');
        return true;
      }
      if (value === null || value === undefined) {
        if (style) out.bytes(h.bare);
        return true;
      }
      return false;
    }
    let formula: string;
    let cached = value;
    if (c.formula) {
      formula = c.formula.charCodeAt(0) === 61 ? c.formula.slice(1) : c.formula;
    } else {
      // A link: the HYPERLINK formula sheet-xml.ts writes, over a text (anything else goes there).
      if (typeof value !== 'string') return false;
      const link = c.link as string;
      formula = 'HYPERLINK(' + quoted(link.charCodeAt(0) === 35 ? link : '#' + link) + ',' + quoted(value) + ')';
    }
    if (formula.length > EXCEL_FORMULA || FORMULA_ESCAPE.test(formula)) return false;
    if (cached === undefined) cached = null;
    if (cached === null) {
      out.bytes(h.formula);
      out.text(formula);
      out.bytes(FORMULA_CLOSE);
      return true;
    }
    if (typeof cached === 'string') {
      if (cached.length > EXCEL_CELL_TEXT) return false;
      out.bytes(h.formulaText);
      out.text(formula);
      out.bytes(FORMULA_VALUE);
      out.text(plainText(cached) ? cached : escapeText(cached));
      out.bytes(VALUE_CLOSE);
      return true;
    }
    if (typeof cached === 'boolean') {
      out.bytes(h.formulaBool);
      out.text(formula);
      out.text(cached ? '</f><v>1</v></c>' : '</f><v>0</v></c>');
      return true;
    }
    const number = numberText(cached);
    if (number === null) return false;
    out.bytes(h.formula);
    out.text(formula);
    out.bytes(FORMULA_VALUE);
    out.text(number);
    out.bytes(VALUE_CLOSE);
    return true;
  }
}

/** The text of a number cell as sheet-xml.ts writes it, or null when not a number it writes as is. */
function numberText(value: PlanRowCell['value']): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (value instanceof Decimal) return decimalCellText(value);
  return null;
}
