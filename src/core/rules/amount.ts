// AMOUNT_UNREADABLE, AMOUNT_MISSING, UNIT_SUSPECT: the amount cell of each row on its own.
import { Decimal } from '../decimal';
import { convertUnit } from '../money';
import type { TableRow } from '../model';
import { leavesOf } from '../table';
import type { Finding } from '../types';
import type { Rule, RuleContext } from './context';

// Above 10.000 tỷ for one IT row is not a provincial budget line: most likely typed in đồng.
const TOO_BIG_DONG = new Decimal('1e13');
// Below 1.000 đồng in a triệu-đồng table: most likely typed in triệu into a đồng table.
const TOO_SMALL_DONG = new Decimal('1000');

/** The value that would close the parent's gap when exactly one leaf under it is unreadable. */
function suggestionFor(ctx: RuleContext, row: TableRow): Decimal | null {
  const parent = row.parentRow !== null ? ctx.table.byRow.get(row.parentRow) : undefined;
  if (!parent || !parent.amount || !parent.computed) return null;
  const leaves = leavesOf(ctx.table, parent);
  const unreadable = leaves.filter((l) => l.money && !l.amount && !l.money.dash);
  if (unreadable.length !== 1 || unreadable[0] !== row) return null;
  const gap = parent.amount.minus(parent.computed);
  return gap.gt(0) ? gap : null;
}

export const amountRule: Rule = (ctx) => {
  const { table } = ctx;
  const out: Finding[] = [];
  // The plausibility bounds in the table's unit, once per table rather than once per cell.
  const tooBig = convertUnit(TOO_BIG_DONG, 'đồng', table.unit);
  const tooSmall = convertUnit(TOO_SMALL_DONG, 'đồng', table.unit);
  for (const row of table.rows) {
    const cell = ctx.amountCell(row);
    if (row.money && !row.amount && !row.money.dash) {
      const suggestion = row.kind === 'item' ? suggestionFor(ctx, row) : null;
      out.push(ctx.say({
        code: 'AMOUNT_UNREADABLE', row: row.row, cell, actual: row.amountText, suggestion,
        params: { text: row.amountText, reason: row.money.reason ?? '', suggestion: suggestion ? ctx.money(suggestion) : '' },
      }));
      continue;
    }
    if (row.amount) {
      const size = row.amount.abs();
      const variant = size.gte(tooBig) ? 'big' : !size.isZero() && size.lt(tooSmall) ? 'small' : null;
      if (variant) {
        const dong = convertUnit(size, table.unit, 'đồng');
        out.push(ctx.say({
          code: 'UNIT_SUSPECT', row: row.row, cell, variant, actual: row.amount,
          params: { actual: ctx.num(row.amount), unit: table.unit, asDong: `${ctx.num(dong)} đồng` },
        }));
      }
    }
  }
  // AMOUNT_MISSING: an item with an empty cell among siblings that all have money.
  const groups = new Map<number | null, TableRow[]>();
  for (const row of table.rows) {
    if (row.kind !== 'item') continue;
    const g = groups.get(row.parentRow) ?? [];
    g.push(row);
    groups.set(row.parentRow, g);
  }
  for (const siblings of groups.values()) {
    const withMoney = siblings.filter((s) => s.amount).length;
    if (withMoney === 0) continue;
    for (const row of siblings) {
      if (row.amountText) continue;
      out.push(ctx.say({ code: 'AMOUNT_MISSING', row: row.row, cell: ctx.amountCell(row), params: { name: row.name } }));
    }
  }
  return out;
};
