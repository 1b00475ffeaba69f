// ANNUAL_MISMATCH and DISBURSED_EXCEEDS: the figures written inside an amount's text against
// the amount itself. "1.200 (400/năm)" done every second year of 2021-2025 is 3 × 400: right.
import { allocateRates } from '../allocate';
import { ZERO } from '../decimal';
import type { Finding } from '../types';
import type { Rule } from './context';

export const annualRule: Rule = (ctx) => {
  const out: Finding[] = [];
  for (const row of ctx.table.rows) {
    if (row.kind !== 'item' || !row.amount || !row.money || row.amountPer !== 'total') continue;
    const cell = ctx.amountCell(row);
    const years = row.time?.years ?? [];
    if (years.length) {
      const rated = allocateRates(row.money, years);
      if (rated) {
        let expected = ZERO;
        for (const v of rated.values()) expected = expected.plus(v);
        if (!expected.eq(row.amount)) {
          const counted = [...rated.keys()].sort((a, b) => a - b);
          out.push(ctx.say({
            code: 'ANNUAL_MISMATCH', row: row.row, cell, expected, actual: row.amount,
            params: {
              text: row.amountText, count: String(counted.length), years: counted.join(', '),
              expected: ctx.money(expected), actual: ctx.money(row.amount),
            },
          }));
        }
      }
    }
    for (const note of row.money.notes) {
      if (note.kind !== 'disbursed' || !note.value.gt(row.amount)) continue;
      out.push(ctx.say({
        code: 'DISBURSED_EXCEEDS', row: row.row, cell, expected: row.amount, actual: note.value,
        params: { year: String(note.year), actual: ctx.money(note.value), expected: ctx.money(row.amount) },
      }));
    }
  }
  return out;
};
