// Finding a table's header band: one to three rows of labels, with merged cells (Grid.merges)
// or, when a door could not say which cells are merged, group labels standing over blank cells.
// Each column's header is its parts top to bottom ("Dự kiến kinh phí thực hiện / Năm 2021"),
// classified by columns.ts; the roles decide which column is the total, the years, the sources.
import { adjustmentWay, budgetYearOffset, classifyColumn, isDoneFigure, columnFigureKind, saidOfWhich, figureKind, isAdjustment, afterChange, isAfterTax, isBeforeAdjustment, isBeforeTax, isDifference, isExecutionYear, isMoneyGroup, isMoneyRole, isTaxColumn, isShareColumn, isSupplement, countedYear, isTotalInvestment, isYearlyRate, isYearPart, labelOf, SCHEDULE_GROUP, leafLabel, MAX_LABEL, saysPercent, timeEdge, shareSubject, spendingWayOf, withBudgetYear, YEAR_PART_LABEL } from './columns';
import { numberToDecimal } from './cell-amount';
import { readColumnNumbers } from './column-numbers';
import type { ColumnEquation } from './column-numbers';
import { CellValue, columnNumber, Grid } from './grid';
import type { ColumnInfo, ColumnSum, ShareColumns, TableColumns } from './model';
import { Decimal } from './decimal';
import { ExactSum } from './exact';
import { isPlausibleYear, periodYears } from './period';
import type { Period } from './types';
import { readStt } from './stt';
import { cleanText, fold, LETTER_CHARS } from './text';

export interface HeaderBand {
  /** First and last sheet rows of the band. */
  top: number;
  end: number;
  /** The column-number row right under the band ("(1) (2) … (4)=(5)+…+(9)"), or null. */
  numberRow: number | null;
  columns: TableColumns;
  /** Every column that has a header, left to right. */
  columnInfo: ColumnInfo[];
  moneyColumns: ColumnInfo[];
  sums: ColumnSum[];
  /** A percentage column and the money columns it is the share of, when the band names them. */
  share: ShareColumns | null;
  /** Rightmost column with a header. */
  right: number;
}

/** A merged area in sheet coordinates. */
export interface MergeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_BAND_ROWS = 3;
/** How many rows under a band are looked at for data before the band is believed to be a header. */
const DATA_LOOKAHEAD = 6;

const A1_RANGE = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/;

/** Grid.merges ("A5:A7") as boxes; what cannot be read is ignored, never fatal. */
export function mergeBoxes(grid: Grid): MergeBox[] {
  const out: MergeBox[] = [];
  for (const m of grid.merges ?? []) {
    // Office.js may name the sheet ("'PL II'!A5:A7"); the range is what matters.
    const a = A1_RANGE.exec(m.slice(m.lastIndexOf('!') + 1).trim().toUpperCase());
    if (!a) continue;
    const c1 = columnNumber(a[1]);
    const r1 = Number(a[2]);
    const c2 = a[3] ? columnNumber(a[3]) : c1;
    const r2 = a[4] ? Number(a[4]) : r1;
    out.push({ top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) });
  }
  return out;
}

function textOf(v: CellValue | undefined): string {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'string') return cleanText(v);
  return String(v);
}

function rowValues(grid: Grid, row: number): CellValue[] {
  return grid.values[row - grid.top] ?? [];
}

/**
 * A row of labels: at least two texts, no numbers but years typed as numbers ("2021" over a year
 * column), no STT in front (body rows start with theirs).
 */
function isLabelRow(values: readonly CellValue[]): boolean {
  let texts = 0;
  let first: string | null = null;
  for (const v of values) {
    if (typeof v === 'number') {
      if (!Number.isInteger(v) || !isPlausibleYear(v)) return false;
      continue;
    }
    if (typeof v === 'string' && v.trim()) {
      texts++;
      if (first === null) first = v;
    }
  }
  if (texts < 2) return false;
  const lead = readStt(first ?? '');
  return !(lead.style === 'arabic' || lead.style === 'dotted' || lead.style === 'romanDotted' || lead.style === 'roman' || lead.style === 'part');
}

/** Texts that are labels of a sub-header: short, and any digits only as a year or a unit note. */
function isSubLabel(v: CellValue): boolean {
  if (v === null || v === '') return true;
  if (typeof v === 'number') return isPlausibleYear(v);
  if (typeof v !== 'string') return false;
  const t = v.trim();
  if (!t) return true;
  if (t.length > MAX_LABEL) return false;
  if (!/\d/.test(t)) return true;
  // A part of a year ("Quý 1", "Tháng 12", "6 tháng đầu năm", "Quý 1/2026"), columns.isYearPart.
  if (YEAR_PART_LABEL.test(fold(t))) return true;
  // A year counted from the start ("Năm 1", "Năm thứ 2"), columns.countedYear.
  if (countedYear(fold(t)) !== null) return true;
  // A year named from the budget year ("Năm N+1", "Dự kiến năm N+2"), columns.budgetYearOffset.
  if (budgetYearOffset(labelOf(t)) !== null) return true;
  // "Năm 2021", "KH 2021", "Giai đoạn 2021-2025", "(triệu đồng)"; not "1.500" or "2.1".
  return /^[^\d]*\b(19|20)\d{2}\b([^\d]*\b(19|20)\d{2}\b)?[^\d]*$/.test(t);
}

interface BandRows {
  rows: number[];
  /** Which cell a covered (merged, non-master) cell shows: key row*COLS+col → master key. */
  covered: Map<number, number>;
}

const KEY_SPAN = 1 << 14;
const key = (row: number, col: number): number => row * KEY_SPAN + col;

/**
 * Cells of the band covered by a merge (or, with no merges known, by a group label standing over
 * blank cells whose sub-columns are labelled below) → the cell whose text they show.
 */
function coverage(grid: Grid, rows: readonly number[], left: number, right: number, boxes: readonly MergeBox[]): Map<number, number> {
  const covered = new Map<number, number>();
  const first = rows[0];
  const last = rows[rows.length - 1];
  for (const b of boxes) {
    if (b.bottom < first || b.top > last || b.right < left || b.left > right) continue;
    // A merge that starts above the band (a title) is not part of it.
    if (b.top < first) continue;
    for (let r = Math.max(b.top, first); r <= Math.min(b.bottom, last); r++) {
      for (let c = Math.max(b.left, left); c <= Math.min(b.right, right); c++) {
        if (r === b.top && c === b.left) continue;
        covered.set(key(r, c), key(b.top, b.left));
      }
    }
  }
  if (boxes.length > 0 || rows.length < 2) return covered;
  // No merge information: a label with blanks to its right and labels under those blanks is a group.
  for (let i = 0; i < rows.length - 1; i++) {
    const r = rows[i];
    const values = rowValues(grid, r);
    for (let c = left; c <= right; c++) {
      if (!textOf(values[c - grid.left])) continue;
      for (let k = c + 1; k <= right; k++) {
        if (textOf(values[k - grid.left])) break;
        let below = false;
        for (let j = i + 1; j < rows.length && !below; j++) below = textOf(rowValues(grid, rows[j])[k - grid.left]) !== '';
        if (!below) break;
        covered.set(key(r, k), key(r, c));
      }
    }
  }
  return covered;
}

/** Each column's header parts, top to bottom, repeated texts of a merge counted once. */
function headerParts(grid: Grid, band: BandRows, left: number, right: number): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (let c = left; c <= right; c++) {
    const parts: string[] = [];
    for (const r of band.rows) {
      const master = band.covered.get(key(r, c));
      const mr = master !== undefined ? Math.floor(master / KEY_SPAN) : r;
      const mc = master !== undefined ? master % KEY_SPAN : c;
      const t = textOf(rowValues(grid, mr)[mc - grid.left]);
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    if (parts.length) out.set(c, parts);
  }
  return out;
}

function findRole(infos: readonly ColumnInfo[], role: ColumnInfo['role']): number | null {
  const c = infos.find((i) => i.role === role);
  return c ? c.col : null;
}

/**
 * Phase columns beside year columns ("Năm 2026 | Năm 2027 | Giai đoạn 2028-2030"), none overlapping
 * another or a year the year columns show: the row's later years, added with them. Empty when
 * there are no year columns or the phases overlap.
 */
function phasesBeside(infos: readonly ColumnInfo[]): number[] {
  const shown = new Set(infos.filter((i) => i.role === 'year').map((i) => i.year));
  if (shown.size === 0) return [];
  const phases = apartPhases(infos);
  return phases.some((p) => periodYears(p.span as Period).some((y) => shown.has(y))) ? [] : phases.map((p) => p.col);
}

/** The money columns of phases ("Giai đoạn 2026-2027"), earliest first; none when two overlap. */
function apartPhases(infos: readonly ColumnInfo[]): ColumnInfo[] {
  const phases = infos.filter((i) => i.money && i.span !== undefined).sort((a, b) => (a.span as Period).from - (b.span as Period).from);
  return phases.every((p, k) => k === 0 || (phases[k - 1].span as Period).to < (p.span as Period).from) ? phases : [];
}

/**
 * A difference column ("Chênh lệch") and the two money columns right before it, the figures it is
 * the difference of; undefined when there is none, or fewer than two money figures before it.
 */
function differenceOf(infos: readonly ColumnInfo[]): { column: ColumnInfo; earlier: ColumnInfo; later: ColumnInfo } | undefined {
  const at = infos.findIndex((i) => i.role === 'other' && isDifference(i));
  if (at < 0) return undefined;
  const before = infos.slice(0, at).filter((i) => i.money && (i.role === 'amount' || i.role === 'other'));
  if (before.length < 2) return undefined;
  return { column: infos[at], earlier: before[before.length - 2], later: before[before.length - 1] };
}

/**
 * The column that ends a time written in two ("Thời gian thực hiện / Bắt đầu | Hoàn thành", "Năm
 * bắt đầu | Năm hoàn thành"): the second of the first two time columns when the first is the start
 * and the second the end; else null.
 */
function timeEndColumn(infos: readonly ColumnInfo[]): number | null {
  const times = infos.filter((i) => i.role === 'time' && i.year === null);
  return times.length >= 2 && timeEdge(times[0]) === 'start' && timeEdge(times[1]) === 'end' ? times[1].col : null;
}

/**
 * One column per identity role (the first wins, a second "Tên" is just 'other'); one total;
 * a qualified column beside an unqualified one of the same year or source is its breakdown.
 */
function settleRoles(infos: ColumnInfo[]): void {
  // Invest and lease money side by side ("Kinh phí đầu tư | Kinh phí thuê", or under a total):
  // the parts of the row's money, not a total and a stray second one. Only with a lease column
  // among them: "Vốn đầu tư" alone stays the amount.
  const ways = infos.map((i) => (i.role === 'amount' || i.role === 'type' || i.role === 'other' ? spendingWayOf(i) : null));
  if (ways.includes('lease') && infos.some((i, k) => ways[k] === 'invest' || (ways[k] === null && i.role === 'amount'))) {
    infos.forEach((i, k) => {
      const way = ways[k];
      if (way === null) return;
      i.role = way;
      i.type = null;
      i.money = true;
    });
  }
  // Quantities and a unit price make a detailed estimate only together: a count alone ("Số
  // lượng" máy in a survey) or a price alone is just another column.
  const quantities = infos.filter((i) => i.role === 'quantity');
  const prices = infos.filter((i) => i.role === 'unitPrice');
  if (quantities.length === 0 || prices.length === 0) for (const i of [...quantities, ...prices]) i.role = 'other';
  const seen = new Set<string>();
  // A time written as its two ends ("Bắt đầu | Hoàn thành"): the end is a time column too.
  const end = timeEndColumn(infos);
  for (const i of infos) {
    if (i.money) continue;
    // An estimate's quantities stand side by side ("Số người | Số ngày").
    if (i.role === 'other' || i.role === 'note' || i.role === 'quantity' || i.role === 'sourceShare' || i.col === end) continue;
    if (seen.has(i.role)) i.role = 'other';
    else seen.add(i.role);
  }
  // The total is the one whose group holds the years or sources, else the first.
  const totals = infos.filter((i) => i.role === 'amount');
  if (totals.length > 1) {
    const parts = infos.filter((i) => i.role === 'year' || i.role === 'source' || i.role === 'type' || i.role === 'invest' || i.role === 'lease');
    const under = (p: ColumnInfo, t: ColumnInfo): boolean => groupOf(t) !== '' && p.header.startsWith(`${groupOf(t)} / `);
    // A project's total investment (TMĐT) beside the plan's own money ("Kế hoạch vốn năm 2026")
    // is the project's size, not what the plan spends.
    const planOwn = totals.find((t) => !isTotalInvestment(t));
    // "Giá trị trước thuế | Thuế GTGT | Giá trị sau thuế": the money is what is paid, after tax.
    const afterTax = totals.find((t) => isAfterTax(t)) ?? null;
    // "Dự toán đầu năm | Điều chỉnh tăng/(giảm) | Dự toán sau điều chỉnh": the money is what the
    // table allocates now, after the adjustment.
    // So is the total a supplement made ("Dự toán giao đầu năm | Bổ sung trong năm | Tổng dự toán").
    const adjusted = totals.find(afterChange(infos)) ?? null;
    // With parts under both ("TMĐT / Tổng số | Trong đó: NSĐP" beside "Kế hoạch 2026-2030 / Tổng số |
    // Trong đó: NSĐP"), the plan's own.
    const withParts = totals.filter((t) => parts.some((p) => under(p, t)));
    // "Kinh phí thuê/năm | Tổng kinh phí thuê": the yearly rate beside the total is a figure of its own.
    const notRate = totals.find((t) => !isYearlyRate(t) && !isTotalInvestment(t)) ?? null;
    const hasRate = totals.some(isYearlyRate);
    const chosen = withParts.find((t) => !isTotalInvestment(t)) ?? withParts[0] ?? afterTax ?? adjusted ?? (hasRate ? notRate : null) ?? planOwn ?? totals[0];
    for (const t of totals) {
      if (t === chosen) continue;
      t.role = 'other';
      // The parts of another total (its "Trong đó: NSĐP") are figures of their own, not the row's sources.
      for (const p of parts) if (under(p, t) && !under(p, chosen)) p.role = 'other';
    }
    // Before tax and the tax beside the total after it: the tax is money too, checked as the others.
    if (chosen === afterTax && totals.some(isBeforeTax)) for (const i of infos) if (i.role === 'other' && isTaxColumn(i)) i.money = true;
  }
  // "TMĐT | Kế hoạch năm 2026 / Tổng số | NSTW | NSĐP": the project's size beside one year's plan.
  // The year's total is the plan's money (that year's, as "Kế hoạch vốn năm 2026" is) and its
  // sources are its parts; the project's size is no sum of one year.
  const plainYears = infos.filter((i) => i.role === 'year' && i.source === null && i.type === null);
  const amounts = infos.filter((i) => i.role === 'amount');
  if (plainYears.length === 1 && amounts.length === 1 && isTotalInvestment(amounts[0])) {
    const year = plainYears[0];
    amounts[0].role = 'other';
    year.role = 'amount';
    for (const i of infos) {
      if (i.role !== 'year' || i.year !== year.year) continue;
      i.role = i.source !== null ? 'source' : 'type';
      i.year = null;
    }
  }
  // A total for one year ("Dự toán năm 2025", columns.ts) is no sum of years: a year's column
  // beside it ("Ước thực hiện năm 2025", "Năm 2026") is a figure of its own, checked on its own.
  const total = infos.find((i) => i.role === 'amount');
  // But that year's money by source ("Kế hoạch vốn năm 2027 | Năm 2027 (NSTW) | Năm 2027 (NSĐP)")
  // is the total's sources, as "Vốn NSTW năm 2027" beside it is.
  if (total !== undefined && total.year !== null) {
    for (const i of infos) {
      if (i.role !== 'year') continue;
      if (i.year === total.year && i.source !== null && i.type === null) {
        i.role = 'source';
        i.year = null;
      } else i.role = 'other';
    }
  }
  // "Kinh phí/năm | Năm 2026 | Năm 2027": a figure a year beside the years is no sum of them; the
  // years are the row's money, the yearly figure one of its own.
  if (total !== undefined && isYearlyRate(total) && infos.some((i) => i.role === 'year' && i.source === null && i.type === null)) total.role = 'other';
  // Plans and what was done, year by year ("Kế hoạch 2025 | Thực hiện 2025 | Kế hoạch 2026"):
  // the plan's years are the row's money, what was done is a figure of its own beside them.
  const years = infos.filter((i) => i.role === 'year');
  const done = years.filter(isExecutionYear);
  if (done.length > 0 && done.length < years.length) for (const i of done) i.role = 'other';
  // "Kinh phí năm 2026 / Tổng số | Quý I | … | Quý IV": the quarters split the year's total, a
  // money column of their own (sums kind `periods`), not four more years of the same money.
  const yearTotals = new Set(infos.filter((i) => i.role === 'year' && i.source === null && i.type === null && !isYearPart(i)).map((i) => i.year));
  for (const i of infos) if (i.role === 'year' && i.source === null && i.type === null && isYearPart(i) && yearTotals.has(i.year)) i.role = 'other';
  // "Năm 2021 / Tổng số" beside "Năm 2021 / NSTW": the first is the year, the others its breakdown.
  const yearHasPlain = new Set(infos.filter((i) => i.role === 'year' && i.source === null && i.type === null).map((i) => i.year));
  for (const i of infos) if (i.role === 'year' && (i.source !== null || i.type !== null) && yearHasPlain.has(i.year)) i.role = 'other';
  const sourceHasPlain = new Set(infos.filter((i) => i.role === 'source' && i.type === null).map((i) => i.source));
  for (const i of infos) if (i.role === 'source' && i.type !== null && sourceHasPlain.has(i.source)) i.role = 'type';
  // "Kế hoạch … đã giao | Điều chỉnh tăng (+), giảm (-) | Kế hoạch … sau điều chỉnh": the signed
  // adjustment is money too, checked as the others; so is a supplement, and the figure given before
  // it under a merged year ("Dự toán năm 2026 / Giao đầu năm | Bổ sung | Tổng cộng").
  const isAfter = afterChange(infos);
  if (infos.some((i) => i.role === 'amount' && isAfter(i))) {
    const supplemented = infos.some(isSupplement);
    for (const i of infos) if (i.role === 'other' && (isAdjustment(i) || adjustmentWay(i) || (supplemented && isBeforeAdjustment(i)))) i.money = true;
  }
  // "Kinh phí đề nghị | Kinh phí thẩm định | Chênh lệch": the difference of the two is money too.
  const difference = differenceOf(infos);
  if (difference) difference.column.money = true;
  // A table whose only money is "Bố trí vốn" states its amount there.
  if (!infos.some((i) => i.role === 'amount' || i.role === 'year' || i.role === 'source' || i.role === 'type' || i.role === 'invest' || i.role === 'lease')) {
    const allocated = infos.find((i) => i.role === 'allocated');
    if (allocated) allocated.role = 'amount';
  }
}

/** Which money columns add up to which: by their names, then as the column-number row states. */
function columnSums(infos: readonly ColumnInfo[], total: number | null, equations: readonly ColumnEquation[]): ColumnSum[] {
  const sums: ColumnSum[] = [];
  const colsOf = (pred: (i: ColumnInfo) => boolean) => infos.filter(pred).map((i) => i.col);
  // "Năm 2026 | Năm 2027 | Giai đoạn 2028-2030": the phases past the year columns are the row's
  // years too (phasesBeside).
  const years = [...colsOf((i) => i.role === 'year'), ...phasesBeside(infos)].sort((a, b) => a - b);
  const sources = colsOf((i) => i.role === 'source' && (i.type === null || !infos.some((j) => j.role === 'source' && j.source === i.source && j.type === null)));
  // A type column names no source; "Khác" beside the types (otherBesideTypes) may name one and no type.
  const types = colsOf((i) => i.role === 'type' && (i.source === null || i.type === null));
  if (years.length) sums.push({ kind: 'years', total, parts: years, stated: false });
  // A lone source column beside a total ("Tổng kinh phí | Trong đó: NSTW hỗ trợ") is part of it, not
  // all of it (as a lone "Trong đó: thuê" below); two or more are the row's sources and add up to it.
  if (sources.length > 1 || (sources.length === 1 && total === null)) sums.push({ kind: 'sources', total, parts: sources, stated: false });
  if (types.length) sums.push({ kind: 'types', total, parts: types, stated: false });
  // Invest and lease add up to the row's money only when both are there: a lone "Trong đó: thuê"
  // under a total is part of it, not all of it.
  const ways = infos.filter((i) => i.role === 'invest' || i.role === 'lease');
  if (ways.some((i) => i.role === 'invest') && ways.some((i) => i.role === 'lease')) sums.push({ kind: 'modes', total, parts: ways.map((i) => i.col), stated: false });
  // "Tổng nhu cầu | Đã bố trí | Còn thiếu": what is left is the total less what was allocated.
  // Only when these three are the table's money: beside a year's plan ("Lũy kế | Kế hoạch năm
  // 2026 | Còn lại") or a disbursed column, what is left is counted from more than the two.
  const money = infos.filter((i) => i.money);
  const allocated = money.filter((i) => i.role === 'allocated');
  const remaining = money.filter((i) => i.role === 'remaining');
  if (total !== null && money.length === 3 && allocated.length === 1 && remaining.length === 1) {
    sums.push({ kind: 'balance', total, parts: [allocated[0].col, remaining[0].col], stated: false });
  }
  // "Giá trị trước thuế | Thuế GTGT | Giá trị sau thuế": before tax and the tax make the total after it.
  const after = total !== null ? infos.find((i) => i.col === total && isAfterTax(i)) : undefined;
  const before = money.filter((i) => i.role === 'other' && isBeforeTax(i));
  const tax = money.filter((i) => i.role === 'other' && isTaxColumn(i));
  if (after && before.length === 1 && tax.length === 1) sums.push({ kind: 'tax', total, parts: [before[0].col, tax[0].col], stated: false });
  // "Kế hoạch … đã giao | Điều chỉnh tăng (+), giảm (-) | Kế hoạch … sau điều chỉnh": what was
  // given and the adjustment make the figure after it.
  const adjusted = total !== null ? infos.find((i) => i.col === total && afterChange(infos)(i)) : undefined;
  const adjustment = money.filter((i) => i.role === 'other' && isAdjustment(i));
  const given = money.filter((i) => i.col !== total && !adjustment.includes(i) && isBeforeAdjustment(i));
  if (adjusted && adjustment.length === 1 && given.length === 1) sums.push({ kind: 'adjust', total, parts: [given[0].col, adjustment[0].col], stated: false });
  // "… đã giao | Điều chỉnh tăng | Điều chỉnh giảm | … sau điều chỉnh": given plus the increase less
  // the decrease; "Dự toán giao đầu năm | Bổ sung trong năm | Tổng dự toán": given plus the supplement.
  const up = money.filter((i) => i.role === 'other' && adjustmentWay(i) === 'up');
  const down = money.filter((i) => i.role === 'other' && adjustmentWay(i) === 'down');
  const givenBeside = money.filter((i) => i.col !== total && !up.includes(i) && !down.includes(i) && isBeforeAdjustment(i));
  const supplementOnly = down.length === 0 && up.length === 1 && isSupplement(up[0]);
  if (adjusted && adjustment.length === 0 && up.length === 1 && (down.length === 1 || supplementOnly) && givenBeside.length === 1) {
    sums.push({ kind: 'adjust', total, parts: [givenBeside[0].col, up[0].col], stated: false, ...(down.length ? { minus: [down[0].col] } : {}) });
  }
  // "Tổng dự toán | Đã thực hiện | Còn lại" (a budget's execution report): what is left is the
  // total less what was spent, when these are the money beside the total's own parts.
  const ownParts = new Set(sums.filter((x) => x.total === total && x.kind === 'adjust').flatMap((x) => x.parts));
  const spent = money.filter((i) => i.role === 'disbursed');
  if (total !== null && allocated.length === 0 && spent.length === 1 && remaining.length === 1 && money.filter((i) => !ownParts.has(i.col)).length === 3) {
    sums.push({ kind: 'balance', total, parts: [spent[0].col, remaining[0].col], stated: false });
  }
  // Phases ("Giai đoạn 2026-2027 | Giai đoạn 2028-2030") that do not overlap make the total.
  const phases = apartPhases(infos);
  if (total !== null && phases.length > 1 && !infos.some((i) => i.role === 'year')) sums.push({ kind: 'phases', total, parts: phases.map((i) => i.col), stated: false });
  // The parts of a year (quarters, halves, months) make that year's total.
  for (const year of new Set(money.filter((i) => i.role === 'other' && isYearPart(i)).map((i) => i.year))) {
    const yearTotal = infos.find((i) => i.role === 'year' && i.year === year && i.source === null && i.type === null);
    const parts = money.filter((i) => i.role === 'other' && i.year === year && isYearPart(i)).map((i) => i.col);
    if (yearTotal && parts.length > 1) sums.push({ kind: 'periods', total: yearTotal.col, parts, stated: false });
  }
  // "Năm 2026 / Tổng số | NSTW | NSĐP": the year's sources make the year's total (and are the row's
  // sources, year by year, as "Năm 2026 / NSTW" alone would be); so do its types ("Vốn ĐTPT | Vốn SN").
  for (const year of years) {
    const info = infos.find((i) => i.col === year);
    if (!info || info.role !== 'year' || info.source !== null || info.type !== null || info.year === null) continue;
    const parts = money.filter((i) => i.role === 'other' && i.year === info.year && (i.source !== null || i.type !== null) && i.span === undefined && !isYearPart(i));
    if (parts.length < 2 || new Set(parts.map((i) => `${i.source}|${i.type}`)).size !== parts.length) continue;
    // All of them sources, or all of them types of no source ("Năm 2026 / Tổng số | Vốn ĐTPT | Vốn SN").
    if (parts.every((i) => i.source !== null)) sums.push({ kind: 'yearSources', total: year, parts: parts.map((i) => i.col), stated: false });
    else if (parts.every((i) => i.source === null)) sums.push({ kind: 'yearTypes', total: year, parts: parts.map((i) => i.col), stated: false });
  }
  // The difference of two figures ("Đề nghị | Thẩm định | Chênh lệch"): the later less the earlier
  // (rules/column-sums.ts takes the other way round when the rows say so).
  const difference = differenceOf(infos);
  if (difference) sums.push({ kind: 'difference', total: difference.column.col, parts: [difference.later.col], stated: false, minus: [difference.earlier.col] });
  const roleOf = new Map(infos.map((i) => [i.col, i]));
  for (const eq of equations) {
    const target = roleOf.get(eq.total);
    const parts = eq.parts.map((c) => roleOf.get(c));
    if (!target?.money || parts.some((p) => !p?.money)) continue;
    const kind = parts.every((p) => p?.role === 'year') ? 'years'
      : parts.every((p) => p?.role === 'source') ? 'sources'
        : parts.every((p) => p?.role === 'type') ? 'types'
          : parts.every((p) => p?.role === 'invest' || p?.role === 'lease') ? 'modes' : null;
    if (kind === null) continue;
    const sum: ColumnSum = { kind, total: eq.total, parts: [...eq.parts], stated: true };
    const same = sums.findIndex((s) => s.kind === kind && (s.total === eq.total || (s.total === null && target.role !== 'amount')));
    if (same >= 0 && sums[same].total === eq.total) sums[same] = sum;
    else if (!sums.some((s) => s.total === sum.total && s.parts.join() === sum.parts.join())) sums.push(sum);
  }
  return sums;
}

/** The band's columns as the rest of the core uses them. */
function tableColumns(infos: readonly ColumnInfo[], sums: readonly ColumnSum[]): TableColumns | null {
  const total = findRole(infos, 'amount');
  const firstPart = sums.find((s) => s.total === null)?.parts[0] ?? null;
  const system = findRole(infos, 'system');
  const place = findRole(infos, 'place');
  // "STT | Nguồn vốn | Tổng kinh phí | Năm 2026 …": a summary whose rows are the sources names
  // each row by its source ("Ngân sách tỉnh", "Tổng cộng").
  const stt = findRole(infos, 'stt');
  const name = findRole(infos, 'name') ?? (system === null && place === null ? besideStt(infos, stt) ?? findRole(infos, 'sourceText') : null);
  const mode = findRole(infos, 'mode');
  const anchor = total ?? firstPart ?? infos.find((i) => i.money)?.col ?? null;
  if (stt === null && name === null && system === null && place === null) return null;
  if (anchor === null && mode === null) return null;
  const schedule = infos.filter((i) => i.role === 'time' && i.year !== null).map((i) => ({ col: i.col, year: i.year as number }));
  return {
    ...(schedule.length ? { schedule } : {}),
    stt,
    name,
    amount: anchor ?? (name ?? system ?? place ?? stt) as number,
    total,
    time: infos.find((i) => i.role === 'time' && i.year === null)?.col ?? null,
    timeEnd: timeEndColumn(infos),
    sourceShares: infos.filter((i) => i.role === 'sourceShare').map((i) => i.col),
    source: findRole(infos, 'sourceText'),
    mode,
    owner: findRole(infos, 'owner'),
    place,
    system,
  };
}

/**
 * The names under a header no name pattern knows ("STT | Nhóm nội dung | Kinh phí"): the column
 * right after the numbers, when it is nothing else. Without it the total row is no total and
 * every section's items run on into the next.
 */
function besideStt(infos: readonly ColumnInfo[], stt: number | null): number | null {
  if (stt === null) return null;
  const next = infos.find((i) => i.col === stt + 1);
  return next && next.role === 'other' && !next.money && leafLabel(next) !== '' ? next.col : null;
}

/**
 * A hidden column (last year's figures kept out of sight, a helper column) is not money the table
 * shows: its money role is dropped, so the visible columns are the amount, years and sources.
 */
function hiddenAway(info: ColumnInfo, hidden: readonly number[] | undefined): ColumnInfo {
  if (!hidden || !hidden.includes(info.col) || !isMoneyRole(info.role)) return info;
  return { ...info, role: 'other', money: false, year: null, source: null, type: null };
}

/** The header lines above a column's last ("Nguồn vốn / NSTW" → "Nguồn vốn"); '' for a one-line header. */
function groupOf(info: ColumnInfo): string {
  return info.header.split(' / ').slice(0, -1).join(' / ');
}

/** A group that shares the row's money out among units or places: "Phân bổ cho các xã", "Chi tiết theo đơn vị". */
const UNIT_GROUP = /^(?:phan bo|phan bo cho|phan bo ve|chi tiet|chi tiet theo|chia theo|giao cho|bo tri cho)(?: cac)? (?:xa|phuong|huyen|quan|don vi|dia phuong|co quan|so|so, nganh|so, ban, nganh|dia ban|dia phuong, don vi)(?:,.*)?$/;

/**
 * "Tổng kinh phí | Phân bổ cho các xã / Xã An Bình | Xã Tân Phú | Xã Hòa Lợi": the columns under a
 * group sharing the money out among units, when there are two or more and nothing else is read
 * of them: money, each subtotal-checked, and together the row's total (sums kind `units`).
 */
function unitColumns(grid: Grid, infos: readonly ColumnInfo[], end: number): ColumnInfo[] {
  const under = infos.filter((i) => i.role === 'other' && !i.money && i.year === null && i.source === null && i.type === null && UNIT_GROUP.test(fold(groupOf(i).split(' / ').pop() ?? '').replace(/[:.]+$/, '').trim()));
  if (under.length < 2 || !under.every((i) => groupOf(i) === groupOf(under[0]))) return [];
  // Names under them ("Chi tiết theo đơn vị / Đơn vị chủ trì | Đơn vị phối hợp"), not figures: words, no money.
  return under.some((i) => holdsWords(grid, i.col, end)) ? [] : under;
}

/** Whether the column holds words and no figure in a cell of the rows after `end` ("Sở Y tế", "Đang triển khai"). */
function holdsWords(grid: Grid, col: number, end: number): boolean {
  const gridEnd = grid.top + grid.values.length - 1;
  for (let r = end + 1; r <= Math.min(gridEnd, end + SHARE_LOOKAHEAD); r++) {
    const v = grid.values[r - grid.top]?.[col - grid.left];
    if (typeof v === 'string' && WORDS_ONLY.test(v) && !/^\s*[xX-]\s*$/.test(v)) return true;
  }
  return false;
}


/** A mark saying "in this year" in a schedule: "x", "X", a tick or a dot. */
const MARK = /^\s*[xX\u2713\u2714\u2022\u25CF*]\s*$/;

/**
 * "Tiến độ thực hiện / 2026 | 2027 | 2028" holding "x" under the years an item runs in: a schedule,
 * not money. Its year columns become the row's time (role `time`, `year` set; row-reader.ts reads
 * the marked years as "2026 - 2027"). Only when no year column holds a figure and one holds a mark.
 */
function scheduleColumns(grid: Grid, infos: ColumnInfo[], end: number): void {
  const years = infos.filter((i) => i.role === 'year' && i.source === null && i.type === null);
  if (years.length === 0) return;
  // Under a money group ("Kinh phí đã bố trí / 2021 | 2022"), an "x" says "does not apply".
  const group = fold(groupOf(years[0]));
  if (!SCHEDULE_GROUP.test(group) && isMoneyGroup(group)) return;
  const gridEnd = grid.top + grid.values.length - 1;
  // Below the column-number row "(5) | (6)", when there is one.
  const first = end < gridEnd && readColumnNumbers(rowValues(grid, end + 1), grid.left) !== null ? end + 2 : end + 1;
  let marked = false;
  for (const i of years) {
    for (let r = first; r <= Math.min(gridEnd, first + SHARE_LOOKAHEAD); r++) {
      const v = grid.values[r - grid.top]?.[i.col - grid.left];
      if (typeof v === 'number' || (typeof v === 'string' && /\d/.test(v))) return;
      if (typeof v === 'string' && MARK.test(v)) marked = true;
    }
  }
  if (!marked) return;
  for (const i of years) i.role = 'time';
}

/** A cell of words and no figure ("Sở Y tế"), as no money cell holds. */
const WORDS_ONLY = new RegExp(`^[^0-9]*[${LETTER_CHARS}]{2}[^0-9]*$`);

/** "Khác", "Nguồn khác", "Vốn khác", "Chi khác" as a column's last header line. */
const OTHER_LEAF = /^(von |nguon |nguon von |chi |kinh phi )?khac$/;

/**
 * "Nguồn vốn / Vốn ĐTPT | Vốn sự nghiệp | Khác", "Phân theo loại chi / Chi đầu tư | Chi thường
 * xuyên | Khác": the "Khác" beside the type columns, under the same group, is the rest of the row's
 * money, one more part of the types' sum (of no type; a source when it names one, as "Khác" under
 * "Nguồn vốn" does). Without it the types fall short of the total on every row that has some.
 */
function otherBesideTypes(infos: ColumnInfo[]): void {
  const types = infos.filter((i) => i.role === 'type' && i.source === null && groupOf(i) !== '');
  if (types.length === 0) return;
  const group = groupOf(types[0]);
  if (!types.every((t) => groupOf(t) === group)) return;
  for (const i of infos) {
    if (groupOf(i) !== group || !(i.role === 'other' || (i.role === 'source' && i.source === 'Khác'))) continue;
    if (!OTHER_LEAF.test(leafLabel(i))) continue;
    i.role = 'type';
    i.type = null;
  }
}

/** Rows under a band looked at to tell shares in percent from money. */
const SHARE_LOOKAHEAD = 30;
/** How far shares typed with rounded thirds ("33,33 | 33,33 | 33,33") may fall short of the whole. */
const SHARE_SLACK_PERCENT = new Decimal('0.01');
const SHARE_SLACK_FRACTION = new Decimal('0.0001');

/** A number cell's exact value; null for any other cell. */
function cellDecimal(v: CellValue | undefined): Decimal | null {
  return typeof v === 'number' ? numberToDecimal(v) : null;
}

/**
 * "Cơ cấu nguồn vốn" over "Trung ương | Địa phương" says the sources' shares, but as often in money
 * as in percent. When the header does not say "%" or "Tỷ lệ", the rows under it decide: cells that
 * add up to the row's total are money (each a source column), cells that add up to 100 or to 1
 * are shares. Sheet rows after `end`; the columns as they were when the rows do not decide.
 */
function sharesOrMoney(grid: Grid, infos: ColumnInfo[], end: number): void {
  const unmarked = infos.filter((i) => i.role === 'sourceShare' && !saysPercent(i));
  const total = infos.find((i) => i.role === 'amount');
  if (unmarked.length < 2 || !total) return;
  let money = 0;
  let shares = 0;
  const gridEnd = grid.top + grid.values.length - 1;
  for (let r = end + 1; r <= Math.min(gridEnd, end + SHARE_LOOKAHEAD); r++) {
    const values = grid.values[r - grid.top];
    const whole = cellDecimal(values[total.col - grid.left]);
    if (whole === null) continue;
    const sum = new ExactSum();
    for (const i of unmarked) {
      const v = cellDecimal(values[i.col - grid.left]);
      if (v !== null && !v.isZero()) sum.add(v);
    }
    if (sum.isEmpty()) continue;
    // Money adds up to the row exactly; shares to 100 (or 1) as typed, thirds within a hundredth.
    if (sum.equals(whole) && !whole.eq(100) && !whole.eq(1)) money++;
    else if (sum.value().minus(100).abs().lt(SHARE_SLACK_PERCENT) || sum.value().minus(1).abs().lt(SHARE_SLACK_FRACTION)) shares++;
  }
  if (money <= shares) return;
  for (const i of unmarked) {
    i.role = 'source';
    i.money = true;
  }
}

/**
 * Reads the rows from `top` as a header band, or null when they are not one. `withData`: only a
 * header with rows under it that read as its data (false: a template's header alone). `budgetYear`:
 * the year N of headers named from it ("Dự kiến năm N+1"), read as the years they are ("Dự kiến
 * năm N+1 (2027)", columns.withBudgetYear).
 */
export function readBand(grid: Grid, top: number, boxes: readonly MergeBox[], width: number, withData = true, budgetYear: number | null = null): HeaderBand | null {
  const topValues = rowValues(grid, top);
  if (!isLabelRow(topValues)) return null;
  const left = grid.left;
  const right = grid.left + width - 1;
  // The identity columns of the top row: under them a sub-header row is blank (or merged down).
  const identity: number[] = [];
  for (let c = left; c <= right; c++) {
    const parts = [textOf(topValues[c - left])].filter((t) => t);
    if (!parts.length) continue;
    const role = classifyColumn(c, parts).role;
    if (role === 'stt' || role === 'name' || role === 'system' || role === 'place') identity.push(c);
  }
  if (identity.length === 0) return null;

  const rows = [top];
  const gridEnd = grid.top + grid.values.length - 1;
  while (rows.length < MAX_BAND_ROWS && rows[rows.length - 1] < gridEnd) {
    const r = rows[rows.length - 1] + 1;
    const values = rowValues(grid, r);
    if (!values.some((v) => textOf(v) !== '')) break;
    if (readColumnNumbers(values, grid.left) !== null) break;
    if (identity.some((c) => textOf(values[c - left]) !== '')) break;
    if (!values.every(isSubLabel)) break;
    rows.push(r);
  }
  const band: BandRows = { rows, covered: coverage(grid, rows, left, right, boxes) };
  const parts = headerParts(grid, band, left, right);
  const infos: ColumnInfo[] = [];
  for (const [c, p] of parts) infos.push(hiddenAway(classifyColumn(c, budgetYear === null ? p : p.map((t) => withBudgetYear(t, budgetYear))), grid.hiddenCols));
  sharesOrMoney(grid, infos, rows[rows.length - 1]);
  settleRoles(infos);
  otherBesideTypes(infos);
  scheduleColumns(grid, infos, rows[rows.length - 1]);
  for (const i of infos) i.money = isMoneyRole(i.role) || (i.role === 'other' && i.money);
  const units = unitColumns(grid, infos, rows[rows.length - 1]);
  // What was done, holding words ("Đang triển khai", "Hoàn thành") under "Thực hiện 6 tháng đầu năm"
  // or "Đã thực hiện", is a status, no money (nor money spent).
  for (const i of infos) {
    const done = (i.role === 'other' && i.money && isDoneFigure(i)) || (i.role === 'disbursed' && !/giai ngan/.test(fold(i.header)));
    if (!done || !holdsWords(grid, i.col, rows[rows.length - 1])) continue;
    if (i.role === 'disbursed') i.role = 'other';
    i.money = false;
  }
  for (const i of units) i.money = true;

  const end = rows[rows.length - 1];
  const numbers = end < gridEnd ? readColumnNumbers(rowValues(grid, end + 1), grid.left) : null;
  const totalCol = findRole(infos, 'amount');
  const sums = columnSums(infos, totalCol, numbers?.equations ?? []);
  if (totalCol !== null && units.length) sums.push({ kind: 'units', total: totalCol, parts: units.map((i) => i.col), stated: false });
  const columns = tableColumns(infos, sums);
  if (!columns) return null;
  if (withData && !hasDataBelow(grid, numbers ? end + 1 : end, columns, infos)) return null;
  return {
    top,
    end,
    numberRow: numbers ? end + 1 : null,
    columns,
    columnInfo: infos,
    moneyColumns: infos.filter((i) => i.money),
    sums,
    share: shareColumns(infos),
    right: infos.length ? infos[infos.length - 1].col : right,
  };
}

/**
 * "Kế hoạch vốn năm 2026 | Giải ngân đến 30/9/2026 | Tỷ lệ giải ngân (%)": the one percentage
 * column of a table with one disbursed column is what was disbursed as a share of the plan (the
 * table's amount, else what was allocated); "So sánh 2027/2026 (%)" is one year's column over the
 * other's; "Tỷ lệ thực hiện (%)" beside "Kế hoạch năm 2026 | Thực hiện năm 2026" what was done over
 * the plan. Nothing when the band has several percentages or names a share of something else ("Tỷ
 * lệ hoàn thành"): which columns make them is not known.
 */
function shareColumns(infos: readonly ColumnInfo[]): ShareColumns | null {
  const shares = infos.filter(isShareColumn);
  if (shares.length !== 1) return null;
  const subject = shareSubject(shares[0]);
  // "Tỷ trọng (%)", "Tỷ trọng so với tổng số (%)": each row's amount over the table's total.
  if (/^ty trong\b/.test(subject)) {
    const amount = infos.find((i) => i.role === 'amount');
    return amount ? { col: shares[0].col, part: amount.col, whole: amount.col, ofTotal: true } : null;
  }
  // "So sánh 2027/2026 (%)" beside "Dự toán năm 2026 | Dự toán năm 2027": one year's money over the other's.
  // "So sánh DT 2027/ƯTH 2026 (%)" beside "Dự toán năm 2026 | Ước thực hiện năm 2026 | Dự toán năm
  // 2027": the words before a year say which of that year's columns it is.
  const years = /^(?:so sanh )?([a-z ]*?) ?(\d{4}) ?\/ ?([a-z ]*?) ?(\d{4})$/.exec(subject);
  if (years) {
    const ofYear = (words: string, y: string) => {
      const all = infos.filter((i) => i.money && i.year === Number(y) && i.source === null && i.type === null);
      const kind = figureKind(words);
      return all.length > 1 && kind !== null ? all.filter((i) => columnFigureKind(i) === kind) : all;
    };
    const [part, whole] = [ofYear(years[1], years[2]), ofYear(years[3], years[4])];
    return part.length === 1 && whole.length === 1 ? { col: shares[0].col, part: part[0].col, whole: whole[0].col } : null;
  }
  // "Kế hoạch năm 2026 | Thực hiện năm 2026 | Tỷ lệ thực hiện (%)": what was done over that year's plan.
  const done = infos.filter((i) => i.money && isExecutionYear(i));
  if (done.length === 1 && (subject === '' || /^thuc hien\b/.test(subject))) {
    const plan = infos.filter((i) => i.money && !isExecutionYear(i) && i.year === done[0].year && i.source === null && i.type === null);
    if (plan.length === 1) return { col: shares[0].col, part: done[0].col, whole: plan[0].col };
  }
  // "Dự toán năm 2026 | Thực hiện 9 tháng | Ước thực hiện cả năm | So với dự toán (%)": what was
  // done, or is expected, over the estimate (either figure: officers write both ways); so is a bare
  // "Tỷ lệ (%)" or "Tỷ lệ thực hiện (%)" there, with nothing disbursed beside it.
  const overPlan = /^so (?:voi|sv) (?:du toan|dt|ke hoach|kh)\b/.test(subject) || subject === '' || /^thuc hien\b/.test(subject);
  if (overPlan && !infos.some((i) => i.money && i.role === 'disbursed')) {
    const plan = infos.filter((i) => i.money && (i.role === 'amount' || columnFigureKind(i) === 'plan') && !isExecutionYear(i));
    const done = infos.filter((i) => i.money && i.col !== plan[0]?.col && (isExecutionYear(i) || columnFigureKind(i) === 'done' || columnFigureKind(i) === 'expected'));
    if (plan.length === 1 && done.length > 0) {
      const last = done[done.length - 1];
      return { col: shares[0].col, part: last.col, whole: plan[0].col, ...(done.length > 1 ? { orParts: done.slice(0, -1).map((i) => i.col) } : {}) };
    }
  }
  const disbursed = infos.filter((i) => i.money && i.role === 'disbursed');
  if (disbursed.length !== 1) return null;
  // "Tỷ lệ thực hiện (%)" beside what was spent ("Đã thực hiện"): what was spent over the total.
  if (subject !== '' && !/^(giai ngan|thuc hien)\b/.test(subject)) return null;
  const whole = infos.find((i) => i.role === 'amount') ?? infos.find((i) => i.money && i.role === 'allocated');
  return whole && whole.col !== disbursed[0].col ? { col: shares[0].col, part: disbursed[0].col, whole: whole.col } : null;
}

/** A header is only a header if the rows under it read as its data: a number, a name, money. */
function hasDataBelow(grid: Grid, after: number, columns: TableColumns, infos: readonly ColumnInfo[]): boolean {
  const gridEnd = grid.top + grid.values.length - 1;
  const ident = [columns.stt, columns.name, columns.system, columns.place].filter((c): c is number => c !== null);
  const money = infos.filter((i) => i.money).map((i) => i.col);
  let looked = 0;
  for (let r = after + 1; r <= gridEnd && looked < DATA_LOOKAHEAD; r++) {
    const values = rowValues(grid, r);
    if (!values.some((v) => textOf(v) !== '')) continue;
    looked++;
    if (money.some((c) => { const v = values[c - grid.left]; return typeof v === 'number' || (typeof v === 'string' && /\d/.test(v)); })) return true;
    if (ident.some((c) => textOf(values[c - grid.left]) !== '')) {
      // Another header right under this one is not data.
      if (isLabelRow(values) && ident.some((c) => classifyColumn(c, [textOf(values[c - grid.left])]).role === 'stt')) return false;
      return true;
    }
  }
  return false;
}

/** The first header band at or after sheet row `from`, or null. */
export function findBand(grid: Grid, from: number, boxes: readonly MergeBox[], width: number, withData = true): HeaderBand | null {
  const end = grid.top + grid.values.length;
  for (let r = Math.max(from, grid.top); r < end; r++) {
    const band = readBand(grid, r, boxes, width, withData);
    if (band) return band;
  }
  return null;
}

/** Is this body row the same header again (printed on every page), or a new table's header? */
export function isHeaderRepeat(grid: Grid, row: number, band: HeaderBand): boolean {
  const values = rowValues(grid, row);
  const top = rowValues(grid, band.top);
  let same = 0;
  for (const i of band.columnInfo) {
    const a = textOf(values[i.col - grid.left]);
    const b = textOf(top[i.col - grid.left]);
    if (a !== b) return false;
    if (a) same++;
  }
  return same >= 2;
}

/**
 * "Tổng kinh phí giai đoạn 2026-2030 | Trong đó: năm 2026" in a plan of 2026-2030: year columns
 * "of which" beside the total that leave years of the plan's period out are figures of their own
 * (what the first year asks for), not the row's money year by year. Their cells are money still,
 * each column subtotal-checked; the years come from the time words, and no sum of years is asked. Year columns that cover the period ("Tổng số | Trong đó: Năm 2026 … Năm 2030") are the
 * row's years, as ever.
 */
export function partialYears(band: HeaderBand, period: Period): HeaderBand {
  const years = band.sums.find((s) => s.kind === 'years' && s.total !== null);
  if (!years) return band;
  // Said to be "of which" ("Trong đó: năm 2026"); a phasing over some of the years ("Phân kỳ /
  // Năm 2021 … 2023" for tasks of 2021-2023 in a plan to 2025) is the row's years all the same.
  const info = new Map(band.columnInfo.map((c) => [c.col, c]));
  if (!years.parts.every((c) => info.has(c) && saidOfWhich(info.get(c) as ColumnInfo))) return band;
  const yearOf = new Map(band.columnInfo.map((c) => [c.col, c.year]));
  const covered = new Set(years.parts.map((c) => yearOf.get(c)));
  let full = true;
  for (let y = period.from; y <= period.to && full; y++) full = covered.has(y);
  if (full) return band;
  const parts = new Set(years.parts);
  const apart = (c: ColumnInfo): ColumnInfo => (parts.has(c.col) ? { ...c, role: 'other' } : c);
  return { ...band, columnInfo: band.columnInfo.map(apart), moneyColumns: band.moneyColumns.map(apart), sums: band.sums.filter((s) => s !== years) };
}

/**
 * The three-year plan's form ("Thực hiện năm 2025 | Dự toán năm 2026 | Ước thực hiện năm 2026 |
 * Dự toán năm 2027 | Dự kiến năm 2028 | Dự kiến năm 2029", or the same named from N) in a plan of
 * 2027-2029 with no total column: the row's money is its years of the period, one column each;
 * the years before it (last year's estimate, what was done) are figures of their own. Only when
 * such columns cover the period and the band's amount, if any, is a year before it; else as read.
 */
export function yearsOfPeriod(band: HeaderBand, period: Period): HeaderBand {
  if (period.to === period.from) return band;
  const dated = band.moneyColumns.filter((c) => c.year !== null && c.source === null && c.type === null && c.span === undefined && !isYearPart(c) && (c.role === 'year' || c.role === 'amount' || c.role === 'other'));
  const before = dated.filter((c) => (c.year as number) < period.from);
  const inside = dated.filter((c) => (c.year as number) >= period.from && (c.year as number) <= period.to && !isExecutionYear(c));
  const amount = band.columnInfo.find((c) => c.role === 'amount');
  if (before.length === 0 || (amount !== undefined && !before.includes(amount))) return band;
  if (inside.length !== period.to - period.from + 1 || !inside.every((c, k) => c.year === period.from + k)) return band;
  if (band.sums.some((s) => s.kind !== 'years')) return band;
  const parts = new Set(inside.map((c) => c.col));
  const set = (c: ColumnInfo): ColumnInfo => {
    if (parts.has(c.col)) return c.role === 'year' ? c : { ...c, role: 'year' };
    return before.includes(c) && c.role !== 'other' ? { ...c, role: 'other' } : c;
  };
  return {
    ...band,
    columns: { ...band.columns, amount: inside[0].col, total: null },
    columnInfo: band.columnInfo.map(set),
    moneyColumns: band.moneyColumns.map(set),
    sums: [{ kind: 'years', total: null, parts: inside.map((c) => c.col), stated: false }],
  };
}

/**
 * "Phân kỳ / Năm thứ nhất | Năm thứ hai | Năm thứ ba" in a plan of 2026-2028: the years counted
 * from the period's start, 2026, 2027, 2028, are the row's years as "Năm 2026 …" would be. Only
 * when they run 1, 2, … without a gap and fit in the period, and the band has no years of its own.
 */
export function countedYears(band: HeaderBand, period: Period): HeaderBand {
  if (band.columnInfo.some((c) => c.role === 'year')) return band;
  const counted = band.columnInfo.filter((c) => c.role === 'other' && c.money && c.source === null && c.type === null && c.span === undefined && countedYear(leafLabel(c)) !== null);
  if (counted.length < 2 || counted.length > period.to - period.from + 1) return band;
  // The k-th counted column must be year k: then its year is the period's k-th.
  if (!counted.every((c, k) => countedYear(leafLabel(c)) === k + 1)) return band;
  const yearOf = new Map(counted.map((c, k) => [c.col, period.from + k]));
  const asYear = (c: ColumnInfo): ColumnInfo => (yearOf.has(c.col) ? { ...c, role: 'year', year: yearOf.get(c.col) as number } : c);
  return {
    ...band,
    columnInfo: band.columnInfo.map(asYear),
    moneyColumns: band.moneyColumns.map(asYear),
    sums: [...band.sums, { kind: 'years', total: band.columns.total, parts: counted.map((c) => c.col), stated: false }],
  };
}

/**
 * A document for one year ("Dự toán chi … năm 2027") beside last year's figures ("Dự toán năm 2026
 * | Ước thực hiện năm 2026 | Dự toán năm 2027"): its money is the column of its own year, the
 * others are figures of their own. The band's amount moves there when the first column, taken for
 * the amount, is of another year and nothing adds up to it. The band as it was otherwise.
 */
export function amountOfYear(band: HeaderBand, year: number): HeaderBand {
  const amount = band.columnInfo.find((c) => c.col === band.columns.total);
  if (!amount || amount.year === null || amount.year === year || band.sums.length) return band;
  const own = band.moneyColumns.find((c) => c.role === 'other' && c.year === year && !isExecutionYear(c));
  if (!own) return band;
  const swap = (c: ColumnInfo): ColumnInfo => (c === amount ? { ...c, role: 'other' } : c === own ? { ...c, role: 'amount' } : c);
  return {
    ...band,
    columns: { ...band.columns, amount: own.col, total: own.col },
    columnInfo: band.columnInfo.map(swap),
    moneyColumns: band.moneyColumns.map(swap),
  };
}
