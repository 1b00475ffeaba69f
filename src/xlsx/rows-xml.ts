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

/** Rows joined into one piece of XML: a few hundred kilobytes, each piece short-lived. */
const ROWS_PER_PIECE = 256;
/** Excel's longest formula (as sheet-xml.ts). */
const EXCEL_FORMULA = 8192;
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const FORMULA_ESCAPE = /[&<>\u0000-\u001f\ufffe\uffff]/;
/** Where an inline string needs xml:space="preserve" (as sheet-xml.ts). */
const PRESERVE = /^\s|\s$|[\n\t]/;
const EMPTY_SHEET_DATA = '<sheetData></sheetData>';

/** The worksheet XML of `plan`, in pieces: from its rows when it has them, else as sheet-xml.ts writes it. */
export function* planXml(plan: SheetPlan, options: SheetXmlOptions): Generator<string> {
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

class RowWriter {
  private readonly letters: string[] = [];
  private readonly styleAttrs: string[] = [''];

  constructor(private readonly sheet: string, private readonly options: SheetXmlOptions) {}

  *pieces(rows: Iterable<PlanRow>): Generator<string> {
    let piece = '';
    let count = 0;
    let last = 0;
    for (const { row, cells } of rows) {
      if (row <= last) throw new Error(`sheet plan "${this.sheet}": rowStream gave row ${row} after row ${last}`);
      const r = String(row);
      let xml = '';
      let any = false;
      for (let i = 0; i < cells.length; i++) {
        const c = cells[i];
        if (!c) continue;
        any = true;
        xml += this.cell(c, (this.letters[i] ??= columnLetter(i + 1)) + r);
      }
      if (!any) continue;
      last = row;
      piece += '<row r="' + r + '">' + xml + '</row>';
      if (++count === ROWS_PER_PIECE) {
        yield piece;
        piece = '';
        count = 0;
      }
    }
    if (piece) yield piece;
  }

  private styleAttr(style: number): string {
    return this.styleAttrs[style] ?? (this.styleAttrs[style] = ` s="${style}"`);
  }

  private cell(c: PlanRowCell, ref: string): string {
    const s = this.styleAttr(this.options.styles.styleOf(c));
    const value = c.value;
    const head = '<c r="' + ref + '"' + s;
    if (!c.formula && !c.link) {
      if (typeof value === 'string') {
        if (plainText(value)) return head + ' t="inlineStr"><is><t>' + value + '</t></is></c>';
        if (value.length > EXCEL_CELL_TEXT) return this.generic(c, ref);
        return head + (PRESERVE.test(value) ? ' t="inlineStr"><is><t xml:space="preserve">' : ' t="inlineStr"><is><t>') + escapeText(value) + '</t></is></c>';
      }
      const number = numberText(value);
      if (number !== null) return head + '><v>' + number + '</v></c>';
      if (typeof value === 'boolean') return head + ' t="b"><v>' + (value ? 1 : 0) + '</v></c>';
      if (value === null || value === undefined) return s ? head + '/>' : '';
      return this.generic(c, ref);
    }
    let formula: string;
    let cached = value;
    if (c.formula) {
      formula = c.formula.charCodeAt(0) === 61 ? c.formula.slice(1) : c.formula;
    } else {
      // A link: the HYPERLINK formula sheet-xml.ts writes, over a text (anything else goes there).
      if (typeof value !== 'string') return this.generic(c, ref);
      const link = c.link as string;
      formula = 'HYPERLINK(' + quoted(link.charCodeAt(0) === 35 ? link : '#' + link) + ',' + quoted(value) + ')';
    }
    if (formula.length > EXCEL_FORMULA || FORMULA_ESCAPE.test(formula)) return this.generic(c, ref);
    const f = '><f>' + formula + '</f>';
    if (cached === undefined) cached = null;
    if (cached === null) return head + f + '</c>';
    if (typeof cached === 'string') {
      if (cached.length > EXCEL_CELL_TEXT) return this.generic(c, ref);
      return head + ' t="str"' + f + '<v>' + (plainText(cached) ? cached : escapeText(cached)) + '</v></c>';
    }
    const number = numberText(cached);
    if (number !== null) return head + f + '<v>' + number + '</v></c>';
    if (typeof cached === 'boolean') return head + ' t="b"' + f + '<v>' + (cached ? 1 : 0) + '</v></c>';
    return this.generic(c, ref);
  }

  /** A cell as sheet-xml.ts writes it, with its notes: for the odd cases only (a whole sheet's frame each). */
  private generic(c: PlanRowCell, ref: string): string {
    const cell: PlanCell = { ...c, address: ref };
    const xml = [...sheetXml({ name: this.sheet, cells: [cell] }, this.options)].join('');
    const open = xml.indexOf('>', xml.indexOf('<row r="', xml.indexOf('<sheetData>'))) + 1;
    return xml.slice(open, xml.indexOf('</row></sheetData>', open));
  }
}

/** The text of a number cell as sheet-xml.ts writes it, or null when not a number it writes as is. */
function numberText(value: PlanRowCell['value']): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (value instanceof Decimal) return decimalCellText(value);
  return null;
}

function quoted(t: string): string {
  return t.includes('"') ? `"${t.replace(/"/g, '""')}"` : `"${t}"`;
}
