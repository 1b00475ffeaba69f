// PERCENT_MISMATCH: a percentage column that states one money column as a share of another
// ("Tỷ lệ giải ngân (%)" beside "Kế hoạch vốn năm 2026" and "Giải ngân đến 30/9/2026", table.share)
// is that share on every row, the total's included: disbursed / plan × 100. A figure is held to
// the decimals it is written with (33,3 or 33 for 33,33…%, rounded or cut; not 34), so a rounded
// figure is never called wrong; one formatted as a percentage (0,575) is read as 57,5.
import { Decimal } from '../decimal';
import { address } from '../grid';
import { formatPercent } from '../i18n';
import type { TableRow } from '../model';
import type { Finding } from '../types';
import type { Rule, RuleContext } from './context';

const HUNDRED = new Decimal(100);

/** `written` is `exact` (a percentage) rounded, or cut, to the decimals it is written with. */
function near(written: Decimal, exact: Decimal): boolean {
  const places = written.decimalPlaces();
  return exact.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).eq(written) || exact.toDecimalPlaces(places, Decimal.ROUND_DOWN).eq(written);
}

export const shareRule: Rule = (ctx) => {
  const { table } = ctx;
  const share = table.share;
  if (!share) return [];
  const part = ctx.moneyIndex(share.part);
  const whole = ctx.moneyIndex(share.whole);
  if (part < 0 || whole < 0) return [];
  if (share.ofTotal) return weights(ctx, share.col, part);
  const others = (share.orParts ?? []).map(ctx.moneyIndex).filter((k) => k >= 0);
  const out: Finding[] = [];
  for (let rowAt = 0; rowAt < table.rows.length; rowAt++) {
    const row = table.rows[rowAt];
    const written = row.share;
    const of = row.cells[whole].value;
    const done = row.cells[part].value;
    if (!written || !of || of.isZero() || !done) continue;
    const exact = done.div(of).times(HUNDRED);
    if (fits(written, exact)) continue;
    // Or over another figure it may be of ("Thực hiện 9 tháng" beside "Ước thực hiện cả năm").
    if (others.some((k) => { const v = row.cells[k].value; return v !== null && fits(written, v.div(of).times(HUNDRED)); })) continue;
    const fraction = exact.div(HUNDRED);
    const lang = ctx.settings.lang;
    out.push(ctx.say({
      code: 'PERCENT_MISMATCH', row: row.row, cell: address(row.row, share.col), expected: exact.toDecimalPlaces(2), actual: written,
      related: [address(row.row, share.part), address(row.row, share.whole)],
      params: {
        actual: ctx.num(written), expected: formatPercent(lang, fraction), part: ctx.money(done), whole: ctx.money(of),
        partHeader: header(share.part), wholeHeader: header(share.whole),
      },
    }));
  }
  return out;

  function header(col: number): string {
    return table.columnInfo.find((c) => c.col === col)?.header.split(' / ').pop() ?? '';
  }
};

/**
 * "Tỷ trọng (%)": each row's amount as a share of the table's total, as the total line states it
 * or as its items add up, or of the section right above the row (officers write either); the
 * total line's own is 100. Said against the stated total (else the items').
 */
function weights(ctx: RuleContext, col: number, amountAt: number): Finding[] {
  const { table, summary } = ctx;
  const grand = summary.statedTotal ?? summary.total;
  if (grand.isZero()) return [];
  const wholes = summary.statedTotal && !summary.statedTotal.eq(summary.total) ? [grand, summary.total] : [grand];
  const out: Finding[] = [];
  for (let rowAt = 0; rowAt < table.rows.length; rowAt++) {
    const row = table.rows[rowAt];
    const written = row.share;
    const amount = row.cells[amountAt]?.value ?? null;
    if (!written || !amount) continue;
    const parent: TableRow | undefined = row.parentRow !== null ? table.byRow.get(row.parentRow) : undefined;
    const of = parent?.amount && !parent.amount.isZero() ? [...wholes, parent.amount] : wholes;
    if (of.some((whole) => fits(written, amount.div(whole).times(HUNDRED)))) continue;
    const exact = amount.div(grand).times(HUNDRED);
    out.push(ctx.say({
      code: 'PERCENT_MISMATCH', variant: 'ofTotal', row: row.row, cell: address(row.row, col), expected: exact.toDecimalPlaces(2), actual: written,
      related: [address(row.row, table.columns.amount)],
      params: { actual: ctx.num(written), expected: formatPercent(ctx.settings.lang, exact.div(HUNDRED)), part: ctx.money(amount), whole: ctx.money(grand) },
    }));
  }
  return out;
}

/** As written (57,5), or a cell formatted as a percentage holding the fraction (0,575). */
function fits(written: Decimal, exact: Decimal): boolean {
  return near(written, exact) || near(written.times(HUNDRED), exact);
}
