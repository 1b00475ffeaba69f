// ANNUAL_MISMATCH and DISBURSED_EXCEEDS: the figures written inside an amount's text against
// the amount itself. "1.200 (400/năm)" done every second year of 2021-2025 is 3 × 400: right.
// Also a yearly rate in a column of its own ("Kinh phí thuê/năm") against the total beside it.
import { allocateRates, timeOf } from '../allocate';
import { namesPartOfYear } from '../time';
import { isYearlyRate } from '../columns';
import { address } from '../grid';
import { ZERO } from '../decimal';
import type { Decimal } from '../decimal';
import type { Finding, MoneyReading } from '../types';
import type { Rule } from './context';

/** The rates' total against the amount: null when they agree or there are no rates. */
function rateVerdict(money: MoneyReading, years: readonly number[], amount: Decimal): { expected: Decimal; counted: number[] } | null {
  const rated = allocateRates(money, years);
  if (!rated) return null;
  let expected = ZERO;
  for (const v of rated.values()) expected = expected.plus(v);
  if (expected.eq(amount)) return null;
  return { expected, counted: [...rated.keys()].sort((a, b) => a - b) };
}

export const annualRule: Rule = (ctx) => {
  const out: Finding[] = [];
  const judged = new Map<MoneyReading, Map<readonly number[], { expected: Decimal; counted: number[] } | null>>();
  const rows = ctx.table.rows;
  // A number in the total cell has no words around it: its reading, made only when asked for
  // (number-cell.ts) and then kept by the cell for the whole check, is not asked for.
  const total = ctx.table.columns.total === null ? -1 : ctx.moneyIndex(ctx.table.columns.total);
  for (let rowAt = 0; rowAt < rows.length; rowAt++) {
    const row = rows[rowAt];
    // Only words around the amount ("(600/năm)", "(năm 2020 giải ngân 3.000)") can disagree with it.
    if (row.kind !== 'item' || !row.amount || row.amountPer !== 'total' || (total >= 0 && row.cells[total].isNumber)) continue;
    if (!row.money || row.money.notes.length === 0) continue;
    const cell = ctx.amountCell(row);
    const years = timeOf(ctx.table, row)?.years ?? [];
    if (years.length) {
      // The amount's reading and the time's are shared by every row that wrote the same: judge each pair once.
      let byTime = judged.get(row.money);
      if (!byTime) {
        byTime = new Map();
        judged.set(row.money, byTime);
      }
      let verdict = byTime.get(years);
      if (verdict === undefined) {
        verdict = rateVerdict(row.money, years, row.amount);
        byTime.set(years, verdict);
      }
      if (verdict) {
        const { expected, counted } = verdict;
        out.push(ctx.say({
          code: 'ANNUAL_MISMATCH', row: row.row, cell, expected, actual: row.amount,
          params: {
            text: row.amountText, count: String(counted.length), years: counted.join(', '),
            expected: ctx.money(expected), actual: ctx.money(row.amount),
          },
        }));
      }
    }
    for (const note of row.money.notes) {
      if (note.kind !== 'disbursed' || !note.value.gt(row.amount)) continue;
      out.push(ctx.say({
        code: 'DISBURSED_EXCEEDS', row: row.row, cell, expected: row.amount, actual: note.value,
        params: { year: String(note.year), actual: ctx.money(note.value), expected: ctx.money(row.amount) },
      }));
    }
  }
  out.push(...rateColumnFindings(ctx));
  return out;
};

/**
 * "Kinh phí thuê/năm | Tổng kinh phí thuê": the yearly rate in a column of its own times the
 * row's years is its total. Only rows whose years are whole: a time in quarters, months or dates
 * ("Quý II/2026 - Quý I/2028") may pay part of a year, and a length that is one year or less says
 * nothing of how many.
 */
function rateColumnFindings(ctx: Parameters<Rule>[0]): Finding[] {
  const { table } = ctx;
  const rate = table.moneyColumns.find((m) => m.role === 'other' && isYearlyRate(m));
  if (!rate || table.columns.total === null) return [];
  const at = ctx.moneyIndex(rate.col);
  const out: Finding[] = [];
  for (const row of table.rows) {
    if (row.kind !== 'item' || !row.amount || row.amountFrom !== 'cell' || row.amountPer !== 'total') continue;
    const perYear = row.cells[at]?.value;
    const t = timeOf(table, row);
    if (!perYear || perYear.isZero() || !t || t.years.length === 0 || namesPartOfYear(t.text)) continue;
    if (t.pattern === 'duration' && t.years.length < 2) continue;
    const expected = perYear.times(t.years.length);
    if (expected.eq(row.amount)) continue;
    const cell = ctx.amountCell(row);
    const rateCell = address(row.row, rate.col);
    out.push(ctx.say({
      code: 'ANNUAL_MISMATCH', variant: 'column', row: row.row, cell, expected, actual: row.amount, related: [rateCell],
      params: {
        rate: ctx.money(perYear), rateCell, count: String(t.years.length), years: t.years.join(', '),
        expected: ctx.money(expected), actual: ctx.money(row.amount),
      },
    }));
  }
  return out;
}

