// TIME_UNREADABLE and OUTSIDE_PERIOD: each row's years, and money that falls outside the plan.
import { timeOf } from '../allocate';
import { amountColumnSpan } from '../columns';
import { address } from '../grid';
import { periodText } from '../period';
import { ZERO } from '../decimal';
import type { Finding, TimeReading } from '../types';
import type { Rule } from './context';

export const timeRule: Rule = (ctx) => {
  const { table } = ctx;
  const out: Finding[] = [];
  const col = table.columns.time;
  const yearCol = new Map<number, number>();
  for (const m of table.moneyColumns) if (m.role === 'year' && m.year !== null && !yearCol.has(m.year)) yearCol.set(m.year, m.col);
  if (col === null && yearCol.size === 0) return out;
  // A survey's year column dates the system, not the money (check.ts): nothing to spread or flag.
  if (table.layout === 'survey' && yearCol.size === 0) return out;
  // A plan of one year whose money column is a longer period's ("Tổng kinh phí giai đoạn 2026-2030"
  // beside "Kinh phí năm 2027"): that column's years are the money's period, not the title's.
  const span = amountColumnSpan(table);
  const period = span && table.period && span.from <= table.period.from && span.to >= table.period.to ? span : table.period;
  for (let rowAt = 0; rowAt < table.rows.length; rowAt++) {
    const row = table.rows[rowAt];
    if (row.kind !== 'item' || !row.amount) continue;
    // Years stated in columns need no time text to be spread.
    const t = timeOf(table, row);
    if (row.allocationBasis !== 'columns' && col !== null && !timeReadable(t)) {
      const cell = address(row.row, col);
      if (t && !t.text) out.push(ctx.say({ code: 'TIME_UNREADABLE', variant: 'empty', row: row.row, cell, params: { name: row.name } }));
      else if (t && t.pattern === 'unknown') out.push(ctx.say({ code: 'TIME_UNREADABLE', row: row.row, cell, actual: t.text, params: { text: t.text } }));
      else if (t) out.push(ctx.say({ code: 'TIME_UNREADABLE', variant: 'annual', row: row.row, cell, actual: t.text, params: { text: t.text } }));
      continue;
    }
    if (!period) continue;
    // Nearly every row's years lie inside the period: a list is made only for a row with one outside.
    let outside: number[] | null = null;
    for (const y of row.allocation.keys()) if (y < period.from || y > period.to) (outside ??= []).push(y);
    if (outside === null) continue;
    outside.sort((a, b) => a - b);
    let money = ZERO;
    for (const y of outside) money = money.plus(row.allocation.get(y) ?? ZERO);
    const cell = row.allocationBasis === 'columns' ? address(row.row, yearCol.get(outside[0]) ?? table.columns.amount) : address(row.row, col ?? table.columns.amount);
    // Years before the period are money already spent; years after it are the next plan's.
    const before = outside.some((y) => y < period.from);
    const after = outside.some((y) => y > period.to);
    out.push(ctx.say({
      code: 'OUTSIDE_PERIOD', variant: after ? (before ? 'both' : 'after') : undefined, row: row.row, cell, actual: money,
      params: { name: row.name, actual: ctx.money(money), years: outside.join(', '), period: periodText(period, '-') },
    }));
  }
  return out;
};

function timeReadable(t: TimeReading | null): boolean {
  if (!t) return true;
  if (!t.text || t.pattern === 'unknown') return false;
  return !((t.pattern === 'annual' || t.pattern === 'every_n') && t.years.length === 0);
}
