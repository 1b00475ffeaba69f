// TIME_UNREADABLE and OUTSIDE_PERIOD: each row's years, and money that falls outside the plan.
import { address } from '../grid';
import { ZERO } from '../decimal';
import type { Finding } from '../types';
import type { Rule } from './context';

export const timeRule: Rule = (ctx) => {
  const { table } = ctx;
  const out: Finding[] = [];
  const col = table.columns.time;
  if (col === null) return out;
  for (const row of table.rows) {
    if (row.kind !== 'item' || !row.amount || !row.time) continue;
    const cell = address(row.row, col);
    const t = row.time;
    if (!t.text) {
      out.push(ctx.say({ code: 'TIME_UNREADABLE', variant: 'empty', row: row.row, cell, params: { name: row.name } }));
      continue;
    }
    if (t.pattern === 'unknown') {
      out.push(ctx.say({ code: 'TIME_UNREADABLE', row: row.row, cell, actual: t.text, params: { text: t.text } }));
      continue;
    }
    if ((t.pattern === 'annual' || t.pattern === 'every_n') && t.years.length === 0) {
      out.push(ctx.say({ code: 'TIME_UNREADABLE', variant: 'annual', row: row.row, cell, actual: t.text, params: { text: t.text } }));
      continue;
    }
    const period = table.period;
    if (!period) continue;
    const outside = [...row.allocation.keys()].filter((y) => y < period.from || y > period.to).sort((a, b) => a - b);
    if (outside.length === 0) continue;
    let money = ZERO;
    for (const y of outside) money = money.plus(row.allocation.get(y) ?? ZERO);
    // Years before the period are money already spent; years after it are the next plan's.
    const before = outside.some((y) => y < period.from);
    const after = outside.some((y) => y > period.to);
    out.push(ctx.say({
      code: 'OUTSIDE_PERIOD', variant: after ? (before ? 'both' : 'after') : undefined, row: row.row, cell, actual: money,
      params: { name: row.name, actual: ctx.money(money), years: outside.join(', '), period: `${period.from}-${period.to}` },
    }));
  }
  return out;
};
