// "Trong đó" lines under an item ("1 | Trung tâm SOC | 6.000 | NSTW, NSĐP", then "Trong đó: - NSTW
// | 4.000" and "- NSĐP | 2.000"): what the item's money is made of, said again, not more items.
// They are never rows of the table: counted, the item's money would be counted twice (and its
// subtotal held against the lines). When every line names one funding source, they are the item's
// split by source, checked as a split written in words is (rules/sources.ts, SOURCE_SPLIT_MISMATCH).
import type { Decimal } from './decimal';
import type { TableRow } from './model';
import { parseSources } from './sources';
import { fold } from './text';
import type { SourcePart, SpendingType } from './types';

const OF_WHICH = /^(trong do|bao gom|gom)\b/;
const OF_WHICH_WORDS = /^\s*(trong đó|trong do|bao gồm|bao gom|gồm|gom)\s*:?\s*/i;
const BULLET = /^\s*[-–—+•*·]+\s*/;

/** A line that opens the lines of what the row above is made of ("Trong đó:", "Bao gồm"). */
export function isOfWhichName(name: string): boolean {
  return OF_WHICH.test(fold(name));
}

export class OfWhich {
  private readonly lines: { text: string; amount: Decimal }[] = [];

  /** `of`: the row the lines belong to, the last row read before them (null at the top). */
  constructor(private readonly of: TableRow | null) {}

  /** One line, with the words "Trong đó:" and a bullet taken off its name. */
  add(line: TableRow): void {
    if (line.amount) this.lines.push({ text: line.name.replace(OF_WHICH_WORDS, '').replace(BULLET, '').trim(), amount: line.amount });
  }

  /** Gives an item that states no amounts per source its lines as its split, when every line names one source. */
  apply(): void {
    const of = this.of;
    if (!of || of.kind !== 'item' || this.lines.length === 0 || of.sources.some((p) => p.amount !== null)) return;
    const named = this.lines.map((l) => parseSources(l.text, () => null).parts);
    if (named.some((p) => p.length !== 1 || p[0].code === 'Chưa rõ')) return;
    // A type the line does not name: the item's own for that source, else the one all its sources share.
    const own = of.sources;
    const shared: SpendingType | null = own.length && own.every((p) => p.type === own[0].type) ? own[0].type : null;
    const parts: SourcePart[] = this.lines.map((l, i) => {
      const p = named[i][0];
      return { code: p.code, type: p.type ?? own.find((o) => o.code === p.code)?.type ?? shared, amount: l.amount, text: l.text };
    });
    of.sources = parts;
    of.sourcesFrom = 'text';
  }
}
