// SECURITY_SHARE_LOW: information-security spending (an toàn thông tin mạng) against the IT
// total. Provincial plans after Chỉ thị 14/CT-TTg (2019) ask for at least 10 %; it is a setting.
import { Decimal, ZERO } from '../decimal';
import type { Table, TableRow } from '../model';
import { effectiveTotal } from '../summary';
import { fold } from '../text';
import { isSecurityFolded, isSecurityText, maybeSecurity } from '../security-words';
import type { FindingInput } from '../findings';
import { formatAmount, formatMoney } from '../i18n';
import type { MessageParams } from '../i18n';
import type { Finding, Lang, MoneyUnit } from '../types';
import type { Rule } from './context';
import { isPlanOfMany } from '../plan-kind';

/**
 * Rows about information security: by their own name, a section's above them, or the table's
 * title. Rows come parents first, so one pass decides each from its parent.
 */
export function securityRows(table: Table, foldedName: (row: TableRow) => string = (r) => fold(r.name)): Set<number> {
  const rows = new Set<number>();
  const all = table.titles.some(isSecurityText);
  for (let rowAt = 0; rowAt < table.rows.length; rowAt++) {
    const row = table.rows[rowAt];
    if (all || (row.parentRow !== null && rows.has(row.parentRow)) || (maybeSecurity(row.name) && isSecurityFolded(foldedName(row)))) rows.add(row.row);
  }
  return rows;
}

/** Information-security money of the table's items; `total` is the table's total (all items). */
export function securitySpending(table: Table, total: Decimal, foldedName?: (row: TableRow) => string): { security: Decimal; total: Decimal } {
  const secure = securityRows(table, foldedName);
  // A money column of each item's security part ("Trong đó: kinh phí bảo đảm an toàn thông tin").
  const partAt = table.moneyColumns.findIndex((m) => m.role === 'other' && isSecurityText(m.header));
  let security = ZERO;
  for (let rowAt = 0; rowAt < table.rows.length; rowAt++) {
    const row = table.rows[rowAt];
    if (row.kind !== 'item') continue;
    const amount = effectiveTotal(row);
    if (secure.has(row.row)) {
      if (amount) security = security.plus(amount);
      continue;
    }
    // The item's security part, from that column or from a "Trong đó: … an toàn thông tin" line under it.
    const part = partAt >= 0 && row.cells[partAt].value ? row.cells[partAt].value : row.securityPart;
    // Never more than the item holds.
    if (part && part.isPositive()) security = security.plus(amount && amount.lt(part) ? amount : part);
  }
  return { security, total };
}

export const securityRule: Rule = (ctx) => {
  const out: Finding[] = [];
  const min = ctx.settings.securityShare;
  // The share is a rule for a province's plan (Chỉ thị 14/CT-TTg: of the yearly and five-year IT
  // plan), not for a survey of how systems are run, nor for the estimate of one of its items, nor
  // for a report on the plan's execution.
  if (min.lte(0) || ctx.table.layout === 'survey' || !isPlanOfMany(ctx.table)) return out;
  const { security, total } = securitySpending(ctx.table, ctx.summary.total, ctx.foldedName);
  if (total.lte(0)) return out;
  if (security.div(total).gte(min)) return out;
  out.push(ctx.say(shareLow(ctx.settings.lang, ctx.table.unit, security, total, min)));
  return out;
};

/** SECURITY_SHARE_LOW of `security` in `total` (a table's, or its period's tables' together: across-tables.ts). */
export function shareLow(lang: Lang, unit: MoneyUnit, security: Decimal, total: Decimal, min: Decimal): FindingInput & { params: MessageParams } {
  const pct = (d: Decimal) => `${formatAmount(lang, d.times(100).toDecimalPlaces(1))}%`;
  return {
    code: 'SECURITY_SHARE_LOW', expected: total.times(min), actual: security,
    params: { actual: formatMoney(lang, security, unit), share: pct(security.div(total)), total: formatMoney(lang, total, unit), min: pct(min) },
  };
}
