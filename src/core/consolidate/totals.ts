// Totals by source, type, year and year × source, added part by part, exactly. The same keys as a
// single table's summary (summary.ts), so a unit's totals read like one table's. A file's digest
// carries its totals by unit as strings; merging them converts each to the consolidation's unit.
import { Decimal, ZERO } from '../decimal';
import { SOURCE_CODES, TYPE_KEYS } from '../source-codes';
import type { MoneyUnit, SourceCode } from '../types';
import { convertAmount } from './parts';
import type { DigestTotals, Totals, TypeKey } from './types';

export function emptyTotals(): Totals {
  return {
    total: ZERO,
    bySource: Object.fromEntries(SOURCE_CODES.map((c) => [c, ZERO])) as Record<SourceCode, Decimal>,
    byType: Object.fromEntries(TYPE_KEYS.map((k) => [k, ZERO])) as Record<TypeKey, Decimal>,
    byYear: new Map(),
    byYearSource: new Map(),
  };
}

export interface Part {
  code: SourceCode;
  type: TypeKey;
  amount: Decimal;
  years: Iterable<readonly [number, Decimal]>;
}

function addYear(t: Totals, y: number, code: SourceCode, v: Decimal): void {
  let ys = t.byYearSource.get(y);
  if (!ys) {
    ys = {};
    t.byYearSource.set(y, ys);
  }
  ys[code] = (ys[code] ?? ZERO).plus(v);
}

/** Adds one source part to `t` (all in one unit). */
export function addPart(t: Totals, { code, type, amount, years }: Part): void {
  t.total = t.total.plus(amount);
  t.bySource[code] = t.bySource[code].plus(amount);
  t.byType[type] = t.byType[type].plus(amount);
  for (const [y, v] of years) {
    t.byYear.set(y, (t.byYear.get(y) ?? ZERO).plus(v));
    addYear(t, y, code, v);
  }
}

/** Adds a digest's totals (in `d.moneyUnit`) to `t` (in `to`). */
export function addDigestTotals(t: Totals, d: DigestTotals, to: MoneyUnit): void {
  const conv = (s: string) => convertAmount(s, d.moneyUnit, to);
  t.total = t.total.plus(conv(d.total));
  for (const c of SOURCE_CODES) t.bySource[c] = t.bySource[c].plus(conv(d.bySource[c]));
  for (const k of TYPE_KEYS) t.byType[k] = t.byType[k].plus(conv(d.byType[k]));
  for (const [y, v] of d.byYear) t.byYear.set(y, (t.byYear.get(y) ?? ZERO).plus(conv(v)));
  for (const [y, c, v] of d.byYearSource) addYear(t, y, c, conv(v));
}

/** Years in ascending order, so JSON and sheets list them the same way. */
export function sortYears(t: Totals): Totals {
  return {
    ...t,
    byYear: new Map([...t.byYear.entries()].sort((a, b) => a[0] - b[0])),
    byYearSource: new Map([...t.byYearSource.entries()].sort((a, b) => a[0] - b[0])),
  };
}
