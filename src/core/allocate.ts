// Money per year. Rules, in order (CONTRACT `allocation`): explicit yearly figures in the amount
// text; else an even spread over the row's years; uneven remainders go to the last year.
// Every allocation of an item adds up exactly to its amount.
import { sharedByBase } from './cost-lines';
import { amountColumnSpan, amountColumnYear, saidOfWhich } from './columns';
import { Decimal, ZERO } from './decimal';
import { memo } from './memo';
import type { ColumnInfo, Table, TableRow } from './model';
import { titledBudget } from './plan-kind';
import { periodYears } from './period';
import { nearestAbove } from './row-index';
import { fold } from './text';
import { parseTime } from './time';
import type { MoneyReading, SourcePart, TimeReading } from './types';

/** Allocations are kept to 3 decimals of the table's unit (1.000 đồng when the unit is triệu). */
export const ALLOCATION_DECIMALS = 3;

export interface Allocation {
  allocation: Map<number, Decimal>;
  basis: 'even' | 'text' | 'none';
}

const NONE: Allocation = { allocation: new Map(), basis: 'none' };

/** amount spread over years: ROUNDDOWN(amount/n, 3) each, the remainder on the last year. */
export function spreadEven(amount: Decimal, years: readonly number[]): Map<number, Decimal> {
  const out = new Map<number, Decimal>();
  if (years.length === 0) return out;
  if (years.length === 1) return out.set(years[0], amount);
  const share = amount.div(years.length).toDecimalPlaces(ALLOCATION_DECIMALS, Decimal.ROUND_DOWN);
  let given = ZERO;
  for (let i = 0; i < years.length - 1; i++) {
    out.set(years[i], share);
    given = given.plus(share);
  }
  out.set(years[years.length - 1], amount.minus(given));
  return out;
}

/** Splits an allocation pattern in proportion to part/whole, remainder on the last year. */
export function scaleAllocation(pattern: Map<number, Decimal>, part: Decimal, whole: Decimal): Map<number, Decimal> {
  const out = new Map<number, Decimal>();
  const years = [...pattern.keys()].sort((a, b) => a - b);
  if (years.length === 0 || whole.isZero()) return out;
  let given = ZERO;
  years.forEach((y, i) => {
    if (i === years.length - 1) {
      out.set(y, part.minus(given));
      return;
    }
    const v = (pattern.get(y) as Decimal).times(part).div(whole).toDecimalPlaces(ALLOCATION_DECIMALS, Decimal.ROUND_DOWN);
    out.set(y, v);
    given = given.plus(v);
  });
  return out;
}

/** Years a yearly rate applies to: the row's years ('rest' = those no other rate names). */
function rateYears(years: readonly number[], named: ReadonlySet<number>, spec: number[] | 'rest' | undefined): number[] {
  if (spec === undefined) return [...years];
  if (spec === 'rest') return years.filter((y) => !named.has(y));
  return spec;
}

/** Allocation of the money of the yearly rates noted in the text, or null if there are none. */
export function allocateRates(money: MoneyReading, years: readonly number[]): Map<number, Decimal> | null {
  const rates = money.notes.filter((n) => n.kind === 'rate' && n.per === 'year');
  if (rates.length === 0) return null;
  const named = new Set<number>();
  for (const n of rates) if (n.kind === 'rate' && Array.isArray(n.years)) n.years.forEach((y) => named.add(y));
  const out = new Map<number, Decimal>();
  for (const n of rates) {
    if (n.kind !== 'rate') continue;
    for (const y of rateYears(years, named, n.years)) out.set(y, (out.get(y) ?? ZERO).plus(n.value));
  }
  return out;
}

function total(map: Map<number, Decimal>): Decimal {
  let s = ZERO;
  for (const v of map.values()) s = s.plus(v);
  return s;
}

function sorted(map: Map<number, Decimal>): Map<number, Decimal> {
  return new Map([...map.entries()].sort((a, b) => a[0] - b[0]));
}

/**
 * The row's money per year. `amount` is the stated total; a yearly amount ("2,5 tỷ/năm") gives
 * that rate in every year of the row.
 */
export function allocateRow(amount: Decimal | null, money: MoneyReading | null, time: TimeReading | null): Allocation {
  if (!amount || !money) return NONE;
  const years = time ? time.years : [];
  if (money.per === 'year') {
    if (years.length === 0) return NONE;
    return { allocation: new Map(years.map((y) => [y, amount])), basis: 'text' };
  }
  if (money.per === 'month') {
    if (years.length === 0) return NONE;
    return { allocation: new Map(years.map((y) => [y, amount.times(12)])), basis: 'text' };
  }
  // 1. Explicit yearly rates that add up to the amount.
  const rated = years.length ? allocateRates(money, years) : null;
  if (rated && total(rated).eq(amount)) return { allocation: sorted(rated), basis: 'text' };
  // 2. Disbursed parts in named years, the rest spread over the row's other years.
  const disbursed = money.notes.filter((n) => n.kind === 'disbursed');
  if (disbursed.length) {
    const out = new Map<number, Decimal>();
    let spent = ZERO;
    for (const n of disbursed) {
      if (n.kind !== 'disbursed') continue;
      out.set(n.year, (out.get(n.year) ?? ZERO).plus(n.value));
      spent = spent.plus(n.value);
    }
    if (spent.gt(amount)) return NONE; // DISBURSED_EXCEEDS reports it; no allocation can be right
    const rest = amount.minus(spent);
    const others = years.filter((y) => !out.has(y));
    if (others.length) {
      for (const [y, v] of spreadEven(rest, others)) out.set(y, (out.get(y) ?? ZERO).plus(v));
    } else if (!rest.isZero()) {
      const last = Math.max(...out.keys());
      out.set(last, (out.get(last) as Decimal).plus(rest));
    }
    return { allocation: sorted(out), basis: 'text' };
  }
  // 3. Even spread.
  if (years.length === 0) return NONE;
  return { allocation: spreadEven(amount, years), basis: 'even' };
}

/** A total with no words around it: the sum of a row's year or source cells. */
const PLAIN: MoneyReading = { input: '', value: null, unit: 'triệu đồng', per: 'total', unitExplicit: false, ambiguous: false, reason: null, notes: [], dash: false };
/** A figure in a column of money a year ("Kinh phí/năm"). */
const PER_YEAR: MoneyReading = { ...PLAIN, per: 'year' };

/** The money per year of every item of a table (CONTRACT `allocation`), and the one source's amount. */
/**
 * The time that applies to a row: its own when its time cell says anything, else that of the
 * nearest row above it in the tree that says one. The lines that break a project down ("- Phần
 * cứng | | 60" under "1 | Dự án A | 2021 | 100") or the items of a group dated on its heading
 * leave the time cell empty: they are done in the years written above them.
 */
export function timeOf(table: Table, row: TableRow): TimeReading | null {
  const own = row.time;
  if (own !== null && own.text) return own;
  const stated = statedTime(table, row) ?? nearestStated(table, row);
  if (stated !== null || own === null) return stated;
  return addOnTime(table, row) ?? planYear(table) ?? own;
}

// A line or a heading named by its year alone: "- Năm 2026 | 2.500" under "1 | Dự án A | 2026-2027 |
// 6.000", "II. Năm 2027" over that year's tasks. Folded.
const YEAR_NAME = /^[-–—+•*·]?\s*nam (\d{4})\s*:?$/;
// Names that may be one: told by their first letter before they are folded.
const MAYBE_YEAR = /^\s*[-–—+•*·nN]/;

/** The time a row states: its time cell's words, else the year its name is (YEAR_NAME); null when neither. */
function statedTime(table: Table, row: TableRow): TimeReading | null {
  if (row.time !== null && row.time.text) return row.time;
  if (!MAYBE_YEAR.test(row.name)) return null;
  const year = YEAR_NAME.exec(fold(row.name).trim());
  return year ? parseTime(Number(year[1]), table.period) : null;
}

/** The time stated by the nearest row above `row` in the tree that states one (statedTime). */
function nearestStated(table: Table, row: TableRow): TimeReading | null {
  const above = nearestAbove(table.byRow, row, (r) => statedTime(table, r) !== null);
  return above ? statedTime(table, above) : null;
}

/**
 * A contingency or tax line that writes no time (cost-lines.ts): the time every item it is worked out
 * from has, when they all have the same; else null.
 */
function addOnTime(table: Table, row: TableRow): TimeReading | null {
  return sharedByBase(table, row, (item) => {
    const t = timeOf(table, item);
    return t && t.text ? t : null;
  }, (a, b) => a.text === b.text);
}

const planYears = new WeakMap<Table, TimeReading | null>();

/**
 * A plan for one year ("Kế hoạch … năm 2027"): a row that writes no time is that year's. Not a
 * survey, whose title year is when it was taken.
 */
function planYear(table: Table): TimeReading | null {
  const period = table.period;
  if (table.layout !== 'plan' || period === null || period.from !== period.to) return null;
  return memo(planYears, table, () => parseTime(String(period.from), period));
}

export function allocateItems(table: Table, years: 'columns-only' | 'columns-or-words'): void {
  // Rows repeat the same amount cell and time text (the readings are shared): allocate each pair
  // once. Allocations are never mutated after this, so rows may share one.
  const byReading = new Map<MoneyReading, Map<TimeReading | null, Allocation>>();
  const filled = new Map<SourcePart[], Map<Decimal, SourcePart[]>>();
  // An amount column for one year ("Kế hoạch vốn năm 2026", columns.ts): the money is that year's,
  // whatever the time cell says (a year's capital plan dates each project by its build time).
  // So is the money of a one-year table that dates no row ("Dự toán kinh phí … năm 2026" with no
  // time column). A survey's title year is when it was taken, not when its money is spent: there
  // only the column says.
  const period = table.period;
  // A table by unit ("Đơn vị | Kinh phí", read as a survey) titled as a budget for one year
  // ("Tổng hợp dự toán … năm 2027") is that year's money too.
  const oneYear = period !== null && period.from === period.to && table.columns.time === null &&
    (years === 'columns-or-words' || titledBudget(table.titles)) ? period.from : null;
  const columnYear = amountColumnYear(table) ?? oneYear;
  const yearOfColumn = columnYear === null ? null : parseTime(String(columnYear), null);
  // An amount column for a span ("Kế hoạch trung hạn giai đoạn 2026-2030") beside projects built
  // from 2024: its money is the span's, spread over the build years within it (2026, 2027), not
  // over years before it, whose money the plan lists elsewhere ("Lũy kế … đến hết năm 2025").
  const span = columnYear === null ? amountColumnSpan(table) : null;
  const within = new Map<TimeReading, TimeReading>();
  const inSpan = (time: TimeReading | null): TimeReading | null => {
    if (span === null || time === null || time.years.length === 0) return time;
    return memo(within, time, (t) => {
      const years = t.years.filter((y) => y >= span.from && y <= span.to);
      return years.length === 0 || years.length === t.years.length ? t : { ...t, years };
    });
  };
  const ofWhichYears = statedYearColumns(table);
  const yearCols = yearColumnsWhere(table);
  // The years of each time that no year column shows, once per time (a form's rows share a few).
  const shown = new Set(yearCols.map((c) => c.year));
  const unshown = new Map<TimeReading, readonly number[]>();
  const unshownYears = (time: TimeReading | null): readonly number[] =>
    time === null ? NO_YEARS_LIST : memo(unshown, time, (t) => t.years.filter((y) => !shown.has(y)));
  const phases = phaseColumns(table);
  const beside = phaseColumns(table, 'years');
  let phased: Map<number, Decimal> | null = null;
  for (let rowAt = 0; rowAt < table.rows.length; rowAt++) {
    const row = table.rows[rowAt];
    if (row.kind !== 'item') continue;
    // Year columns are the allocation (CONTRACT: `allocation` equals `years`), with the phases past
    // them spread over their years; else phases; else the words.
    let withPhases: Map<number, Decimal> | null;
    if (beside.length && row.amount && (withPhases = yearsAndPhases(row, row.amount, beside)) !== null) {
      row.allocation = withPhases;
      row.allocationBasis = 'columns';
      segments.set(row, runsOf(row, beside));
    } else if (row.years.size) {
      const rest = yearCols.length && row.amount && row.amountPer === 'total' && yearOfColumn === null ? yearsAndRest(row, row.amount, unshownYears(inSpan(timeOf(table, row)))) : null;
      row.allocation = rest ?? row.years;
      row.allocationBasis = 'columns';
      if (rest) segments.set(row, statedSegments(row, { allocation: rest, basis: 'even' }, yearCols));
    } else if (phases.length && row.amount && (phased = byPhases(row, row.amount, phases)) !== null) {
      row.allocation = phased;
      row.allocationBasis = 'even';
      segments.set(row, runsOf(row, phases));
    } else if ((years === 'columns-or-words' || yearOfColumn !== null) && row.amount) {
      // A figure in a column of money a year ("Kinh phí/năm") is a rate, as "200/năm" is.
      const perYear = row.amountPer === 'year' && (row.money?.per ?? 'total') === 'total';
      const money = perYear ? PER_YEAR : row.money ?? PLAIN;
      const time = yearOfColumn ?? inSpan(timeOf(table, row));
      // Rows that wrote the same figure share its reading, and so their allocation; the rate's
      // reading stands for every figure, so it is not shared.
      const shared = row.money !== null && !perYear;
      let byTime = shared ? byReading.get(money) : undefined;
      let a = byTime?.get(time);
      if (a === undefined) {
        a = allocateRow(row.amount, money, time);
        if (shared) {
          if (!byTime) {
            byTime = new Map();
            byReading.set(money, byTime);
          }
          byTime.set(time, a);
        }
      }
      if (ofWhichYears.length && a.basis === 'even') {
        const even = a;
        a = withStatedYears(a, row, ofWhichYears);
        if (a !== even) segments.set(row, statedSegments(row, a, ofWhichYears));
      }
      row.allocation = a.allocation;
      row.allocationBasis = a.basis;
    }
    // One source carries the whole row (CONTRACT: sources[].amount is then the row's amount).
    const sources = row.sources;
    if (sources.length !== 1 || sources[0].amount !== null) continue;
    const total = row.amountPer === 'total' ? row.amount : sumOf(row.allocation);
    if (!total || (row.amountPer !== 'total' && row.allocation.size === 0)) continue;
    let byTotal = filled.get(sources);
    if (!byTotal) {
      byTotal = new Map();
      filled.set(sources, byTotal);
    }
    let one = byTotal.get(total);
    if (!one) {
      one = [{ ...sources[0], amount: total }];
      byTotal.set(total, one);
    }
    row.sources = one;
  }
}

/**
 * How an even allocation that is not one spread of the row's amount was made, for formulas over
 * the user's cells (sheets/breakdown.ts): runs of years, each the sum of some of the row's money
 * cells (`add`, less `minus`: indexes among its cells) spread evenly over `years`. The amount
 * itself is the index -1.
 */
export interface EvenSegment {
  add: number;
  minus: number[];
  years: number[];
}

const segments = new WeakMap<TableRow, EvenSegment[]>();

/**
 * The runs of a row's allocation that are spreads of its own cells: of an even allocation made by
 * phases or stated years, and of a year-column allocation, the phases past the year columns.
 * Undefined when there are none (an even allocation is then one spread of its amount).
 */
export function evenSegments(row: TableRow): EvenSegment[] | undefined {
  return segments.get(row);
}

/** The phases that hold money on a row, each a run of years over its own cell. */
function runsOf(row: TableRow, phases: readonly { k: number; years: number[] }[]): EvenSegment[] {
  return phases.filter(({ k }) => row.cells[k]?.value && !(row.cells[k].value as Decimal).isZero()).map(({ k, years }) => ({ add: k, minus: [], years }));
}

/** Stated years ("Trong đó: năm 2026 | 3.000"): each its own cell; the rest of the amount less them spread over the other years. */
function statedSegments(row: TableRow, a: Allocation, stated: readonly { k: number; year: number }[]): EvenSegment[] {
  const held = stated.filter(({ k, year }) => a.allocation.has(year) && row.cells[k]?.value && !(row.cells[k].value as Decimal).isNegative());
  const heldYears = new Set(held.map((h) => h.year));
  const rest = [...a.allocation.keys()].filter((y) => !heldYears.has(y));
  const out: EvenSegment[] = held.map(({ k, year }) => ({ add: k, minus: [], years: [year] }));
  if (rest.length) out.push({ add: -1, minus: held.map((h) => h.k), years: rest });
  return out;
}

/**
 * The phase columns the table adds up to its total (header.ts): on their own (sums kind `phases`),
 * or past its year columns (kind `years`). Each one's place among a row's cells and its years.
 */
function phaseColumns(table: Table, kind: 'phases' | 'years' = 'phases'): { k: number; years: number[] }[] {
  const sum = table.sums.find((s) => s.kind === kind);
  if (!sum) return [];
  const out: { k: number; years: number[] }[] = [];
  table.moneyColumns.forEach((m, k) => {
    if (m.span && sum.parts.includes(m.col)) out.push({ k, years: periodYears(m.span) });
  });
  return out;
}

/**
 * The phases' money of a row, each phase's cell spread evenly over that phase's years ("Giai đoạn
 * 2026-2027 | 6.000": 3.000 a year), and how much it is; null when no phase holds money.
 */
function phaseSpread(row: TableRow, phases: readonly { k: number; years: number[] }[]): { spread: Map<number, Decimal>; held: Decimal } | null {
  const spread = new Map<number, Decimal>();
  let held = ZERO;
  for (const { k, years } of phases) {
    const v = row.cells[k]?.value;
    if (!v || v.isZero()) continue;
    held = held.plus(v);
    for (const [y, part] of spreadEven(v, years)) spread.set(y, part);
  }
  return spread.size ? { spread, held } : null;
}

/** A row's money by its phases alone; null when they do not add up to the amount (YEARS_SUM_MISMATCH says so; the words decide). */
function byPhases(row: TableRow, amount: Decimal, phases: readonly { k: number; years: number[] }[]): Map<number, Decimal> | null {
  const p = phaseSpread(row, phases);
  return p && p.held.eq(amount) ? p.spread : null;
}

/**
 * A row's year cells with the phases past them spread over their years ("Năm 2026 | Năm 2027 | Giai
 * đoạn 2028-2030": 3.000, 3.000 and 9.000 as 3.000 a year). Null when no phase holds money, or the
 * years and phases do not add up to the amount (YEARS_SUM_MISMATCH says so).
 */
function yearsAndPhases(row: TableRow, amount: Decimal, phases: readonly { k: number; years: number[] }[]): Map<number, Decimal> | null {
  const p = phaseSpread(row, phases);
  if (p === null) return null;
  let held = p.held;
  for (const v of row.years.values()) held = held.plus(v);
  return held.eq(amount) ? sorted(new Map([...row.years, ...p.spread])) : null;
}

/**
 * A row's year cells and, when they hold less than its amount, the rest spread over `rest`, the
 * years of its time (within the amount column's span, if it names one) that no column shows ("Tổng kinh
 * phí | Kinh phí năm 2026" for a task of 2026-2030: 1.000 in 2026 as written, the other 4.000 over
 * 2027-2030), so its allocation makes its amount. Null when the cells hold it all or more, or
 * every year of its time has a column (a blank cell there is 0, and YEARS_SUM_MISMATCH says when
 * they fall short).
 */
function yearsAndRest(row: TableRow, amount: Decimal, rest: readonly number[]): Map<number, Decimal> | null {
  // Nearly every row of a form has a column for each of its years: nothing to add, nothing summed.
  if (rest.length === 0) return null;
  let held = ZERO;
  for (const v of row.years.values()) held = held.plus(v);
  if (!held.lt(amount)) return null;
  return sorted(new Map([...row.years, ...spreadEven(amount.minus(held), rest)]));
}

/** The years of a time with none unshown, shared: never mutated. */
const NO_YEARS_LIST: readonly number[] = [];

/**
 * "Tổng kinh phí giai đoạn 2026-2030 | Trong đó: năm 2026" (header.partialYears): the money columns
 * of one year said to be "of which" the total, as the place of each among a row's cells and its year.
 */
function statedYearColumns(table: Table): { k: number; year: number }[] {
  return yearColumnsWhere(table, (m) => m.role === 'other' && saidOfWhich(m));
}

/** The money columns of one year that `take` keeps (the year columns, role `year`, by default), as the place of each among a row's cells and its year. */
function yearColumnsWhere(table: Table, take: (m: ColumnInfo) => boolean = (m) => m.role === 'year'): { k: number; year: number }[] {
  const out: { k: number; year: number }[] = [];
  table.moneyColumns.forEach((m, k) => {
    if (m.year !== null && take(m)) out.push({ k, year: m.year });
  });
  return out;
}

/**
 * An even spread, with the years the row states in "of which" columns holding what their cells
 * say and the rest spread over its other years ("2026-2028 | 6.000 | trong đó năm 2026: 3.000":
 * 3.000, 1.500, 1.500). As it was when a stated year is not one of the row's, or the stated years
 * hold more than the amount, or all of them and not all of it.
 */
function withStatedYears(a: Allocation, row: TableRow, stated: readonly { k: number; year: number }[]): Allocation {
  const amount = row.amount as Decimal;
  const out = new Map<number, Decimal>();
  let held = ZERO;
  for (const { k, year } of stated) {
    const v = row.cells[k]?.value;
    if (!v || v.isNegative() || !a.allocation.has(year)) continue;
    out.set(year, v);
    held = held.plus(v);
  }
  if (out.size === 0 || held.gt(amount)) return a;
  const rest = [...a.allocation.keys()].filter((y) => !out.has(y));
  if (rest.length === 0 && !held.eq(amount)) return a;
  const left = amount.minus(held);
  if (!left.isZero()) for (const [y, v] of spreadEven(left, rest)) out.set(y, v);
  return { allocation: sorted(out), basis: 'even' };
}

function sumOf(map: Map<number, Decimal>): Decimal | null {
  if (map.size === 0) return null;
  let s = ZERO;
  for (const v of map.values()) s = s.plus(v);
  return s;
}
