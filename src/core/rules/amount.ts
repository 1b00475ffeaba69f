// AMOUNT_UNREADABLE, AMOUNT_MISSING, UNIT_SUSPECT: each money cell of each row on its own.
import { cellBillionths, NO_CELL } from '../cell-billionths';
import { Decimal } from '../decimal';
import { address } from '../grid';
import { fromSmallBillionths, smallBillionths } from '../exact';
import { moneyReason } from '../i18n/money-reasons';
import { convertUnit } from '../money';
import type { MoneyCell, TableRow } from '../model';
import { isPlausibleYear } from '../period';
import type { Finding } from '../types';
import type { Rule, RuleContext } from './context';
import { hasUncalculated } from './uncalculated';
import { TOO_BIG_DONG, TOO_SMALL_DONG } from '../unit-guess';

const ANSWERS: ReadonlySet<string> = new Set(['allocated', 'disbursed', 'remaining', 'other']);

/** The row states no money anywhere: no amount text, nothing in any money column. */
function moneyless(row: TableRow): boolean {
  return !row.amount && row.cells.every((c) => c.text === '');
}

/** Holds no readable amount though it should: an unreadable amount, or nothing at all. */
function lacksAmount(row: TableRow): boolean {
  if (row.amount) return false;
  if (row.money) return !row.money.dash;
  return moneyless(row);
}

/**
 * The value that would close the parent's gap, when this row is the only item under the parent
 * without a readable amount (unreadable, or empty while its siblings have money).
 */
function parentGap(ctx: RuleContext, row: TableRow): Decimal | null {
  const parent = row.parentRow !== null ? ctx.table.byRow.get(row.parentRow) : undefined;
  // The section's amount, or its own line's ("Cộng I") where the section row states none.
  const stated = parent ? parent.amount ?? ctx.sectionLine(parent)?.amount : null;
  if (!parent || !stated || !parent.computed) return null;
  const lacking = ctx.leaves(parent).filter(lacksAmount);
  if (lacking.length !== 1 || lacking[0] !== row) return null;
  const gap = stated.minus(parent.computed);
  return gap.gt(0) ? gap : null;
}

/** For an unreadable year or source cell: what the row's total leaves for it, when it is the only one. */
function partGap(ctx: RuleContext, row: TableRow, col: number): Decimal | null {
  const sum = ctx.table.sums.find((s) => s.parts.includes(col));
  if (!sum || sum.total === null) return null;
  const total = row.cells[ctx.moneyIndex(sum.total)]?.value;
  if (!total) return null;
  let rest = total;
  for (const c of sum.parts) {
    if (c === col) continue;
    const cell = row.cells[ctx.moneyIndex(c)];
    if (cell.reading && !cell.value && !cell.reading.dash) return null;
    if (cell.value) rest = rest.minus(cell.value);
  }
  return rest.gt(0) ? rest : null;
}

/** A time cell holding figures that are not years ("2021 KHÁNH N100"): an amount pasted in the wrong column. */
function strayFigures(text: string): boolean {
  for (const m of text.matchAll(/\d[\d.,]*/g)) {
    const digits = m[0].replace(/[.,]/g, '');
    if (digits.length >= 3 && !(digits.length === 4 && isPlausibleYear(Number(digits)))) return true;
  }
  return false;
}

/** UNIT_SUSPECT's variant of a cell of `n` billionths, either sign (bounds NaN: past every number). */
function sizeByNumbers(n: number, big: number, small: number): 'big' | 'small' | null {
  const size = n < 0 ? -n : n;
  if (size >= big) return 'big';
  return size !== 0 && size < small ? 'small' : null;
}

export const amountRule: Rule = (ctx) => {
  const { table } = ctx;
  const out: Finding[] = [];
  const survey = table.layout === 'survey';
  const totalCol = table.columns.total;
  // The plausibility bounds in the table's unit, once per table rather than once per cell.
  const tooBig = convertUnit(TOO_BIG_DONG, 'đồng', table.unit);
  const tooSmall = convertUnit(TOO_SMALL_DONG, 'đồng', table.unit);
  const sizes = new Map<MoneyCell, 'big' | 'small' | null>();
  // The same bounds in billionths, so a cell that carries its billionths is judged by two number
  // comparisons (a large table has a million money cells). A bound past 2^53 billionths (10.000
  // tỷ in triệu đồng) is above every such cell.
  const bigB = smallBillionths(tooBig);
  const smallB = smallBillionths(tooSmall);
  const bigAboveNumbers = bigB !== bigB && tooBig.gt(fromSmallBillionths(Number.MAX_SAFE_INTEGER));
  const byNumbers = smallB === smallB && (bigB === bigB || bigAboveNumbers);
  // Empty cells and plausible figures are told by their numbers alone (cell-billionths.ts).
  const numbers = cellBillionths(table.rows);
  const data = numbers ? numbers.data : null;
  const width = table.moneyColumns.length;
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    for (let k = 0; k < width; k++) {
      if (data) {
        const b = data[i * width + k];
        if (b === NO_CELL || (byNumbers && b === b && sizeByNumbers(b, bigB, smallB) === null)) continue;
      }
      const cell = row.cells[k];
      const col = table.moneyColumns[k].col;
      // A cell with a value has a reading; only an empty one has none.
      if (!cell.value) {
        if (!cell.reading || cell.reading.dash) continue;
        // Words without a figure in a survey's money cell, or in an "allocated" column, answer a
        // question ("Không", "Đã bố trí"); so does a survey's "Bố trí kinh phí" quoting a decision.
        const answer = ANSWERS.has(table.moneyColumns[k].role);
        if (survey && answer) continue;
        if ((survey || answer) && !/\d/.test(cell.text)) continue;
        const suggestion = col === totalCol ? (row.kind === 'item' ? parentGap(ctx, row) : null) : partGap(ctx, row, col);
        const excelError = cell.reading.why?.kind === 'excelError';
        out.push(ctx.say({
          code: 'AMOUNT_UNREADABLE', row: row.row, cell: address(row.row, col), actual: cell.text, suggestion, variant: excelError ? 'excelError' : undefined,
          params: {
            text: cell.text, reason: cell.reading.why ? moneyReason(ctx.settings.lang, cell.reading.why) : cell.reading.reason ?? '', suggestion: suggestion ? ctx.money(suggestion) : '',
            formula: cell.formula ? `=${cell.formula.replace(/^=/, '')}` : '',
          },
        }));
        continue;
      }
      // Words read by a guess ("100-150": the first figure) are counted, and said to be a guess.
      if (!cell.isNumber && cell.reading !== null && cell.reading.ambiguous) {
        out.push(ctx.say({
          code: 'AMOUNT_AMBIGUOUS', row: row.row, cell: address(row.row, col), actual: cell.value,
          params: { text: cell.text, actual: ctx.money(cell.value) },
        }));
      }
      // Cells are shared by every row holding the same figure: judge each figure once.
      const n = cell.billionths;
      let variant = byNumbers && n === n ? sizeByNumbers(n, bigB, smallB) : sizes.get(cell);
      if (variant === undefined) {
        const size = cell.value.abs();
        variant = size.gte(tooBig) ? 'big' : !size.isZero() && size.lt(tooSmall) ? 'small' : null;
        sizes.set(cell, variant);
      }
      if (variant) {
        const dong = convertUnit(cell.value.abs(), table.unit, 'đồng');
        out.push(ctx.say({
          code: 'UNIT_SUSPECT', row: row.row, cell: address(row.row, col), variant, actual: cell.value,
          params: { actual: ctx.num(cell.value), unit: table.unit, asDong: `${ctx.num(dong)} đồng` },
        }));
      }
    }
  }
  // A survey row may leave money blank (the question did not apply); a plan's item may not.
  if (survey) return out;
  // AMOUNT_MISSING: an item with nothing in its money cells among siblings that have money.
  const groups = new Map<number | null, TableRow[]>();
  for (let rowAt = 0; rowAt < table.rows.length; rowAt++) {
    const row = table.rows[rowAt];
    if (row.kind !== 'item') continue;
    const g = groups.get(row.parentRow);
    if (g) g.push(row);
    else groups.set(row.parentRow, [row]);
  }
  for (const siblings of groups.values()) {
    if (!siblings.some((s) => s.amount)) continue;
    for (const row of siblings) {
      // A formula the file saved no result of is FORMULA_UNCALCULATED's, not a missing amount.
      if (!moneyless(row) || hasUncalculated(table, row)) continue;
      const suggestion = parentGap(ctx, row);
      const stray = table.columns.time !== null && strayFigures(row.timeText);
      const related = stray ? [address(row.row, table.columns.time as number)] : [];
      out.push(ctx.say({
        code: 'AMOUNT_MISSING', row: row.row, cell: ctx.amountCell(row), suggestion, related, variant: stray ? 'stray' : '',
        params: {
          name: row.name, suggestion: suggestion ? ctx.money(suggestion) : '', time: row.timeText,
          timeCell: related[0] ?? '',
        },
      }));
    }
  }
  return out;
};
