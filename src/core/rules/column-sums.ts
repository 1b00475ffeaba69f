// YEARS_SUM_MISMATCH and SOURCES_SUM_MISMATCH: a row's year cells, source cells and spending-type
// cells against its total, row by row (also sections and totals: their cells are stated too).
import type { Decimal } from '../decimal';
import { ExactSum, smallBillionths, smallCellSum } from '../exact';
import { address } from '../grid';
import type { Finding } from '../types';
import type { Rule } from './context';

export const columnSumsRule: Rule = (ctx) => {
  const { table } = ctx;
  const out: Finding[] = [];
  if (table.sums.length === 0) return out;
  const groups = table.sums.map((s) => ({ sum: s, total: s.total === null ? -1 : ctx.moneyIndex(s.total), parts: s.parts.map(ctx.moneyIndex) }));
  // With no total column the amount is the first group's sum; the other groups must match it.
  const derivedFrom = table.sums.find((s) => s.total === null) ?? null;
  for (const row of table.rows) {
    for (const g of groups) {
      if (g.sum === derivedFrom) continue;
      const expected: Decimal | null = g.total >= 0 ? row.cells[g.total].value : row.amountFrom === 'columns' ? row.amount : null;
      if (!expected) continue;
      // Nearly every row adds up, and its cells carry their billionths: two numbers compared.
      const fast = smallCellSum(row.cells, g.parts);
      if (fast === fast && fast === (g.total >= 0 ? row.cells[g.total].billionths : smallBillionths(expected))) continue;
      const sum = new ExactSum();
      let stated = false;
      let unreadable = false;
      for (const k of g.parts) {
        const cell = row.cells[k];
        if (cell.value) {
          sum.addCell(cell);
          stated = true;
        } else if (cell.reading && !cell.reading.dash) unreadable = true;
      }
      // Nothing stated is not a wrong sum; an unreadable part is AMOUNT_UNREADABLE's, with its suggestion.
      if (!stated || unreadable || sum.equals(expected)) continue;
      const actual = sum.value();
      const related = g.parts.filter((k) => row.cells[k].value).map((k) => address(row.row, table.moneyColumns[k].col));
      const cell = g.total >= 0 ? address(row.row, g.sum.total as number) : ctx.amountCell(row);
      out.push(ctx.say({
        code: g.sum.kind === 'years' ? 'YEARS_SUM_MISMATCH' : 'SOURCES_SUM_MISMATCH',
        variant: g.sum.kind === 'types' ? 'types' : '',
        row: row.row, cell, expected, actual, related,
        params: {
          columns: ctx.columnsText(g.sum.parts), expected: ctx.money(expected), actual: ctx.money(actual),
          diff: ctx.num(actual.minus(expected).abs())
        },
      }));
    }
  }
  return out;
};
