// SOURCE_SPLIT_MISMATCH, SOURCE_MISSING, SOURCE_UNKNOWN: every row with money names where the
// money comes from, and split sources add up to the row.
import { address } from '../grid';
import { effectiveTotal, sourcesOf } from '../summary';
import { ZERO } from '../decimal';
import type { Finding } from '../types';
import type { Rule } from './context';

export const sourcesRule: Rule = (ctx) => {
  const { table } = ctx;
  const out: Finding[] = [];
  const col = table.columns.source;
  if (col === null) {
    if (table.rows.some((r) => r.kind === 'item' && r.amount)) {
      out.push(ctx.say({ code: 'SOURCE_MISSING', variant: 'table', params: { range: `${table.sheet}!${table.range}` } }));
    }
    return out;
  }
  for (const row of table.rows) {
    const cell = address(row.row, col);
    for (const part of row.sources) {
      if (part.code === 'Chưa rõ') {
        out.push(ctx.say({ code: 'SOURCE_UNKNOWN', row: row.row, cell, actual: part.text, params: { text: part.text } }));
      }
    }
    if (row.kind !== 'item') continue;
    const amount = effectiveTotal(row);
    if (!amount) continue;
    if (sourcesOf(table, row).length === 0) {
      out.push(ctx.say({ code: 'SOURCE_MISSING', row: row.row, cell, params: { name: row.name, amount: ctx.money(amount) } }));
      continue;
    }
    const parts = row.sources;
    if (parts.length > 1 && parts.every((p) => p.amount)) {
      let s = ZERO;
      for (const p of parts) s = s.plus(p.amount ?? ZERO);
      if (!s.eq(amount)) {
        out.push(ctx.say({
          code: 'SOURCE_SPLIT_MISMATCH', row: row.row, cell, expected: amount, actual: s,
          related: [ctx.amountCell(row)],
          params: { expected: ctx.money(amount), actual: ctx.money(s), diff: ctx.num(s.minus(amount).abs()) },
        }));
      }
    }
  }
  return out;
};
