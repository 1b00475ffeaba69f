// ALLOCATION_OVER_TOTAL: in a year's (or a medium-term period's) capital plan ("TMĐT | Lũy kế vốn đã bố trí đến hết năm 2025 |
// Kế hoạch vốn năm 2026"), what a project has been given so far and what the year gives it may not
// come to more than its approved size (TMĐT): the capital a project can still receive is its size
// less what it has had. Checked on items whose size and year's money are written.
import { ZERO } from '../decimal';
import { address } from '../grid';
import { amountColumnSpan, sizeIndex } from '../columns';
import type { Finding } from '../types';
import type { Rule } from './context';

export const capitalRule: Rule = (ctx) => {
  const { table } = ctx;
  const amount = ctx.moneyIndex(table.columns.amount);
  const size = sizeIndex(table);
  const given = table.moneyColumns.findIndex((m) => m.role === 'allocated');
  if (amount < 0 || size < 0 || given < 0) return [];
  // A medium-term plan's money is a period's ("Kế hoạch … giai đoạn 2026-2030"), not a year's.
  const span = amountColumnSpan(table);
  const out: Finding[] = [];
  for (let rowAt = 0; rowAt < table.rows.length; rowAt++) {
    const row = table.rows[rowAt];
    if (row.kind !== 'item') continue;
    const total = row.cells[size].value;
    // Nothing given yet is nothing: a first year's money alone may not pass the size either.
    const before = row.cells[given].value ?? (row.cells[given].text === '' ? ZERO : null);
    const year = row.cells[amount].value;
    if (!total || !before || !year || before.plus(year).lte(total)) continue;
    const left = total.minus(before);
    out.push(ctx.say({
      code: 'ALLOCATION_OVER_TOTAL', row: row.row, cell: address(row.row, table.columns.amount), expected: left, actual: year,
      variant: span ? 'period' : undefined,
      related: [address(row.row, table.moneyColumns[size].col), address(row.row, table.moneyColumns[given].col)],
      params: {
        name: row.name, total: ctx.money(total), before: ctx.money(before), year: ctx.money(year),
        left: ctx.money(left), over: ctx.num(before.plus(year).minus(total)), period: span ? `${span.from}-${span.to}` : '',
      },
    }));
  }
  return out;
};
