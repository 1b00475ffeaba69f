// FORMULA_UNCALCULATED: money cells that hold a formula but no value. Excel saves each formula's
// result beside it; a workbook written by another program (a report exported from a web system,
// a script) may hold the formulas alone, which nothing but a spreadsheet can work out. Said once
// per table, naming the cells (the table reader lists them: table.uncalculated), instead of
// calling each one an empty subtotal or a missing amount (subtotal.ts and amount.ts leave such
// cells to this rule). A formula whose saved result is empty text ("=IF(D5=0;"";D5)") is no such cell.
import { address, columnNumber } from '../grid';
import type { Table, TableRow } from '../model';
import type { Rule } from './context';

/** Cells named in the message; the rest are counted. */
const NAMED = 5;

/** One of the row's money cells holds a formula the file saved no result of. */
export function hasUncalculated(table: Table, row: TableRow): boolean {
  const cells = table.uncalculated;
  return cells !== undefined && table.moneyColumns.some((m) => cells.includes(address(row.row, m.col)));
}

export const uncalculatedRule: Rule = (ctx) => {
  const { table } = ctx;
  const cells = table.uncalculated;
  if (cells === undefined || cells.length === 0) return [];
  const first = cells[0];
  const row = Number(first.replace(/^[A-Z]+/, ''));
  const k = ctx.moneyIndex(columnNumber(first.replace(/\d+$/, '')));
  const formula = (k >= 0 ? table.byRow.get(row)?.cells[k]?.formula : null) ?? '';
  const named = cells.slice(0, NAMED).join(', ') + (cells.length > NAMED ? ', …' : '');
  return [ctx.say({
    code: 'FORMULA_UNCALCULATED', row, cell: first, related: cells.slice(1), actual: String(cells.length),
    params: { count: String(cells.length), cells: named, formula: `=${formula.replace(/^=/, '')}` },
  })];
};
