// RATE_LINE_MISMATCH: a contingency or tax line that states its rate in its name ("Thuế GTGT
// (10%)", "Chi phí dự phòng 5%") is that share of the items it is worked out from (cost-lines.ts:
// the items beside it, add-on lines left out). The share may also be taken of those items with the
// add-on lines above it (a contingency on the value after tax) or of the subtotal line right above
// ("Cộng trước thuế"): any of these that the amount matches is accepted, so a line is said wrong
// only when it is no stated share of anything it can be worked out from. The amount is held to
// the product rounded to the decimals it is written with, or within 0,1 % of it (a tax rounded to
// the thousand đồng).
import { addOnBase, isAddOn } from '../cost-lines';
import { Decimal, ZERO } from '../decimal';
import { formatPercent } from '../i18n';
import { effectiveTotal } from '../summary';
import type { Finding } from '../types';
import type { Rule } from './context';

// One percentage in the name: "(10%)", "10 %", "5,5%".
const RATE = /(\d+(?:[.,]\d+)?)\s*%/g;
const SLACK = new Decimal('0.001');

/** The one rate a name states, as a fraction; null when it states none or several. */
export function statedRate(name: string): Decimal | null {
  const found = [...name.matchAll(RATE)];
  if (found.length !== 1) return null;
  const rate = new Decimal(found[0][1].replace(',', '.')).div(100);
  return rate.gt(0) && rate.lt(1) ? rate : null;
}

/** Whether `amount` is `share` as it would be written: rounded to its decimals, or within 0,1 %. */
export function matchesShare(amount: Decimal, share: Decimal): boolean {
  if (share.toDecimalPlaces(amount.decimalPlaces(), Decimal.ROUND_HALF_UP).eq(amount)) return true;
  return amount.minus(share).abs().lte(share.abs().times(SLACK));
}

export const rateLineRule: Rule = (ctx) => {
  const { table } = ctx;
  const out: Finding[] = [];
  for (let rowAt = 0; rowAt < table.rows.length; rowAt++) {
    const row = table.rows[rowAt];
    const amount = row.amount;
    if (row.kind !== 'item' || !amount || row.amountPer !== 'total' || !row.name.includes('%') || !isAddOn(row)) continue;
    const rate = statedRate(row.name);
    if (!rate) continue;
    const base = addOnBase(table, row);
    if (base.length === 0) continue;
    let items = ZERO;
    for (const r of base) items = items.plus(effectiveTotal(r) ?? ZERO);
    // The add-on lines above it in the same scope, and the subtotal line right above it.
    let withAbove = items;
    for (let at = rowAt - 1; at >= 0; at--) {
      const r = table.rows[at];
      if (r.kind === 'item' && r.parentRow === row.parentRow && r.amount && isAddOn(r)) withAbove = withAbove.plus(r.amount);
    }
    const above = rowAt > 0 && table.rows[rowAt - 1].kind === 'total' ? table.rows[rowAt - 1].amount : null;
    const bases = [items, withAbove, ...(above ? [above] : [])];
    if (bases.some((b) => matchesShare(amount, b.times(rate)))) continue;
    const expected = items.times(rate);
    out.push(ctx.say({
      code: 'RATE_LINE_MISMATCH', row: row.row, cell: ctx.amountCell(row), expected, actual: amount, suggestion: expected,
      params: {
        name: row.name, actual: ctx.money(amount), expected: ctx.money(expected), rate: formatPercent(ctx.settings.lang, rate),
        base: ctx.money(items), diff: ctx.num(amount.minus(expected).abs()),
      },
    }));
  }
  return out;
};
