// Lines that are parts of a cost, not tasks of their own.
// - Add-on lines a plan or an estimate puts on top of its items: the contingency ("Dự phòng",
//   "Chi phí dự phòng") and the value-added tax ("Thuế GTGT", "Thuế VAT"). Each is worked out from
//   the items beside it, so it is spent from the budget and in the years those items are: a line
//   that writes no source or time of its own takes the one its items share (summary.sourcesOf,
//   allocate.timeOf).
// - A project broken into its cost lines ("3 | Dự án nền tảng số | 2027-2028 | 2.000" over "3.1 |
//   Chi phí thiết bị", "3.2 | Chi phí dự phòng"): the procedure is the project's, for its whole
//   amount (rules/procedure.ts), never one per line.
import type { Table, TableRow } from './model';
import { lineToken, readStt } from './stt';
import type { SttStyle } from './stt';
import { leavesOf } from './tree';
import { fold } from './text';

/** A contingency line, its name folded (text.fold). */
export const CONTINGENCY_NAME = /^(chi phi )?du phong\b/;
const TAX_NAME = /^(tien )?(thue )?(gtgt|vat)\b|^(tien )?thue gia tri gia tang\b/;

// Names that can be neither are most names: told by their first letter before they are folded.
const MAYBE = /^\s*[cdđtvCDĐTV]/;

/** The value-added tax, folded: "Thuế GTGT", "Tiền thuế VAT", "Thuế giá trị gia tăng" (a row or a column, columns.ts). */
export function isTaxName(folded: string): boolean {
  return TAX_NAME.test(folded);
}

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

/**
 * What every item an add-on line is worked out from has alike (`read` of each, compared by `same`),
 * or null when they differ, one has none, or the row is no add-on line: its source
 * (summary.sourcesOf) and its time (allocate.timeOf).
 */
export function sharedByBase<T>(table: Table, row: TableRow, read: (item: TableRow) => T | null, same: (a: T, b: T) => boolean): T | null {
  let one: T | null = null;
  for (const item of addOnBase(table, row)) {
    const v = read(item);
    if (v === null || (one !== null && !same(one, v))) return null;
    one = v;
  }
  return one;
}

/** A cost line's name, folded: "Chi phí thiết bị", "Chi phí quản lý dự án", or an add-on line. */
export function isCostLineName(folded: string): boolean {
  return folded.startsWith('chi phi ') || isAddOnName(folded);
}

/**
 * Sections that are one project broken into cost lines: every item under them is a cost line
 * (isCostLineName). Sheet rows; `foldedName` as the rules fold names (context.ts).
 */
export function costBreakdowns(table: Table, foldedName: (row: TableRow) => string): Set<number> {
  // Whether every item under a row is a cost line (and there is one): a plan's sections of tasks
  // fail on their first item, so a long plan is not walked once per section.
  const allCostLines = (row: TableRow): boolean => {
    let any = false;
    for (const c of row.children) {
      const child = table.byRow.get(c);
      if (!child) continue;
      if (child.kind === 'item' ? !isCostLineName(foldedName(child)) : !allCostLines(child)) return false;
      any = true;
    }
    return any;
  };
  const out = new Set<number>();
  const rows = table.rows;
  for (let at = 0; at < rows.length; at++) {
    const row = rows[at];
    if (row.kind === 'section' && row.children.length && (allCostLines(row) || isOneTaskInLines(table, row))) out.add(row.row);
  }
  return out;
}

/** A task's numbering ("1", "2.", "1.3"), not a section's (Roman, capital letters). */
const TASK_STYLES: ReadonlySet<SttStyle> = new Set(['arabic', 'dotted']);
/** A line of what a task buys or does: lettered ("a)", "b."), or a bullet ("-", "+", "•"). */
const LINE_STYLES: ReadonlySet<SttStyle> = new Set(['letter', 'dash', 'plus']);

/**
 * A numbered task that writes its own time and source, its items lettered or bulleted lines that
 * write neither ("1. | Nâng cấp hạ tầng mạng | 2027 | 1.800 | NSĐP" over "a) | Thiết bị chuyển mạch |
 * | 1.000", "b) | Tường lửa | | 800"): one task in its parts, asked its procedure as a whole (a task
 * is not split to fall under a threshold).
 */
function isOneTaskInLines(table: Table, row: TableRow): boolean {
  if (!TASK_STYLES.has(readStt(row.stt).style) || row.sourcesFrom !== 'text' || !row.timeText) return false;
  for (const c of row.children) {
    const child = table.byRow.get(c);
    if (!child) continue;
    if (child.kind !== 'item' || !LINE_STYLES.has(lineToken(child.stt, child.name).style) || child.sources.length || child.timeText) return false;
  }
  return true;
}
