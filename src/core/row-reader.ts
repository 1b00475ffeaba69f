// Reading one body row of a table into the model: every money column's cell, the year columns
// as the row's money per year, the source columns as its sources, the words (time, source text,
// mode), the place and system. Each column is read once per row; rules never go back to the grid.
// Plans repeat the same texts on thousands of rows ("NSĐP", "2021-2023", "Thuê VNPT", "1.000"):
// each distinct text is read once per table and the (never mutated) reading shared.
import { numberToDecimal, readAmountCell } from './cell-amount';
import { cellNumber, NO_CELL, totalIndex } from './cell-billionths';
import { YearColumns } from './cell-years';
import { durationUnit, isAdjustment, isDecisionColumn, isDifference, isRemarks } from './columns';
import { compactDigits, ZERO } from './decimal';
import type { Decimal } from './decimal';
import { ExactSum, smallBillionths } from './exact';
import { memo } from './memo';
import { CellValue, Grid } from './grid';
import type { HeaderBand, MergeBox } from './header';
import type { CellAt, ColumnInfo, ColumnSum, MoneyCell, TableRow } from './model';
import { leaseNote, opensWithLease, parseMode } from './mode';
import { NumberCell } from './number-cell';
import { NumberMemo } from './number-memo';
import { parseMoney } from './money';
import { parseSources } from './sources';
import { isSourceName } from './section-sources';
import { ReadRow, rowFlags } from './read-row';
import { splitParts } from './source-split';
import type { SplitPart } from './source-split';
import type { RowWords } from './read-row';
import { readStt, SttToken } from './stt';
import { cleanText } from './text';
import { parseDuration, parseTime, spanText, yearsText } from './time';
import type { ModeReading, MoneyUnit, Period, SourceCode, SourcePart, SpendingType, TimeReading } from './types';

/** The children of a row that has none (table.ts gives a parent its own list), never mutated. */
const NO_CHILDREN: number[] = [];

/** The years of a row without year cells, shared by all of them: never mutated. */
const NO_YEARS = new Map<number, Decimal>();

/** The sources of a row without source words, shared by all of them: never mutated. */
const NO_PARTS: SourcePart[] = [];

export const EMPTY_CELL: MoneyCell = Object.freeze({ text: '', value: null, reading: null, isNumber: false, formula: null, billionths: NaN });

const listOf = (c: MoneyCell): MoneyCell[] => [c];

/** "- 200", "– 1.500": a minus, spaced, before a figure and nothing else (a signed column's cut). */
const SPACED_MINUS = /^[-\u2010-\u2015\u2212]\s+(\d[\d.,]*)$/;

/** "x" / "X" in a money cell of a form: the item does not apply, like "-". */
const NOT_APPLICABLE = /^[xX]$/;

interface Memo<T> {
  get(key: string): T;
}

/** `read` of each distinct text once per table. */
function textMemo<T>(read: (key: string) => T): Memo<T> {
  const cache = new Map<string, T>();
  return { get: (key) => memo(cache, key, read) };
}

function textOf(v: CellValue | undefined): string {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'string') return cleanText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** What a row reader needs, prepared once per table. */
export interface RowReader {
  /** The row's cells read into a TableRow (tree fields left for the table builder), or null for an empty row. */
  read(row: number): TableRow | null;
  stt(text: string): SttToken;
  /** The numbers of the money cells of the row read last (cell-billionths.ts), overwritten by the next. */
  numbers: Float64Array;
  /** Money cells read so far that hold a formula but no saved result ("D6"): the file was never calculated. */
  uncalculated: CellAt[];
  /** The row whose name is merged down over this one (one project on two lines, one per source), else undefined. */
  lineOf(row: number): number | undefined;
}

/** Body rows whose name cell is covered by a merge begun on a row above: row → that row. */
function mergedNames(band: HeaderBand, boxes: readonly MergeBox[]): Map<number, number> {
  const out = new Map<number, number>();
  const name = band.columns.name;
  if (name === null) return out;
  const bodyTop = (band.numberRow ?? band.end) + 1;
  for (const b of boxes) {
    if (b.top < bodyTop || b.bottom === b.top || name < b.left || name > b.right) continue;
    for (let r = b.top + 1; r <= b.bottom; r++) out.set(r, b.top);
  }
  return out;
}

/**
 * Words merged down over several rows of the body (one "NSĐP (Vốn đầu tư)" or "2021-2025" for a
 * group of items, a province over its systems) belong to every row they cover: the text each
 * covered cell shows, by "row|column". Money merged over rows is one amount, not one per row.
 */
function mergedWords(grid: Grid, band: HeaderBand, boxes: readonly MergeBox[]): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  const c = band.columns;
  const wordCols = [c.time, c.source, c.place, c.owner, c.mode, c.system].filter((x): x is number => x !== null);
  const bodyTop = (band.numberRow ?? band.end) + 1;
  for (const b of boxes) {
    if (b.top < bodyTop || b.bottom === b.top) continue;
    const value = grid.values[b.top - grid.top]?.[b.left - grid.left] ?? null;
    if (value === null || value === '') continue;
    for (const col of wordCols) {
      if (col < b.left || col > b.right) continue;
      for (let r = b.top + 1; r <= b.bottom; r++) out.set(`${r}|${col}`, value);
    }
  }
  return out;
}

/**
 * The one source column beside the total that no sum counts ("Tổng kinh phí | Trong đó: NSTW hỗ
 * trợ"), by its index among the money columns; -1 when there is none or no total, -2 for several.
 */
export function loneSourceIndex(money: readonly ColumnInfo[], counted: ReadonlySet<number>, totalIdx: number): number {
  if (totalIdx < 0) return -1;
  let lone = -1;
  money.forEach((m, k) => {
    if (m.role === 'source' && !counted.has(m.col) && m.source !== null) lone = lone === -1 ? k : -2;
  });
  return lone;
}

export function rowReader(grid: Grid, band: HeaderBand, unit: MoneyUnit, period: Period | null, boxes: readonly MergeBox[] = [], perYear = false): RowReader {
  const cols = band.columns;
  const money = band.moneyColumns;
  const totalIdx = totalIndex(money, cols.total);
  const yearIdx: number[] = [];
  const sourceIdx: number[] = [];
  const typeIdx: number[] = [];
  const counted = new Set(band.sums.flatMap((s) => s.parts));
  const matrixIdx: number[] = [];
  // A lone source column beside the total ("Trong đó: NSTW hỗ trợ"): that source's part of the row.
  const loneSource = loneSourceIndex(money, counted, totalIdx);
  money.forEach((m, k) => {
    if (isMatrixColumn(m, counted)) matrixIdx.push(k);
    if (isYearColumn(m, counted)) yearIdx.push(k);
    else if (m.role === 'source' && counted.has(m.col)) sourceIdx.push(k);
    else if (m.role === 'type' && counted.has(m.col)) typeIdx.push(k);
  });
  const ways = cols.mode === null ? spendingWays(money, totalIdx) : null;
  // Without a mode column (or mode money columns), "Thuê VNPT" in the remarks is the row's way of spending.
  const remarksCol = cols.mode === null && ways === null ? band.columnInfo.find(isRemarks)?.col ?? null : null;
  // Without a source column, a remark that names the row's sources and nothing else ("NSĐP", "Nguồn
  // NSTW hỗ trợ") is its source cell, as an auditor reads it; so is the source a name ends with, in
  // brackets or after a dash ("Nền tảng dữ liệu (vốn NSĐP)", "Hệ thống SOC - nguồn NSTW").
  const namedSources = cols.source === null && sourceIdx.length === 0 && typeIdx.length === 0 && !cols.sourceShares?.length;
  const noteCol = namedSources ? band.columnInfo.find(isRemarks)?.col ?? null : null;
  const noteSources = textMemo<string>((t) => (isSourceName(t) ? t : ''));
  const left = grid.left;
  // Each year once among the columns (nearly every form): a row's years are read through its cells.
  const yearColumns = YearColumns.of(money, yearIdx);

  const amountOf = (t: string): Decimal | null => parseMoney(t, { unit }).value;
  // "Thời gian thuê (năm)": a bare number there is a length, not a year.
  const schedule = cols.schedule ?? [];
  const lengthIn = cols.time !== null ? durationUnit(band.columnInfo.find((c) => c.col === cols.time) ?? { header: '' }) : null;
  const times = textMemo<TimeReading>((t) => (lengthIn !== null ? parseDuration(t, lengthIn, period) : null) ?? parseTime(t, period));
  const sources = textMemo((t) => parseSources(t, amountOf).parts);
  const modes = textMemo<ModeReading>((t) => parseMode(t));
  const stts = textMemo<SttToken>((t) => readStt(t));
  // Each distinct time, source text and mode once per table, shared by the rows that write them.
  const wordsBy = new Map<string, Map<string, Map<string, RowWords>>>();
  // `way`: the row's way of spending read from invest and lease columns (spendingWays), keyed by
  // its mode in place of a mode cell's text (such tables have no mode column).
  const wordsOf = (timeText: string, sourceText: string, modeText: string, way: ModeReading | null): RowWords => {
    let bySource = wordsBy.get(timeText);
    if (bySource === undefined) wordsBy.set(timeText, (bySource = new Map()));
    let byMode = bySource.get(sourceText);
    if (byMode === undefined) bySource.set(sourceText, (byMode = new Map()));
    let words = byMode.get(modeText);
    if (words === undefined) {
      words = {
        total: totalIdx,
        timeText,
        time: cols.time !== null || schedule.length ? times.get(timeText) : null,
        sourceText,
        textParts: sourceText ? sources.get(sourceText) : NO_PARTS,
        mode: way ?? (!modeText ? null : cols.mode !== null ? modes.get(modeText) : leaseNote(modeText)),
      };
      byMode.set(modeText, words);
    }
    return words;
  };
  const textCells = textMemo<MoneyCell>((t) => textCell(t, unit));
  // A signed column (an adjustment "Điều chỉnh tăng/(giảm)", a difference "Chênh lệch"): "- 200"
  // there is a cut of 200, not a bullet before 200 as elsewhere (money/amounts.ts isSign).
  const signed = money.map((m) => isAdjustment(m) || isDifference(m));
  const signedCells = textMemo<MoneyCell>((t) => {
    const minus = SPACED_MINUS.exec(t);
    if (!minus) return textCell(t, unit);
    const cell = textCell(`-${minus[1]}`, unit);
    return { ...cell, text: t, reading: cell.reading && { ...cell.reading, input: t } };
  });
  const numberCells = new NumberMemo<NumberCell>();
  const numberCell = (v: number): NumberCell => NumberCell.make(String(v), numberToDecimal(v), unit);

  const uncalculated: CellAt[] = [];
  const cellAt = (values: readonly CellValue[], formulas: readonly (string | null)[] | undefined, k: number): MoneyCell => {
    const col = money[k].col;
    const v = values[col - left];
    const f = formulas?.[col - left] || null;
    let cell: MoneyCell;
    if (typeof v === 'number') {
      const c = numberCells.get(v, numberCell);
      return f ? c.withFormula(f) : c;
    } else if (typeof v === 'string') {
      const t = cleanText(v);
      cell = !t ? EMPTY_CELL : signed[k] ? signedCells.get(t) : textCells.get(t);
    } else {
      cell = EMPTY_CELL;
      // No value at all beside a formula (a formula's empty text result is '').
      if (f) uncalculated.push({ row: current, col });
    }
    return f ? { ...cell, formula: f } : cell;
  };

  // A detailed estimate's factor columns ("Số lượng", "Đơn giá"), read only when the table has
  // both kinds and a total to hold their product (rules/price.ts).
  const factorCols = factorColumns(band);
  // A figure beside the money, as written: a factor, or a percentage ("57,5%" is 57,5).
  const numberAt = (values: readonly CellValue[], col: number): Decimal | null => {
    const v = values[col - left] ?? null;
    return readAmountCell(typeof v === 'string' ? cleanText(v).replace(/\s*%$/, '') : v, unit)?.value ?? null;
  };

  // Each source's share in percent ("Cơ cấu nguồn vốn (%) / NSTW | NSĐP": 70 | 30), written as the
  // words a row would say it in ("NSTW 70%, NSĐP 30%"), which the source reader takes as shares of
  // the amount (amount-sources.ts). Shares typed as fractions (0,7 | 0,3, shown as 70%) add up to 1.
  const shareCols = (cols.sourceShares ?? []).map((col) => ({ col, code: band.columnInfo.find((c) => c.col === col)?.source ?? 'Chưa rõ' }));
  const sharesText = (values: readonly CellValue[]): string => {
    if (shareCols.length === 0) return '';
    const said: [string, Decimal][] = [];
    let sum = ZERO;
    for (const { col, code } of shareCols) {
      const v = numberAt(values, col);
      if (v === null || v.isZero()) continue;
      said.push([code, v]);
      sum = sum.plus(v);
    }
    const fractions = sum.lte(1);
    return said.map(([code, v]) => `${code} ${(fractions ? v.times(100) : v).toString().replace('.', ',')}%`).join(', ');
  };

  // A capital plan's decision column: a project that writes its decision has passed its procedure.
  const decisionCol = band.columnInfo.find(isDecisionColumn)?.col ?? null;
  // The percentage a row states beside its money ("Tỷ lệ giải ngân (%)": 57,5 or 0,575), as written.
  const shareCol = band.share?.col ?? null;

  const merged = mergedWords(grid, band, boxes);
  const names = mergedNames(band, boxes);
  let current = 0;
  const textAt = (values: readonly CellValue[], col: number | null): string => {
    if (col === null) return '';
    const v = values[col - left];
    if ((v === null || v === '' || v === undefined) && merged.size) return textOf(merged.get(`${current}|${col}`));
    return textOf(v);
  };

  // A source column's part is named by its header's last line ("NSTW").
  const leaves = money.map((m) => m.header.split(' / ').pop() as string);
  // Each cell's number is taken as the cell is read, so the year and source columns below and
  // the table's sums (cell-billionths.ts) do not go back to the cell objects for it.
  const numbers = new Float64Array(money.length);
  // The source part of each source column by its figure, for rows without source words.
  const columnPartMemo: (Map<Decimal, SourcePart> | undefined)[] = new Array(money.length).fill(undefined);
  // The list of money cells of the rows holding each cell, when the table has one money column:
  // never mutated (no rule or door writes a row's cells).
  const oneCell = new Map<MoneyCell, MoneyCell[]>();

  return {
    stt: (t) => stts.get(t),
    numbers,
    uncalculated,
    lineOf: (r) => (names.size ? names.get(r) : undefined),
    read(r: number): TableRow | null {
      const values = grid.values[r - grid.top];
      if (!values) return null;
      current = r;
      const formulas = grid.formulas?.[r - grid.top];
      let cells: MoneyCell[];
      let anyMoney = false;
      if (money.length === 1) {
        const c = cellAt(values, formulas, 0);
        numbers[0] = cellNumber(c);
        anyMoney = c.text !== '' || c.formula !== null;
        // A table with one money column: rows holding the same cell (one shared per figure or
        // text, number-memo.ts) share its list. A cell with a formula is made for its row alone.
        cells = c.formula === null ? memo(oneCell, c, listOf) : [c];
      } else {
        // Sized up front: a row's list holds exactly its money cells (no spare room per row).
        cells = new Array<MoneyCell>(money.length);
        for (let k = 0; k < money.length; k++) {
          const c = cellAt(values, formulas, k);
          cells[k] = c;
          numbers[k] = cellNumber(c);
          if (!anyMoney && (c.text || c.formula)) anyMoney = true;
        }
      }
      const sttText = textAt(values, cols.stt);
      const nameText = textAt(values, cols.name);
      const systemText = textAt(values, cols.system);
      const placeText = textAt(values, cols.place);
      if (!sttText && !nameText && !systemText && !placeText && !anyMoney) return null;

      const total = totalIdx >= 0 ? cells[totalIdx] : EMPTY_CELL;
      const way = ways ? ways.of(cells) : null;
      const modeText = way ? way.mode : cols.mode !== null ? textAt(values, cols.mode) : remarksCol !== null ? leaseRemark(textAt(values, remarksCol)) : '';
      // A time written as its two ends ("Bắt đầu | Hoàn thành") is read as one ("2026 - 2027").
      let timeText = cols.timeEnd == null ? textAt(values, cols.time) : spanText(textAt(values, cols.time), textAt(values, cols.timeEnd));
      // A schedule's marks ("x" under 2026 and 2027) when no time is written in words.
      if (!timeText && schedule.length) timeText = yearsText(schedule.filter((s) => textAt(values, s.col) !== '').map((s) => s.year));
      const noteText = noteCol !== null ? textAt(values, noteCol) : '';
      const sourceText = textAt(values, cols.source) || sharesText(values) || (noteText && noteSources.get(noteText)) || (namedSources && nameText ? nameSource(nameText) : '');
      const words = wordsOf(timeText, sourceText, modeText, way);

      // The row's money per year, from the year columns.
      let years: Map<number, Decimal> = NO_YEARS;
      if (yearColumns) {
        const at = yearColumns.at;
        let mask = 0;
        for (let j = 0; j < at.length; j++) if (nonZeroAt(numbers, cells, at[j])) mask |= 1 << j;
        if (mask) years = yearColumns.row(cells, mask);
      } else if (yearIdx.length) years = summedYears(yearIdx, numbers, cells, money);

      // Sources: the source columns when the row fills any, else the source words.
      const textParts = words.textParts;
      let parts: SourcePart[] = textParts;
      let sourcesFrom: TableRow['sourcesFrom'] = textParts.length ? 'text' : 'none';
      const columnParts = sourceIdx.length ? sourceIdx : typeIdx;
      if (columnParts.length) {
        // Counted first, so the list kept on the row is its exact size (a list grown by push
        // keeps room for 16, and a 100.000-row form keeps one per row).
        let filled = 0;
        for (const k of columnParts) if (nonZeroAt(numbers, cells, k)) filled++;
        const fromColumns = new Array<SourcePart>(filled);
        // A type the words name ("Vốn đầu tư"), when the column does not.
        const textType: SpendingType | null = textParts.length && textParts.every((p) => p.type === textParts[0].type) ? textParts[0].type : null;
        const textCode = wordsCode(textParts);
        let at = 0;
        for (const k of columnParts) {
          const v = nonZeroAt(numbers, cells, k);
          if (!v) continue;
          const info = money[k];
          if (textParts.length === 0) {
            // No words beside the columns (nearly every form): a column's part is the same for every
            // row that holds the same figure in it (figures are shared, number-memo.ts), and never
            // changed once made, so it is made once.
            const made = (columnPartMemo[k] ??= new Map<Decimal, SourcePart>());
            fromColumns[at++] = memo(made, v, (amount) => ({ code: info.source ?? textCode, type: info.type ?? textType, amount, text: leaves[k] }));
          } else fromColumns[at++] = { code: info.source ?? textCode, type: info.type ?? textType, amount: v, text: leaves[k] };
        }
        if (filled) {
          parts = fromColumns;
          sourcesFrom = 'columns';
        }
      } else if (loneSource >= 0 && textParts.length > 1) {
        // "NSTW, NSĐP" beside "Trong đó: NSTW hỗ trợ | 2.000" in a row of 5.000: NSTW 2.000, NSĐP the other 3.000.
        const split = splitByLoneSource(textParts, money[loneSource], nonZeroAt(numbers, cells, loneSource), total.value, leaves[loneSource]);
        if (split) parts = split;
      } else if (matrixIdx.length) {
        // Year × source cells ("Năm 2021 / NSTW"): each source's amount and its years as stated.
        // A year's types ("Năm 2026 / Tổng số | Vốn ĐTPT | Vốn SN") are of the source the words name.
        const textCode = wordsCode(textParts);
        const bySource = new Map<string, SourcePart & { years: Map<number, Decimal> }>();
        for (const k of matrixIdx) {
          const v = nonZeroAt(numbers, cells, k);
          if (!v) continue;
          const info = money[k];
          const key = `${info.source}|${info.type}`;
          let part = bySource.get(key);
          if (!part) {
            part = { code: info.source ?? textCode, type: info.type, amount: ZERO, text: leaves[k], years: new Map() };
            bySource.set(key, part);
          }
          part.amount = (part.amount as Decimal).plus(v);
          const y = info.year as number;
          part.years.set(y, (part.years.get(y) ?? ZERO).plus(v));
        }
        if (bySource.size) {
          parts = [...bySource.values()];
          sourcesFrom = 'columns';
        }
      }

      const name = nameText || systemText || placeText;
      // The row's bold flags fetched once for the three cells that make a row bold.
      const bold = grid.bold?.[r - grid.top];
      const isBold = bold !== undefined && (bold[cols.amount - left] === true || (cols.name !== null && bold[cols.name - left] === true) || (cols.stt !== null && bold[cols.stt - left] === true));
      // A literal for the reason NumberCell.make gives; the fields read-row.ts derives are not kept.
      const row = {
        __proto__: ReadRow.prototype,
        row: r,
        stt: sttText,
        parentRow: null,
        level: 0,
        name,
        amount: total.value,
        computed: null,
        allocation: NO_YEARS,
        years,
        place: placeText || null,
        system: systemText || null,
        sources: parts,
        children: NO_CHILDREN,
        cells,
        computedCells: null,
        flags: rowFlags(total, sourcesFrom, isBold, perYear),
        words,
      } as unknown as TableRow;
      if (factorCols.length) row.factors = factorCols.map((c) => numberAt(values, c));
      if (shareCol !== null) row.share = numberAt(values, shareCol);
      if (decisionCol !== null) row.decided = textAt(values, decisionCol) !== '';
      return row;
    },
  };
}

/** The one source a row's words name, for columns that name none ("Vốn ĐTPT"); 'Chưa rõ' for none or several. */
function wordsCode(parts: readonly SourcePart[]): SourceCode {
  return parts.length && parts.every((p) => p.code === parts[0].code) ? parts[0].code : 'Chưa rõ';
}

/** "… (vốn NSĐP)", "… - nguồn NSTW": a name's last words when they say whose money it is. */
const NAME_SOURCE = /(?:\(\s*([^()]{2,40}?)\s*\)|\s[-\u2013]\s+([^-\u2013()]{2,40}))\s*$/;

/** The source a name ends with (NAME_SOURCE), when it is a source and nothing else (isSourceName), or ''. */
function nameSource(name: string): string {
  const m = NAME_SOURCE.exec(name);
  const text = m ? (m[1] ?? m[2]).trim() : '';
  return text && isSourceName(text) ? text : '';
}

/** A remark that may say a lease ("Thuê …"), kept as the row's mode text; any other remark, ''. */
function leaseRemark(text: string): string {
  return opensWithLease(text) ? text : '';
}

/**
 * A row's way of spending read from its invest and lease money columns, for tables without a
 * "Tự đầu tư/Thuê" column: money only in lease columns is a lease, only in invest columns an
 * investment, in both mixed. Beside a total with no invest column, a lease short of the total is
 * mixed. The readings are made once per table and shared (never mutated).
 */
function spendingWays(money: readonly ColumnInfo[], totalIdx: number): { of(cells: readonly MoneyCell[]): ModeReading | null } | null {
  const invest: number[] = [];
  const lease: number[] = [];
  money.forEach((m, k) => {
    if (m.role === 'invest') invest.push(k);
    else if (m.role === 'lease') lease.push(k);
  });
  if (lease.length === 0) return null;
  const reading = (mode: ModeReading['mode'], at: readonly number[]): ModeReading => ({
    input: at.map((k) => money[k].header.split(' / ').pop() as string).join(' + '), mode, vendor: null,
  });
  const asLease = reading('lease', lease);
  const asInvest = invest.length ? reading('invest', invest) : null;
  const asMixed = reading('mixed', [...invest, ...lease].sort((a, b) => a - b));
  // The money in some of the row's columns (sumCells), or null when none of them holds any.
  const held = (cells: readonly MoneyCell[], at: readonly number[]): Decimal | null => {
    const sum = sumCells(cells, at);
    return sum && !sum.isZero() ? sum : null;
  };
  return {
    of(cells) {
      const leased = held(cells, lease);
      const invested = invest.length ? held(cells, invest) : null;
      if (leased && invested) return asMixed;
      if (invested) return asInvest;
      if (!leased) return null;
      if (invest.length || totalIdx < 0) return asLease;
      const total = cells[totalIdx].value;
      return total === null || leased.eq(total) ? asLease : asMixed;
    },
  };
}

/** A row's money per year when two year columns name one year: each year's cells added up, in year order. */
function summedYears(yearIdx: readonly number[], numbers: Float64Array, cells: readonly MoneyCell[], money: readonly ColumnInfo[]): Map<number, Decimal> {
  let years = NO_YEARS;
  // Year columns stand in order on nearly every form: sorted only when they do not.
  let ordered = true;
  let maxYear = -Infinity;
  for (const k of yearIdx) {
    const v = nonZeroAt(numbers, cells, k);
    if (!v) continue;
    const y = money[k].year as number;
    if (years === NO_YEARS) years = new Map();
    // A year above every year so far is not in the map yet.
    const before = y > maxYear ? undefined : years.get(y);
    if (before) years.set(y, before.plus(v));
    else {
      years.set(y, v);
      if (y < maxYear) ordered = false;
      else maxYear = y;
    }
  }
  if (!ordered) years = new Map([...years.entries()].sort((a, b) => a[0] - b[0]));
  return years;
}

/**
 * The factor columns of a detailed estimate (quantities and a unit price, left to right), when the
 * table has at least one of each and a total column; else none.
 */
export function factorColumns(band: { columnInfo: readonly ColumnInfo[]; columns: { total: number | null } }): number[] {
  const factors = band.columnInfo.filter((c) => c.role === 'quantity' || c.role === 'unitPrice');
  if (band.columns.total === null || !factors.some((c) => c.role === 'quantity') || !factors.some((c) => c.role === 'unitPrice')) return [];
  return factors.map((c) => c.col);
}

/**
 * A year × source column whose cells are one source's money in one year: "Năm 2021 / NSTW" among
 * the years, or under the year's own total ("Năm 2021 / Tổng số | NSTW | NSĐP", sums `yearSources`;
 * "Năm 2021 / Tổng số | Vốn ĐTPT | Vốn SN", sums `yearTypes`: one type's money in that year).
 */
export function isMatrixColumn(m: ColumnInfo, counted: ReadonlySet<number>): boolean {
  if (m.year === null || !counted.has(m.col)) return false;
  return m.role === 'year' ? m.source !== null || m.type !== null : m.role === 'other' && (m.source !== null || m.type !== null);
}

/** A year column whose cells are the row's money per year: one a column sum adds up. */
function isYearColumn(m: ColumnInfo, counted: ReadonlySet<number>): boolean {
  return m.role === 'year' && counted.has(m.col);
}

/** The money columns (indexes into a row's cells) that make up each row's `years`, left to right. */
export function yearIndexes(money: readonly ColumnInfo[], sums: readonly ColumnSum[]): number[] {
  const counted = new Set(sums.flatMap((s) => s.parts));
  const out: number[] = [];
  money.forEach((m, k) => { if (isYearColumn(m, counted)) out.push(k); });
  return out;
}

/** Cell k's amount unless it is none or zero, judged by its number when it has one (no Decimal read). */
function nonZeroAt(numbers: Float64Array, cells: readonly MoneyCell[], k: number): Decimal | null {
  const n = numbers[k];
  if (n === NO_CELL || n === 0) return null;
  if (n === n) return cells[k].value;
  const v = cells[k].value;
  return v === null || v.isZero() ? null : v;
}

function textCell(text: string, unit: MoneyUnit): MoneyCell {
  if (NOT_APPLICABLE.test(text)) {
    return {
      text, value: null, isNumber: false, formula: null, billionths: NaN,
      reading: { input: text, value: null, unit, per: 'total', unitExplicit: false, ambiguous: false, reason: null, notes: [], dash: true },
    };
  }
  const reading = readAmountCell(text, unit);
  // Kept by the cell (one per distinct text) for the whole check: cut to size (compactDigits).
  const value = reading?.value ? compactDigits(reading.value) : null;
  // A reading made by a guess keeps no billionths: the rules then read the cell itself, where the
  // guess is reported (AMOUNT_AMBIGUOUS); the sums add its value as any other.
  return { text, value, reading, isNumber: false, formula: null, billionths: value && !reading?.ambiguous ? smallBillionths(value) : NaN };
}

/** The sum of the row's cells at `indexes`, or null when none holds money. */
export function sumCells(cells: readonly MoneyCell[], indexes: readonly number[]): Decimal | null {
  const sum = new ExactSum();
  for (const k of indexes) if (cells[k].value) sum.addCell(cells[k]);
  return sum.isEmpty() ? null : sum.value();
}

/**
 * A row naming two sources ("NSTW, NSĐP") beside a lone column of one of them ("Trong đó: NSTW hỗ
 * trợ"): that column's figure is its source's part and the rest of the row's total the other's
 * (source-split.ts splitParts). Null when the words name other than exactly that source and one
 * more, or the figure is not a part of the total.
 */
function splitByLoneSource(textParts: readonly SourcePart[], column: ColumnInfo, part: Decimal | null, total: Decimal | null, text: string): SourcePart[] | null {
  if (!part || !total || part.gt(total) || textParts.some((p) => p.amount !== null)) return null;
  const codes = [...new Set(textParts.map((p) => p.code))];
  if (codes.length !== 2 || !codes.includes(column.source as SourceCode) || codes.includes('Chưa rõ')) return null;
  return splitParts(textParts, [{ code: column.source as SplitPart['code'], type: column.type, amount: part, text }], total);
}
