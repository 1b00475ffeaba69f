// A sheet given row by row (for a writer that streams) as the cells of a plan (for a writer that
// takes them one by one, the add-in): the one place a row's cells get their addresses.
import { columnLetter } from '../grid';
import { memo } from '../memo';
import { AMOUNT_FORMAT } from '../sheetplan';
import type { PlanCell, PlanRow, PlanRowCell } from '../sheetplan';

export function* cellsOfRows(rows: Iterable<PlanRow>): Generator<PlanCell> {
  for (const { row, cells } of rows) {
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (c) yield { address: columnLetter(i + 1) + row, ...c };
    }
  }
}

const PLAIN: Omit<PlanRowCell, 'value'> = {};
const AMOUNT: Omit<PlanRowCell, 'value'> = { numberFormat: AMOUNT_FORMAT };

/**
 * A row cell with every field present, in one order: a writer going over millions of cells
 * made this way reads each field from one shape of object (cells of many shapes made each
 * read a lookup). `formula`, when given, stands in for the look's (a shared look, one formula per cell).
 */
export function rowCell(value: PlanRowCell['value'], look: Omit<PlanRowCell, 'value'> = PLAIN, formula: string | undefined = look.formula): PlanRowCell {
  return {
    value, formula, link: look.link, numberFormat: look.numberFormat, bold: look.bold, italic: look.italic,
    fill: look.fill, wrap: look.wrap, align: look.align,
  };
}

/** An amount cell, a formula's figure when `formula` is given, with the one amount look (none made per cell). */
export function amountCell(value: PlanRowCell['value'], formula: string | undefined): PlanRowCell {
  return rowCell(value, AMOUNT, formula);
}

/**
 * The one cell of `value` among `cells`, made the first time: a cell that repeats down a sheet
 * (a sheet name, a source, a code) is one object, which a writer knows again at once.
 */
export function sharedCell<K extends string | number>(cells: Map<K, PlanRowCell>, value: K): PlanRowCell {
  return memo(cells, value, (v) => rowCell(v));
}
