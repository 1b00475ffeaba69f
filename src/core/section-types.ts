// Plans grouped by spending type ("I. Chi đầu tư phát triển", "II. Chi thường xuyên") name the
// type once, on the section: the items under it write only their source ("NSĐP"). Each source
// part of such an item that names no type of its own takes the section's. A type the row's own
// words or columns name always wins. An item without any source keeps none, but its money counts
// under the section's type (table.sectionTypes). A title that names one kind of money is a section
// over the whole table.
import type { Table } from './model';
import { fold } from './text';
import { titleType } from './title-source';
import type { SourcePart, SpendingType } from './types';

const SECTION_DTPT = /^(chi |von |nguon von |kinh phi )?(dau tu phat trien|dau tu cong|dtpt|xdcb|xay dung co ban)\b|^chi dau tu$/;
const SECTION_CTX = /^(chi |von |nguon von |nguon |kinh phi )?(thuong xuyen|su nghiep|ctx)\b/;

/** The type a section's name is about, without its numbering words; null for any other name. */
export function sectionType(name: string): SpendingType | null {
  const folded = fold(name).replace(/^(phan |muc )?[ivxlc]+[.:)]?\s+/, '');
  if (SECTION_DTPT.test(folded)) return 'ĐTPT';
  if (SECTION_CTX.test(folded)) return 'CTX';
  return null;
}

export function typesFromSections(table: Table): void {
  const rows = table.rows;
  // Sections are few: find those that name a type before looking at any item.
  const named = new Map<number, SpendingType>();
  for (let at = 0; at < rows.length; at++) {
    const row = rows[at];
    if (row.kind !== 'section') continue;
    const type = sectionType(row.name);
    if (type) named.set(row.row, type);
  }
  // A title that names the kind of money ("KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2027") is the section over all.
  const root = table.titleSources?.[0]?.type ? null : titleType(table.titles);
  if (named.size === 0 && root === null) return;
  // Rows come parents first: a row's type is its own section's, else its parent's.
  const typeOf = new Map<number, SpendingType>();
  // The items' source lists are shared by rows that wrote the same words: each is typed once.
  const typed = { 'ĐTPT': new Map<SourcePart[], SourcePart[]>(), CTX: new Map<SourcePart[], SourcePart[]>() };
  for (let at = 0; at < rows.length; at++) {
    const row = rows[at];
    const inherited = row.parentRow !== null ? typeOf.get(row.parentRow) : root ?? undefined;
    const type = named.get(row.row) ?? inherited;
    if (type === undefined) continue;
    if (row.kind !== 'item') {
      typeOf.set(row.row, type);
      // A project broken into lines ("1. Nâng cấp hạ tầng mạng | NSĐP" over "a) Thiết bị …"): its
      // lines take its sources (summary.sourcesOf), so its words are typed as an item's are.
      if (row.sourcesFrom !== 'text') continue;
    }
    const sources = row.sources;
    // An item that names no source at all: its money is of the section's type all the same
    // (summary.moneyParts), its source still unknown.
    if (sources.length === 0 && row.sourcesFrom === 'none') {
      (table.sectionTypes ??= new Map()).set(row.row, type);
      continue;
    }
    if (!sources.some((p) => p.type === null)) continue;
    let out = typed[type].get(sources);
    if (!out) {
      out = sources.map((p) => (p.type === null ? { ...p, type } : p));
      typed[type].set(sources, out);
    }
    row.sources = out;
  }
}
