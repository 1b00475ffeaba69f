// HIDDEN_ROWS: items on rows hidden in the sheet that still hold money. SUM adds hidden rows, so
// the totals count them, while the screen and the printout show neither the rows nor why the
// totals exceed what is shown (an old option kept out of sight, a detail folded away). Said once
// per table, naming the rows and what they hold; the totals count them, as Excel's SUM does.
import { ZERO } from '../decimal';
import type { Decimal } from '../decimal';
import { effectiveTotal } from '../summary';
import type { TableRow } from '../model';
import type { Rule } from './context';

/** Rows named in the message; the rest are counted. */
const NAMED = 8;

export const hiddenRule: Rule = (ctx) => {
  const { table } = ctx;
  const hidden = table.hiddenRows;
  if (hidden === undefined || hidden.length === 0) return [];
  const items: TableRow[] = [];
  let amount: Decimal = ZERO;
  for (const r of hidden) {
    const row = table.byRow.get(r);
    if (row === undefined || row.kind !== 'item') continue;
    const v = effectiveTotal(row);
    if (!v || v.isZero()) continue;
    items.push(row);
    amount = amount.plus(v);
  }
  if (items.length === 0) return [];
  const rows = items.slice(0, NAMED).map((r) => String(r.row)).join(', ') + (items.length > NAMED ? ', …' : '');
  return [ctx.say({
    code: 'HIDDEN_ROWS', row: items[0].row, cell: ctx.amountCell(items[0]), actual: amount,
    related: items.slice(1).map((r) => ctx.amountCell(r)),
    params: { count: String(items.length), rows, amount: ctx.money(amount) },
  })];
};
