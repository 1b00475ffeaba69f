// An item's split by source written beside its source cell rather than in it: in "Trong đó" lines
// under it (of-which.ts) or in brackets in its amount cell ("1.500 (NSTW: 1.000; NSĐP: 500)",
// amount-sources.ts). The split becomes the item's `sources`, with amounts, as if the source cell
// had said it ("NSTW: 1.000; NSĐP: 500"), and is checked the same way (SOURCE_SPLIT_MISMATCH).
import type { Decimal } from './decimal';
import type { TableRow } from './model';
import type { SourceCode, SourcePart, SpendingType } from './types';

export interface SplitPart {
  code: Exclude<SourceCode, 'Chưa rõ'>;
  type: SpendingType | null;
  amount: Decimal;
  text: string;
}

/**
 * Gives an item that states no amounts per source the parts found beside it. A type a part does
 * not name is the item's own for that source, else the one all its sources share. "Trong đó NSTW
 * 1.000" under a row of 1.500 from "NSTW, NSĐP": the one source its cell names and the parts do
 * not takes what is left. False (nothing given) for a section, a total, or a row whose source cell
 * already states amounts.
 */
export function giveSplit(row: TableRow, found: readonly SplitPart[]): boolean {
  if (row.kind !== 'item' || found.length === 0 || row.sources.some((p) => p.amount !== null)) return false;
  row.sources = splitParts(row.sources, found, row.amount);
  row.sourcesFrom = 'text';
  return true;
}

/**
 * The sources of a row whose words name `own` (no amounts) and whose `found` parts are stated
 * beside them: the parts, each with the type its words give, and what is left of `amount` for the
 * one source the words name and the parts do not. The row reader asks it too, of a lone source
 * column ("Trong đó: NSTW hỗ trợ") beside "NSTW, NSĐP".
 */
export function splitParts(own: readonly SourcePart[], found: readonly SplitPart[], amount: Decimal | null): SourcePart[] {
  const shared: SpendingType | null = own.length && own.every((p) => p.type === own[0].type) ? own[0].type : null;
  const parts: SourcePart[] = found.map((p) => ({ ...p, type: p.type ?? own.find((o) => o.code === p.code)?.type ?? shared }));
  const left = own.filter((o) => o.code !== 'Chưa rõ' && !found.some((p) => p.code === o.code));
  if (left.length === 1 && amount) {
    let rest = amount;
    for (const p of found) rest = rest.minus(p.amount);
    if (rest.gt(0)) parts.push({ code: left[0].code, type: left[0].type ?? shared, amount: rest, text: left[0].text });
  }
  return parts;
}
