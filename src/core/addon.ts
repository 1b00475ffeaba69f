// Lines a plan or an estimate adds on top of its items: the contingency ("Dự phòng", "Chi phí dự
// phòng") and the value-added tax ("Thuế GTGT", "Thuế VAT"). Each is worked out from the items
// beside it, so it is spent from the budget and in the years those items are: a line that writes
// no source or time of its own takes the one its items share (summary.sourcesOf, allocate.timeOf).
// Such a line is not a task of its own either: no procedure is asked of it (rules/procedure.ts).
import type { Table, TableRow } from './model';
import { leavesOf } from './table';
import { fold } from './text';

/** A contingency line, its name folded (text.fold). */
export const CONTINGENCY_NAME = /^(chi phi )?du phong\b/;
const TAX_NAME = /^(thue )?(gtgt|vat)\b|^thue gia tri gia tang\b/;

// Names that can be neither are most names: told by their first letter before they are folded.
const MAYBE = /^\s*[cdđtvCDĐTV]/;

/** Whether a folded row name is a contingency or tax line. */
export function isAddOnName(folded: string): boolean {
  return CONTINGENCY_NAME.test(folded) || TAX_NAME.test(folded);
}

/** Whether an item is a contingency or tax line. */
export function isAddOn(row: TableRow): boolean {
  return row.kind === 'item' && MAYBE.test(row.name) && isAddOnName(fold(row.name));
}

const bases = new WeakMap<TableRow, TableRow[]>();

/**
 * The items an add-on line is worked out from: the other items under its section, or every item of
 * the table for a line that stands under no section; other add-on lines left out. Empty for a row
 * that is no add-on line.
 */
export function addOnBase(table: Table, row: TableRow): TableRow[] {
  if (!isAddOn(row)) return [];
  let base = bases.get(row);
  if (base) return base;
  const parent = row.parentRow !== null ? table.byRow.get(row.parentRow) : undefined;
  const beside = parent && parent.kind === 'section' ? leavesOf(table, parent) : table.rows.filter((r) => r.kind === 'item');
  base = beside.filter((r) => r !== row && r.amount !== null && !isAddOn(r));
  bases.set(row, base);
  return base;
}
