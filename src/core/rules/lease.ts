// LEASE_ON_INVESTMENT_CAPITAL and LEASE_TERM_OUT_OF_RANGE: a service lease (thuê dịch vụ CNTT)
// is recurrent spending, and a custom lease runs 1 to 5 years (ND 73/2019, Điều 52, 54).
import { address } from '../grid';
import type { Table, TableRow } from '../model';
import { sourcesOf } from '../summary';
import { fold } from '../text';
import type { Finding } from '../types';
import type { Rule } from './context';

const LEASE_NAME = /^(thue|duy tri dich vu|dich vu thue)|thue dich vu|thue (phan mem|he thong|may chu|ha tang|duong truyen)/;

export function isLeaseRow(table: Table, row: TableRow): boolean {
  if (row.mode) return row.mode.mode === 'lease';
  let r: TableRow | undefined = row;
  while (r) {
    if (LEASE_NAME.test(fold(r.name))) return true;
    r = r.parentRow !== null ? table.byRow.get(r.parentRow) : undefined;
  }
  return false;
}

export const leaseRule: Rule = (ctx) => {
  const { table } = ctx;
  const out: Finding[] = [];
  for (const row of table.rows) {
    if (row.kind !== 'item' || !isLeaseRow(table, row)) continue;
    if (sourcesOf(table, row).some((s) => s.type === 'ĐTPT')) {
      const cell = address(row.row, table.columns.source ?? table.columns.amount);
      out.push(ctx.say({ code: 'LEASE_ON_INVESTMENT_CAPITAL', row: row.row, cell, params: { name: row.name } }));
    }
    const t = row.time;
    if (t && t.pattern === 'range' && t.years.length > 5 && table.columns.time !== null) {
      const years = String(t.years.length);
      out.push(ctx.say({
        code: 'LEASE_TERM_OUT_OF_RANGE', row: row.row, cell: address(row.row, table.columns.time), actual: years, expected: '1-5',
        params: { actual: years },
      }));
    }
  }
  return out;
};
