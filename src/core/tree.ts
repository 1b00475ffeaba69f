// Walks of a table's tree of rows: the items under a row, every item. Apart from the table reader
// (table.ts), so what only walks a table read already (the totals, cost-lines.ts) does not bring
// the reader along, into the task pane's main script.
import type { Table, TableRow } from './model';

/** Items (leaves) under a row, in order. */
export function leavesOf(table: Table, row: TableRow): TableRow[] {
  const out: TableRow[] = [];
  const walk = (r: TableRow) => {
    for (const c of r.children) {
      const child = table.byRow.get(c);
      if (!child) continue;
      if (child.kind === 'item') out.push(child);
      else walk(child);
    }
  };
  walk(row);
  return out;
}

export function items(table: Table): TableRow[] {
  return table.rows.filter((r) => r.kind === 'item');
}
