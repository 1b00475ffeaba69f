// Totals of a table: by source, by type, by year, by year and source. Items only, never a
// section twice, exact. Each item's money is cut into source parts that add up to it exactly.
import { scaleAllocation } from './allocate';
import { Decimal, ZERO } from './decimal';
import type { Table, TableRow, TableSummary } from './model';
import type { SourceCode, SourcePart, SpendingType } from './types';

export const SOURCE_CODES: SourceCode[] = ['NSTW', 'NSĐP', 'ODA', 'Khác', 'Chưa rõ'];
export const TYPE_KEYS: (SpendingType | 'Chưa rõ')[] = ['ĐTPT', 'CTX', 'Chưa rõ'];

/** What an item really costs: its amount, or for a yearly rate the sum over its years. */
export function effectiveTotal(row: TableRow): Decimal | null {
  if (!row.amount) return null;
  if (row.amountPer !== 'total' && row.allocation.size) {
    let s = ZERO;
    for (const v of row.allocation.values()) s = s.plus(v);
    return s;
  }
  return row.amountPer === 'total' ? row.amount : null;
}

/** The sources that apply to a row: its own, else the nearest section's above it. */
export function sourcesOf(table: Table, row: TableRow): SourcePart[] {
  let r: TableRow | undefined = row;
  while (r) {
    if (r.sources.length) return r.sources;
    r = r.parentRow !== null ? table.byRow.get(r.parentRow) : undefined;
  }
  return [];
}

export interface MoneyPart {
  code: SourceCode;
  type: SpendingType | 'Chưa rõ';
  amount: Decimal;
  allocation: Map<number, Decimal>;
}

/**
 * The item's money cut by source. One source: all of it. A split with amounts: those amounts,
 * and what they leave unexplained as "Chưa rõ". Several sources without amounts: the shares are
 * not known, so "Chưa rõ" (the type is kept when all parts agree on it).
 */
// The totals and the result sheets both cut every item: cut each once. The cut is tied to the
// allocation it was made from, so a row re-allocated later is cut again.
const partsCache = new WeakMap<TableRow, { allocation: Map<number, Decimal>; parts: MoneyPart[] }>();

export function moneyParts(table: Table, row: TableRow): MoneyPart[] {
  const cached = partsCache.get(row);
  if (cached && cached.allocation === row.allocation) return cached.parts;
  const parts = cutParts(table, row);
  partsCache.set(row, { allocation: row.allocation, parts });
  return parts;
}

function cutParts(table: Table, row: TableRow): MoneyPart[] {
  const amount = effectiveTotal(row);
  if (!amount) return [];
  const sources = sourcesOf(table, row);
  const pattern = row.allocation;
  // A part that is the whole row shares the row's allocation (parts are never mutated).
  const part = (code: SourceCode, type: SpendingType | null, value: Decimal): MoneyPart => ({
    code,
    type: type ?? 'Chưa rõ',
    amount: value,
    allocation: value === amount ? pattern : pattern.size ? scaleAllocation(pattern, value, amount) : new Map(),
  });
  if (sources.length === 0) return [part('Chưa rõ', null, amount)];
  if (sources.length === 1) return [part(sources[0].code, sources[0].type, amount)];
  const withAmounts = sources.filter((s) => s.amount !== null);
  if (withAmounts.length === sources.length) {
    const parts: MoneyPart[] = [];
    let given = ZERO;
    for (const s of sources) {
      parts.push(part(s.code, s.type, s.amount as Decimal));
      given = given.plus(s.amount as Decimal);
    }
    const rest = amount.minus(given);
    if (!rest.isZero()) parts.push(part('Chưa rõ', null, rest));
    return parts;
  }
  const types = new Set(sources.map((s) => s.type));
  return [part('Chưa rõ', types.size === 1 ? sources[0].type : null, amount)];
}

export function summarize(table: Table): TableSummary {
  const bySource = Object.fromEntries(SOURCE_CODES.map((c) => [c, ZERO])) as Record<SourceCode, Decimal>;
  const byType = Object.fromEntries(TYPE_KEYS.map((c) => [c, ZERO])) as Record<SpendingType | 'Chưa rõ', Decimal>;
  const byYear = new Map<number, Decimal>();
  const byYearSource = new Map<number, Partial<Record<SourceCode, Decimal>>>();
  // Fewest exact additions: money by source × type and by year × source per part; the totals
  // by source, by type, by year and overall are derived from those few buckets at the end.
  const byCodeType = new Map<string, Decimal>();
  for (const row of table.rows) {
    if (row.kind !== 'item') continue;
    for (const p of moneyParts(table, row)) {
      const key = `${p.code}|${p.type}`;
      const before = byCodeType.get(key);
      byCodeType.set(key, before ? before.plus(p.amount) : p.amount);
      for (const [y, v] of p.allocation) {
        let ys = byYearSource.get(y);
        if (!ys) {
          ys = {};
          byYearSource.set(y, ys);
        }
        const before = ys[p.code];
        ys[p.code] = before ? before.plus(v) : v;
      }
    }
  }
  for (const [key, v] of byCodeType) {
    const [code, type] = key.split('|') as [SourceCode, SpendingType | 'Chưa rõ'];
    bySource[code] = bySource[code].plus(v);
    byType[type] = byType[type].plus(v);
  }
  let total = ZERO;
  for (const code of SOURCE_CODES) total = total.plus(bySource[code]);
  for (const [y, ys] of byYearSource) {
    let s = ZERO;
    for (const v of Object.values(ys)) if (v) s = s.plus(v);
    byYear.set(y, s);
  }
  const totalRow = table.rows.find((r) => r.kind === 'total');
  return {
    total,
    statedTotal: totalRow?.amount ?? null,
    bySource,
    byType,
    byYear: new Map([...byYear.entries()].sort((a, b) => a[0] - b[0])),
    byYearSource: new Map([...byYearSource.entries()].sort((a, b) => a[0] - b[0])),
  };
}

