// HIDDEN_ROWS: items on rows hidden in the sheet that still hold money. SUM adds hidden rows, so
// the totals count them, while the screen and the printout show neither the rows nor why the
// totals exceed what is shown (an old option kept out of sight, a detail folded away). Said once
// per table, naming the rows and what they hold; the totals count them, as Excel's SUM does. A
// total whose formula leaves hidden rows out ("=SUBTOTAL(109, …)") states less than its items by
// design: said as such (variant `excluded`), not as a total that does not add up.
import { ZERO } from '../decimal';
import type { Decimal } from '../decimal';
import { skipsHiddenRows } from '../formula-refs';
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
  const leaving = totalLeavingOut(ctx, items);
  return [ctx.say({
    code: 'HIDDEN_ROWS', row: items[0].row, cell: ctx.amountCell(items[0]), actual: amount,
    related: items.slice(1).map((r) => ctx.amountCell(r)),
    variant: leaving ? 'excluded' : undefined,
    params: { count: String(items.length), rows, amount: ctx.money(amount), total: leaving ? ctx.amountCell(leaving.row) : '', formula: leaving?.formula ?? '' },
  })];
};

/**
 * The highest subtotal or total over these items whose formula leaves hidden rows out
 * ("=SUBTOTAL(109, D4:D6)"): its stated amount does not hold them (rules/subtotal.ts does not call
 * that a mismatch); else undefined.
 */
function totalLeavingOut(ctx: Parameters<Rule>[0], items: readonly TableRow[]): { row: TableRow; formula: string } | undefined {
  const at = ctx.moneyIndex(ctx.table.columns.amount);
  if (at < 0) return undefined;
  const hiddenItems = new Set(items);
  let found: { row: TableRow; formula: string; under: number } | undefined;
  for (const r of ctx.table.rows) {
    if (r.kind === 'item') continue;
    const formula = r.cells[at]?.formula;
    // Its saved result short of its items, as it is once the rows were hidden and the sheet recalculated.
    const short = r.amount !== null && r.computed !== null && r.amount.lt(r.computed);
    if (!formula || !short || !skipsHiddenRows(formula)) continue;
    const leaves = ctx.leaves(r);
    if ((found === undefined || leaves.length > found.under) && leaves.some((l) => hiddenItems.has(l))) found = { row: r, formula, under: leaves.length };
  }
  return found;
}
