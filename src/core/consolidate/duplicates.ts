// The same project submitted twice: same folded name and same amount (CONTRACT DUPLICATE_ITEM),
// across units' plan submissions or twice in one table. Survey rows are compared within their own
// unit only: two provinces running "Hệ thống SOC" for 4 tỷ each is two systems, not one submitted
// twice. The key (name and amount in đồng) is made where the file is read (digest.ts).
import type { MoneyUnit } from '../types';
import { fold } from '../text';
import { convertAmount } from './parts';
import type { Duplicate, UnitRow } from './types';

/** "Xây dựng  Nền tảng LGSP." and "XÂY DỰNG NỀN TẢNG LGSP" meet. */
export function foldName(name: string): string {
  return fold(name).replace(/[^a-z0-9]+/g, ' ').trim();
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
