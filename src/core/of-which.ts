// "Trong đó" lines under an item ("1 | Trung tâm SOC | 6.000 | NSTW, NSĐP", then "Trong đó: - NSTW
// | 4.000" and "- NSĐP | 2.000"): what the item's money is made of, said again, not more items.
// They are never rows of the table: counted, the item's money would be counted twice (and its
// subtotal held against the lines). When every line names one funding source, they are the item's
// split by source, checked as a split written in words is (rules/sources.ts, SOURCE_SPLIT_MISMATCH).
// Under the grand total they recap the table by source ("Trong đó: - NSTW | 4.000", or the same
// lines without "Trong đó", table.dropRecap): kept on the total as its `recap`, checked against
// the totals by source (rules/recap.ts). Lines that name security spending ("Trong đó: kinh phí
// bảo đảm an toàn thông tin | 800") are that part of an item's money (its `securityPart`), counted in
// the table's security share (rules/security.ts).
import type { Decimal } from './decimal';
import type { TableRow } from './model';
import { giveSplit, SplitPart } from './source-split';
import { parseSources } from './sources';
import { fold } from './text';
import { isSecurityText } from './security-words';

const OF_WHICH = /^(trong do|bao gom|gom)\b/;
const OF_WHICH_WORDS = /^\s*(trong đó|trong do|bao gồm|bao gom|gồm|gom)\s*:?\s*/i;
const BULLET = /^\s*[-–—+•*·]+\s*/;

/** The words without "Trong đó:" before them ("trong đó NSTW 1.000" → "NSTW 1.000"). */
export function withoutOfWhich(text: string): string {
  return text.replace(OF_WHICH_WORDS, '');
}

/** A line that opens the lines of what the row above is made of ("Trong đó:", "Bao gồm"). */
export function isOfWhichName(name: string): boolean {
  return OF_WHICH.test(fold(name));
}

// A line's name that is a funding source and nothing more: "Ngân sách trung ương", "- NSĐP",
// "Vốn ODA", "Nguồn xã hội hóa" (folded, the bullet off), not a task that names its source.
const SOURCE_LEAD = /^(?:(?:nguon von|nguon|von|kinh phi) )?(?:ngan sach|ns ?tw|ns ?dp|nsnn|oda|von vay|vay|khac|xa hoi hoa|xhh|doi ung|trung uong|dia phuong|tinh|huyen)\b/;

/**
 * A line under an item that names one funding source and nothing more ("- Ngân sách trung ương |
 * 20.000" under "1 | Dự án … | 30.000"): the item's money by source said again, as under
 * "Trong đó:". A task that names its source ("- Mua sắm thiết bị (NSTW)") is none.
 */
export function isSourceLine(name: string): boolean {
  const text = name.replace(BULLET, '').trim();
  if (text.length > 60 || !SOURCE_LEAD.test(fold(text))) return false;
  const parts = parseSources(text, () => null).parts;
  return parts.length === 1 && parts[0].code !== 'Chưa rõ';
}

export class OfWhich {
  private readonly lines: { text: string; amount: Decimal; row: number }[] = [];

  /**
   * `of`: the row the lines belong to, the last row read before them (null at the top).
   * `sourcesOnly`: lines met without "Trong đó:" (isSourceLine), which end at the first line that is no source.
   */
  constructor(private readonly of: TableRow | null, readonly sourcesOnly = false) {}

  /** One line, with the words "Trong đó:" and a bullet taken off its name. */
  add(line: TableRow): void {
    if (line.amount) this.lines.push({ text: withoutOfWhich(line.name).replace(BULLET, '').trim(), amount: line.amount, row: line.row });
  }

  /**
   * When every line names one source: gives an item its lines as its split by source, or a grand
   * total (not a section's line, not a running total) its recap by source.
   */
  apply(): void {
    const of = this.of;
    if (!of || this.lines.length === 0) return;
    if (of.kind === 'item') {
      let security: Decimal | null = null;
      for (const l of this.lines) if (isSecurityText(l.text)) security = security ? security.plus(l.amount) : l.amount;
      if (security) of.securityPart = security;
    }
    const found: (SplitPart & { row: number })[] = [];
    for (const l of this.lines) {
      const parts = parseSources(l.text, () => null).parts;
      if (parts.length !== 1 || parts[0].code === 'Chưa rõ') return;
      found.push({ code: parts[0].code, type: parts[0].type, amount: l.amount, text: l.text, row: l.row });
    }
    if (of.kind !== 'total') giveSplit(of, found);
    else if (of.totalOf === undefined) of.recap = found.map(({ code, amount, row }) => ({ code, amount, row }));
  }
}
