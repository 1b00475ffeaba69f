// The same project submitted twice: same folded name and same amount (CONTRACT DUPLICATE_ITEM),
// across units' plan submissions or twice in one table. Survey rows are compared within their own
// unit only: two provinces running "Hệ thống SOC" for 4 tỷ each is two systems, not one submitted
// twice.
import { fold } from '../text';
import type { Duplicate, UnitRow } from './types';

/** "Xây dựng  Nền tảng LGSP." and "XÂY DỰNG NỀN TẢNG LGSP" meet. */
export function foldName(name: string): string {
  return fold(name).replace(/[^a-z0-9]+/g, ' ').trim();
}

export function findDuplicates(rowsByUnit: ReadonlyMap<string, readonly UnitRow[]>): Duplicate[] {
  const groups = new Map<string, Duplicate>();
  for (const [unit, rows] of rowsByUnit) {
    for (const r of rows) {
      if (r.kind !== 'item' || !r.total || r.total.isZero()) continue;
      const name = foldName(r.name);
      if (!name) continue;
      const key = `${r.system !== null ? r.member : ''}\u0000${name}\u0000${r.total.toFixed()}`;
      let g = groups.get(key);
      if (!g) {
        g = { name: r.name, amount: r.total, cells: [] };
        groups.set(key, g);
      }
      g.cells.push({ file: r.file, sheet: r.sheet, cell: r.cell, unit });
    }
  }
  return [...groups.values()].filter((g) => g.cells.length > 1);
}
