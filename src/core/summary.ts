// Totals of a table: by source, by type, by year, by year and source. Items only, never a
// section twice, exact. Each item's money is cut into source parts that add up to it exactly.
import { sharedByBase } from './cost-lines';
import { ALLOCATION_DECIMALS, evenSegments, scaleAllocation, spreadEven } from './allocate';
import { cutYearsInBillionths, cutYearsInto, ExactSum, fromSmallBillionths, HALF_SAFE, remainder, shareDown, smallBillionths } from './exact';
import { Decimal, ZERO } from './decimal';
import type { RatesWithoutYears, Table, TableRow, TableSummary } from './model';
import { address } from './grid';
import { heldYearly, rateLeftOut, yearlyParts } from './yearly-parts';
import type { YearlyParts } from './yearly-parts';
import { cellBillionths, NO_CELL, totalIndex } from './cell-billionths';
import { nearestAbove } from './row-index';
import { sumCells, yearIndexes } from './row-reader';
import { grandTotalRow } from './section-totals';
import { parseSources } from './sources';
import { SOURCE_CODES, TYPE_KEYS } from './source-codes';
import type { SourceCode, SourcePart, SpendingType } from './types';

const CODE_INDEX = Object.fromEntries(SOURCE_CODES.map((c, i) => [c, i])) as Record<SourceCode, number>;
const TYPE_INDEX = Object.fromEntries(TYPE_KEYS.map((t, i) => [t, i])) as Record<SpendingType | 'Chưa rõ', number>;

/** What an item really costs: its amount, or for a yearly rate the sum over its years. */
export function effectiveTotal(row: TableRow): Decimal | null {
  if (!row.amount) return null;
  if (row.amountPer !== 'total' && row.allocation.size) {
    let s = ZERO;
    for (const v of row.allocation.values()) s = s.plus(v);
    return s;
  }
  return row.amountPer === 'total' ? row.amount : null;
}

// An item under a section that names its source in words ("I | Vốn NSTW | … | NSTW") takes that
// source; the section's amounts per source are the section's, not the item's, so they are dropped.
const inheritedParts = new WeakMap<SourcePart[], SourcePart[]>();

/**
 * The sources that apply to a row: its own, else the nearest section's words above it, else for a
 * contingency or tax line the one source its items share (cost-lines.ts).
 */
export function sourcesOf(table: Table, row: TableRow): SourcePart[] {
  if (row.sources.length) return row.sources;
  const above = nearestAbove(table.byRow, row, (r) => r.sourcesFrom === 'text' && r.sources.length > 0);
  if (!above) return table.titleSources ?? addOnSources(table, row);
  const own = above.sources;
  let parts = inheritedParts.get(own);
  if (!parts) {
    parts = own.some((p) => p.amount !== null) ? own.map((p) => ({ ...p, amount: null })) : own;
    inheritedParts.set(own, parts);
  }
  return parts;
}

// One empty list for every row without a source, so rows can share their cut (moneyParts).
const NO_SOURCES: SourcePart[] = [];

const addOnParts = new WeakMap<TableRow, SourcePart[]>();

/**
 * A contingency or tax line's source when it writes none: the one source (code and type) every
 * item it is worked out from has; none when they have several or none (the officer must say).
 */
function addOnSources(table: Table, row: TableRow): SourcePart[] {
  let parts = addOnParts.get(row);
  if (parts) return parts;
  const one = sharedByBase(table, row, (item) => {
    const s = sourcesOf(table, item);
    return s.length === 1 && s[0].code !== 'Chưa rõ' ? s[0] : null;
  }, (a, b) => a.code === b.code && a.type === b.type);
  parts = one ? [{ code: one.code, type: one.type, amount: null, text: one.text }] : NO_SOURCES;
  addOnParts.set(row, parts);
  return parts;
}

export interface MoneyPart {
  code: SourceCode;
  type: SpendingType | 'Chưa rõ';
  amount: Decimal;
  allocation: Map<number, Decimal>;
}

/**
 * The item's money cut by source. One source: all of it. A split with amounts: those amounts,
 * and what they leave unexplained as "Chưa rõ". Several sources without amounts: the shares are
 * not known, so "Chưa rõ" (the type is kept when all parts agree on it).
 */
// The totals and the result sheets both cut every item: cut each once. Rows that share their
// allocation, sources and amount (readings are shared, allocate.ts) share one cut; a row
// re-allocated later has a new allocation, so it is cut again. A row whose years are its own
// year cells shares its cut with no other row: it is cut afresh when asked (the totals and a
// result sheet each ask once), so a 100.000-row form does not keep 300.000 parts and three memo
// maps per row alive through the check.
type CutMemo = Map<Map<number, Decimal>, Map<SourcePart[], Map<Decimal | null, MoneyPart[]>>>;
const cutMemos = new WeakMap<Table, CutMemo>();

// An item without a source under a section of one type: its cut is keyed by that type's empty list.
const NO_SOURCES_OF: Record<SpendingType, SourcePart[]> = { 'ĐTPT': [], CTX: [] };

export function moneyParts(table: Table, row: TableRow): MoneyPart[] {
  const amount = effectiveTotal(row);
  let sources = sourcesOf(table, row);
  const sectionType = sources.length === 0 ? table.sectionTypes?.get(row.row) : undefined;
  if (sectionType) sources = NO_SOURCES_OF[sectionType];
  if (row.allocationBasis === 'columns') return cutParts(row, amount, sources);
  let memo = cutMemos.get(table);
  if (!memo) {
    memo = new Map();
    cutMemos.set(table, memo);
  }
  let bySources = memo.get(row.allocation);
  if (!bySources) {
    bySources = new Map();
    memo.set(row.allocation, bySources);
  }
  let byAmount = bySources.get(sources);
  if (!byAmount) {
    byAmount = new Map();
    bySources.set(sources, byAmount);
  }
  let parts = byAmount.get(amount);
  if (!parts) {
    parts = cutParts(row, amount, sources);
    byAmount.set(amount, parts);
  }
  return parts;
}

/**
 * Whose money the part of a row its columns leave unexplained is: the one source the row's words
 * name when every part is of it ("NSĐP" beside "Vốn ĐTPT | Vốn SN" that miss the total: NSĐP of no
 * known type); else unknown ("Chưa rõ"), as when one of several source columns is left blank.
 */
function restCode(row: TableRow, sources: readonly SourcePart[]): SourceCode {
  const code = sources[0].code;
  if (code === 'Chưa rõ' || !row.sourceText || sources.some((s) => s.code !== code)) return 'Chưa rõ';
  // Asked only of rows whose parts miss their total (an error the rules report): read each time.
  const said = parseSources(row.sourceText, () => null).parts;
  return said.length > 0 && said.every((s) => s.code === code) ? code : 'Chưa rõ';
}

function cutParts(row: TableRow, amount: Decimal | null, sources: SourcePart[]): MoneyPart[] {
  if (!amount) return [];
  const pattern = row.allocation;
  if (sources.length === 0) return [whole('Chưa rõ', sources === NO_SOURCES_OF['ĐTPT'] ? 'ĐTPT' : sources === NO_SOURCES_OF.CTX ? 'CTX' : null, amount, pattern)];
  // One source carries the whole row, unless it is a source column whose cell states less.
  const short = row.sourcesFrom === 'columns' && sources.length === 1 && sources[0].amount !== null && !sources[0].amount.eq(amount);
  if (sources.length === 1 && !short) return [whole(sources[0].code, sources[0].type, amount, pattern)];
  if (!sources.every((s) => s.amount !== null)) {
    const types = new Set(sources.map((s) => s.type));
    return [whole('Chưa rõ', types.size === 1 ? sources[0].type : null, amount, pattern)];
  }
  const shares: { code: SourceCode; type: SpendingType | null; amount: Decimal }[] = [];
  const left = new ExactSum();
  left.add(amount);
  for (const s of sources) {
    shares.push({ code: s.code, type: s.type, amount: s.amount as Decimal });
    left.subtract(s.amount as Decimal);
  }
  const rest = left.value();
  if (!rest.isZero()) shares.push({ code: restCode(row, sources), type: null, amount: rest });
  // Year × source cells state each source's years: nothing to share out.
  const stated = sources.every((s) => s.years !== undefined);
  if (!stated && row.allocationBasis === 'columns' && pattern.size && !amount.isZero()) {
    const years = [...pattern.keys()];
    const cut = cutYearsInBillionths(years.map((y) => smallBillionths(pattern.get(y) as Decimal)), shares.map((s) => smallBillionths(s.amount)), smallBillionths(amount));
    if (cut) return shares.map((s, i) => new ColumnPart(s.code, s.type ?? 'Chưa rõ', s.amount, years, cut[i]));
  }
  const allocations = stated
    ? [...sources.map((s) => s.years as Map<number, Decimal>), ...(rest.isZero() ? [] : [new Map<number, Decimal>()])]
    : splitAllocation(row, shares.map((s) => s.amount), amount);
  return shares.map((s, i) => ({ code: s.code, type: s.type ?? 'Chưa rõ', amount: s.amount, allocation: allocations[i] }));
}

/**
 * A source's share of a row's year cells (splitAllocation's 'columns' case), worked out in
 * billionths (exact.cutYearsInBillionths); the totals add those, and the Decimals are made only
 * when a result sheet asks for the part's years.
 */
class ColumnPart implements MoneyPart {
  private decimals: Map<number, Decimal> | null = null;

  constructor(
    readonly code: SourceCode,
    readonly type: SpendingType | 'Chưa rõ',
    readonly amount: Decimal,
    readonly years: readonly number[],
    readonly billionths: readonly number[],
  ) {}

  get allocation(): Map<number, Decimal> {
    if (!this.decimals) {
      const m = new Map<number, Decimal>();
      this.years.forEach((y, j) => m.set(y, fromSmallBillionths(this.billionths[j])));
      this.decimals = m;
    }
    return this.decimals;
  }
}

/** A part that is the whole row shares the row's allocation (parts are never mutated). */
function whole(code: SourceCode, type: SpendingType | null, amount: Decimal, allocation: Map<number, Decimal>): MoneyPart {
  return { code, type: type ?? 'Chưa rõ', amount, allocation };
}

/**
 * The row's years cut among its source shares, each exact:
 * - an even spread: each share spread evenly itself (so a result sheet can write it as
 *   ROUNDDOWN(share/n, 3) over the share's own cell);
 * - years from columns: each year split in proportion to the shares, ROUNDDOWN to 3 decimals,
 *   the remainder to the last share, so the years stay exactly what the columns say;
 * - figures read from the text: each share in proportion to the pattern, remainder on its last year.
 */
function splitAllocation(row: TableRow, shares: readonly Decimal[], amount: Decimal): Map<number, Decimal>[] {
  const pattern = row.allocation;
  if (pattern.size === 0) return shares.map(() => new Map());
  // An even allocation made of several spreads (phases, a year stated "of which": allocate.ts) is
  // no one spread: each share follows its pattern, as figures read from the text do (below).
  if (row.allocationBasis === 'even' && evenSegments(row) === undefined) {
    const years = [...pattern.keys()];
    return shares.map((s) => spreadEven(s, years));
  }
  if (row.allocationBasis === 'columns') {
    // Years beside a total of zero cannot be shared in proportion: they stay with the last part.
    if (amount.isZero()) return shares.map((_, i) => (i === shares.length - 1 ? pattern : new Map<number, Decimal>()));
    const out = shares.map(() => new Map<number, Decimal>());
    for (const [year, value] of pattern) {
      const given: Decimal[] = [];
      for (let i = 0; i < shares.length - 1; i++) {
        const v = shareDown(value, shares[i], amount, ALLOCATION_DECIMALS);
        out[i].set(year, v);
        given.push(v);
      }
      out[shares.length - 1].set(year, remainder(value, given));
    }
    return out;
  }
  return shares.map((s) => scaleAllocation(pattern, s, amount));
}

/** Rows whose year columns were cut among their sources in proportion (the report says so). */
export function isProportional(row: TableRow): boolean {
  if (row.kind !== 'item' || row.allocationBasis !== 'columns' || row.sources.length < 2) return false;
  for (const s of row.sources) if (s.amount === null || s.years !== undefined) return false;
  return true;
}

const NO_TYPE = TYPE_INDEX['Chưa rõ'];
const NO_CODE = CODE_INDEX['Chưa rõ'];

/**
 * For the totals of a table with year columns: adds row i, whose years are its own year cells,
 * straight from its cells' billionths (cell-billionths.ts), the same money its parts (cutParts)
 * would add, in the same order, without building the parts or reading a Decimal's digits per
 * year (on a 100.000-row form that was a fifth of the check). Returns false, having added
 * nothing, when the row needs more than numbers (a figure past 2^52 billionths or with more
 * decimals, a rate, year × source cells, a zero total); summarize then cuts it as before. Null
 * when the table's year columns repeat a year (a row's years are then sums of cells) or its
 * cells have no numbers.
 */
function cellsAdder(table: Table, byCodeType: readonly ExactSum[], yearBucket: (y: number, code: number) => ExactSum): ((row: TableRow, i: number) => boolean) | null {
  const numbers = cellBillionths(table.rows);
  if (!numbers) return null;
  const data = numbers.data;
  const width = table.moneyColumns.length;
  // A row's `years` holds its non-zero year cells in year order (row-reader.ts).
  const idx = yearIndexes(table.moneyColumns, table.sums);
  if (idx.length === 0) return null;
  idx.sort((a, b) => (table.moneyColumns[a].year as number) - (table.moneyColumns[b].year as number));
  const colYears = idx.map((k) => table.moneyColumns[k].year);
  if (colYears.some((y, j) => y === null || (j > 0 && y === colYears[j - 1]))) return null;
  const totalIdx = totalIndex(table.moneyColumns, table.columns.total);
  const types = TYPE_KEYS.length;
  // Scratch filled per row and read up to its counts (no list made per row): the row's non-zero
  // years (as the year column's place j) and amounts, its shares, and the cut.
  const yearAt: number[] = [];
  const amounts: number[] = [];
  const codes: number[] = [];
  const typeOf: number[] = [];
  const shares: number[] = [];
  let cut = new Float64Array(4 * idx.length);
  // Each year column's bucket of each source, found once (yearBucket keeps the order codes are first met in).
  const buckets: (ExactSum | undefined)[] = new Array(idx.length * SOURCE_CODES.length);
  const bucket = (j: number, code: number): ExactSum => {
    let b = buckets[j * SOURCE_CODES.length + code];
    if (b === undefined) {
      b = yearBucket(colYears[j] as number, code);
      buckets[j * SOURCE_CODES.length + code] = b;
    }
    return b;
  };
  let years = 0;
  const whole = (code: number, type: number, total: number): boolean => {
    byCodeType[code * types + type].addBillionths(total);
    for (let y = 0; y < years; y++) bucket(yearAt[y], code).addBillionths(amounts[y]);
    return true;
  };
  return (row, i) => {
    const amount = row.amount;
    if (!amount) return true;
    if (row.amountPer !== 'total') return false;
    const at = i * width;
    // The amount read from the total cell is that cell's value.
    const total = row.amountFrom === 'cell' && totalIdx >= 0 ? data[at + totalIdx] : smallBillionths(amount);
    if (total !== total || total === NO_CELL) return false;
    years = 0;
    for (let j = 0; j < idx.length; j++) {
      const n = data[at + idx[j]];
      if (n === NO_CELL) continue;
      // Words or a dash hold no money for the year; a value without billionths needs Decimals.
      if (n !== n) {
        if (row.cells[idx[j]].value) return false;
        continue;
      }
      if (n === 0) continue;
      yearAt[years] = j;
      amounts[years++] = n;
    }
    const sources = sourcesOf(table, row);
    const n = sources.length;
    // No source, under a section (or title) of one type: that type's, as moneyParts counts it.
    if (n === 0) {
      const type = table.sectionTypes?.get(row.row);
      return whole(NO_CODE, type ? TYPE_INDEX[type] : NO_TYPE, total);
    }
    const first = sources[0];
    let short = false;
    if (n === 1 && row.sourcesFrom === 'columns' && first.amount !== null) {
      const b = smallBillionths(first.amount);
      if (b !== b) return false;
      short = b !== total;
    }
    if (n === 1 && !short) return whole(CODE_INDEX[first.code], TYPE_INDEX[first.type ?? 'Chưa rõ'], total);
    let allAmounts = true;
    let oneType = true;
    for (let k = 0; k < n; k++) {
      if (sources[k].amount === null) allAmounts = false;
      if (sources[k].type !== first.type) oneType = false;
    }
    if (!allAmounts) return whole(NO_CODE, TYPE_INDEX[(oneType ? first.type : null) ?? 'Chưa rõ'], total);
    // What the sources leave unexplained, exact: each step's true value within ±2^52 is exactly
    // what the subtraction gives, and one past it fails the test (rounded or not).
    let rest = total;
    let count = 0;
    for (let k = 0; k < n; k++) {
      const s = sources[k];
      if (s.years !== undefined) return false;
      const b = smallBillionths(s.amount as Decimal);
      if (b !== b) return false;
      rest -= b;
      if (!(rest <= HALF_SAFE && rest >= -HALF_SAFE)) return false;
      codes[count] = CODE_INDEX[s.code];
      typeOf[count] = TYPE_INDEX[s.type ?? 'Chưa rõ'];
      shares[count++] = b;
    }
    if (rest !== 0) {
      codes[count] = CODE_INDEX[restCode(row, sources)];
      typeOf[count] = NO_TYPE;
      shares[count++] = rest;
    }
    if (years) {
      if (total === 0) return false;
      if (cut.length < count * years) cut = new Float64Array(count * idx.length * 2);
      if (!cutYearsInto(amounts, years, shares, count, total, cut)) return false;
    }
    for (let k = 0; k < count; k++) {
      byCodeType[codes[k] * types + typeOf[k]].addBillionths(shares[k]);
      for (let y = 0; y < years; y++) bucket(yearAt[y], codes[k]).addBillionths(cut[k * years + y]);
    }
    return true;
  };
}

export function summarize(table: Table): TableSummary {
  const bySource = Object.fromEntries(SOURCE_CODES.map((c) => [c, ZERO])) as Record<SourceCode, Decimal>;
  const byType = Object.fromEntries(TYPE_KEYS.map((c) => [c, ZERO])) as Record<SpendingType | 'Chưa rõ', Decimal>;
  const byYear = new Map<number, Decimal>();
  const byYearSource = new Map<number, Partial<Record<SourceCode, Decimal>>>();
  // Fewest exact additions: money by source × type and by year × source per part; the totals
  // by source, by type, by year and overall are derived from those few buckets at the end.
  // Buckets are found by the code's and the type's place in SOURCE_CODES and TYPE_KEYS (no key
  // text per part); a year's codes keep the order they were first met in.
  const byCodeType: ExactSum[] = SOURCE_CODES.flatMap(() => TYPE_KEYS.map(() => new ExactSum()));
  const byYearCode = new Map<number, { sums: (ExactSum | undefined)[]; order: number[] }>();
  const yearBucket = (y: number, code: number): ExactSum => {
    let year = byYearCode.get(y);
    if (!year) {
      year = { sums: [], order: [] };
      byYearCode.set(y, year);
    }
    let b = year.sums[code];
    if (!b) {
      b = new ExactSum();
      year.sums[code] = b;
      year.order.push(code);
    }
    return b;
  };
  const add = (parts: readonly MoneyPart[], count: number): void => {
    for (const p of parts) {
      const code = CODE_INDEX[p.code];
      byCodeType[code * TYPE_KEYS.length + TYPE_INDEX[p.type]].addTimes(p.amount, count);
      if (p instanceof ColumnPart) {
        for (let j = 0; j < p.years.length; j++) yearBucket(p.years[j], code).addBillionthsTimes(p.billionths[j], count);
      } else for (const [y, value] of p.allocation) yearBucket(y, code).addTimes(value, count);
    }
  };
  let proportionalRows = 0;
  const fromCells = cellsAdder(table, byCodeType, yearBucket);
  // Rows that share one cut are added once, times their number; a cut of a row's own year
  // cells is that row's alone (moneyParts), so it is added straight away.
  const cuts = new Map<MoneyPart[], number>();
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    if (row.kind !== 'item') continue;
    if (isProportional(row)) proportionalRows++;
    if (fromCells && row.allocationBasis === 'columns' && row.allocation === row.years && fromCells(row, i)) continue;
    const parts = moneyParts(table, row);
    if (parts.length === 0) continue;
    if (row.allocationBasis === 'columns') add(parts, 1);
    else cuts.set(parts, (cuts.get(parts) ?? 0) + 1);
  }
  for (const [parts, count] of cuts) add(parts, count);
  for (const [y, year] of byYearCode) {
    const ys: Partial<Record<SourceCode, Decimal>> = {};
    for (const code of year.order) ys[SOURCE_CODES[code]] = (year.sums[code] as ExactSum).value();
    byYearSource.set(y, ys);
  }
  SOURCE_CODES.forEach((code, c) => {
    TYPE_KEYS.forEach((type, t) => {
      const sum = byCodeType[c * TYPE_KEYS.length + t];
      if (sum.isEmpty()) return;
      const v = sum.value();
      bySource[code] = bySource[code].plus(v);
      byType[type] = byType[type].plus(v);
    });
  });
  let total = ZERO;
  for (const code of SOURCE_CODES) total = total.plus(bySource[code]);
  for (const [y, ys] of byYearSource) {
    let s = ZERO;
    for (const v of Object.values(ys)) if (v) s = s.plus(v);
    byYear.set(y, s);
  }
  const totalRow = grandTotalRow(table);
  const yearly = yearlyParts(table.moneyColumns, table.sums);
  return {
    total,
    // A total line in a column of money a year ("Kinh phí/năm") states a year's money, not the
    // plan's; nor does one adding an investment to a lease's money a year ("Đầu tư | Thuê hằng năm").
    statedTotal: totalRow?.amountPer === 'total' && !(yearly && totalRow && sumCells(totalRow.cells, yearly.yearly)) ? totalRow.amount : null,
    bySource,
    byType,
    byYear: new Map([...byYear.entries()].sort((a, b) => a[0] - b[0])),
    byYearSource: new Map([...byYearSource.entries()].sort((a, b) => a[0] - b[0])),
    proportionalRows,
    ratesWithoutYears: ratesWithoutYears(table),
  };
}

/** Items' money a year or a month that no year takes (no period, no time): kept out of every total, said apart. */
function ratesWithoutYears(table: Table): RatesWithoutYears | null {
  const year = new ExactSum();
  const month = new ExactSum();
  const cells: string[] = [];
  const yearly = yearlyParts(table.moneyColumns, table.sums);
  for (let rowAt = 0; rowAt < table.rows.length; rowAt++) {
    const row = table.rows[rowAt];
    if (row.kind !== 'item' || !row.amount || row.amount.isZero()) continue;
    // The rate of a row that also invests, when its years are not known (yearly-parts.ts).
    const rest = yearly ? rateLeftOut(row) : undefined;
    const rate = row.amountPer !== 'total' && row.allocation.size === 0 ? row.amount : rest;
    if (!rate) continue;
    (row.amountPer === 'month' ? month : year).add(rate);
    const col = rest || row.amountFrom === 'columns' ? yearlyCell(table, row, yearly) : table.columns.amount;
    cells.push(address(row.row, col));
  }
  if (cells.length === 0) return null;
  return { year: year.isEmpty() ? null : year.value(), month: month.isEmpty() ? null : month.value(), cells };
}

/** The first money-a-year cell of a row that holds money, else the table's amount column. */
function yearlyCell(table: Table, row: TableRow, yearly: YearlyParts | null): number {
  const k = yearly ? heldYearly(row, yearly)[0] : undefined;
  return k === undefined ? table.columns.amount : table.moneyColumns[k].col;
}

