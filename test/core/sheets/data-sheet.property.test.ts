// The wide "NS Dữ liệu" against the pieces it lays out, over many generated plans: every SUMIFS
// the summary writes, evaluated here over the data sheet's cached values (an independent little
// SUMIFS: criteria columns compared by value, the sum range added with decimal.js), must give what
// adding up the breakdown's pieces directly gives (the old one-row-per-piece sheet's answer); where
// the plan is a tidy one (years and sources in words) also the figure the summary caches, the
// core's. And each row's "Cộng" must be its year and no-year cells added up. A cell put in the
// wrong year column or row, a row total that misses a cell, or a piece left out breaks one of these.
import fc from 'fast-check';
import { checkWorkbook, defaultSettings } from '../../../src/core/check';
import { Decimal, ZERO } from '../../../src/core/decimal';
import type { CellValue, Grid } from '../../../src/core/grid';
import type { PlanCell, SheetPlan } from '../../../src/core/sheetplan';
import { buildCheckSheets } from '../../../src/core/sheets';
import { breakdown } from '../../../src/core/sheets/breakdown';
import type { Piece } from '../../../src/core/sheets/breakdown';

const TIMES = ['2021-2023', 'Hàng năm', '2022', '2021, 2023', '2024 - 2025', 'Thực hiện 02 năm/lần', ''];
const SOURCES = ['NSĐP (Vốn đầu tư)', 'NSTW', 'Nguồn chi thường xuyên ngân sách tỉnh', '- NSĐP (Vốn đầu tư): 400; - Khác (XHH): 600', 'ODA, NSĐP', ''];

// Amounts built from integers (thousandths), so no float is involved in making them.
const money = fc.integer({ min: 0, max: 9_999_999 }).map((m) => m / 1000);
const amountCell = fc.oneof(
  money,
  fc.integer({ min: 1, max: 5000 }),
  fc.constantFrom('3.000 (600/năm)', '1.000', '2.500 (500/năm)', 'x'),
);

/** A plan with a total column and the years and sources in words (PL IV). */
const wordsPlan = fc.array(fc.tuple(amountCell, fc.constantFrom(...TIMES), fc.constantFrom(...SOURCES)), { minLength: 1, maxLength: 8 })
  .map((items): Grid => {
    const values: CellValue[][] = [
      ['Phụ lục IV', null, null, null, null],
      ['DANH MỤC DỰ ÁN GIAI ĐOẠN 2021 - 2025', null, null, null, null],
      ['Đơn vị tính: Triệu đồng', null, null, null, null],
      ['Số thứ tự', 'Tên dự án/nhiệm vụ', 'Thời gian triển khai', 'Tổng mức đầu tư', 'Nguồn vốn'],
      ['I', 'Dự án CNTT', null, null, null],
      ...items.map(([a, t, s], i) => [String(i + 1), `Nhiệm vụ ${i + 1}`, t || null, a, s || null]),
    ];
    const bold = values.map((_, r) => new Array<boolean>(5).fill(r === 3 || r === 4));
    return { sheet: 'PL IV', top: 1, left: 1, values, bold };
  });

/** Years 2021-2023 and NSTW/NSĐP in columns (Biểu 2): cells that may or may not add up. */
const columnsPlan = fc.array(fc.tuple(fc.option(money, { nil: null }), fc.array(fc.option(money, { nil: null }), { minLength: 5, maxLength: 5 })), { minLength: 1, maxLength: 6 })
  .map((items): Grid => {
    const values: CellValue[][] = [
      ['KẾ HOẠCH GIAI ĐOẠN 2021 - 2023', null, null, null, null, null, null, null],
      ['Đơn vị tính: triệu đồng', null, null, null, null, null, null, null],
      ['STT', 'Nội dung', 'Tổng số', 'Kinh phí theo năm', null, null, 'Nguồn vốn', null],
      [null, null, null, 2021, 2022, 2023, 'NSTW', 'NSĐP'],
      ...items.map(([total, cells], i) => [String(i + 1), `Nhiệm vụ ${i + 1}`, total, ...cells]),
    ];
    return { sheet: 'Biểu 2', top: 1, left: 1, values, merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:H3'] };
  });

/** Years 2021-2022 each split into NSTW and NSĐP columns (a year × source matrix), any cell maybe empty. */
const matrixPlan = fc.array(fc.tuple(fc.option(money, { nil: null }), fc.array(fc.option(money, { nil: null }), { minLength: 4, maxLength: 4 })), { minLength: 1, maxLength: 6 })
  .map((items): Grid => {
    const values: CellValue[][] = [
      ['KẾ HOẠCH GIAI ĐOẠN 2021 - 2022', null, null, null, null, null, null],
      ['Đơn vị tính: triệu đồng', null, null, null, null, null, null],
      ['STT', 'Nội dung', 'Tổng số', 'Năm 2021', null, 'Năm 2022', null],
      [null, null, null, 'NSTW', 'NSĐP', 'NSTW', 'NSĐP'],
      ...items.map(([total, cells], i) => [String(i + 1), `Nhiệm vụ ${i + 1}`, total, ...cells]),
    ];
    return { sheet: 'Biểu 3', top: 1, left: 1, values, merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:G3'] };
  });

function byAddress(plan: SheetPlan): Map<string, PlanCell> {
  return new Map(plan.cells.map((c) => [c.address, c]));
}

function dec(v: PlanCell['value'] | undefined): Decimal {
  if (v === undefined || v === null) return ZERO;
  if (Decimal.isDecimal(v)) return v as Decimal;
  throw new Error(`not an amount: ${String(v)}`);
}

/** SUMIFS over the data sheet's cached values, criteria compared as Excel compares a number or a text. */
function sumifs(formula: string, data: Map<string, PlanCell>, summary: Map<string, PlanCell>): Decimal {
  const m = /^SUMIFS\((.*)\)$/.exec(formula);
  if (!m) throw new Error(`not a SUMIFS: ${formula}`);
  const args = m[1].split(/,(?=(?:[^']*'[^']*')*[^']*$)/);
  const range = (a: string): { col: string; from: number; to: number } => {
    const r = /!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(a);
    if (!r) throw new Error(`not a range: ${a}`);
    return { col: r[1], from: Number(r[2]), to: Number(r[3]) };
  };
  const sum = range(args[0]);
  const criteria: { col: string; want: unknown }[] = [];
  for (let i = 1; i < args.length; i += 2) {
    const crit = args[i + 1];
    const ref = /^\$?([A-Z]+)\$?(\d+)$/.exec(crit);
    const want = ref ? summary.get(`${ref[1]}${ref[2]}`)?.value : Number(crit);
    criteria.push({ col: range(args[i]).col, want });
  }
  let total = ZERO;
  for (let r = sum.from; r <= sum.to; r++) {
    if (criteria.every(({ col, want }) => String(data.get(`${col}${r}`)?.value ?? '') === String(want))) total = total.plus(dec(data.get(`${sum.col}${r}`)?.value));
  }
  return total;
}

/** The same SUMIFS over the pieces themselves: which field each data column holds. */
function sumOfPieces(formula: string, pieces: readonly { table: number; p: Piece }[], yearOf: Map<string, number | null>, summary: Map<string, PlanCell>): Decimal {
  const cols = [...formula.matchAll(/!\$([A-Z]+)\$\d+:/g)].map((m) => m[1]);
  const crits = [...formula.matchAll(/,([^,']+?)(?=,'|\)$)/g)].map((m) => m[1]);
  const value = (crit: string): unknown => {
    const ref = /^\$?([A-Z]+)\$?(\d+)$/.exec(crit);
    return ref ? summary.get(`${ref[1]}${ref[2]}`)?.value : Number(crit);
  };
  const field = (col: string, x: { table: number; p: Piece }): unknown =>
    col === 'A' ? x.table : col === 'F' ? x.p.code : col === 'G' ? x.p.type : (() => { throw new Error(`criterion on ${col}`); })();
  const [sumCol, ...critCols] = cols;
  let total = ZERO;
  for (const x of pieces) {
    if (sumCol !== 'H' && yearOf.get(sumCol) !== x.p.year) continue;
    if (critCols.every((c, i) => String(field(c, x)) === String(value(crits[i])))) total = total.plus(x.p.amount);
  }
  return total;
}

function checkSheets(grid: Grid, cachedToo: boolean): void {
  const result = checkWorkbook('plan.xlsx', [grid], defaultSettings());
  const pieces = [...breakdown(result.tables).items].flatMap((it) => it.pieces.map((p) => ({ table: it.table, p })));
  const [, summaryPlan, dataPlan] = buildCheckSheets(result, [grid]);
  const data = byAddress(dataPlan);
  const summary = byAddress(summaryPlan);
  // Headers: … Loại chi (G), Cộng (H), then the years, then Chưa rõ năm.
  expect(data.get('H1')?.value).toBe('Cộng');
  const cols: string[] = [];
  for (let c = 9; ; c++) {
    const letter = String.fromCharCode(64 + c);
    cols.push(letter);
    if (data.get(`${letter}1`)?.value === 'Chưa rõ năm') break;
    expect(String(data.get(`${letter}1`)?.value)).toMatch(/^Năm \d{4}$/);
  }
  const yearOf = new Map<string, number | null>(cols.map((c) => [c, /^Năm (\d{4})$/.test(String(data.get(`${c}1`)?.value)) ? Number(String(data.get(`${c}1`)?.value).slice(4)) : null]));
  for (let r = 2; data.has(`A${r}`); r++) {
    const row = cols.reduce((a, c) => a.plus(dec(data.get(`${c}${r}`)?.value)), ZERO);
    const total = data.get(`H${r}`);
    expect(total?.formula).toBe(`SUM(I${r}:${cols[cols.length - 1]}${r})`);
    expect(dec(total?.value).toFixed()).toBe(row.toFixed());
  }
  let sumifsCount = 0;
  for (const c of summaryPlan.cells) {
    if (!c.formula?.startsWith('SUMIFS(')) continue;
    sumifsCount++;
    const wide = `${c.address} ${sumifs(c.formula, data, summary).toFixed()}`;
    expect(wide).toBe(`${c.address} ${sumOfPieces(c.formula, pieces, yearOf, summary).toFixed()}`);
    if (cachedToo) expect(wide).toBe(`${c.address} ${dec(c.value).toFixed()}`);
  }
  expect(sumifsCount).toBeGreaterThan(0);
}

/**
 * The rows and years breakdown() counts without cutting the items (the summary's ranges and year
 * columns come from them) against the rows and years of the items cut.
 */
function countsMatchCut(grid: Grid): void {
  const result = checkWorkbook('plan.xlsx', [grid], defaultSettings());
  const b = breakdown(result.tables);
  const items = [...b.items];
  expect(b.rows).toBe(items.reduce((n, it) => n + it.rows, 0));
  const years = new Set<number>();
  for (const t of result.tables) for (const y of t.summary.byYear.keys()) years.add(y);
  for (const it of items) for (const p of it.pieces) if (p.year !== null) years.add(p.year);
  expect(b.years).toEqual([...years].sort((x, y) => x - y));
}

describe('NS Dữ liệu: the rows and years counted before the items are cut', () => {
  it('are those of the cut items, years and sources in words', () => {
    fc.assert(fc.property(wordsPlan, countsMatchCut), { numRuns: 300 });
  });
  it('are those of the cut items, year and source columns', () => {
    fc.assert(fc.property(columnsPlan, countsMatchCut), { numRuns: 300 });
  });
  it('are those of the cut items, a year × source matrix', () => {
    fc.assert(fc.property(matrixPlan, countsMatchCut), { numRuns: 300 });
  });
});

describe('NS Dữ liệu wide: the summary’s SUMIFS over it give the core’s totals', () => {
  it('plans with the years and sources in words', () => {
    fc.assert(fc.property(wordsPlan, (g) => checkSheets(g, true)), { numRuns: 150 });
  });

  // Not against the cached figures: cells that contradict each other (a total of 0 beside year and
  // source cells that are not) give pieces the summary's by-source figure does not match, in the
  // core, whatever the layout (left to the core's owners, see the report).
  it('plans with year and source columns', () => {
    fc.assert(fc.property(columnsPlan, (g) => checkSheets(g, false)), { numRuns: 150 });
  });
});
