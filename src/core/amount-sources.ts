// An item's split by source written in brackets in its amount cell ("1.500 (NSTW: 1.000; NSĐP:
// 500)", "1.500 (trong đó NSTW 1.000)") while its source cell names the sources without their
// shares ("NSTW, NSĐP"): the bracket is the split (source-split.ts). Or the amount cell is the
// split itself ("NSTW 500, NSĐP 300": the money reader sums it to 800). Asked only of text cells:
// a number has no brackets, and its reading is not made for this. Or the source cell gives each
// source's share ("NSTW 70%, NSĐP 30%"): that share of the amount.
import { Decimal, ZERO } from './decimal';
import type { Table } from './model';
import { parseMoney } from './money';
import { withoutOfWhich } from './of-which';
import { giveSplit, SplitPart } from './source-split';
import { parseSources } from './sources';
import type { SourcePart } from './types';

const WORDS = /[^\d\s.,-]/;

export function sourcesFromAmountNotes(table: Table): void {
  const unit = table.unit;
  for (let at = 0; at < table.rows.length; at++) {
    const row = table.rows[at];
    if (row.sourcesFrom === 'text' && row.sources.length > 1 && row.kind === 'item' && row.amount && giveSplit(row, byShares(row.sources, row.amount))) continue;
    if (row.kind !== 'item' || !row.amount || row.sourcesFrom === 'columns' || !WORDS.test(row.amountText)) continue;
    const money = row.money;
    if (!money || row.sources.some((p) => p.amount !== null)) continue;
    if (money.notes.length === 0) {
      giveSplit(row, sharesIn(row.amountText, row.amount, unit));
      continue;
    }
    const found: SplitPart[] = [];
    for (const note of money.notes) {
      if (note.kind !== 'remark') continue;
      const parts = parseSources(withoutOfWhich(note.text), (t) => parseMoney(t, { unit }).value).parts;
      // A remark that is no split by source ("giai đoạn 2026-2030") is left as it is.
      if (parts.length === 0 || parts.some((p) => p.code === 'Chưa rõ' || p.amount === null)) continue;
      for (const p of parts) found.push({ code: p.code as SplitPart['code'], type: p.type, amount: p.amount as NonNullable<typeof p.amount>, text: p.text });
    }
    giveSplit(row, found);
  }
}

/** "NSTW 500, NSĐP 300" adding up to `amount`: each source's share; else none. */
function sharesIn(text: string, amount: Decimal, unit: Table['unit']): SplitPart[] {
  const parts = parseSources(text, (t) => parseMoney(t, { unit }).value).parts;
  if (parts.length < 2 || parts.some((p) => p.code === 'Chưa rõ' || p.amount === null)) return [];
  let sum: Decimal = ZERO;
  for (const p of parts) sum = sum.plus(p.amount as Decimal);
  if (!sum.eq(amount)) return [];
  return parts.map((p) => ({ code: p.code as SplitPart['code'], type: p.type, amount: p.amount as Decimal, text: p.text }));
}

/**
 * "NSTW 70% + NSĐP 30%" beside an amount: each source's share of it (1.000 → 700 and 300). A source
 * named without a share beside the others ("NSTW 70%, NSĐP") takes the rest (splitParts); shares
 * that do not make the whole are given as written, so the split check says by how much. None when
 * a source is unknown or no share is written.
 */
function byShares(parts: readonly SourcePart[], amount: Decimal): SplitPart[] {
  const found: SplitPart[] = [];
  for (const p of parts) {
    if (p.code === 'Chưa rõ' || p.amount !== null) return [];
    if (p.share !== undefined) found.push({ code: p.code, type: p.type, amount: amount.times(p.share), text: p.text });
  }
  return found;
}
