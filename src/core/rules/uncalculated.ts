// FORMULA_UNCALCULATED: money cells that hold a formula but no value. Excel saves each formula's
// result beside it; a workbook written by another program (a report exported from a web system,
// a script) may hold the formulas alone, which nothing but a spreadsheet can work out. Said once
// per table, naming the cells (the table reader lists them: table.uncalculated), instead of
// calling each one an empty subtotal or a missing amount (subtotal.ts and amount.ts leave such
// cells to this rule). A formula whose saved result is empty text ("=IF(D5=0;"";D5)") is no such cell.
import { address } from '../grid';
import type { Table, TableRow } from '../model';
import type { Rule } from './context';

/** Cells named in the message; the rest are counted. */
const NAMED = 5;

/** The row's cell in `col`, or any of its money cells when `col` is left out, holds a formula the file saved no result of. */
export function hasUncalculated(table: Table, row: TableRow, col?: number): boolean {
  return table.uncalculated?.some((c) => c.row === row.row && (col === undefined || c.col === col)) ?? false;
}

export const uncalculatedRule: Rule = (ctx) => {
  const { table } = ctx;
  const cells = table.uncalculated;
  if (cells === undefined || cells.length === 0) return [];
  const first = cells[0];
  const k = ctx.moneyIndex(first.col);
  const formula = (k >= 0 ? table.byRow.get(first.row)?.cells[k]?.formula : null) ?? '';
  const addresses = cells.map((c) => address(c.row, c.col));
  const named = addresses.slice(0, NAMED).join(', ') + (cells.length > NAMED ? ', …' : '');
  return [ctx.say({
    code: 'FORMULA_UNCALCULATED', row: first.row, cell: addresses[0], related: addresses.slice(1), actual: String(cells.length),
    params: { count: String(cells.length), cells: named, formula: `=${formula.replace(/^=/, '')}` },
  })];
};
