// Finding a budget table's header row and its columns by their Vietnamese names (and the
// variants real plans use), folded so "Thời gian thực hiện" and "THOI GIAN TRIEN KHAI" meet.
import { cellText, colCount, Grid } from './grid';
import { fold } from './text';
import type { TableColumns } from './model';
import { readStt } from './stt';

type ColumnKey = keyof TableColumns;

// Order matters: the first pattern a cell matches decides its column.
const PATTERNS: [ColumnKey, RegExp][] = [
  ['stt', /^(so thu tu|stt|tt|so tt|thu tu)\b/],
  ['mode', /(tu dau tu ?\/ ?thue|dau tu ?\/ ?thue|hinh thuc (dau tu|trien khai)|tu dau tu hay thue|phuong thuc trien khai)/],
  ['time', /^(thoi gian|tien do|nam thuc hien|thoi han)/],
  ['source', /^(nguon von|nguon kinh phi|nguon ngan sach|nguon)\b/],
  ['amount', /(tong muc dau tu|tong kinh phi|tong von|kinh phi|bo tri (kinh phi|von)|du toan|tong chi phi|chi phi|so tien|gia tri|muc dau tu|von dau tu)/],
  ['name', /^(ten|noi dung|danh muc|du an|nhiem vu|he thong)/],
];

export interface HeaderMatch {
  row: number;
  columns: TableColumns;
}

// Header cells are labels, not sentences: a long cell is data ("- NSĐP (Vốn đầu tư): 4.000 …").
const MAX_HEADER_CELL = 80;

function classify(text: string): ColumnKey | null {
  if (!text || text.length > MAX_HEADER_CELL) return null;
  const f = fold(text);
  for (const [key, re] of PATTERNS) if (re.test(f)) return key;
  return null;
}

/** Reads one row as a header; null unless it names an amount column and a name or STT column. */
export function matchHeader(grid: Grid, rowIndex: number): HeaderMatch | null {
  const values = grid.values[rowIndex];
  if (!values) return null;
  const found: Partial<Record<ColumnKey, number>> = {};
  let hits = 0;
  // A header holds no numbers: a row with an amount in it is a budget line, whatever its words.
  for (const v of values) if (typeof v === 'number') return null;
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (typeof v !== 'string') continue;
    const key = classify(v);
    if (!key || found[key] !== undefined) continue;
    found[key] = grid.left + c;
    hits++;
  }
  if (found.amount === undefined || hits < 2) return null;
  if (found.name === undefined && found.stt === undefined) return null;
  // An item numbered "1", "2.1" or "II" is data even when its cells read like labels.
  if (found.stt !== undefined) {
    const stt = readStt(cellText(values[found.stt - grid.left]));
    if (stt.style !== 'other' && stt.style !== 'none') return null;
  }
  // Two matches are enough only for a row of short labels; data rows also carry names and sources.
  if (hits < 3) {
    for (const v of values) if (typeof v === 'string' && v.length > MAX_HEADER_CELL) return null;
  }
  return {
    row: grid.top + rowIndex,
    columns: {
      stt: found.stt ?? null,
      name: found.name ?? null,
      amount: found.amount,
      time: found.time ?? null,
      source: found.source ?? null,
      mode: found.mode ?? null,
    },
  };
}

/** Every header row in the grid, top to bottom. */
export function findHeaders(grid: Grid): HeaderMatch[] {
  const headers: HeaderMatch[] = [];
  if (colCount(grid) === 0) return headers;
  for (let r = 0; r < grid.values.length; r++) {
    const row = grid.values[r];
    // Cheap pre-filter: a header row has at least two text cells.
    let texts = 0;
    let first: string | null = null;
    for (const v of row) {
      if (typeof v === 'number') { texts = -1; break; }
      if (typeof v === 'string' && v.trim()) {
        texts++;
        if (first === null) first = v;
      }
    }
    if (texts < 2) continue;
    // Body rows start with their number ("12", "2.1", "II"); a header never does.
    const lead = readStt(first ?? '');
    if (lead.style === 'arabic' || lead.style === 'dotted' || lead.style === 'roman') continue;
    const m = matchHeader(grid, r);
    if (m) headers.push(m);
  }
  return headers;
}

/** A row of column numbers under the header ("(1) (2) (3)" or "1 2 3 4"), which is not data. */
export function isColumnNumberRow(values: readonly unknown[]): boolean {
  let n = 0;
  let expected = 1;
  for (const v of values) {
    const t = cellText(v as never);
    if (!t) continue;
    const m = /^\(?(\d{1,2})\)?$/.exec(t);
    if (!m || Number(m[1]) !== expected) return false;
    expected++;
    n++;
  }
  return n >= 3;
}
