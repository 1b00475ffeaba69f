// FORMULA_RANGE_INCOMPLETE, FORMULA_IGNORES_TEXT, FORMULA_HARDCODED, FORMULA_COUNTS_TWICE: what a
// subtotal's formula really adds up. SUM skips text, so "3.000 (600/năm)" under a SUM silently
// drops out; "=SUM(D4:D8)" over sections and their items adds every item twice.
import { Decimal, ZERO } from '../decimal';
import { summedRows } from '../formula-refs';
import { isRoundedName } from '../section-totals';
import { memo } from '../memo';
import { address, columnLetter } from '../grid';
import type { Table, TableRow } from '../model';
import type { Finding } from '../types';
import { rowsBetween } from '../row-index';
import type { Rule } from './context';

type Lines = (section: TableRow) => TableRow | undefined;

/**
 * Calls `visit` with each row between `leaf` and `top` that adds it up, until `visit` says true:
 * the sections above it, their own lines ("Cộng I"), and the running totals over it ("Cộng" before
 * "Dự phòng": the few such lines of the table, not every row a formula names). True when one did.
 */
function someSubtotalOver(table: Table, leaf: TableRow, top: TableRow, lineOf: Lines, visit: (r: TableRow) => boolean): boolean {
  const stop = top.totalOf !== undefined ? table.byRow.get(top.totalOf) : top;
  const parentOf = (r: TableRow) => (r.parentRow !== null ? table.byRow.get(r.parentRow) : undefined);
  for (let a = parentOf(leaf); a && a !== stop; a = parentOf(a)) {
    if (visit(a)) return true;
    const line = lineOf(a);
    if (line && line !== top && visit(line)) return true;
  }
  for (const total of runningTotalsOf(table)) {
    if (total !== top && leaf.row >= (total.addsFrom as number) && leaf.row < total.row && visit(total)) return true;
  }
  return false;
}

/**
 * Is the leaf counted by the formula, directly or through a subtotal row between them (a section,
 * or the section's own "Cộng I" line: "=D6+D9" over the lines is a right grand total)?
 */
function covered(table: Table, leaf: TableRow, top: TableRow, rows: Set<number>, lineOf: Lines): boolean {
  if ((top.totalOf !== undefined && rows.has(top.totalOf)) || rows.has(leaf.row)) return true;
  return someSubtotalOver(table, leaf, top, lineOf, (r) => rows.has(r.row));
}

// The running totals of a table (total lines with rows below them, table.ts runningTotals).
const runningOf = new WeakMap<Table, TableRow[]>();
const runningTotalsOf = (table: Table): TableRow[] => memo(runningOf, table, (t) => t.rows.filter((r) => r.kind === 'total' && r.addsFrom !== undefined));

const SUBTOTAL = /SUBTOTAL\s*\(/i;

/**
 * The items a formula adds both on their own and through a subtotal it also adds (a section's
 * row or its "Cộng" line, or a running total): those subtotals, those items, and what is counted
 * once too often. Null when nothing is.
 */
function countedTwice(table: Table, top: TableRow, leaves: readonly TableRow[], k: number, rows: Set<number>, lineOf: Lines):
  { subtotals: TableRow[]; items: TableRow[]; extra: Decimal } | null {
  const subtotals = new Set<TableRow>();
  const items: TableRow[] = [];
  let extra: Decimal = ZERO;
  const bySubtotal = SUBTOTAL.test(top.cells[k].formula ?? '');
  for (const leaf of leaves) {
    const value = leaf.cells[k].value;
    if (!value || !leaf.cells[k].isNumber || !rows.has(leaf.row)) continue;
    const through: TableRow[] = [];
    const holds = (r: TableRow): boolean => r !== top && rows.has(r.row) && !!r.cells[k].value && !r.cells[k].value.isZero() &&
      // SUBTOTAL leaves out the SUBTOTALs in its range: "=SUBTOTAL(9,D4:D8)" over them counts once.
      !(bySubtotal && SUBTOTAL.test(r.cells[k].formula ?? ''));
    someSubtotalOver(table, leaf, top, lineOf, (r) => {
      if (holds(r)) through.push(r);
      return false;
    });
    if (through.length === 0) continue;
    for (const t of through) subtotals.add(t);
    items.push(leaf);
    extra = extra.plus(value.times(through.length));
  }
  if (items.length === 0) return null;
  return { subtotals: [...subtotals].sort((a, b) => a.row - b.row), items, extra };
}

// The top rows of a table (no parent, no total), in sheet order: found once, for every total.
const topRowsOf = new WeakMap<Table, TableRow[]>();

function suggestedFormula(table: Table, row: TableRow, column: number, lineOf: Lines): string {
  const col = columnLetter(column);
  const of = row.totalOf !== undefined ? table.byRow.get(row.totalOf) : undefined;
  // The grand total over the sections' own lines where they have them ("Cộng I" holds the sum);
  // a running total over the top rows it adds.
  const top = memo(topRowsOf, table, (t) => t.rows.filter((r) => r.parentRow === null && r.kind !== 'total'));
  const kids = row.kind === 'total' && !of
    ? (row.addsFrom !== undefined ? rowsBetween(top, row.addsFrom, row.row) : top).map((r) => lineOf(r) ?? r)
    : (of ?? row).children.map((c) => table.byRow.get(c)).filter((r): r is TableRow => !!r);
  if (kids.length === 0) return '';
  const contiguous = kids.every((k, i) => i === 0 || k.row === kids[i - 1].row + 1);
  // One item: "=SUM(E11)", not the range "E11:E11" of one cell.
  if (contiguous && kids.length > 1) return `=SUM(${col}${kids[0].row}:${col}${kids[kids.length - 1].row})`;
  return `=SUM(${kids.map((k) => `${col}${k.row}`).join(',')})`;
}

// Every money column's subtotal formulas are judged (a SUM in the 2021 column that stops one row
// short is the same defect as in the total); a typed constant only in the total column, where
// it matters most, so a form of ten money columns does not raise ten notes per section.
export const formulaRule: Rule = (ctx) => {
  const { table } = ctx;
  const out: Finding[] = [];
  if (!table.formulasKnown) return out;
  const lines: Lines = (r) => (r.kind === 'section' ? ctx.sectionLine(r) : undefined);
  // The total column; in a table with no total, its one money column ("Kinh phí NSĐP", "Kinh phí sự nghiệp").
  const hintCol = table.columns.total ?? (table.moneyColumns.length === 1 ? table.moneyColumns[0].col : null);
  for (let rowAt = 0; rowAt < table.rows.length; rowAt++) {
    const row = table.rows[rowAt];
    if (row.kind === 'item') continue;
    const leaves = ctx.leaves(row);
    if (leaves.length === 0) continue;
    table.moneyColumns.forEach((m, k) => {
      const col = m.col;
      const own = row.cells[k];
      const cell = address(row.row, col);
      if (!own.formula) {
        // A rounded total ("Làm tròn") is typed or =ROUND(…), never the SUM suggested here.
        // A blank form's 0 over items with nothing in them is no sum typed by hand.
        if (col === hintCol && own.value && own.isNumber && !isRoundedName(ctx.foldedName(row)) &&
          leaves.every((l) => !l.cells[k].text || l.cells[k].isNumber) && !(own.value.isZero() && leaves.every((l) => !l.cells[k].text))) {
          const suggestion = suggestedFormula(table, row, col, lines);
          out.push(ctx.say({
            code: 'FORMULA_HARDCODED', row: row.row, cell, actual: own.value, suggestion,
            params: { actual: ctx.money(own.value), suggestion },
          }));
        }
        return;
      }
      const summed = summedRows(own.formula, col);
      if (!summed) return;
      const missing = leaves.filter((l) => l.cells[k].text && !covered(table, l, row, summed.rows, lines));
      if (missing.length) {
        const cells = missing.map((l) => address(l.row, col));
        out.push(ctx.say({
          code: 'FORMULA_RANGE_INCOMPLETE', row: row.row, cell, related: cells,
          params: { formula: own.formula, missing: cells.join(', ') },
        }));
      }
      // Only where the saved result shows it (a result equal to the items' sum was not doubled, whatever the formula looks like).
      const sum = col === table.columns.total ? row.computed : row.computedCells?.[k] ?? null;
      const twice = own.value && sum && own.value.eq(sum) ? null : countedTwice(table, row, leaves, k, summed.rows, lines);
      if (twice) {
        const subtotals = twice.subtotals.map((r) => address(r.row, col));
        const cells = twice.items.map((l) => address(l.row, col));
        const suggestion = suggestedFormula(table, row, col, lines);
        out.push(ctx.say({
          code: 'FORMULA_COUNTS_TWICE', row: row.row, cell, actual: twice.extra, suggestion: suggestion || null, related: [...subtotals, ...cells],
          params: { formula: own.formula, subtotals: subtotals.join(', '), cells: cells.join(', '), extra: ctx.money(twice.extra), suggestion },
        }));
      }
      // Only cells the formula names itself: a text cell under a lower subtotal is that subtotal's finding.
      const textRows = leaves.filter((l) => !l.cells[k].isNumber && l.cells[k].value && summed.rows.has(l.row));
      if (textRows.length) {
        let lost: Decimal = ZERO;
        for (const l of textRows) lost = lost.plus(l.cells[k].value ?? ZERO);
        const cells = textRows.map((l) => address(l.row, col));
        out.push(ctx.say({
          code: 'FORMULA_IGNORES_TEXT', row: row.row, cell, actual: lost, related: cells,
          params: { formula: own.formula, cells: cells.join(', '), missing: ctx.money(lost) },
        }));
      }
    });
  }
  return out;
};
