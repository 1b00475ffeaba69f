// "Tổng kinh phí | Trong đó: NSTW hỗ trợ" with no source words on the rows: the one source column
// beside the total says how much of each row is that source; the rest of the row is of no stated
// source. Before, the column's figures were checked but counted nowhere: every row "Chưa rõ", and
// the table told it had no source column. Not when the title names the table's one source (its
// "Trong đó: NSĐP" then says how much of a figure is the title's source, title-source.ts), nor for
// rows that write words (row-reader.ts splits those by the column).
import type { Table } from './model';
import type { SourceCode, SourcePart } from './types';

export function loneSourceParts(table: Table): void {
  if (table.titleSources || table.columns.total === null || table.columns.source !== null) return;
  const counted = new Set(table.sums.flatMap((s) => s.parts));
  const lone = table.moneyColumns.filter((m) => m.role === 'source' && m.source !== null && !counted.has(m.col));
  if (lone.length !== 1) return;
  const k = table.moneyColumns.indexOf(lone[0]);
  const t = table.moneyColumns.findIndex((m) => m.col === table.columns.total);
  if (t < 0) return;
  const code = lone[0].source as SourceCode;
  for (const row of table.rows) {
    if (row.kind !== 'item' || row.sources.length || row.sourcesFrom !== 'none') continue;
    const part = row.cells[k].value;
    const total = row.cells[t].value;
    if (!part || !total || part.isZero() || part.isNegative() || part.gt(total)) continue;
    const own: SourcePart = { code, type: lone[0].type, amount: part, text: lone[0].header };
    row.sources = part.eq(total) ? [own] : [own, { code: 'Chưa rõ', type: null, amount: total.minus(part), text: '' }];
    row.sourcesFrom = 'columns';
  }
}
