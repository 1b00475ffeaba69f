// Totals by source, type, year and year × source, added part by part, exactly. The same keys as a
// single table's summary (summary.ts), so a unit's totals read like one table's.
import { Decimal, ZERO } from '../decimal';
import { SOURCE_CODES, TYPE_KEYS } from '../summary';
import type { SourceCode } from '../types';
import type { ConvertedPart } from './parts';
import type { Totals, TypeKey } from './types';

export function emptyTotals(): Totals {
  return {
    total: ZERO,
    bySource: Object.fromEntries(SOURCE_CODES.map((c) => [c, ZERO])) as Record<SourceCode, Decimal>,
    byType: Object.fromEntries(TYPE_KEYS.map((k) => [k, ZERO])) as Record<TypeKey, Decimal>,
    byYear: new Map(),
    byYearSource: new Map(),
  };
}

/** Adds one source part (already in the consolidation's unit) to `t`. */
export function addPart(t: Totals, { code, type, amount, years }: ConvertedPart): void {
  t.total = t.total.plus(amount);
  t.bySource[code] = t.bySource[code].plus(amount);
  t.byType[type] = t.byType[type].plus(amount);
  for (const [y, v] of years) {
    t.byYear.set(y, (t.byYear.get(y) ?? ZERO).plus(v));
    let ys = t.byYearSource.get(y);
    if (!ys) {
      ys = {};
      t.byYearSource.set(y, ys);
    }
    ys[code] = (ys[code] ?? ZERO).plus(v);
  }
}

/** Years in ascending order, so JSON and sheets list them the same way. */
export function sortYears(t: Totals): Totals {
  return {
    ...t,
    byYear: new Map([...t.byYear.entries()].sort((a, b) => a[0] - b[0])),
    byYearSource: new Map([...t.byYearSource.entries()].sort((a, b) => a[0] - b[0])),
  };
}
