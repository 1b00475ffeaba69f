// SUBTOTAL_MISMATCH and SUBTOTAL_MISSING: a section's amount against the sum of the items below
// it (never of stated subtotals, so one wrong subtotal does not repeat itself higher up).
import { items, leavesOf } from '../table';
import type { Rule } from './context';

export const subtotalRule: Rule = (ctx) => {
  const { table } = ctx;
  const out = [];
  for (const row of table.rows) {
    if (row.kind === 'item' || !row.computed) continue;
    const leaves = row.kind === 'total' ? items(table) : leavesOf(table, row);
    const withMoney = leaves.filter((l) => l.amount);
    const unreadable = leaves.filter((l) => l.money && !l.amount && !l.money.dash);
    const related = unreadable.map((l) => ctx.amountCell(l));
    const cell = ctx.amountCell(row);
    if (!row.amount) {
      if (withMoney.length === 0 || row.amountText) continue; // unreadable section text is AMOUNT_UNREADABLE's
      out.push(ctx.say({
        code: 'SUBTOTAL_MISSING', row: row.row, cell, expected: row.computed, related,
        params: { name: row.name, expected: ctx.money(row.computed) },
      }));
      continue;
    }
    if (row.amountPer !== 'total' || row.amount.eq(row.computed)) continue;
    const diff = row.amount.minus(row.computed);
    out.push(ctx.say({
      code: 'SUBTOTAL_MISMATCH', row: row.row, cell, variant: row.kind === 'total' ? 'total' : '',
      expected: row.computed, actual: row.amount, related,
      params: { expected: ctx.money(row.computed), actual: ctx.money(row.amount), diff: ctx.num(diff.abs()) },
    }));
  }
  return out;
};
