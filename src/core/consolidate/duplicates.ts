// The same project submitted twice: same folded name and same amount (CONTRACT DUPLICATE_ITEM),
// across units' plan submissions or twice in one table. Survey rows are compared within their own
// unit only: two provinces running "Hệ thống SOC" for 4 tỷ each is two systems, not one submitted
// twice. The key (name and amount in đồng) is made where the file is read (digest.ts calls it).
import { UNIT_EXPONENT } from '../money';
import type { MoneyUnit } from '../types';
import { foldName } from '../text';
import { convertAmount } from './parts';
import type { Duplicate, UnitRow } from './types';

export { foldName };

/**
 * Folded name and the amount in đồng, written as mantissa and power of ten so that 1 tỷ and 1.000
 * triệu meet without any arithmetic; null for a row without a name. `amount` is the row's total
 * as the digest prints it (plain notation, not zero): its digits give the mantissa and the power
 * as Decimal's toExponential() would ("1.04e+2"), without a second printing of every amount.
 */
export function duplicateKey(name: string, amount: string, unit: MoneyUnit): string | null {
  const folded = foldName(name);
  if (!folded) return null;
  const negative = amount.charCodeAt(0) === 45; // '-'
  const body = negative ? amount.slice(1) : amount;
  const dot = body.indexOf('.');
  const whole = dot < 0 ? body.length : dot;
  const digits = dot < 0 ? body : body.slice(0, dot) + body.slice(dot + 1);
  let first = 0;
  while (first < digits.length - 1 && digits.charCodeAt(first) === 48) first++;
  let last = digits.length;
  while (last > first + 1 && digits.charCodeAt(last - 1) === 48) last--;
  const mantissa = last - first > 1 ? `${digits[first]}.${digits.slice(first + 1, last)}` : digits[first];
  // Joined, not a template: the key is kept for every row of the consolidation, and a template's
  // text is a chain of its pieces until something reads it whole (a fifth of a digest's memory).
  return [folded, `${negative ? '-' : ''}${mantissa}e${whole - 1 - first + UNIT_EXPONENT[unit]}`].join('\u0000');
}

export function findDuplicates(rowsByUnit: ReadonlyMap<string, readonly UnitRow[]>, to: MoneyUnit): Duplicate[] {
  const groups = new Map<string, { first: UnitRow; cells: Duplicate['cells'] }>();
  for (const [unit, rows] of rowsByUnit) {
    for (const r of rows) {
      if (r.kind !== 'item' || r.duplicateKey === null) continue;
      const key = r.system !== null ? `${r.unit}\u0000${r.duplicateKey}` : r.duplicateKey;
      let g = groups.get(key);
      if (!g) {
        g = { first: r, cells: [] };
        groups.set(key, g);
      }
      g.cells.push({ file: r.file, sheet: r.sheet, cell: r.cell, unit });
    }
  }
  const out: Duplicate[] = [];
  for (const { first, cells } of groups.values()) {
    if (cells.length > 1) out.push({ name: first.name, amount: convertAmount(first.total as string, first.moneyUnit, to), cells });
  }
  return out;
}
