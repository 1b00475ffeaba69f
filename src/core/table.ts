// From a Grid to Tables: find each header band (header.ts), read the title lines above it
// (period, unit), then read the body rows (row-reader.ts) into an STT tree. Several tables can
// share a sheet, each with its own titles; a cover sheet of prose has none. Never throws on bad
// cells: what it cannot read stays in the row (amountText, money.reason) for the rules to report.
import { amountColumnYear, budgetYearBase, isYearlyRate, labelOf } from './columns';
import { Decimal } from './decimal';
import { address, CellValue, colCount, columnLetter, Grid } from './grid';
import { amountOfYear, countedYears, partialYears, yearsOfPeriod, findBand, HeaderBand, isHeaderRepeat, mergeBoxes, MergeBox, readBand } from './header';
import type { CellAt, ColumnInfo, ColumnSum, InWords, MoneyCell, Table, TableLayout, TableRow, UnitConflict } from './model';
import { wordsAfterLabel } from './money/words';
import { bracketUnit, parseMoney, parseUnit } from './money';
import { isIndicatorTable } from './indicators';
import { isOfWhichName, isSourceLine, OfWhich } from './of-which';
import { parsePeriod } from './period';
import { figuresInDong, UNSTATED_UNIT } from './unit-guess';
import { CellBillionths, cellBillionths, keepBillionths, NO_CELL, totalIndex } from './cell-billionths';
import { RowMap } from './row-index';
import { titleSources } from './title-source';
import { closedSection, resolveSectionTotals, totalLine } from './section-totals';
import { rowReader, sumCells } from './row-reader';
import type { RowReader } from './row-reader';
import { bulletIn, lineToken, partAfter } from './stt';
import type { SttStyle } from './stt';
import { ExactSum } from './exact';
import { effectiveTotal } from './summary';
import { deriveYearly, yearlyParts } from './yearly-parts';
import { readMethods } from './cost-methods';
import { cleanText, fold } from './text';
import type { MoneyUnit, Period } from './types';

export interface TableOptions {
  period: Period | null;
  unit: MoneyUnit | null;
}

const TITLE_LOOKBACK = 12;
const MAX_BLANK_RUN = 5;

function texts(values: readonly CellValue[] | undefined): string[] {
  const out: string[] = [];
  for (const v of values ?? []) {
    if (v === null || v === '') continue;
    const t = typeof v === 'string' ? cleanText(v) : String(v);
    if (t) out.push(t);
  }
  return out;
}

function valuesAt(grid: Grid, row: number): CellValue[] | undefined {
  return grid.values[row - grid.top];
}

interface Titles {
  titles: string[];
  period: Period | null;
  unit: MoneyUnit | null;
  /** The unit line and a money column's header naming two different units (the header's is read). */
  unitConflict?: UnitConflict;
}

/** A title line that is only the kind of document, its subject on the next line. */
const DOCUMENT_KIND = /^(ke hoach|du toan|danh muc|tong hop|nhu cau)\s*[:.]?$/;

/** Period and unit from the title lines above the band, else from the band's own labels. */
function readTitles(grid: Grid, band: HeaderBand, stopAbove: number): Titles {
  const titles: string[] = [];
  let period: Period | null = null;
  let unit: MoneyUnit | null = null;
  const from = Math.max(grid.top, band.top - TITLE_LOOKBACK, stopAbove + 1);
  // "KẾ HOẠCH" on a line of its own over "Ứng dụng CNTT năm 2027 của UBND huyện …": the kind of
  // document and its subject are one title, read together for the period.
  let kind = '';
  for (let r = from; r < band.top; r++) {
    for (const t of texts(valuesAt(grid, r))) {
      titles.push(t);
      const f = fold(t);
      if (!unit && /(don vi tinh|dvt|don vi)/.test(f)) unit = parseUnit(t);
      if (!period) period = parsePeriod(kind ? `${kind} ${t}` : t);
      kind = DOCUMENT_KIND.test(f) ? t : '';
    }
  }
  // "Tổng mức đầu tư (triệu đồng)", "Kế hoạch vốn giai đoạn 2021-2025" in the band say it too.
  // A unit in the amount column's own header stands nearer its figures than the unit line: when
  // the two differ, the header's is read and the difference said (UNIT_SUSPECT, variant conflict).
  let headerUnit: { unit: MoneyUnit; col: number } | null = null;
  for (const c of band.columnInfo) {
    for (const part of c.header.split(' / ')) {
      if (!headerUnit && c.money) {
        const u = bracketUnit(part);
        if (u) headerUnit = { unit: u, col: c.col };
      }
      if (!period && /giai doan/.test(fold(part))) period = parsePeriod(part);
    }
  }
  if (headerUnit && unit && headerUnit.unit !== unit && headerUnit.col === band.columns.amount) {
    return { titles, period, unit: headerUnit.unit, unitConflict: { line: unit, header: headerUnit.unit, col: headerUnit.col } };
  }
  return { titles, period, unit: unit ?? headerUnit?.unit ?? null };
}

// "Làm tròn" (under "Tổng cộng"): the total rounded, a total line of its own (rules/subtotal.ts
// lets a rounded total differ by less than its rounding step).
const TOTAL_NAME = /^(tong cong|tong so|tong kinh phi|cong|tong|lam tron( so| tong)?$|gia tri lam tron)\b/;
// Items whose names begin like a total once folded: "Tổng đài 1022", "Tổng hợp số liệu …",
// "Tổng thể …", "Tổng cục …", "Tổng công ty …".
const NOT_TOTAL = /^tong (dai|hop \S|the\b|quan\b|ket\b|cuc\b|cong ty|dieu tra)/;
// "Cổng thông tin …" (a portal) and "Công tác …", "Công nghệ …" fold to "cong" as "Cộng" does:
// written with their marks, only "cộng" adds up. Unmarked "Cong" is still read as a total.
const NOT_CONG = /^c[ôổ]ng/;

function isTotalName(name: string): boolean {
  const f = fold(name);
  if (!TOTAL_NAME.test(f) || NOT_TOTAL.test(f)) return false;
  return !(f.startsWith('cong') && NOT_CONG.test(name.trimStart().slice(0, 4).toLowerCase()));
}

/**
 * The amount a total line states after a colon in its name ("Tổng cộng: 1.900 triệu đồng",
 * "Tổng số = 1.900"), read in the table's unit; null when none, or the figure counts something
 * else ("Tổng cộng: 15 nhiệm vụ": only a unit or a bare figure is money).
 */
function amountInName(name: string, unit: MoneyUnit): Decimal | null {
  const m = /[:=]\s*(.+)$/.exec(name);
  if (!m) return null;
  const r = parseMoney(m[1], { unit });
  return r.value !== null && !r.ambiguous && (r.unitExplicit || /^[\d.,\s]+$/.test(m[1].trim())) ? r.value : null;
}

/** The line "(Bằng chữ: …)" in the name cell, or across from the STT cell: where, and its words; else null. */
function wordsLine(row: TableRow, band: HeaderBand): InWords | null {
  const fromName = wordsAfterLabel(row.name);
  const text = fromName ?? wordsAfterLabel(row.stt);
  const col = fromName !== null ? band.columns.name : band.columns.stt;
  return text !== null && col !== null ? { row: row.row, col, text } : null;
}

/** Marks that do not number an item: none, a bullet, or words. */
const NOTE_STYLES: ReadonlySet<SttStyle> = new Set<SttStyle>(['none', 'dash', 'plus', 'other']);

/** A row numbered I, II, … or a part A, B, …: a section whatever its lines hold. */
function isSectionNumbered(row: TableRow): boolean {
  return /^([IVXLC]+|[A-Z])$/.test(row.stt);
}

/** A money cell with nothing in it: no text, no formula. */
function holdsNothing(cell: MoneyCell): boolean {
  return !cell.text && !cell.formula;
}

/** "I. DỰ ÁN CNTT" typed in a numbering cell merged over the name: the number, then the name. */
const NUMBERED_NAME = /^((?:[IVXLC]+|\d{1,3}(?:\.\d{1,3})*|[a-zđ]))[.)]\s+(\S.*)$/;
/** A Roman section or a part numbered at the start of its name ("I. HẠ TẦNG", "B- CHI THƯỜNG XUYÊN"). */
const NUMBER_IN_NAME = /^([IVXLC]+|[A-H])\s*[.:)\-–]\s+\S/;

/** A page's carry line, folded: "Chuyển sang trang sau", "Cộng mang sang trang sau", "Số trang trước chuyển sang", "Mang sang". */
const CARRY = /^(cong |so )*((chuyen|mang) )?sang trang\b|^(cong |so )*(tu )?trang truoc (chuyen |mang )?sang\b|^(cong )?(chuyen|mang) sang:?$/;

function isCarryLine(name: string): boolean {
  // "sang" has no marks to fold: most names are passed over without folding them.
  return name.length <= 60 && /sang/i.test(name) && CARRY.test(fold(name));
}

/**
 * Words typed in the numbering cell, merged over the name: "I. DỰ ÁN CNTT" is a number and a
 * name; "Tổng cộng", "Trong đó: …", "Chuyển sang trang sau" are the row's name, unnumbered. A name
 * cell that starts with a section's number while the numbering cell is empty ("I. HẠ TẦNG KỸ
 * THUẬT", "A. CHI ĐẦU TƯ") numbers the row all the same (`numbered`: a table with a numbering
 * column, not a survey), the name kept as written.
 */
function nameTheRow(row: TableRow, numbered: boolean): void {
  if (row.stt && !row.name) {
    const m = NUMBERED_NAME.exec(row.stt);
    if (m) {
      row.stt = m[1];
      row.name = m[2];
    } else if (isTotalName(row.stt) || isOfWhichName(row.stt) || isCarryLine(row.stt)) {
      row.name = row.stt;
      row.stt = '';
    }
  } else if (!row.stt && row.name && numbered) {
    const m = NUMBER_IN_NAME.exec(row.name);
    if (m) row.stt = m[1];
  }
}

/** A line between two tables that belongs to the second one's titles: words only, no money. */
function isTitleLike(row: TableRow): boolean {
  return !row.amount && row.cells.every((c) => !c.value) && (!row.stt || /^\D/.test(row.stt)) && row.kind !== 'total';
}

interface Body {
  rows: TableRow[];
  lastRow: number;
  /** Where the body stopped because the next table's header begins, or null. */
  nextBand: HeaderBand | null;
  /** First row of the next table's title lines (when nextBand is set). */
  nextTitles: number;
  /** The rows' money cells as numbers, row by row. */
  billionths: CellBillionths;
  /** The total lines, in order (a handful), and those of them that said only "Cộng". */
  totals: TableRow[];
  bareTotals: Set<TableRow>;
  /** Money cells with a formula and no saved result (row-reader.ts). */
  uncalculated: CellAt[];
  /** The "Bằng chữ: …" line under the table, if any. */
  inWords: InWords | null;
}

/**
 * The rank of the item numbered on the row right under `r` ("1", "1.1", "a"), or null when that
 * row has no number, or a Roman or part one (a section of its own, no item of this row's).
 */
function numberedBelow(grid: Grid, r: number, sttCol: number, reader: RowReader): number | null {
  const v = grid.values[r + 1 - grid.top]?.[sttCol - grid.left];
  if (v === null || v === undefined || v === '') return null;
  const token = reader.stt(cleanText(String(v)));
  return token.style === 'none' || token.style === 'roman' || token.style === 'part' ? null : token.rank;
}

/** The table's own rows hidden on the sheet, when there are any. */
function hiddenIn(hidden: readonly number[] | undefined, byRow: RowMap<TableRow>): { hiddenRows?: number[] } {
  const own = hidden ? hidden.filter((r) => byRow.get(r) !== undefined) : [];
  return own.length ? { hiddenRows: own } : {};
}

/** The cells of the table's own rows with a formula and no saved result, when there are any. */
function uncalculatedIn(cells: readonly CellAt[], byRow: RowMap<TableRow>): { uncalculated?: CellAt[] } {
  const own = cells.filter((c) => byRow.get(c.row) !== undefined);
  return own.length ? { uncalculated: own } : {};
}

/** The total column is a yearly figure ("Kinh phí/năm", "Kinh phí duy trì hằng năm"), no total beside it. */
function yearlyRateTotal(band: Pick<HeaderBand, 'columnInfo' | 'columns'>): boolean {
  const total = band.columnInfo.find((c) => c.col === band.columns.total);
  return total !== undefined && isYearlyRate(total);
}

/** Reads the body of one table: the rows after its band, up to the next table or a long gap. */
function readBody(grid: Grid, band: HeaderBand, layout: TableLayout, unit: MoneyUnit, period: Period | null, boxes: readonly MergeBox[], width: number): Body {
  // "Kinh phí/năm" as a plan's only money over several years: each figure is money a year.
  const perYear = layout === 'plan' && period !== null && period.to > period.from && yearlyRateTotal(band);
  const reader = rowReader(grid, band, unit, period, boxes, perYear);
  const rows: TableRow[] = [];
  const gridEnd = grid.top + grid.values.length;
  const billionths = new CellBillionths(band.moneyColumns.length, gridEnd - (band.numberRow ?? band.end) - 1);
  const stack: { rank: number; row: TableRow }[] = [];
  const sttCol = band.columns.stt;
  let blankRun = 0;
  let romanSeen = 0;
  let partSeen = 0;
  let nextBand: HeaderBand | null = null;
  let nextTitles = gridEnd;
  let place: string | null = null;
  // The first of the note lines since the last row kept (the next table's title lines are such lines).
  let notesFrom: number | null = null;
  // The "Trong đó" lines being read, if any.
  let ofWhich: OfWhich | null = null;
  const totals: TableRow[] = [];
  const bareTotals = new Set<TableRow>();
  // The Roman sections and parts read so far, and those a line of their own has closed.
  const heads: { row: TableRow }[] = [];
  let inWords: InWords | null = null;
  const closed = new Set<number>();
  // Whether the last line read was a page's carry line (isCarryLine).
  let carried = false;

  for (let r = (band.numberRow ?? band.end) + 1; r < gridEnd; r++) {
    const row = reader.read(r);
    if (!row) {
      if (++blankRun >= MAX_BLANK_RUN) break;
      continue;
    }
    blankRun = 0;
    // A header inside the body: printed again on a new page (skipped), or the next table's. The
    // same header after the total, or under title lines ("PHỤ LỤC II", "Đơn vị tính: …"), opens the
    // next table of the same shape; a page's repeat comes between items.
    if (sttCol !== null && row.stt.length <= 12 && /^[sStT]/.test(row.stt) && /^(stt|tt|so thu tu|so tt)$/.test(labelOf(row.stt))) {
      // A header after a page's carry line is that page's repeat, whatever stood above the line.
      const afterEnd = !carried && (notesFrom !== null || (rows.length > 0 && rows[rows.length - 1].kind === 'total'));
      if (!afterEnd && isHeaderRepeat(grid, r, band)) {
        const again = readBand(grid, r, boxes, width);
        r = again ? (again.numberRow ?? again.end) : r;
        continue;
      }
      const next = readBand(grid, r, boxes, width);
      if (next) {
        nextBand = next;
        nextTitles = notesFrom !== null ? Math.max(notesFrom, next.top - TITLE_LOOKBACK) : r;
        break;
      }
    }
    nameTheRow(row, sttCol !== null && layout !== 'survey');
    // A printed page's carry lines ("Chuyển sang trang sau", "Trang trước chuyển sang"): the
    // running total moved between pages, neither an item nor a total of the table's own.
    if (isCarryLine(row.name)) {
      carried = true;
      continue;
    }
    carried = false;
    // "Trong đó:" opens the lines of what the row above is made of (of-which.ts).
    if (!row.stt && layout !== 'survey' && isOfWhichName(row.name)) {
      ofWhich?.apply();
      ofWhich = new OfWhich(rows.length ? rows[rows.length - 1] : null);
      ofWhich.add(row);
      continue;
    }

    // A line whose STT cell is empty and whose name opens with a bullet ("- Thiết bị") is numbered
    // by the bullet, as a "-" in that cell would number it: the lines under an item are siblings.
    let token = partAfter(sttCol !== null && layout !== 'survey' ? lineToken(row.stt, row.name, reader.stt) : reader.stt(row.stt), partSeen);
    // Each part numbers its Roman sections from I again.
    if (token.style === 'part') {
      partSeen = token.parts[0];
      romanSeen = 0;
    }
    // An "I" after the sections have begun is a "1" typed wrong (STT_SEQUENCE reports it); read
    // it as a number so the tree, and every subtotal above it, stays right.
    if (token.style === 'roman') {
      if (token.parts[0] === 1 && romanSeen >= 1) token = { text: token.text, style: 'arabic', rank: 1, parts: [1] };
      else romanSeen = token.parts[0];
    }
    const total = (token.style === 'none' || token.style === 'other') && isTotalName(row.name);
    const unnumbered = !total && (token.style === 'none' || token.style === 'dash' || token.style === 'plus');
    if (ofWhich) {
      // Its unnumbered lines ("- NSTW | 4.000"); a numbered row or a total ends them.
      if (unnumbered && (!ofWhich.sourcesOnly || isSourceLine(row.name))) {
        ofWhich.add(row);
        continue;
      }
      ofWhich.apply();
      ofWhich = null;
    }
    // "- Ngân sách trung ương | 20.000" right under an item or a total, without "Trong đó:": its
    // money by source said again (of-which.ts), not a part of it.
    const above = rows.length ? rows[rows.length - 1] : undefined;
    if (unnumbered && layout !== 'survey' && row.amount && above && (above.kind === 'item' || above.kind === 'total') && isSourceLine(row.name)) {
      ofWhich = new OfWhich(above, true);
      ofWhich.add(row);
      continue;
    }
    // A line of words alone, not numbered as an item: a note ("Ghi chú: …", "(mua sắm thiết bị)")
    // or a bullet of what the item above covers ("- Phần mềm") with no money in any column. It is
    // no item of its own (no amount is missing) and does not make the row above a section (whose
    // items would then add up to 0 against its amount). A survey's rows without STT are its items.
    // "(Bằng chữ: Một tỷ chín trăm triệu đồng)" is such a line, kept as the total in words (rules/in-words.ts).
    if (!total && NOTE_STYLES.has(token.style) && row.cells.every(holdsNothing)) {
      const said: InWords | null = inWords === null ? wordsLine(row, band) : null;
      if (said !== null) inWords = said;
      if (said !== null || layout !== 'survey') {
        if (notesFrom === null) notesFrom = r;
        continue;
      }
    }
    notesFrom = null;
    if (total) {
      row.kind = 'total';
      // "Tổng cộng: 1.900 triệu đồng" in the name cell, the money cells empty: that is its amount.
      const stated = band.columns.name !== null && row.cells.every(holdsNothing) ? amountInName(row.name, unit) : null;
      if (stated !== null) {
        row.amount = stated;
        row.statedIn = band.columns.name as number;
      }
    }
    // A survey's later rows of one province leave the place blank: they are still that province's.
    if (row.place) place = row.place;
    else if (layout === 'survey' && !total) row.place = place;
    rows.push(row);
    billionths.push(reader.numbers);
    // "Cộng trang", "Cộng trang 1": a page's sum; a header right under it repeats on the next page.
    if (total && /^cong trang\b/.test(fold(row.name))) carried = true;
    if (total) {
      // A section's own line ("Cộng I") closes that section and what is open inside it; a line
      // of the whole table closes everything.
      const line = totalLine(row.name);
      const at = closedSection(line, stack);
      if (at >= 0) {
        row.totalOf = stack[at].row.row;
        if (line.of === 'bare') bareTotals.add(row);
      } else if (line.of === 'named') {
        // "Cộng I", "Cộng II" gathered after every section, before the grand total: each is its
        // named section's line, when that section has none yet.
        const open = heads.filter((h) => !closed.has(h.row.row));
        const gathered = closedSection(line, open);
        if (gathered >= 0) row.totalOf = open[gathered].row.row;
      }
      if (row.totalOf !== undefined) closed.add(row.totalOf);
      totals.push(row);
      stack.length = Math.max(at, 0);
      continue;
    }
    // One project on two lines under its merged name: the second line is its money from another
    // source, an item beside the first (named as it), not a breakdown of it.
    const lineOf = token.style === 'none' ? reader.lineOf(r) : undefined;
    const top = stack.length ? stack[stack.length - 1] : undefined;
    let rank: number;
    let below: number | null;
    if (lineOf !== undefined && top !== undefined && (top.row.row === lineOf || top.row.lineOf === lineOf) && top.row.kind === 'item') {
      rank = top.rank;
      row.lineOf = lineOf;
      if (!row.name) row.name = top.row.name;
    } else if (token.style !== 'none') rank = token.rank;
    else if (layout === 'survey') rank = stack.length ? stack[stack.length - 1].rank : 1; // a continuation row: a sibling
    // A plan with no STT column at all lists its items one under another: none is a breakdown of
    // the row above but a bullet ("- Thiết bị", "+ Lắp đặt"). A bold row heads the rows under
    // it, up to the next bold one.
    else if (sttCol === null) rank = bulletIn(row.name) !== null ? 2 : row.bold ? 0 : 1;
    // A bold row with no number right above numbered items ("Sở Y tế" over "1", "2"): it heads
    // them, up to the next such row, as a section one step above them would.
    else if (row.bold && row.name && (below = numberedBelow(grid, r, sttCol, reader)) !== null) rank = below - 0.5;
    else rank = stack.length ? stack[stack.length - 1].rank + 1 : 1; // a note line with money: a child
    while (stack.length && stack[stack.length - 1].rank >= rank) stack.pop();
    const parent = stack.length ? stack[stack.length - 1].row : null;
    if (parent) {
      row.parentRow = parent.row;
      row.level = parent.level + 1;
      if (parent.children.length === 0) parent.children = [r];
      else parent.children.push(r);
      parent.kind = 'section';
    }
    if (token.style === 'roman' || token.style === 'part') {
      row.kind = 'section';
      heads.push({ row });
    }
    stack.push({ rank, row });
  }

  ofWhich?.apply();
  // The next table's title lines ("PHỤ LỤC III", its period, its unit) are not this body's rows.
  if (nextBand) {
    while (rows.length && rows[rows.length - 1].row >= nextBand.top - TITLE_LOOKBACK && isTitleLike(rows[rows.length - 1])) {
      const dropped = rows.pop() as TableRow;
      billionths.pop();
      nextTitles = dropped.row;
      detach(rows, dropped);
    }
  }
  if (layout !== 'survey') dropRecap(rows, billionths);
  keepDescribedItems(rows);
  return { rows, lastRow: rows.length ? rows[rows.length - 1].row : band.end, nextBand, nextTitles, billionths, totals, bareTotals, uncalculated: reader.uncalculated, inWords };
}

/**
 * An item with an amount whose numbered lines below carry no money anywhere ("1.1 Hạng mục phần
 * cứng", "1.2 Hạng mục phần mềm" under a project of 500) is described by them, not made of them:
 * it stays an item, so its amount counts in the totals (as a section it would count its lines'
 * 0) and no subtotal of 0 is held against it. A Roman section is a section whatever its lines hold.
 */
function keepDescribedItems(rows: readonly TableRow[]): void {
  // Rows with money in some row below them, found from the bottom up (a row's lines follow it).
  const moneyBelow = new Set<number>();
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i];
    if (row.parentRow !== null && (moneyBelow.has(row.row) || !row.cells.every(holdsNothing))) moneyBelow.add(row.parentRow);
  }
  for (const row of rows) {
    if (row.kind === 'section' && !moneyBelow.has(row.row) && !row.cells.every(holdsNothing) && !isSectionNumbered(row)) row.kind = 'item';
  }
}

/**
 * Unnumbered lines that end the table under its grand total recap it ("Trong đó: Hạ tầng 150",
 * "Ứng dụng 70"): a summary of the sections above, not more items (each was counted twice).
 * Lines followed by another total ("Dự phòng" between "Cộng" and "Tổng cộng") are not a recap.
 */
function dropRecap(rows: TableRow[], billionths: CellBillionths): void {
  let last = rows.length - 1;
  while (last >= 0 && rows[last].kind !== 'total') {
    if (rows[last].stt) return;
    last--;
  }
  if (last <= 0 || last === rows.length - 1 || rows[last].totalOf !== undefined) return;
  // Lines that each name a source ("- NSTW | 4.000") recap the total by source (of-which.ts).
  const recap = new OfWhich(rows[last]);
  for (let at = last + 1; at < rows.length; at++) recap.add(rows[at]);
  if (rows[last].recap === undefined) recap.apply();
  while (rows.length - 1 > last) {
    const dropped = rows.pop() as TableRow;
    billionths.pop();
    detach(rows, dropped);
  }
}

// A total naming several tables: "Phụ lục I + Phụ lục II", "PL I + PL II", "Biểu 1 + Biểu 2", "các phụ lục".
const SHEET_TOTAL = /\b(?:phu luc|pl|bieu|bang) ?[ivxlc\d]+\b[^+]*\+|\bcac (?:phu luc|bieu|bang)\b/;

/** The body's last row when it totals this table and those above it; taken off the body. */
function takeSheetTotal(body: Body): { row: number; stated: Decimal | null } | null {
  const last = body.rows[body.rows.length - 1];
  if (!last || last.kind !== 'total' || !SHEET_TOTAL.test(fold(last.name))) return null;
  body.rows.pop();
  body.billionths.pop();
  const at = body.totals.indexOf(last);
  if (at >= 0) body.totals.splice(at, 1);
  return { row: last.row, stated: last.amount };
}

function detach(rows: readonly TableRow[], dropped: TableRow): void {
  if (dropped.parentRow === null) return;
  const parent = rows.find((x) => x.row === dropped.parentRow);
  if (!parent) return;
  parent.children = parent.children.filter((c) => c !== dropped.row);
  if (parent.children.length === 0 && parent.kind === 'section' && !isSectionNumbered(parent)) parent.kind = 'item';
}


/**
 * Fills `computed` on sections (sum of their leaves) and totals (sum of all items; a section's own
 * line, its section's sum), and the same per money column in `computedCells`. Bottom-up: children
 * come after their parent, so walking the rows backwards finishes every section before the one
 * above it needs it; each item is added once.
 */
export function computeSubtotals(table: Table): void {
  // The total column is checked through `computed` (effectiveTotal reads rates per year); every
  // other money column cell by cell.
  // A column of money a year ("Kinh phí/năm") is added up as written too: its sections state a year's money.
  const columns: number[] = [];
  const yearly = yearlyRateTotal(table);
  table.moneyColumns.forEach((m, k) => { if (m.col !== table.columns.total || yearly) columns.push(k); });
  const n = table.moneyColumns.length;
  interface Sums { value: ExactSum; cells: ExactSum[] }
  const newSums = (): Sums => ({ value: new ExactSum(), cells: Array.from({ length: n }, () => new ExactSum()) });
  const byParent = new Map<number, Sums>();
  const sumsOf = (row: number): Sums => {
    let into = byParent.get(row);
    if (!into) {
      into = newSums();
      byParent.set(row, into);
    }
    return into;
  };
  const valuesOf = (into: readonly ExactSum[]): (Decimal | null)[] => into.map((s) => (s.isEmpty() ? null : s.value()));
  // The grand total adds the top rows only: a section's value is already its items' sum.
  const top = newSums();
  // Siblings stand together: the parent's sums are looked up once per run of them.
  let lastParent: number | null = null;
  let into = top;
  // An item's cells are added from their numbers (cell-billionths.ts); a cell is read only when
  // its number says to. The amount read from the total cell is that cell's value.
  const numbers = cellBillionths(table.rows);
  const data = numbers ? numbers.data : null;
  const totalIdx = totalIndex(table.moneyColumns, table.columns.total);
  for (let i = table.rows.length - 1; i >= 0; i--) {
    const row = table.rows[i];
    if (row.kind === 'total') continue;
    const parent = row.parentRow;
    if (parent !== lastParent) {
      into = parent === null ? top : sumsOf(parent);
      lastParent = parent;
    }
    let value: Decimal | null;
    if (row.kind === 'item') {
      value = effectiveTotal(row);
      if (data) {
        const at = i * n;
        for (const k of columns) {
          const b = data[at + k];
          if (b === NO_CELL) continue;
          if (b === b) into.cells[k].addBillionths(b);
          else if (row.cells[k].value) into.cells[k].add(row.cells[k].value as Decimal);
        }
        if (value && value === row.amount && row.amountFrom === 'cell' && totalIdx >= 0) {
          const b = data[at + totalIdx];
          if (b === b && b !== NO_CELL) {
            into.value.addBillionths(b);
            continue;
          }
        }
      } else {
        const cells = row.cells;
        for (const k of columns) {
          const cell = cells[k];
          if (cell.value) into.cells[k].addCell(cell);
        }
      }
    } else {
      const own = sumsOf(row.row);
      value = own.value.value();
      row.computed = value;
      const ownCells = valuesOf(own.cells);
      row.computedCells = ownCells;
      for (const k of columns) {
        const v = ownCells[k];
        if (v) into.cells[k].add(v);
      }
    }
    if (value) into.value.add(value);
  }
  const all = top.value.value();
  const allCells = valuesOf(top.cells);
  for (let rowAt = 0; rowAt < table.rows.length; rowAt++) {
    const row = table.rows[rowAt];
    if (row.kind !== 'total') continue;
    // A section's own line adds up what its section does: the same items, never the line twice.
    const section = row.totalOf !== undefined ? table.byRow.get(row.totalOf) : undefined;
    row.computed = section ? section.computed : all;
    row.computedCells = section ? section.computedCells : allCells;
  }
  runningTotals(table, columns);
}

/**
 * A total under some rows and above another total ("Cộng 200" before "Dự phòng 10" and "Tổng
 * cộng 210", or each group's "Cộng" before "Tổng cộng") adds the rows above it: those since the
 * total before it when that is what it states, else every row above. A total on top (nothing
 * above it) and the last one add every row.
 */
function runningTotals(table: Table, columns: readonly number[]): void {
  const rows = table.rows;
  const first = rows.findIndex((r) => r.kind !== 'total');
  if (first < 0) return;
  let grand = -1;
  for (let i = rows.length - 1; i > first && grand < 0; i--) if (rows[i].kind === 'total' && rows[i].totalOf === undefined) grand = i;
  // One walk down: the top rows above the line so far, and those since the last running line.
  const n = table.moneyColumns.length;
  const above = new TopSums(n);
  let recent: TopSums | null = null;
  let since = first;
  for (let i = 0; i < grand; i++) {
    const row = rows[i];
    if (row.kind !== 'total') {
      if (row.parentRow !== null) continue;
      above.add(row, columns);
      recent?.add(row, columns);
      continue;
    }
    if (i < first || row.totalOf !== undefined) continue;
    // The reading nearer to what the line states: equal when it is right, and when it is wrong
    // the finding's expected sum is the one its writer most likely meant.
    const all = above.value();
    const lately = recent ? recent.value() : null;
    const off = (v: Decimal | null): Decimal | null => (row.amount && v ? v.minus(row.amount).abs() : null);
    const offLately = off(lately);
    const offAll = off(all);
    const useRecent = recent !== null && offLately !== null && (offAll === null || offLately.lt(offAll));
    row.computed = useRecent ? lately : all;
    row.computedCells = (useRecent ? (recent as TopSums) : above).cells(columns);
    row.addsFrom = rows[useRecent ? since : first].row;
    recent = new TopSums(n);
    since = i + 1;
  }
}

/** The running sums of top rows (no parent, no total): their amounts and each money column. */
class TopSums {
  private readonly amount = new ExactSum();
  private readonly byColumn: ExactSum[];

  constructor(width: number) {
    this.byColumn = Array.from({ length: width }, () => new ExactSum());
  }

  add(row: TableRow, columns: readonly number[]): void {
    const v = row.kind === 'item' ? effectiveTotal(row) : row.computed;
    if (v) this.amount.add(v);
    for (const k of columns) {
      const c = row.kind === 'item' ? row.cells[k].value : row.computedCells?.[k] ?? null;
      if (c) this.byColumn[k].add(c);
    }
  }

  value(): Decimal | null {
    return this.amount.isEmpty() ? null : this.amount.value();
  }

  cells(columns: readonly number[]): (Decimal | null)[] {
    const out: (Decimal | null)[] = this.byColumn.map(() => null);
    for (const k of columns) if (!this.byColumn[k].isEmpty()) out[k] = this.byColumn[k].value();
    return out;
  }
}

/** A table with a place column, or a system column and no project names, lists units × systems. */
function layoutOf(band: HeaderBand): TableLayout {
  const c = band.columns;
  if (c.place !== null) return 'survey';
  if (c.system !== null && c.name === null && c.mode !== null) return 'survey';
  return 'plan';
}

/**
 * A row's amount in a table without a total column is the sum of its part cells (years, or
 * invest and lease: table.sums): the group's kind and the columns of those parts that hold money,
 * when the row's amount came from them; else null.
 */
export function amountParts(table: Table, row: TableRow): { kind: ColumnSum['kind']; cols: number[] } | null {
  if (row.amountFrom !== 'columns' || table.columns.total !== null) return null;
  const group = table.sums.find((s) => s.total === null);
  if (!group) return null;
  const cols = group.parts.filter((c) => row.cells[table.moneyColumns.findIndex((m) => m.col === c)]?.value);
  return cols.length ? { kind: group.kind, cols } : null;
}

/** The amount of a row that has none of its own: the sum of its year (else source, type) cells. */
function deriveAmounts(rows: readonly TableRow[], band: HeaderBand): void {
  const indexOf = new Map(band.moneyColumns.map((m, k) => [m.col, k]));
  const groups = band.sums.map((s) => s.parts.map((c) => indexOf.get(c) as number));
  if (groups.length === 0) return;
  const noTotal = band.columns.total === null;
  const yearly = noTotal ? yearlyParts(band.moneyColumns, band.sums) : null;
  for (let rowAt = 0; rowAt < rows.length; rowAt++) {
    const row = rows[rowAt];
    if (row.amount || row.amountText) continue;
    if (!noTotal && row.kind !== 'item') continue;
    // Money a year among the parts ("Kinh phí thuê hằng năm"): a rate, not a sum (yearly-parts.ts).
    if (yearly && row.kind === 'item' && deriveYearly(row, yearly)) continue;
    for (const g of groups) {
      const s = sumCells(row.cells, g);
      if (s) {
        row.amount = s;
        // Its amountPer is already 'total': a row without amount text has no reading.
        row.amountFrom = 'columns';
        break;
      }
    }
  }
}

/**
 * Where a table's header stands on a sheet that has no table with rows ("KH!A3:E3": a template
 * not filled in yet), so the user is told the table is empty rather than not found; else null.
 */
export function emptyHeader(grid: Grid): string | null {
  const width = colCount(grid);
  if (width === 0) return null;
  const band = findBand(grid, grid.top, mergeBoxes(grid), width, false);
  return band ? `${grid.sheet}!${address(band.top, grid.left)}:${columnLetter(band.right)}${band.numberRow ?? band.end}` : null;
}

/** Every table in one sheet's grid. */
export function readTables(grid: Grid, options: TableOptions): Table[] {
  const tables: Table[] = [];
  const width = colCount(grid);
  if (width === 0) return tables;
  const boxes = mergeBoxes(grid);
  let previousEnd = grid.top - 1;
  let from = grid.top;
  let inherited: { unit: MoneyUnit | null; period: Period | null } = { unit: null, period: null };
  let band = findBand(grid, from, boxes, width);
  while (band) {
    const titles = readTitles(grid, band, previousEnd);
    // "Dự kiến năm N+1 | N+2 | N+3" in a plan of 2027-2029: the years they are, N from the stated
    // period (the sheet's, for a second table under the first's title).
    const namedPeriod = options.period ?? titles.period ?? inherited.period;
    const budgetYear = namedPeriod ? budgetYearBase(band.columnInfo, namedPeriod) : null;
    if (budgetYear !== null) band = readBand(grid, band.top, boxes, width, true, budgetYear) ?? band;
    // A second table on a sheet without its own unit or period line shares the first's.
    let unit = options.unit ?? titles.unit ?? inherited.unit ?? UNSTATED_UNIT;
    // Years named from N have the period they were read by, not the first year's alone.
    const period = options.period ?? titles.period ?? (budgetYear !== null ? namedPeriod : null) ?? columnPeriod(band) ?? inherited.period;
    // A document of one year: its money is the column of that year (header.amountOfYear).
    if (period && period.from === period.to && titles.period) band = amountOfYear(band, period.from);
    // A year column beside the total that covers only part of the period the title states.
    const statedPeriod = options.period ?? titles.period;
    if (statedPeriod) band = yearsOfPeriod(partialYears(countedYears(band, statedPeriod), statedPeriod), statedPeriod);
    const layout = layoutOf(band);
    let body = readBody(grid, band, layout, unit, period, boxes, width);
    // No unit stated anywhere and every figure too big for triệu đồng: typed in đồng (unit-guess.ts).
    const inDong = options.unit ?? titles.unit ?? inherited.unit ? null : figuresInDong(body.rows);
    if (inDong) {
      unit = 'đồng';
      body = readBody(grid, band, layout, unit, period, boxes, width);
    }
    // "TỔNG CỘNG (PHỤ LỤC I + PHỤ LỤC II)" under the second table: the total of the sheet's tables,
    // no row of this one (checked against them in across-tables.ts).
    const sheetTotal = tables.length > 0 ? takeSheetTotal(body) : null;
    const { rows } = body;
    const lastRow = sheetTotal ? (rows.length ? rows[rows.length - 1].row : band.end) : body.lastRow;
    // A table of indicators (counts and shares, each row in its own unit) is no budget table.
    if (rows.length > 0 && layout === 'plan' && isIndicatorTable(grid, band, rows)) {
      previousEnd = lastRow;
    } else if (rows.length > 0) {
      // A Roman row with money but nothing under it is an item that happens to be numbered I, II.
      for (let rowAt = 0; rowAt < rows.length; rowAt++) {
        const r = rows[rowAt];
        if (r.kind === 'section' && r.children.length === 0 && r.amount) r.kind = 'item';
      }
      deriveAmounts(rows, band);
      keepBillionths(rows, body.billionths);
      const byRow = RowMap.ofRows(rows);
      const fromTitle = titleSources(titles.titles, band.columnInfo);
      if (body.totals.length) resolveSectionTotals(body.totals, body.bareTotals, byRow);
      tables.push({
        sheet: grid.sheet,
        range: `${address(band.top, grid.left)}:${columnLetter(band.right)}${lastRow}`,
        headerRow: band.top,
        headerEnd: band.end,
        layout,
        lastRow,
        columns: band.columns,
        columnInfo: band.columnInfo,
        moneyColumns: band.moneyColumns,
        sums: band.sums,
        unit,
        period,
        formulasKnown: grid.formulas !== undefined,
        titles: titles.titles,
        ...(titles.unitConflict && !options.unit ? { unitConflict: titles.unitConflict } : {}),
        ...(inDong ? { unitAssumed: { smallest: inDong } } : {}),
        ...(uncalculatedIn(body.uncalculated, byRow)),
        ...(hiddenIn(grid.hiddenRows, byRow)),
        ...(band.share ? { share: band.share } : {}),
        ...(fromTitle ? { titleSources: fromTitle } : {}),
        ...(sheetTotal ? { sheetTotal } : {}),
        ...(body.inWords && body.inWords.row > lastRow ? { inWords: body.inWords } : {}),
        ...(withMethods(grid, band.columnInfo, rows)),
        rows,
        byRow,
      });
      inherited = { unit: titles.unit ?? inherited.unit, period: titles.period ?? inherited.period };
      previousEnd = body.nextBand ? body.nextTitles - 1 : lastRow;
    } else {
      previousEnd = band.end;
    }
    if (body.nextBand) {
      band = body.nextBand;
      continue;
    }
    from = Math.max(lastRow, band.numberRow ?? band.end) + 1;
    band = findBand(grid, from, boxes, width);
  }
  return tables;
}

/** The year an amount column is for ("Kế hoạch vốn năm 2026", columns.ts), as the table's period when no title names one. */
function columnPeriod(band: HeaderBand): Period | null {
  const year = amountColumnYear(band);
  return year === null ? null : { from: year, to: year };
}

/** A cost breakdown's symbols and methods ("Ký hiệu | Cách tính"), when the table has both columns. */
function withMethods(grid: Grid, infos: readonly ColumnInfo[], rows: readonly TableRow[]): { methods?: Map<number, { symbol: string; method: string }> } {
  const methods = readMethods(grid, infos, rows);
  return methods ? { methods } : {};
}
