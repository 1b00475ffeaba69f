// Leases on a plan (thuê dịch vụ CNTT), judged by the law in force on the plan's date:
// LEASE_TERM_OUT_OF_RANGE when a custom-built service is leased longer than the law allows
// (ND 73 Điều 54 khoản 2 điểm đ: 1 to 5 years, no exception above 5; ND 224 sets no bound), and
// LEASE_ON_INVESTMENT_CAPITAL only under a law that forbids funding a lease from investment
// capital: ND 73 (Điều 3 khoản 5, Điều 19 khoản 2 điểm đ) and ND 224 (Điều 40 khoản 1 điểm c)
// both allow it as, or inside, a project, so neither warns.
import { address } from '../grid';
import { cite } from '../i18n/rules';
import type { Table, TableRow } from '../model';
import { memo } from '../memo';
import { planRuleSet } from '../plan-ruleset';
import { RowSet } from '../row-index';
import { isKnown, ruleOn, ruleDate } from '../rulesets';
import { sourcesOf } from '../summary';
import { fold } from '../text';
import type { Finding } from '../types';
import { leaseKind } from './activity';
import type { Rule } from './context';
import { RuleUse, unconfirmedNotes } from './law-notes';

const LEASE_NAME = /^(thue|duy tri dich vu|dich vu thue)|thue dich vu|thue (phan mem|he thong|may chu|ha tang|duong truyen)/;

/** LEASE_NAME, asked only of names that can match it: every branch holds "thue" or starts "duy tri". */
function isLeaseName(folded: string): boolean {
  return (folded.includes('thue') || folded.startsWith('duy tri')) && LEASE_NAME.test(folded);
}

// The lease and procedure rules both ask; a plan of 100k rows is walked once.
const found = new WeakMap<Table, RowSet>();

/** Rows that are service leases: by their mode cell, else their name or a section's above them. */
export function leaseRows(table: Table, foldedName: (row: TableRow) => string = (r) => fold(r.name)): RowSet {
  return memo(found, table, (t) => findLeases(t, foldedName));
}

function findLeases(table: Table, foldedName: (row: TableRow) => string): RowSet {
  const named = RowSet.forRows(table.rows);
  const leases = RowSet.forRows(table.rows);
  for (let rowAt = 0; rowAt < table.rows.length; rowAt++) {
    const row = table.rows[rowAt];
    const byName = (row.parentRow !== null && named.has(row.parentRow)) || isLeaseName(foldedName(row));
    if (byName) named.add(row.row);
    // A mode cell that names no way of spending ("Chỉ định thầu" under a bare "Hình thức") leaves it to the name.
    if (row.mode && row.mode.mode !== 'unknown' ? row.mode.mode === 'lease' : byName) leases.add(row.row);
  }
  return leases;
}

export const leaseRule: Rule = (ctx) => {
  const { table, settings } = ctx;
  const choice = planRuleSet(table, settings.ruleSet);
  const date = ruleDate(choice);
  const onInvestment = ruleOn(choice.ruleSet, 'leaseOnInvestment', date);
  const termMax = ruleOn(choice.ruleSet, 'leaseTermMax', date);
  const termMin = ruleOn(choice.ruleSet, 'leaseTermMin', date);
  const min = isKnown(termMin) && termMin.value !== null ? termMin.value : 0;
  const use = new RuleUse();
  const out: Finding[] = [];
  const leases = leaseRows(table, ctx.foldedName);
  for (let rowAt = 0; rowAt < table.rows.length; rowAt++) {
    const row = table.rows[rowAt];
    if (row.kind !== 'item' || !leases.has(row.row)) continue;
    if (isKnown(onInvestment) && onInvestment.value === false && sourcesOf(table, row).some((s) => s.type === 'ĐTPT')) {
      const cell = address(row.row, table.columns.source ?? table.columns.amount);
      use.add([onInvestment], cell);
      out.push(ctx.say({ code: 'LEASE_ON_INVESTMENT_CAPITAL', row: row.row, cell, params: { name: row.name, source: cite(onInvestment) } }));
    }
    const t = row.time;
    if (!isKnown(termMax) || termMax.value === null || leaseKind(ctx.foldedName(row)) === 'market') continue;
    if (t && t.pattern === 'range' && t.years.length > termMax.value && table.columns.time !== null) {
      const years = String(t.years.length);
      const cell = address(row.row, table.columns.time);
      use.add([termMax], cell);
      out.push(ctx.say({
        code: 'LEASE_TERM_OUT_OF_RANGE', row: row.row, cell, actual: years, expected: `${min}-${termMax.value}`,
        params: { actual: years, max: String(termMax.value), source: cite(termMax) },
      }));
    }
  }
  out.push(...unconfirmedNotes(ctx.say, choice, use, settings.lang));
  return out;
};
