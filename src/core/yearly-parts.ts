// Money a year among a row's parts: a table with no total column states each row's money in its
// invest and lease columns, and a lease column is often the lease's money a year ("Kinh phí đầu tư
// | Kinh phí thuê hằng năm"). Such a figure is a rate, as "600/năm" is: a row whose money is all
// in such columns costs that much each year of its time, and a row that also invests costs its
// investment and the rate for each of its years. Where the row's years are not known (a survey),
// the rate cannot be added to a total: it is kept apart and said (summary.ts `ratesWithoutYears`).
import { isYearlyRate } from './columns';
import type { Decimal } from './decimal';
import type { ColumnInfo, ColumnSum, TableRow } from './model';
import { sumCells } from './row-reader';

/** The parts of a table's own money (its sum with no total) that are money a year, and the others; null when none is. */
export interface YearlyParts {
  yearly: number[];
  others: number[];
}

export function yearlyParts(money: readonly ColumnInfo[], sums: readonly ColumnSum[]): YearlyParts | null {
  const own = sums.find((s) => s.total === null && s.kind === 'modes');
  return own ? partsOf(money, own.parts.map((col) => money.findIndex((m) => m.col === col)).filter((k) => k >= 0)) : null;
}

/** Money columns (indexes among a row's cells) split into those of money a year and the others; null when none is a year's. */
export function partsOf(money: readonly ColumnInfo[], indexes: readonly number[]): YearlyParts | null {
  const yearly = indexes.filter((k) => isYearlyRate(money[k]));
  return yearly.length ? { yearly, others: indexes.filter((k) => !yearly.includes(k)) } : null;
}

/** The money-a-year cells of a row that hold money (indexes among its cells). */
export function heldYearly(row: TableRow, parts: YearlyParts): number[] {
  return parts.yearly.filter((k) => row.cells[k]?.value && !(row.cells[k].value as Decimal).isZero());
}

/** What a row's parts cost over `years` years: its one-off money and its money a year once for each; null when it holds no money a year. */
export function overYears(row: TableRow, parts: YearlyParts, years: number): Decimal | null {
  const rate = sumCells(row.cells, parts.yearly);
  if (!rate || rate.isZero()) return null;
  const once = sumCells(row.cells, parts.others);
  return once ? once.plus(rate.times(years)) : rate.times(years);
}

/** The rate a year of the rows whose years are not known, kept apart from their amount. */
const leftOut = new WeakMap<TableRow, Decimal>();

/** The money a year a row states but its amount leaves out (its years are not known), else undefined. */
export function rateLeftOut(row: TableRow): Decimal | undefined {
  return leftOut.get(row);
}

/**
 * A row's amount from its parts when some are money a year: all of it a year (the row is a rate,
 * `amountPer` "year"), or its one-off money and the rate times its years. False when the row
 * holds no money a year (its amount is the plain sum of its parts, as before).
 */
export function deriveYearly(row: TableRow, parts: YearlyParts): boolean {
  const rate = sumCells(row.cells, parts.yearly);
  if (!rate || rate.isZero()) return false;
  const once = sumCells(row.cells, parts.others);
  row.amountFrom = 'columns';
  if (!once || once.isZero()) {
    row.amount = rate;
    row.amountPer = 'year';
    return true;
  }
  const years = row.time?.years.length ?? 0;
  row.amount = years ? overYears(row, parts, years) : once;
  if (!years) leftOut.set(row, rate);
  return true;
}
