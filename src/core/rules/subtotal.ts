// SUBTOTAL_MISMATCH and SUBTOTAL_MISSING: a section's amount against the sum of the items below
// it (never of stated subtotals, so one wrong subtotal does not repeat itself higher up), and the
// same for every other money column on its own: a section's 2021 cell against its items' 2021 cells.
// A section's own line ("Cộng I", section-totals.ts) is checked as its section is; the amount
// either of them states is the section's, so a section is missing its amount only when both lack it.
import { Decimal, ZERO } from '../decimal';
import { skipsHiddenRows } from '../formula-refs';
import { isRoundedName } from '../section-totals';
import { address } from '../grid';
import type { TableRow } from '../model';
import type { Finding } from '../types';
import type { Rule } from './context';
import { hasUncalculated } from './uncalculated';

export const subtotalRule: Rule = (ctx) => {
  const { table } = ctx;
  const out: Finding[] = [];
  const totalCol = table.columns.total;
  const amountAt = ctx.moneyIndex(table.columns.amount);
  const hidden = table.hiddenRows?.length ? new Set(table.hiddenRows) : null;
  for (let rowAt = 0; rowAt < table.rows.length; rowAt++) {
    const row = table.rows[rowAt];
    if (row.kind === 'item' || !row.computed) continue;
    const leaves = ctx.leaves(row);
    const variant = grand(row) ? 'total' : '';
    // The row's total, unless the table has none (its amount is then the sum of its own parts,
    // which the columns below check one by one).
    if (totalCol !== null) checkAmount(row, leaves);
    table.moneyColumns.forEach((m, k) => {
      if (m.col === totalCol) return;
      const cell = row.cells[k];
      const computed = row.computedCells?.[k] ?? (leaves.length ? ZERO : null);
      if (!cell.value || !computed || cell.value.eq(computed) || leavesHidden(row, leaves, k, computed.minus(cell.value))) return;
      if (roundedAsSaid(row, cell.value, cell.value.minus(computed))) return;
      const related = leaves.filter((l) => l.cells[k].reading && !l.cells[k].value && !l.cells[k].reading?.dash).map((l) => address(l.row, m.col));
      out.push(ctx.say({
        code: 'SUBTOTAL_MISMATCH', row: row.row, cell: address(row.row, m.col), variant,
        expected: computed, actual: cell.value, related,
        params: { expected: ctx.money(computed), actual: ctx.money(cell.value), diff: ctx.num(cell.value.minus(computed).abs()) },
      }));
    });
  }
  return out;

  /**
   * "Tổng cộng (làm tròn)": a total its name says is rounded may differ from its items by less
   * than the step it is rounded to, as its trailing zeros show (934.377.000 for 934.377.453: to
   * the thousand, up, down or to the nearest). So in every money column: the value before tax and
   * the tax are rounded on the same line as the total after tax.
   */
  function roundedAsSaid(row: TableRow, stated: Decimal, diff: Decimal): boolean {
    if (!isRoundedName(ctx.foldedName(row))) return false;
    let step = new Decimal(1);
    for (let k = 0; k < 12 && stated.mod(step.times(10)).isZero() && !stated.isZero(); k++) step = step.times(10);
    return step.gt(1) && diff.abs().lt(step);
  }

  /**
   * "=SUBTOTAL(109, D4:D6)" over a hidden row of 400 states 400 less than the items: the formula
   * leaves hidden rows out by design, and HIDDEN_ROWS says so (variant `excluded`). True when the
   * row's cell in money column k is such a formula and `gap` (the items less the cell) is exactly
   * what its hidden items hold in that column.
   */
  function leavesHidden(row: TableRow, leaves: readonly TableRow[], k: number, gap: Decimal): boolean {
    if (hidden === null || !gap.gt(0) || !skipsHiddenRows(row.cells[k]?.formula)) return false;
    let held: Decimal = ZERO;
    for (const l of leaves) {
      const v = hidden.has(l.row) ? l.cells[k].value : null;
      if (v) held = held.plus(v);
    }
    return held.eq(gap);
  }

  function grand(row: TableRow): boolean {
    // A running "Cộng" (rows below it, then the grand total) is worded as any subtotal.
    return row.kind === 'total' && row.totalOf === undefined && row.addsFrom === undefined;
  }

  function checkAmount(row: TableRow, leaves: readonly TableRow[]): void {
    // A column of money a year ("Kinh phí/năm"): a section's figure is its items' yearly figures added up.
    const yearly = row.amountPer === 'year' && amountAt >= 0 && row.cells[amountAt].isNumber;
    const computed = yearly ? row.computedCells?.[amountAt] ?? null : row.computed;
    if (!computed) return;
    if (yearly) {
      if (row.amount && !row.amount.eq(computed)) out.push(mismatch(row, row.amount, computed, [], '/năm'));
      return;
    }
    // A right subtotal (nearly every one) needs nothing of its leaves.
    if (row.amount && (row.amountPer !== 'total' || row.amount.eq(computed))) return;
    // Said once for a section and its line, at the line: "Cộng I" is where its amount goes.
    const section = row.totalOf !== undefined ? table.byRow.get(row.totalOf) : undefined;
    if (!row.amount && (ctx.sectionLine(row) || section?.amount || section?.amountText)) return;
    const unreadable = leaves.filter((l) => l.money && !l.amount && !l.money.dash);
    const related = unreadable.map((l) => ctx.amountCell(l));
    const cell = ctx.amountCell(row);
    // Items costed by the year or month with no years to spread over (a survey: "1.260.000.000/năm")
    // have no total of their own: a total that adds their figures as written is right, and one left
    // empty is not asked for (what it should hold is the officer's reading, not ours).
    let rates: Decimal | null = null;
    for (const l of leaves) if (l.amount && l.amountPer !== 'total' && l.allocation.size === 0) rates = (rates ?? ZERO).plus(l.amount);
    if (rates && (!row.amount || row.amount.eq(computed.plus(rates)))) return;
    if (!row.amount) {
      const withMoney = leaves.some((l) => l.amount);
      if (!withMoney || row.amountText) return; // unreadable section text is AMOUNT_UNREADABLE's
      // A formula the file saved no result of is FORMULA_UNCALCULATED's.
      if (hasUncalculated(table, row, table.columns.amount)) return;
      out.push(ctx.say({
        code: 'SUBTOTAL_MISSING', row: row.row, cell, expected: computed, related,
        params: { name: (section ?? row).name, expected: ctx.money(computed) },
      }));
      return;
    }
    const diff = row.amount.minus(computed);
    if (roundedAsSaid(row, row.amount, diff) || (amountAt >= 0 && leavesHidden(row, leaves, amountAt, diff.negated()))) return;
    out.push(mismatch(row, row.amount, computed, related));
  }

  /** `per`: "/năm" after each figure of a column of money a year. */
  function mismatch(row: TableRow, stated: Decimal, computed: Decimal, related: string[], per = ''): Finding {
    return ctx.say({
      code: 'SUBTOTAL_MISMATCH', row: row.row, cell: ctx.amountCell(row), variant: grand(row) ? 'total' : '',
      expected: computed, actual: stated, related,
      params: { expected: ctx.money(computed) + per, actual: ctx.money(stated) + per, diff: ctx.num(stated.minus(computed).abs()) },
    });
  }
};
