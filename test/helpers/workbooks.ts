// Test workbooks made the way officers receive them: title lines, a unit line, a header, bold
// section rows, amounts as numbers or as annotated text, optional SUM formulas. Used by the CLI
// tests, the rule tests and the benchmark, so it is general: every part can be switched off or
// replaced to build a broken case.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { Decimal, ZERO } from '../../src/core/decimal';
import { columnLetter } from '../../src/core/grid';

/** The columns a plan table can have, in the order they appear by default. */
export type PlanColumn = 'stt' | 'name' | 'owner' | 'time' | 'amount' | 'source' | 'mode';

export const DEFAULT_HEADERS: Record<PlanColumn, string> = {
  stt: 'Số thứ tự',
  name: 'Tên dự án/nhiệm vụ',
  owner: 'Đơn vị chủ trì',
  time: 'Thời gian triển khai',
  amount: 'Tổng mức đầu tư (dự kiến)',
  source: 'Nguồn vốn',
  mode: 'Tự đầu tư/Thuê',
};

/**
 * An amount cell: a number, a text ("3.000 (600/năm)"), empty (null/undefined), a formula of
 * your own ({formula: 'SUM(F7:F8)'}, cached result optional), or {sum: 'children'}: a SUM formula
 * over the row's children (sections: their items; the total row: the sections), with the right
 * cached result.
 */
export type AmountSpec =
  | number
  | string
  | null
  | { formula: string; result?: number | string }
  | { sum: 'children' };

export interface PlanRow {
  stt?: string;
  name?: string;
  owner?: string;
  time?: string;
  amount?: AmountSpec;
  source?: string;
  mode?: string;
  /** Default: bold for Roman-numbered sections and for the grand-total row. */
  bold?: boolean;
  hidden?: boolean;
  /** Mark the grand-total row (default: a row with no STT whose name starts with "Tổng"). */
  total?: boolean;
}

export interface PlanWorkbookOptions {
  sheet?: string;
  /** Lines above the header, one per row from row 1. */
  titles?: string[];
  /** The unit line after the titles; null for none. */
  unitLine?: string | null;
  columns?: PlanColumn[];
  /** Header texts by column; defaults to DEFAULT_HEADERS. */
  headers?: Partial<Record<PlanColumn, string>>;
  /** Empty rows between the unit line and the header (default 1). */
  gapRows?: number;
  /** Write {sum: 'children'} formulas on every section and total row that has no amount given. */
  sumFormulas?: boolean;
  /** Number format for numeric amount cells. */
  amountFormat?: string;
  /** Merged ranges to add (e.g. the title across the table). */
  merges?: string[];
  /** Number of the first column (default 1 = A); use it to place a table off the corner. */
  firstColumn?: number;
}

export interface PlanLayout {
  sheet: string;
  headerRow: number;
  /** Sheet row of each PlanRow, by index. */
  rowOf: number[];
  /** Column letter of each column present. */
  column: Partial<Record<PlanColumn, string>>;
  /** Address of the amount cell of row index i. */
  amountCell(i: number): string;
  lastRow: number;
}

export const DEFAULT_TITLES = [
  'Phụ lục IV',
  'DANH MỤC CÁC DỰ ÁN, NHIỆM VỤ ỨNG DỤNG CNTT GIAI ĐOẠN 2021 - 2025',
  '(Kèm theo Kế hoạch số 123/KH-UBND ngày 01/10/2020 của UBND tỉnh)',
];
export const DEFAULT_UNIT_LINE = 'Đơn vị tính: Triệu đồng';

const ROMAN = /^(?=[IVXLC])M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/;

function isSection(row: PlanRow): boolean {
  return !!row.stt && ROMAN.test(row.stt.trim());
}

function isTotal(row: PlanRow): boolean {
  if (row.total !== undefined) return row.total;
  return !row.stt && /^tổng/i.test((row.name ?? '').trim());
}

function numericAmount(spec: AmountSpec | undefined): Decimal | null {
  if (typeof spec === 'number') return new Decimal(String(spec));
  if (spec && typeof spec === 'object' && 'formula' in spec && typeof spec.result === 'number') {
    return new Decimal(String(spec.result));
  }
  return null;
}

/** Adds a plan table sheet to a workbook and says where everything went. */
export function addPlanSheet(
  workbook: ExcelJS.Workbook,
  rows: PlanRow[],
  options: PlanWorkbookOptions = {},
): PlanLayout {
  const sheetName = options.sheet ?? 'PL IV';
  const ws = workbook.addWorksheet(sheetName);
  const columns = options.columns ?? ['stt', 'name', 'owner', 'time', 'amount', 'source'];
  const first = options.firstColumn ?? 1;
  const headers = { ...DEFAULT_HEADERS, ...options.headers };
  const column: Partial<Record<PlanColumn, string>> = {};
  columns.forEach((c, i) => {
    column[c] = columnLetter(first + i);
  });

  let r = 1;
  for (const t of options.titles ?? DEFAULT_TITLES) ws.getCell(`${columnLetter(first)}${r++}`).value = t;
  const unitLine = options.unitLine === undefined ? DEFAULT_UNIT_LINE : options.unitLine;
  if (unitLine !== null) ws.getCell(`${columnLetter(first)}${r++}`).value = unitLine;
  r += options.gapRows ?? 1;

  const headerRow = r;
  for (const c of columns) {
    const cell = ws.getCell(`${column[c]}${headerRow}`);
    cell.value = headers[c];
    cell.font = { bold: true };
  }

  const rowOf = rows.map((_, i) => headerRow + 1 + i);
  const amountCol = column.amount;

  // Children for {sum: 'children'}: a section's items run to the next section or total; the
  // total's children are the sections (or every item when the table has no sections).
  const childrenOf = (i: number): number[] => {
    const row = rows[i];
    if (isTotal(row)) {
      const sections = rows.map((x, j) => (isSection(x) && j < i ? j : -1)).filter((j) => j >= 0);
      if (sections.length) return sections;
      return rows.map((x, j) => (!isSection(x) && !isTotal(x) && j < i ? j : -1)).filter((j) => j >= 0);
    }
    const out: number[] = [];
    for (let j = i + 1; j < rows.length && !isSection(rows[j]) && !isTotal(rows[j]); j++) out.push(j);
    return out;
  };

  const valueOf = new Map<number, Decimal | null>();
  const resolve = (i: number): Decimal | null => {
    if (valueOf.has(i)) return valueOf.get(i) ?? null;
    const spec = effectiveAmount(i);
    let v: Decimal | null;
    if (spec && typeof spec === 'object' && 'sum' in spec) {
      v = childrenOf(i).reduce((acc, j) => acc.plus(resolve(j) ?? ZERO), ZERO);
    } else {
      v = numericAmount(spec);
    }
    valueOf.set(i, v);
    return v;
  };
  const effectiveAmount = (i: number): AmountSpec | undefined => {
    const row = rows[i];
    if (row.amount === undefined && options.sumFormulas && (isSection(row) || isTotal(row))) return { sum: 'children' };
    return row.amount;
  };

  rows.forEach((row, i) => {
    const rn = rowOf[i];
    const bold = row.bold ?? (isSection(row) || isTotal(row));
    const put = (c: PlanColumn, v: ExcelJS.CellValue | undefined) => {
      const letter = column[c];
      if (!letter || v === undefined) return;
      const cell = ws.getCell(`${letter}${rn}`);
      cell.value = v;
      if (bold) cell.font = { bold: true };
    };
    put('stt', row.stt ?? null);
    put('name', row.name ?? null);
    put('owner', row.owner ?? null);
    put('time', row.time ?? null);
    put('source', row.source ?? null);
    put('mode', row.mode ?? null);
    const spec = effectiveAmount(i);
    if (amountCol) {
      let v: ExcelJS.CellValue = null;
      if (typeof spec === 'number' || typeof spec === 'string') v = spec;
      else if (spec && 'sum' in spec) {
        const kids = childrenOf(i).map((j) => rowOf[j]);
        const total = resolve(i);
        const contiguous = kids.length > 0 && kids[kids.length - 1] - kids[0] === kids.length - 1;
        const f = kids.length === 0
          ? '0'
          : contiguous
            ? `SUM(${amountCol}${kids[0]}:${amountCol}${kids[kids.length - 1]})`
            : `SUM(${kids.map((k) => `${amountCol}${k}`).join(',')})`;
        v = { formula: f, result: total ? Number(total.toString()) : 0 } as ExcelJS.CellFormulaValue;
      } else if (spec && 'formula' in spec) {
        v = { formula: spec.formula.replace(/^=/, ''), result: spec.result } as ExcelJS.CellFormulaValue;
      }
      put('amount', v);
      if (options.amountFormat && (typeof spec === 'number' || (spec && typeof spec === 'object'))) {
        ws.getCell(`${amountCol}${rn}`).numFmt = options.amountFormat;
      }
    }
    if (row.hidden) ws.getRow(rn).hidden = true;
  });

  for (const m of options.merges ?? []) ws.mergeCells(m);

  return {
    sheet: sheetName,
    headerRow,
    rowOf,
    column,
    amountCell: (i: number) => `${amountCol ?? '?'}${rowOf[i]}`,
    lastRow: rowOf.length ? rowOf[rowOf.length - 1] : headerRow,
  };
}

export function makePlanWorkbook(rows: PlanRow[], options: PlanWorkbookOptions = {}): { workbook: ExcelJS.Workbook; layout: PlanLayout } {
  const workbook = new ExcelJS.Workbook();
  const layout = addPlanSheet(workbook, rows, options);
  return { workbook, layout };
}

/** Writes a one-sheet plan workbook to `file`. */
export async function writePlanWorkbook(file: string, rows: PlanRow[], options: PlanWorkbookOptions = {}): Promise<PlanLayout> {
  const { workbook, layout } = makePlanWorkbook(rows, options);
  await workbook.xlsx.writeFile(file);
  return layout;
}

/** A fresh temp directory, removed by the returned cleanup. */
export function tempDir(prefix = 'ngansach-test-'): { dir: string; file(name: string): string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    dir,
    file: (name: string) => path.join(dir, name),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * A small plan with figures a person can add by hand (triệu đồng, period 2021-2025):
 *   I  = 1.000 + 2.500 + "3.000 (600/năm)" = 6.500
 *   II = 1.200,5 (NSTW) + 800 (NSĐP) = 2.000,5
 *   total = 8.500,5; NSĐP 7.300, NSTW 1.200,5
 */
export const SMALL_PLAN: PlanRow[] = [
  { stt: 'I', name: 'Dự án CNTT', amount: 6500 },
  { stt: '1', name: 'Nền tảng tích hợp LGSP', owner: 'Sở TTTT', time: '2021-2022', amount: 1000, source: 'NSĐP (Vốn đầu tư)' },
  { stt: '2', name: 'Cổng dịch vụ công', owner: 'VP UBND', time: '2022', amount: 2500, source: 'NSĐP (Vốn đầu tư)' },
  { stt: '3', name: 'Trung tâm giám sát ATTT (SOC)', owner: 'Sở TTTT', time: 'Hàng năm', amount: '3.000 (600/năm)', source: 'NSĐP' },
  { stt: 'II', name: 'Nhiệm vụ CNTT', amount: 2000.5 },
  { stt: '1', name: 'Số hóa hồ sơ', owner: 'Sở Nội vụ', time: '2023', amount: 1200.5, source: 'NSTW' },
  { stt: '2', name: 'Đào tạo kỹ năng số', owner: 'Sở TTTT', time: '2021 - 2024', amount: 800, source: 'NSDP (chi thường xuyên)' },
  { name: 'Tổng cộng (I + II):', amount: 8500.5 },
];

/**
 * `n` item rows in sections of `perSection` items, amounts a mix of numbers and annotated text,
 * times and sources varied, plus a grand-total row. For size tests and the benchmark.
 */
export function largePlanRows(n: number, perSection = 1000): PlanRow[] {
  const romans = (k: number): string => {
    const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
    let s = '';
    let x = k;
    for (const [v, r] of table) while (x >= v) { s += r; x -= v; }
    return s;
  };
  const times = ['2021-2023', 'Hàng năm', '2022', '2021, 2023', '2024 - 2025', 'Thực hiện 02 năm/lần'];
  const sources = ['NSĐP (Vốn đầu tư)', 'NSTW', 'NSDP', 'Nguồn chi thường xuyên ngân sách tỉnh', '- NSĐP (Vốn đầu tư): 400; - Khác (XHH): 600'];
  const rows: PlanRow[] = [];
  let section = 0;
  for (let i = 0; i < n; i++) {
    if (i % perSection === 0) rows.push({ stt: romans(++section), name: `Nhóm ${section}` });
    const k = i % 10;
    const amount: AmountSpec = k === 3 ? '3.000 (600/năm)' : k === 7 ? '1.000' : k === 9 ? 1000 : 100 + (i % 97) + (k === 5 ? 0.5 : 0);
    rows.push({
      stt: String((i % perSection) + 1),
      name: `Nhiệm vụ số ${i + 1}`,
      owner: 'Sở TTTT',
      time: times[i % times.length],
      amount,
      source: k === 9 ? sources[4] : sources[i % 4],
    });
  }
  rows.push({ name: 'Tổng cộng:' });
  return rows;
}

/** A worksheet part around `sheetData` content (rows), as Excel writes one. */
export function sheetXmlOf(rows: string, after = ''): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<sheetData>${rows}</sheetData>${after}</worksheet>`;
}

/** Inline-string cells of one row: [["A1", "text"], ["B1", 5]]. */
export function rowXml(r: number, cells: [string, string | number][]): string {
  const c = cells.map(([a, v]) => (typeof v === 'number'
    ? `<c r="${a}"><v>${v}</v></c>`
    : `<c r="${a}" t="inlineStr"><is><t>${v.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c>`)).join('');
  return `<row r="${r}">${c}</row>`;
}

/** The rows of SMALL_PLAN's table (header at row 3) as sheet XML, for workbooks built by hand. */
export function smallPlanRowsXml(): string {
  const out = [rowXml(1, [['A1', 'DANH MỤC DỰ ÁN GIAI ĐOẠN 2021 - 2025']]), rowXml(2, [['A2', DEFAULT_UNIT_LINE]])];
  out.push(rowXml(3, [['A3', 'Số thứ tự'], ['B3', 'Tên dự án/nhiệm vụ'], ['C3', 'Thời gian triển khai'], ['D3', 'Tổng mức đầu tư'], ['E3', 'Nguồn vốn']]));
  SMALL_PLAN.forEach((p, i) => {
    const r = 4 + i;
    const cells: [string, string | number][] = [];
    if (p.stt) cells.push([`A${r}`, p.stt]);
    if (p.name) cells.push([`B${r}`, p.name]);
    if (p.time) cells.push([`C${r}`, p.time]);
    if (typeof p.amount === 'number' || typeof p.amount === 'string') cells.push([`D${r}`, p.amount]);
    if (p.source) cells.push([`E${r}`, p.source]);
    out.push(rowXml(r, cells));
  });
  return out.join('');
}

/**
 * An .xlsx package written by hand: one sheet per entry (name, worksheet XML), plus any extra
 * parts; stored with deflate unless `store` says otherwise.
 */
export function handWorkbook(sheets: { name: string; xml: string }[], extra: Record<string, string | Buffer> = {}): Promise<Buffer> {
  const zip = new JSZip();
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
    '</Types>');
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets>` +
    sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') + '</sheets></workbook>');
  zip.file('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') + '</Relationships>');
  sheets.forEach((s, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, s.xml));
  for (const [name, body] of Object.entries(extra)) zip.file(name, body);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
