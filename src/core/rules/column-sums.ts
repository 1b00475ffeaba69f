// YEARS_SUM_MISMATCH and SOURCES_SUM_MISMATCH: a row's year cells, source cells, spending-type
// cells and invest/lease cells against its total, row by row (also sections and totals: their cells are stated too).
// A project whose time runs past the year columns ("2026-2028" in a plan of 2026 and 2027) states
// in them only the years they show: its years short of its total are the rest, in its other years,
// and so are a section's or total's, when the shortfall is exactly its items' rests.
import { timeOf } from '../allocate';
import type { Decimal } from '../decimal';
import { ZERO } from '../decimal';
import type { TableRow } from '../model';
import { cellBillionths, NO_CELL, smallRowSum } from '../cell-billionths';
import { ExactSum, smallBillionths } from '../exact';
import { isSupplement } from '../columns';
import { address } from '../grid';
import { overYears, partsOf } from '../yearly-parts';
import type { YearlyParts } from '../yearly-parts';
import { memo } from '../memo';
import { periodYears } from '../period';
import type { Finding } from '../types';
import type { Rule } from './context';

export const columnSumsRule: Rule = (ctx) => {
  const { table } = ctx;
  const out: Finding[] = [];
  if (table.sums.length === 0) return out;
  // The years a group's columns show, found once per group (restOf asks it of every item under a total).
  const shownYears = new Map<readonly number[], Set<number | null>>();
  const groups = table.sums.map((s) => {
    const parts = s.parts.map(ctx.moneyIndex);
    const yearly = s.kind === 'modes' ? partsOf(table.moneyColumns, parts.filter((k) => k >= 0)) : null;
    // "Dự toán giao đầu năm | Bổ sung trong năm | Tổng dự toán": an adjustment that is a supplement, said so.
    const supplement = s.kind === 'adjust' && parts.some((k) => k >= 0 && isSupplement(table.moneyColumns[k]));
    // "Tổng dự toán | Đã thực hiện | Còn lại": what is left after what was spent, not allocated.
    const spent = s.kind === 'balance' && parts.some((k) => k >= 0 && table.moneyColumns[k].role === 'disbursed');
    return { sum: s, total: s.total === null ? -1 : ctx.moneyIndex(s.total), parts, minus: (s.minus ?? []).map(ctx.moneyIndex), yearly, supplement, spent };
  });
  // A difference column is written either way round ("thẩm định − đề nghị" or the cut as "đề nghị −
  // thẩm định"): the way more of the rows write it.
  for (const g of groups) {
    if (g.sum.kind !== 'difference' || !otherWayRound(g)) continue;
    [g.parts, g.minus] = [g.minus, g.parts];
    g.sum = { ...g.sum, parts: g.sum.minus ?? [], minus: g.sum.parts };
  }
  // With no total column the amount is the first group's sum; the other groups must match it.
  const derivedFrom = table.sums.find((s) => s.total === null) ?? null;
  // Nearly every row adds up, and its cells have their billionths: two numbers compared, the
  // cells read only when they do not (cell-billionths.ts).
  const numbers = cellBillionths(table.rows);
  const data = numbers ? numbers.data : null;
  const width = table.moneyColumns.length;
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    for (const g of groups) {
      if (g.sum === derivedFrom) continue;
      if (data) {
        const at = i * width;
        if (g.total >= 0) {
          const stated = data[at + g.total];
          if (stated === NO_CELL) continue;
          // A column taken away ("Điều chỉnh giảm"): its rows are few, and added exactly below.
          if (stated === stated && g.minus.length === 0 && smallRowSum(data, at, g.parts) === stated) continue;
        } else if (row.amountFrom === 'columns' && row.amount && smallRowSum(data, at, g.parts) === smallBillionths(row.amount)) continue;
      }
      const expected: Decimal | null = g.total >= 0 ? row.cells[g.total].value : row.amountFrom === 'columns' ? row.amount : null;
      if (!expected) continue;
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
      for (const k of g.minus) {
        const cell = row.cells[k];
        if (cell.value) sum.subtract(cell.value);
        else if (cell.reading && !cell.reading.dash) unreadable = true;
      }
      // Nothing stated is not a wrong sum; an unreadable part is AMOUNT_UNREADABLE's, with its suggestion.
      if (!stated || unreadable || sum.equals(expected)) continue;
      const actual = sum.value();
      if (g.sum.kind === 'years' && expected.gt(actual) && expected.minus(actual).eq(restOf(row, g.sum.parts))) continue;
      // A lease's money a year beside the total ("Tổng | Đầu tư | Thuê hằng năm"): the total holds it
      // once for each year of the row (yearly-parts.ts); a section's or total's, as its items do.
      if (g.yearly && yearlyFits(row, g.yearly, expected)) continue;
      const related = [...g.parts, ...g.minus].filter((k) => row.cells[k].value).map((k) => address(row.row, table.moneyColumns[k].col));
      const cell = g.total >= 0 ? address(row.row, g.sum.total as number) : ctx.amountCell(row);
      out.push(ctx.say({
        code: g.sum.kind === 'years' || g.sum.kind === 'periods' || g.sum.kind === 'phases' ? 'YEARS_SUM_MISMATCH' : 'SOURCES_SUM_MISMATCH',
        variant: g.sum.kind === 'years' || g.sum.kind === 'sources' ? '' : g.sum.minus ? `${g.sum.kind}Minus` : g.supplement ? 'supplement' : g.spent ? 'balanceSpent' : g.sum.kind,
        row: row.row, cell, expected, actual, related,
        params: {
          columns: ctx.columnsText([...g.sum.parts, ...(g.sum.minus ?? [])]), expected: ctx.money(expected), actual: ctx.money(actual),
          diff: ctx.num(actual.minus(expected).abs()),
          ...(g.sum.kind === 'yearSources' || g.sum.kind === 'yearTypes' ? { year: String(table.moneyColumns[g.total].year) } : {}),
        },
      }));
    }
  }
  return out;

  /** Whether a row's total is its one-off parts and its money a year times its years (a section's: its items' sum). */
  function yearlyFits(row: TableRow, yearly: YearlyParts, expected: Decimal): boolean {
    if (row.kind !== 'item') return row.computed !== null && row.computed.eq(expected);
    const years = timeOf(table, row)?.years.length ?? 0;
    return years > 0 && overYears(row, yearly, years)?.eq(expected) === true;
  }

  /** Whether more rows hold minus − parts in the total cell than parts − minus. */
  function otherWayRound(g: { total: number; parts: number[]; minus: number[] }): boolean {
    let asNamed = 0;
    let reversed = 0;
    for (const row of table.rows) {
      const stated = row.cells[g.total]?.value;
      if (!stated) continue;
      let d = ZERO;
      for (const k of g.parts) d = d.plus(row.cells[k]?.value ?? ZERO);
      for (const k of g.minus) d = d.minus(row.cells[k]?.value ?? ZERO);
      if (d.eq(stated)) asNamed++;
      else if (d.negated().eq(stated)) reversed++;
    }
    return reversed > asNamed;
  }

  /**
   * What a row holds in years its year columns do not show: an item whose time runs past them, the
   * amount less its year cells (when short); a section or total, its items' rests. Zero otherwise.
   */
  function restOf(row: TableRow, yearCols: readonly number[]): Decimal {
    if (row.kind !== 'item') {
      let rest = ZERO;
      for (const item of ctx.leaves(row)) rest = rest.plus(restOf(item, yearCols));
      return rest;
    }
    // A phase among them ("Giai đoạn 2028-2030") shows each of its years.
    const shown = memo(shownYears, yearCols, (cols) => new Set(cols.flatMap((c) => {
      const m = table.moneyColumns[ctx.moneyIndex(c)];
      return m.span ? periodYears(m.span) : [m.year];
    })));
    const years = timeOf(table, row)?.years ?? [];
    if (!row.amount || !years.some((y) => !shown.has(y))) return ZERO;
    let held = ZERO;
    for (const c of yearCols) held = held.plus(row.cells[ctx.moneyIndex(c)].value ?? ZERO);
    return row.amount.gt(held) ? row.amount.minus(held) : ZERO;
  }
};
