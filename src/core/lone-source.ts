// "Tổng kinh phí | Trong đó: NSTW hỗ trợ" with no source words on the rows: the one source column
// beside the total says how much of each row is that source; the rest of the row is of no stated
// source. Before, the column's figures were checked but counted nowhere: every row "Chưa rõ", and
// the table told it had no source column. Not when the title names the table's one source (its
// "Trong đó: NSĐP" then says how much of a figure is the title's source, title-source.ts), nor for
// rows that write words (row-reader.ts splits those by the column).
import { totalIndex } from './cell-billionths';
import type { Table } from './model';
import { loneSourceIndex } from './row-reader';
import type { SourceCode, SourcePart } from './types';

/**
 * The lone source column that splits the table's rows (its index among the money columns), or -1:
 * none, or the title names the table's one source, or the rows have a source column of words.
 */
export function loneSplitIndex(table: Pick<Table, 'titleSources' | 'columns' | 'moneyColumns' | 'sums'>): number {
  if (table.titleSources || table.columns.source !== null) return -1;
  const k = loneSourceIndex(table.moneyColumns, new Set(table.sums.flatMap((s) => s.parts)), totalIndex(table.moneyColumns, table.columns.total));
  return k < 0 ? -1 : k;
}

export function loneSourceParts(table: Table): void {
  const k = loneSplitIndex(table);
  if (k < 0) return;
  const t = totalIndex(table.moneyColumns, table.columns.total);
  const column = table.moneyColumns[k];
  const code = column.source as SourceCode;
  for (const row of table.rows) {
    if (row.kind !== 'item' || row.sources.length || row.sourcesFrom !== 'none') continue;
    const part = row.cells[k].value;
    const total = row.cells[t].value;
    if (!part || !total || part.isZero() || part.isNegative() || part.gt(total)) continue;
    const own: SourcePart = { code, type: column.type, amount: part, text: column.header };
    row.sources = part.eq(total) ? [own] : [own, { code: 'Chưa rõ', type: null, amount: total.minus(part), text: '' }];
    row.sourcesFrom = 'columns';
  }
}
