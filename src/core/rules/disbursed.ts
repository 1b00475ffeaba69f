// DISBURSED_EXCEEDS, variant `column`: money paid out ("Lũy kế giải ngân", "Đã giải ngân năm
// 2025") in a column of its own, more than was allocated ("Lũy kế vốn đã bố trí") or, in a table
// without an allocated column, more than the row's total. Against a year's plan ("Kế hoạch vốn
// năm 2026") nothing is said: what was paid out over past years may well exceed one year's plan.
import { amountColumnYear } from '../columns';
import { address } from '../grid';
import type { Finding } from '../types';
import type { Rule } from './context';

export const disbursedRule: Rule = (ctx) => {
  const { table } = ctx;
  const money = table.moneyColumns;
  const disbursed = money.filter((m) => m.role === 'disbursed');
  if (disbursed.length === 0) return [];
  const allocated = money.filter((m) => m.role === 'allocated');
  const total = table.columns.total === null ? null : money.find((m) => m.col === table.columns.total) ?? null;
  // What the money paid out is held to: the one allocated column, else a total of no one year.
  const cap = allocated.length === 1 ? allocated[0] : allocated.length === 0 && total !== null && amountColumnYear(table) === null ? total : null;
  if (cap === null) return [];
  const capAt = ctx.moneyIndex(cap.col);
  const at = disbursed.map((m) => ({ col: m.col, k: ctx.moneyIndex(m.col) }));
  const out: Finding[] = [];
  for (let rowAt = 0; rowAt < table.rows.length; rowAt++) {
    const row = table.rows[rowAt];
    if (row.kind !== 'item') continue;
    const limit = row.cells[capAt].value;
    if (!limit) continue;
    for (const d of at) {
      const paid = row.cells[d.k].value;
      if (!paid || !paid.gt(limit)) continue;
      const cell = address(row.row, d.col);
      out.push(ctx.say({
        code: 'DISBURSED_EXCEEDS', variant: cap === total ? 'columnTotal' : 'column', row: row.row, cell, expected: limit, actual: paid,
        related: [address(row.row, cap.col)],
        params: { actual: ctx.money(paid), expected: ctx.money(limit), capCell: address(row.row, cap.col), diff: ctx.num(paid.minus(limit)) },
      }));
    }
  }
  return out;
};
