// Live re-check: which worksheet changes concern a watched table, decided inside the event
// handler with no round trip (it runs on every keystroke the user commits in that sheet).
import { blockAddress, intersect, parseBlock, type Block } from './a1';
import type { WorksheetChangedApi } from './office-api';

const STRUCTURAL: ReadonlySet<string> = new Set(['RowInserted', 'RowDeleted', 'ColumnInserted', 'ColumnDeleted', 'CellInserted', 'CellDeleted']);

/**
 * The address to report for this change, or null when it does not concern `watched`: the part
 * of an edit inside the table; an insertion or deletion at or before the table's end as Excel
 * gives it (it moves or resizes the table); never the add-in's own writes.
 */
export function reportedChange(watched: Block, change: WorksheetChangedApi): string | null {
  if (change.triggerSource === 'ThisLocalAddin') return null;
  const local = change.address.slice(change.address.lastIndexOf('!') + 1).replace(/\$/g, '').toUpperCase();
  let changed: Block;
  try {
    changed = parseBlock(local);
  } catch {
    // An address we cannot read: re-checking once too often is cheaper than missing an edit.
    return local;
  }
  if (STRUCTURAL.has(String(change.changeType))) {
    const bottom = watched.top + watched.rows - 1;
    const right = watched.left + watched.cols - 1;
    return changed.top <= bottom && changed.left <= right ? local : null;
  }
  const part = intersect(changed, watched);
  return part ? blockAddress(part) : null;
}
