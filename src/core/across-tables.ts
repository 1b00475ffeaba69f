// What is judged over several tables of one workbook rather than each on its own. A plan often
// puts its security tasks in an appendix of their own ("Phụ lục II: … bảo đảm an toàn thông tin"):
// the share of information security (rules/security.ts) is then that of all the plan's tables of
// one period together, and a table is not told its own share is low when, with the others, it is
// not. A total under the last table of a sheet that names them all ("TỔNG CỘNG (PHỤ LỤC I + PHỤ
// LỤC II)", table.sheetTotal) is held to what those tables add up to.
import { Decimal, ZERO } from './decimal';
import { sortFindings, makeFinding } from './findings';
import { address } from './grid';
import { formatAmount, formatMoney } from './i18n';
import type { CheckedTable, CheckSettings } from './model';
import type { Finding } from './types';
import { isPlanOfMany } from './plan-kind';
import { securitySpending, shareLow } from './rules/security';

/**
 * The tables with their SECURITY_SHARE_LOW judged over the plan's tables of each period together:
 * dropped where together they meet the share; where they do not, said once, of them all, on the
 * first table that said it (variant `tables`), instead of each table's own share.
 */
export function acrossTables(tables: CheckedTable[], settings: CheckSettings): CheckedTable[] {
  const min = settings.securityShare;
  if (tables.length < 2 || min.lte(0)) return tables;
  const groups = new Map<string, CheckedTable[]>();
  for (const t of tables) {
    if (t.layout === 'survey' || !isPlanOfMany(t)) continue;
    const key = t.period ? `${t.period.from}-${t.period.to}|${t.unit}` : `?|${t.unit}`;
    const group = groups.get(key);
    if (group) group.push(t);
    else groups.set(key, [t]);
  }
  const judged = new Map<CheckedTable, Finding | null>();
  const lang = settings.lang;
  for (const group of groups.values()) {
    const low = group.filter((t) => t.findings.some((f) => f.code === 'SECURITY_SHARE_LOW'));
    if (group.length < 2 || low.length === 0) continue;
    let security: Decimal = ZERO;
    let total: Decimal = ZERO;
    for (const t of group) {
      const s = securitySpending(t, t.summary.total);
      security = security.plus(s.security);
      total = total.plus(s.total);
    }
    if (!total.gt(0)) continue;
    const share = security.div(total);
    for (const t of low) judged.set(t, null);
    if (share.gte(min)) continue;
    const together = shareLow(lang, group[0].unit, security, total, min);
    judged.set(low[0], makeFinding(lang, {
      ...together, variant: 'tables',
      params: { ...together.params, count: String(group.length), tables: group.map((t) => `${t.sheet}!${t.range}`).join('; ') },
    }));
  }
  if (judged.size === 0) return tables;
  return tables.map((t) => {
    if (!judged.has(t)) return t;
    const kept = t.findings.filter((f) => f.code !== 'SECURITY_SHARE_LOW');
    const together = judged.get(t);
    return { ...t, findings: together ? sortFindings([...kept, together]) : kept };
  });
}

/** One sheet's tables in order, each sheet total under them checked against the tables above it (and its own). */
export function checkSheetTotals(tables: CheckedTable[], settings: CheckSettings): CheckedTable[] {
  if (!tables.some((t) => t.sheetTotal)) return tables;
  return tables.map((t, i) => {
    const total = t.sheetTotal;
    if (!total || !total.stated) return t;
    const covered = tables.slice(0, i + 1).filter((x) => x.sheet === t.sheet);
    let sum: Decimal = ZERO;
    for (const x of covered) sum = sum.plus(x.summary.total);
    if (sum.eq(total.stated)) return t;
    const lang = settings.lang;
    const cell = address(total.row, t.columns.amount);
    const finding = makeFinding(lang, {
      code: 'SUBTOTAL_MISMATCH', variant: 'sheet', row: total.row, cell, expected: sum, actual: total.stated,
      params: { expected: formatMoney(lang, sum, t.unit), actual: formatMoney(lang, total.stated, t.unit), diff: formatAmount(lang, total.stated.minus(sum).abs()), tables: String(covered.length) },
    });
    return { ...t, findings: sortFindings([...t.findings, finding]) };
  });
}
