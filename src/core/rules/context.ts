// What every rule gets: the table, the settings, and helpers to name cells and say findings.
import type { Decimal } from '../decimal';
import { FindingInput, makeFinding } from '../findings';
import { address, columnLetter } from '../grid';
import { formatAmount, formatMoney } from '../i18n';
import { fold } from '../text';
import type { CheckSettings, Table, TableRow, TableSummary } from '../model';
import { memo } from '../memo';
import { RowMap, rowsBetween } from '../row-index';
import { sectionLine } from '../section-totals';
import { amountParts } from '../table';
import { items, leavesOf } from '../tree';
import type { Finding } from '../types';

export interface RuleContext {
  table: Table;
  settings: CheckSettings;
  /** The table's totals, computed once before the rules run. */
  summary: TableSummary;
  /** Builds a finding in the settings' language. */
  say(input: FindingInput): Finding;
  /** An amount formatted for messages, with the table's unit. */
  money(value: Decimal): string;
  /** Formatted without the unit. */
  num(value: Decimal): string;
  amountCell(row: TableRow): string;
  /** The row's name folded (no diacritics, lower case), computed once for all rules. */
  foldedName(row: TableRow): string;
  cellOf(row: TableRow, column: number | null): string;
  /** The items under a section (every item for the grand total), computed once for all rules. */
  leaves(row: TableRow): TableRow[];
  /** A section's own subtotal line ("Cộng I" under its items), if it has one. */
  sectionLine(section: TableRow): TableRow | undefined;
  /** Index of a sheet column among the table's money columns (row.cells), or -1. */
  moneyIndex(column: number): number;
  /** "F–J" or "F, H, K": columns named in a message. */
  columnsText(columns: readonly number[]): string;
}

export type Rule = (ctx: RuleContext) => Finding[];

export function makeContext(table: Table, settings: CheckSettings, summary: TableSummary): RuleContext {
  const folded = RowMap.forRows<string>(table.rows);
  // Amounts are shared Decimals (one per distinct cell figure): each is written out once.
  const written = new WeakMap<Decimal, string>();
  const num = (v: Decimal): string => memo(written, v, (d) => formatAmount(settings.lang, d));
  // With the unit too: a plan says the same amounts in tens of thousands of messages.
  const withUnit = new WeakMap<Decimal, string>();
  const moneyIndex = new Map(table.moneyColumns.map((m, k) => [m.col, k]));
  const leaves = RowMap.forRows<TableRow[]>(table.rows);
  let everyItem: TableRow[] | null = null;
  // A table without a total column states each row's amount in its parts (years, or invest and
  // lease): a row whose first part is empty is pointed at the first part that holds its money.
  const amountCell = (row: TableRow): string => {
    if (row.statedIn !== undefined) return address(row.row, row.statedIn);
    if (!row.cells[moneyIndex.get(table.columns.amount) ?? -1]?.value) {
      const parts = amountParts(table, row);
      if (parts) return address(row.row, parts.cols[0]);
    }
    return address(row.row, table.columns.amount);
  };
  return {
    table,
    settings,
    summary,
    say: (input) => makeFinding(settings.lang, input),
    money: (v) => memo(withUnit, v, (d) => formatMoney(settings.lang, d, table.unit)),
    num,
    amountCell,
    foldedName: (row) => memo(folded, row.row, () => fold(row.name)),
    cellOf: (row, column) => address(row.row, column ?? table.columns.amount),
    sectionLine: (section) => sectionLine(table, section),
    moneyIndex: (column) => moneyIndex.get(column) ?? -1,
    leaves: (row) => {
      // A section's own line ("Cộng I") has its section's items; the grand total every item.
      const of = row.totalOf !== undefined ? table.byRow.get(row.totalOf) : undefined;
      if (of) return memo(leaves, of.row, () => leavesOf(table, of));
      if (row.kind === 'total' && row.addsFrom !== undefined) {
        const from = row.addsFrom;
        // The items are in sheet order: the run between two rows is found, not filtered out of all.
        return memo(leaves, row.row, () => rowsBetween((everyItem ??= items(table)), from, row.row));
      }
      if (row.kind === 'total') return (everyItem ??= items(table));
      return memo(leaves, row.row, () => leavesOf(table, row));
    },
    columnsText: (columns) => {
      const contiguous = columns.length > 2 && columns.every((c, i) => i === 0 || c === columns[i - 1] + 1);
      return contiguous
        ? `${columnLetter(columns[0])}–${columnLetter(columns[columns.length - 1])}`
        : columns.map(columnLetter).join(', ');
    },
  };
}
