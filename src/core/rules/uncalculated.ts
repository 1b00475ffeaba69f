// FORMULA_UNCALCULATED: money cells that hold a formula but no value. Excel saves each formula's
// result beside it; a workbook written by another program (a report exported from a web system,
// a script) may hold the formulas alone, which nothing but a spreadsheet can work out. Said once
// per table, naming the cells, instead of calling each one an empty subtotal or a missing amount
// (subtotal.ts and amount.ts leave such cells to this rule).
import { address } from '../grid';
import type { MoneyCell } from '../model';
import type { Finding } from '../types';
import type { Rule } from './context';

/** Cells named in the message; the rest are counted. */
const NAMED = 5;

/** A formula whose result the file did not save. */
export function isUncalculated(cell: MoneyCell | undefined): boolean {
  return cell !== undefined && cell.formula !== null && cell.text === '';
}

export const uncalculatedRule: Rule = (ctx) => {
  const { table } = ctx;
  const cells: string[] = [];
  let formula = '';
  for (let rowAt = 0; rowAt < table.rows.length; rowAt++) {
    const row = table.rows[rowAt];
    for (let k = 0; k < row.cells.length; k++) {
      const cell = row.cells[k];
      if (!isUncalculated(cell)) continue;
      cells.push(address(row.row, table.moneyColumns[k].col));
      if (formula === '') formula = cell.formula as string;
    }
  }
  if (cells.length === 0) return [];
  const named = cells.slice(0, NAMED).join(', ') + (cells.length > NAMED ? ', …' : '');
  const out: Finding[] = [ctx.say({
    code: 'FORMULA_UNCALCULATED', row: table.rows.find((r) => r.cells.some(isUncalculated))?.row ?? null, cell: cells[0],
    related: cells.slice(1), actual: String(cells.length),
    params: { count: String(cells.length), cells: named, formula: `=${formula.replace(/^=/, '')}` },
  })];
  return out;
};
