// LEASE_ON_INVESTMENT_CAPITAL and LEASE_TERM_OUT_OF_RANGE: a service lease (thuê dịch vụ CNTT)
// is recurrent spending, and a custom lease runs 1 to 5 years (ND 73/2019, Điều 52, 54).
import { address } from '../grid';
import type { Table, TableRow } from '../model';
import { sourcesOf } from '../summary';
import { fold } from '../text';
import type { Finding } from '../types';
import type { Rule } from './context';

const LEASE_NAME = /^(thue|duy tri dich vu|dich vu thue)|thue dich vu|thue (phan mem|he thong|may chu|ha tang|duong truyen)/;

/** Rows that are service leases: by their mode cell, else their name or a section's above them. */
export function leaseRows(table: Table, foldedName: (row: TableRow) => string = (r) => fold(r.name)): Set<number> {
  const named = new Set<number>();
  const leases = new Set<number>();
  for (const row of table.rows) {
    const byName = (row.parentRow !== null && named.has(row.parentRow)) || LEASE_NAME.test(foldedName(row));
    if (byName) named.add(row.row);
    if (row.mode ? row.mode.mode === 'lease' : byName) leases.add(row.row);
  }
  return leases;
}

export const leaseRule: Rule = (ctx) => {
  const { table } = ctx;
  const out: Finding[] = [];
  const leases = leaseRows(table, ctx.foldedName);
  for (const row of table.rows) {
    if (row.kind !== 'item' || !leases.has(row.row)) continue;
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
