// RECAP_SOURCE_MISMATCH: the "Trong đó" lines under the grand total recap the table by source
// ("Trong đó: - NSTW | 4.000", "- NSĐP | 3.500", of-which.ts); each must be what the items of that
// source add up to (the totals by source, summary.ts). Not asked when some money has no known
// source: the recap may have placed it where the table does not say. The recap is held to the
// total rounded to the decimals it is written with.
import { Decimal, ZERO } from '../decimal';
import { address } from '../grid';
import type { SourceCode } from '../types';
import type { Finding } from '../types';
import type { Rule } from './context';

export const recapRule: Rule = (ctx) => {
  const { table, summary } = ctx;
  const out: Finding[] = [];
  if (!(summary.bySource['Chưa rõ'] ?? ZERO).isZero()) return out;
  for (const row of table.rows) {
    const recap = row.recap;
    if (row.kind !== 'total' || !recap || row.totalOf !== undefined || row.addsFrom !== undefined) continue;
    // A source named on two lines (by type: "NSĐP (ĐTPT)", "NSĐP (CTX)") is their sum.
    const stated = new Map<SourceCode, { amount: Decimal; row: number }>();
    for (const line of recap) {
      const before = stated.get(line.code);
      stated.set(line.code, { amount: before ? before.amount.plus(line.amount) : line.amount, row: before?.row ?? line.row });
    }
    for (const [code, line] of stated) {
      const total = summary.bySource[code] ?? ZERO;
      if (total.toDecimalPlaces(line.amount.decimalPlaces(), Decimal.ROUND_HALF_UP).eq(line.amount)) continue;
      const cell = address(line.row, table.columns.amount);
      out.push(ctx.say({
        code: 'RECAP_SOURCE_MISMATCH', row: line.row, cell, expected: total, actual: line.amount, suggestion: total,
        params: { source: code, actual: ctx.money(line.amount), expected: ctx.money(total), diff: ctx.num(line.amount.minus(total).abs()) },
      }));
    }
  }
  return out;
};
