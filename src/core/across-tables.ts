// What is judged over several tables of one workbook rather than each on its own. A plan often
// puts its security tasks in an appendix of their own ("Phụ lục II: … bảo đảm an toàn thông tin"):
// the share of information security (rules/security.ts) is then that of all the plan's tables of
// one period together, and a table is not told its own share is low when, with the others, it is
// not. A total under the last table of a sheet that names them all ("TỔNG CỘNG (PHỤ LỤC I + PHỤ
// LỤC II)", table.sheetTotal) is held to what those tables add up to.
import { Decimal, ZERO } from './decimal';
import { sortFindings, makeFinding } from './findings';
import { address } from './grid';
import { formatAmount } from './i18n';
import type { CheckedTable, CheckSettings } from './model';
import { isPlanOfMany } from './plan-kind';
import { securitySpending } from './rules/security';

/** The tables, each SECURITY_SHARE_LOW dropped where the plan's tables of its period together meet the share. */
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
  const met = new Set<CheckedTable>();
  for (const group of groups.values()) {
    if (group.length < 2 || !group.some((t) => t.findings.some((f) => f.code === 'SECURITY_SHARE_LOW'))) continue;
    let security: Decimal = ZERO;
    let total: Decimal = ZERO;
    for (const t of group) {
      const s = securitySpending(t, t.summary.total);
      security = security.plus(s.security);
      total = total.plus(s.total);
    }
    if (total.gt(0) && security.div(total).gte(min)) for (const t of group) met.add(t);
  }
  if (met.size === 0) return tables;
  return tables.map((t) => (met.has(t) ? { ...t, findings: t.findings.filter((f) => f.code !== 'SECURITY_SHARE_LOW') } : t));
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
    const money = (v: Decimal) => `${formatAmount(lang, v)} ${t.unit}`;
    const cell = address(total.row, t.columns.amount);
    const finding = makeFinding(lang, {
      code: 'SUBTOTAL_MISMATCH', variant: 'sheet', row: total.row, cell, expected: sum, actual: total.stated,
      params: { expected: money(sum), actual: money(total.stated), diff: formatAmount(lang, total.stated.minus(sum).abs()), tables: String(covered.length) },
    });
    return { ...t, findings: sortFindings([...t.findings, finding]) };
  });
}
