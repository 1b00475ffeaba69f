// The worksheet XML of a plan given row by row (SheetPlan.rowStream: the CLI's --out on a large
// check), byte for byte what sheet-xml.ts writes for the same cells given one by one, made
// without an address string per cell to build and parse back, a generator step per cell or an
// object per value. The usual cells (a number, an amount, a text, a formula with its figure, a
// link) are written here; any other (a text to cut, a number Excel cannot hold, a formula too
// long or with markup in it) goes through sheet-xml.ts's own cell writer, so there is one
// answer for each odd case and it says so in the same notes.
import { Decimal } from '../core/decimal';
import { columnLetter } from '../core/grid';
import type { PlanCell, PlanRow, PlanRowCell, SheetPlan } from '../core/sheetplan';
import { EXCEL_CELL_TEXT } from './limits';
import { decimalCellText, escapeText, plainText, sheetXml } from './sheet-xml';
import type { SheetXmlOptions } from './sheet-xml';

/** Bytes given out at a time: a piece is handed on once it holds this much. */
const PIECE = 1 << 20;
/** Excel's longest formula (as sheet-xml.ts). */
const EXCEL_FORMULA = 8192;
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const FORMULA_ESCAPE = /[&<>\u0000-\u001f\ufffe\uffff]/;
/** Where an inline string needs xml:space="preserve" (as sheet-xml.ts). */
const PRESERVE = /^\s|\s$|[\n\t]/;
const EMPTY_SHEET_DATA = '<sheetData></sheetData>';
/** A column's last cell is kept as bytes up to this long (longer ones are written afresh). */
const KEPT = 512;

/**
 * The worksheet XML of `plan`, in pieces: from its rows when it has them (as UTF-8 bytes, each
 * valid only until the next piece is asked for), else as sheet-xml.ts writes it.
 */
export function* planXml(plan: SheetPlan, options: SheetXmlOptions): Generator<string | Uint8Array> {
  const rows = plan.rowStream;
  if (!rows) {
    yield* sheetXml(plan, options);
    return;
  }
  // The sheet around its rows exactly as sheet-xml.ts writes a streamed sheet's (no <dimension>).
  const frame = [...sheetXml({ ...plan, cells: [], cellStream: () => [], rowStream: undefined }, options)].join('');
  const at = frame.indexOf(EMPTY_SHEET_DATA);
  if (at < 0) throw new Error('sheet-xml: an empty sheet has no <sheetData></sheetData>');
  yield frame.slice(0, at + '<sheetData>'.length);
  yield* new RowWriter(plan.name, options).pieces(rows());
  yield frame.slice(at + '<sheetData>'.length);
}

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
const ROW_OPEN = ascii('<row r="');
const ROW_OPENED = ascii('">');
const ROW_CLOSE = ascii('</row>');
const INLINE = ascii(' t="inlineStr"><is><t>');
const INLINE_PRESERVE = ascii(' t="inlineStr"><is><t xml:space="preserve">');
const INLINE_CLOSE = ascii('</t></is></c>');
const V_OPEN = ascii('><v>');
const V_CLOSE = ascii('</v></c>');
const BOOLEAN = ascii(' t="b"');
const STRING = ascii(' t="str"');
const F_OPEN = ascii('><f>');
const F_CLOSE = ascii('</f>');
const V_AFTER_F = ascii('<v>');
const CELL_CLOSE = ascii('</c>');
const EMPTY_CLOSE = ascii('/>');
const HYPERLINK = ascii('HYPERLINK("');
const BETWEEN = ascii('","');
const HYPERLINK_CLOSE = ascii('")');

/** UTF-8 into a reused buffer, as Node encodes a string (a lone surrogate becomes U+FFFD). */
class Bytes {
  buf = new Uint8Array(PIECE + (PIECE >> 2));
  pos = 0;

  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.pos + n));
    bigger.set(this.buf.subarray(0, this.pos));
    this.buf = bigger;
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  /** A string of ASCII characters only (numbers, letters of a column). */
  ascii(s: string): void {
    const n = s.length;
    this.room(n);
    const buf = this.buf;
    let p = this.pos;
    for (let k = 0; k < n; k++) buf[p++] = s.charCodeAt(k);
    this.pos = p;
  }

  /** Any text from `from`; with `quotes`, each " written twice (a formula's string). */
  text(s: string, from = 0, quotes = false): void {
    const n = s.length;
    this.room((n - from) * 3 * (quotes ? 2 : 1));
    const buf = this.buf;
    let p = this.pos;
    for (let k = from; k < n; k++) {
      const c = s.charCodeAt(k);
      if (c < 0x80) {
        buf[p++] = c;
        if (quotes && c === 34) buf[p++] = c;
      } else if (c < 0x800) {
        buf[p++] = 0xc0 | (c >> 6);
        buf[p++] = 0x80 | (c & 63);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        const d = c <= 0xdbff && k + 1 < n ? s.charCodeAt(k + 1) : 0;
        if (d >= 0xdc00 && d <= 0xdfff) {
          const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          buf[p++] = 0xf0 | (cp >> 18);
          buf[p++] = 0x80 | ((cp >> 12) & 63);
          buf[p++] = 0x80 | ((cp >> 6) & 63);
          buf[p++] = 0x80 | (cp & 63);
          k++;
        } else {
          buf[p++] = 0xef;
          buf[p++] = 0xbf;
          buf[p++] = 0xbd;
        }
      } else {
        buf[p++] = 0xe0 | (c >> 12);
        buf[p++] = 0x80 | ((c >> 6) & 63);
        buf[p++] = 0x80 | (c & 63);
      }
    }
    this.pos = p;
  }

  /**
   * Writes `s` if it needs nothing but copying into <t> (sheet-xml.ts's plainText), in the same
   * pass that checks it; else writes nothing and says so.
   */
  plain(s: string): boolean {
    const n = s.length;
    if (n === 0) return true;
    if (n > EXCEL_CELL_TEXT) return false;
    const first = s.charCodeAt(0);
    const last = s.charCodeAt(n - 1);
    if (first === 32 || last === 32 || (first >= 0x80 && !plainText(s.charAt(0))) || (last >= 0x80 && !plainText(s.charAt(n - 1)))) return false;
    this.room(n * 3);
    const buf = this.buf;
    let p = this.pos;
    for (let k = 0; k < n; k++) {
      const c = s.charCodeAt(k);
      if (c < 0x80) {
        if (c < 32 || c === 38 || c === 60 || c === 62 || c === 95) return false;
        buf[p++] = c;
      } else if (c < 0x800) {
        buf[p++] = 0xc0 | (c >> 6);
        buf[p++] = 0x80 | (c & 63);
      } else if ((c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) {
        return false;
      } else {
        buf[p++] = 0xe0 | (c >> 12);
        buf[p++] = 0x80 | ((c >> 6) & 63);
        buf[p++] = 0x80 | (c & 63);
      }
    }
    this.pos = p;
    return true;
  }
}

/** What a column's last cell was and the bytes after its row number: the next cell alike reuses them. */
interface Last {
  value: PlanRowCell['value'];
  formula: string | undefined;
  link: string | undefined;
  style: number;
  /** null: not kept (a cell sheet-xml.ts wrote, a long one, an amount: seldom the next one's). */
  bytes: Uint8Array | null;
}

class RowWriter {
  private readonly out = new Bytes();
  /** '<c r="B', per column. */
  private readonly opens: Uint8Array[] = [];
  private readonly styleAttrs: Uint8Array[] = [];
  /** Per column: most columns repeat their last cell (a sheet, a source, an item's name over its pieces). */
  private readonly last: Last[] = [];

  constructor(private readonly sheet: string, private readonly options: SheetXmlOptions) {}

  *pieces(rows: Iterable<PlanRow>): Generator<Uint8Array> {
    const out = this.out;
    let last = 0;
    for (const { row, cells } of rows) {
      if (row <= last) throw new Error(`sheet plan "${this.sheet}": rowStream gave row ${row} after row ${last}`);
      const r = String(row);
      let open = false;
      for (let i = 0; i < cells.length; i++) {
        const c = cells[i];
        if (!c) continue;
        // A row with a cell is written even when the cell is nothing (no value, no format).
        if (!open) {
          out.bytes(ROW_OPEN);
          out.ascii(r);
          out.bytes(ROW_OPENED);
          open = true;
        }
        this.cell(c, i, r);
      }
      if (!open) continue;
      out.bytes(ROW_CLOSE);
      last = row;
      if (out.pos >= PIECE) {
        yield out.buf.subarray(0, out.pos);
        out.pos = 0;
      }
    }
    if (out.pos) yield out.buf.subarray(0, out.pos);
    out.pos = 0;
  }

  /** Puts cell `c` of column `i` (0 = A) on row `r`. */
  private cell(c: PlanRowCell, i: number, r: string): void {
    const out = this.out;
    const style = this.options.styles.styleOf(c);
    const last = this.last[i] as Last | undefined;
    const value = c.value;
    if (last && last.bytes && last.value === value && last.style === style && last.formula === c.formula && last.link === c.link) {
      if (last.bytes.length) {
        out.bytes(this.opens[i]);
        out.ascii(r);
        out.bytes(last.bytes);
      }
      return;
    }
    const mark = out.pos;
    out.bytes(this.opens[i] ??= ascii('<c r="' + columnLetter(i + 1)));
    out.ascii(r);
    const start = out.pos;
    let bytes: Uint8Array | null = null;
    if (this.tail(c, style)) {
      if (out.pos === start) out.pos = mark;
      if (typeof value !== 'object' && out.pos - start <= KEPT) bytes = out.buf.slice(start, Math.max(start, out.pos));
    } else {
      out.pos = mark;
      out.text(this.generic(c, columnLetter(i + 1) + r));
    }
    if (last) {
      last.value = value;
      last.formula = c.formula;
      last.link = c.link;
      last.style = style;
      last.bytes = bytes;
    } else {
      this.last[i] = { value, formula: c.formula, link: c.link, style, bytes };
    }
  }

  /** Writes the cell's XML after its row number (nothing for no cell); false for a cell sheet-xml.ts must write. */
  private tail(c: PlanRowCell, style: number): boolean {
    const out = this.out;
    const value = c.value;
    const s = style ? this.styleAttrs[style] ??= ascii(`" s="${style}"`) : null;
    if (!c.formula && !c.link) {
      if (typeof value === 'string') {
        if (value.length > EXCEL_CELL_TEXT) return false;
        out.bytes(s ?? QUOTE);
        const mark = out.pos;
        out.bytes(INLINE);
        if (!out.plain(value)) {
          out.pos = mark;
          out.bytes(PRESERVE.test(value) ? INLINE_PRESERVE : INLINE);
          out.text(escapeText(value));
        }
        out.bytes(INLINE_CLOSE);
        return true;
      }
      const number = numberText(value);
      if (number !== null) {
        out.bytes(s ?? QUOTE);
        out.bytes(V_OPEN);
        out.ascii(number);
        out.bytes(V_CLOSE);
        return true;
      }
      if (typeof value === 'boolean') {
        out.bytes(s ?? QUOTE);
        out.bytes(BOOLEAN);
        out.bytes(V_OPEN);
        out.ascii(value ? '1' : '0');
        out.bytes(V_CLOSE);
        return true;
      }
      if (value === null || value === undefined) {
        if (s) {
          out.bytes(s);
          out.bytes(EMPTY_CLOSE);
        }
        return true;
      }
      return false;
    }
    // The cached value first: what decides the type, and whether sheet-xml.ts must write the cell.
    const cached = c.formula ? value ?? null : value;
    let number: string | null = null;
    if (typeof cached === 'string') {
      if (cached.length > EXCEL_CELL_TEXT) return false;
    } else if (cached !== null && typeof cached !== 'boolean') {
      number = numberText(cached);
      if (number === null) return false;
    }
    const formula = c.formula;
    if (formula) {
      const from = formula.charCodeAt(0) === 61 ? 1 : 0;
      if (formula.length - from > EXCEL_FORMULA || FORMULA_ESCAPE.test(formula)) return false;
      out.bytes(s ?? QUOTE);
      if (typeof cached === 'string') out.bytes(STRING);
      else if (typeof cached === 'boolean') out.bytes(BOOLEAN);
      out.bytes(F_OPEN);
      out.text(formula, from);
    } else {
      // A link: the HYPERLINK formula sheet-xml.ts writes, over a text (anything else goes there).
      const link = c.link as string;
      if (typeof cached !== 'string' || FORMULA_ESCAPE.test(link) || FORMULA_ESCAPE.test(cached)) return false;
      const hash = link.charCodeAt(0) === 35 ? 0 : 1;
      if (12 + hash + quotedLength(link) + quotedLength(cached) > EXCEL_FORMULA) return false;
      out.bytes(s ?? QUOTE);
      out.bytes(STRING);
      out.bytes(F_OPEN);
      out.bytes(HYPERLINK);
      if (hash) out.ascii('#');
      out.text(link, 0, true);
      out.bytes(BETWEEN);
      out.text(cached, 0, true);
      out.bytes(HYPERLINK_CLOSE);
    }
    out.bytes(F_CLOSE);
    if (cached === null) {
      out.bytes(CELL_CLOSE);
      return true;
    }
    out.bytes(V_AFTER_F);
    if (typeof cached === 'string') {
      if (!out.plain(cached)) out.text(escapeText(cached));
    } else {
      out.ascii(typeof cached === 'boolean' ? (cached ? '1' : '0') : number as string);
    }
    out.bytes(V_CLOSE);
    return true;
  }

  /** A cell as sheet-xml.ts writes it, with its notes: for the odd cases only (a whole sheet's frame each). */
  private generic(c: PlanRowCell, ref: string): string {
    const cell: PlanCell = { ...c, address: ref };
    const xml = [...sheetXml({ name: this.sheet, cells: [cell] }, this.options)].join('');
    const open = xml.indexOf('>', xml.indexOf('<row r="', xml.indexOf('<sheetData>'))) + 1;
    return xml.slice(open, xml.indexOf('</row></sheetData>', open));
  }
}

const QUOTE = ascii('"');

/** The text of a number cell as sheet-xml.ts writes it, or null when not a number it writes as is. */
function numberText(value: PlanRowCell['value']): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (value instanceof Decimal) return decimalCellText(value);
  return null;
}

/** Characters of "t" in a formula, its quotes doubled. */
function quotedLength(t: string): number {
  let n = t.length + 2;
  for (let k = t.indexOf('"'); k >= 0; k = t.indexOf('"', k + 1)) n++;
  return n;
}
