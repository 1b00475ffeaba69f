// A section's own subtotal line. Plan appendices often close each Roman section with a line of
// its own ("Cộng I", "Cộng mục II", "Cộng:" under the section's items) before the grand total
// ("Tổng cộng (I+II)"). Read as a grand total, each such line was held against every item above
// it: a false SUBTOTAL_MISMATCH on a right table, and its section a false SUBTOTAL_MISSING. Such a
// line stays a `total` row (JSON readers that add items, or skip totals, stay right) and carries
// `totalOf`, the section it closes: it is checked against that section's items, column by column.
import type { CheckedTable, Table, TableRow } from './model';
import type { RowLookup } from './row-index';
import { romanValue } from './stt';
import { fold } from './text';

/** What a total line's words say it adds up. */
export type TotalLine =
  /** "Tổng cộng", "Tổng số", "Tổng cộng (I+II)": the whole table. */
  | { of: 'all' }
  /** "Cộng I", "Cộng mục II", "Cộng (I)", "Cộng nhóm 1", "Tổng I": the section named. */
  | { of: 'named'; label: string; word: string }
  /** "Cộng", "Cộng:": the section its items close, or the whole table (see resolveSectionTotals). */
  | { of: 'bare' };

// One label after "Cộng"/"Tổng", maybe after a word naming a part ("mục", "phần", "nhóm") and in
// brackets, then nothing or a colon, dot or dash before the section's name ("Cộng mục I: Hạ tầng").
// Two labels ("Cộng I+II", "Tổng cộng (I, II)", "Cộng I - III") are the whole table's.
const NAMED = /^(?:tong cong|cong|tong) ?(?:(muc|phan|nhom|chuong|khoan|loai) ?)?\(? ?([ivxlc]+|\d{1,3}(?:\.\d{1,3})*|[a-z]) ?\)? ?(?:[:.]|[-–](?! ?(?:[ivxlc]+|\d+)\b)|$)/;
const BARE = /^cong ?[:.]?$/;

/** Reads a total line's name (one isTotalName accepted). */
export function totalLine(name: string): TotalLine {
  const f = fold(name);
  if (BARE.test(f)) return { of: 'bare' };
  const m = NAMED.exec(f);
  return m ? { of: 'named', label: m[2], word: m[1] ?? '' } : { of: 'all' };
}

/** "I" and "1" name the same section ("Cộng mục 1" under section I); "a" only "a". */
function sameLabel(label: string, stt: string): boolean {
  const s = fold(stt).replace(/[.)]+$/, '');
  if (s === label) return true;
  const a = romanValue(label.toUpperCase()) ?? (/^\d+$/.test(label) ? Number(label) : null);
  const b = romanValue(s.toUpperCase()) ?? (/^\d+$/.test(s) ? Number(s) : null);
  return a !== null && a === b;
}

/**
 * Which of the open rows (outermost first, as the reader's stack holds them) the line closes:
 * its index, or -1 for a line of the whole table. A named line closes the open section that
 * bears its words as a name ("Cộng nhóm 1" under "I | Nhóm 1"), else its number; a bare line the
 * innermost open section. Only the few rows of one branch are looked at.
 */
export function closedSection(line: TotalLine, open: readonly { row: TableRow }[]): number {
  if (line.of === 'all') return -1;
  const sectionAt = (i: number) => open[i].row.kind === 'section';
  if (line.of === 'bare') {
    for (let i = open.length - 1; i >= 0; i--) if (sectionAt(i)) return i;
    return -1;
  }
  if (line.word) {
    const words = `${line.word} ${line.label}`;
    for (let i = open.length - 1; i >= 0; i--) {
      if (!sectionAt(i)) continue;
      const name = fold(open[i].row.name);
      if (name === words || name.startsWith(`${words} `) || name.startsWith(`${words}:`)) return i;
    }
  }
  for (let i = open.length - 1; i >= 0; i--) if (sectionAt(i) && sameLabel(line.label, open[i].row.stt)) return i;
  return -1;
}

/**
 * Settles the lines read as a section's once the body is read (its rows' kinds final):
 * - a line whose section ended up no section (an item described by its lines) is the table's;
 * - a bare "Cộng" stays its section's only where the table closes sections that way: another
 *   line is a section's, or a line of the whole table follows. A lone "Cộng" under the last
 *   section's items, with nothing after it, is the grand total it always was.
 * `totals` are the table's total rows in order (a handful), `bare` those read as bare "Cộng".
 */
export function resolveSectionTotals(totals: readonly TableRow[], bare: ReadonlySet<TableRow>, byRow: RowLookup): void {
  for (const line of totals) {
    if (line.totalOf !== undefined && byRow.get(line.totalOf)?.kind !== 'section') line.totalOf = undefined;
  }
  let wholeAfter = false;
  for (let i = totals.length - 1; i >= 0; i--) {
    const line = totals[i];
    if (line.totalOf === undefined) wholeAfter = true;
    else if (bare.has(line) && !wholeAfter && !totals.some((l) => l !== line && l.totalOf !== undefined)) line.totalOf = undefined;
  }
  // The link back, so a rule finds a section's line without looking through every row.
  for (const line of totals) {
    const section = line.totalOf !== undefined ? byRow.get(line.totalOf) : undefined;
    if (section && section.line === undefined) section.line = line.row;
  }
}

/**
 * The grand-total line: the first total row that is no section's own and adds every row (not a
 * running "Cộng" with rows below it), else the first that is no section's own, or undefined.
 */
export function grandTotalRow(table: Pick<Table, 'rows'>): TableRow | undefined {
  // A plain loop: a plan's total stands under its 100.000 items.
  const rows = table.rows;
  let first: TableRow | undefined;
  for (let at = 0; at < rows.length; at++) {
    const r = rows[at];
    if (r.kind !== 'total' || r.totalOf !== undefined) continue;
    if (r.addsFrom === undefined) return r;
    first ??= r;
  }
  return first;
}

/** A section's own subtotal line, if it has one. */
export function sectionLine(table: Pick<Table, 'byRow'>, section: TableRow): TableRow | undefined {
  return section.line !== undefined ? table.byRow.get(section.line) : undefined;
}

// A total its name says is rounded ("Tổng cộng (làm tròn)", "Làm tròn", "Làm tròn số").
const ROUNDED = /\blam tron\b|\btron so\b/;

/** The total's folded name says it is rounded: it may differ from its items by less than its step, and is no SUM. */
export function isRoundedName(folded: string): boolean {
  return ROUNDED.test(folded);
}

/**
 * The table's total line says it is rounded ("Tổng cộng (làm tròn)") and is right as rounded (no
 * SUBTOTAL_MISMATCH on it): what it differs from the items by is the rounding, not a difference.
 */
export function roundedTotal(table: Pick<CheckedTable, 'rows' | 'findings'>): boolean {
  const line = grandTotalRow(table);
  return line !== undefined && isRoundedName(fold(line.name)) && !table.findings.some((f) => f.row === line.row && f.code === 'SUBTOTAL_MISMATCH');
}
