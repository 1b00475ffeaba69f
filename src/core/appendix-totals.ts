// A summary whose rows are the plan's appendices ("Phụ lục I: Hạ tầng kỹ thuật | 1.800") states
// each appendix's total again: an auditor holds each row to the appendix it names, in the same
// workbook (the appendix found by its title, "PHỤ LỤC I: …", or its sheet's name, "PL I"). A row
// typed by hand and left behind when the appendix changed is the error this finds.
import { Decimal } from './decimal';
import { makeFinding, sortFindings } from './findings';
import { address } from './grid';
import { formatAmount, formatMoney } from './i18n';
import type { CheckedTable, CheckSettings } from './model';
import { appendixKey } from './plan-kind';
import type { Finding } from './types';

/** The appendix a table is: named by the first title line that names one, else by its sheet. */
function keyOf(t: CheckedTable): string | null {
  for (const line of t.titles) {
    const key = appendixKey(line);
    if (key !== null) return key;
  }
  return appendixKey(t.sheet);
}

/** Each appendix of a workbook by its key; a key two tables share names neither for sure (null). */
function appendicesByKey(tables: readonly CheckedTable[]): Map<string, CheckedTable | null> {
  const byKey = new Map<string, CheckedTable | null>();
  for (const t of tables) {
    const key = keyOf(t);
    if (key !== null) byKey.set(key, byKey.has(key) ? null : t);
  }
  return byKey;
}

/** The table a row's name names as its appendix (appendixKey), when it is one table and not `self`. */
function appendixOf(name: string, byKey: ReadonlyMap<string, CheckedTable | null>, self: CheckedTable): CheckedTable | null {
  const key = appendixKey(name);
  const appendix = key === null ? null : byKey.get(key) ?? null;
  return appendix === self ? null : appendix;
}

/**
 * The tables that restate others of the same workbook: every item with money names an appendix
 * found among them ("Tổng hợp": "Kế hoạch ứng dụng CNTT (Phụ lục I) | 3.650", "Phụ lục II | 800").
 * Their money is the appendices' own, so a sum over the workbook counts it there, once.
 */
export function recapTables(tables: readonly CheckedTable[]): Set<CheckedTable> {
  const out = new Set<CheckedTable>();
  if (tables.length < 2) return out;
  const byKey = appendicesByKey(tables);
  if (byKey.size === 0) return out;
  for (const t of tables) {
    let items = 0;
    const all = t.rows.every((row) => {
      if (row.kind !== 'item' || row.amount === null) return true;
      items++;
      return appendixOf(row.name, byKey, t) !== null;
    });
    if (all && items > 0) out.add(t);
  }
  return out;
}

/** The tables with each summary row that names an appendix held to that appendix's total (SUBTOTAL_MISMATCH variant `appendix`). */
export function checkAppendixRows(tables: CheckedTable[], settings: CheckSettings): CheckedTable[] {
  if (tables.length < 2) return tables;
  const byKey = appendicesByKey(tables);
  if (byKey.size === 0) return tables;
  const lang = settings.lang;
  return tables.map((t) => {
    const found: Finding[] = [];
    for (const row of t.rows) {
      if (row.kind !== 'item' || row.amount === null) continue;
      const appendix = appendixOf(row.name, byKey, t);
      if (!appendix || appendix.unit !== t.unit) continue;
      const total: Decimal = appendix.summary.statedTotal ?? appendix.summary.total;
      if (total.eq(row.amount)) continue;
      const cell = address(row.row, t.columns.amount);
      found.push(makeFinding(lang, {
        code: 'SUBTOTAL_MISMATCH', variant: 'appendix', row: row.row, cell, expected: total, actual: row.amount,
        params: { name: row.name, expected: formatMoney(lang, total, t.unit), actual: formatMoney(lang, row.amount, t.unit), diff: formatAmount(lang, row.amount.minus(total).abs()), table: `${appendix.sheet}!${appendix.range}` },
      }));
    }
    return found.length ? { ...t, findings: sortFindings([...t.findings, ...found]) } : t;
  });
}
