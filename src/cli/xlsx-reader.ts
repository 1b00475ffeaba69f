// The CLI's door into a workbook: an .xlsx file → one Grid per worksheet, the same shape the
// Excel add-in reads with Office.js. Every way a file can be unusable ends here as a UsageError
// with one line naming the file, so the user learns what to do instead of seeing a stack.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { blankCells, columnLetter } from '../core/grid';
import type { CellValue, Grid } from '../core/grid';
import { UsageError } from './io';

export interface ReadOptions {
  /** Read only this sheet (exact name, else the one that matches ignoring case and spaces). */
  sheet?: string;
  /** Sheets to pass over when reading every sheet (the add-in's own result sheets). */
  skip?: readonly string[];
}

const ZIP_MAGIC = [0x50, 0x4b]; // "PK": every .xlsx is a zip package
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]; // OLE compound file: an encrypted .xlsx, or an old .xls

function startsWith(buf: Buffer, magic: number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

function utf16(text: string): Buffer {
  return Buffer.from(text, 'utf16le');
}

/**
 * A CFB file is either an Excel-encrypted OOXML package (streams "EncryptionInfo" and
 * "EncryptedPackage") or a legacy .xls (stream "Workbook"/"Book"). Directory entry names are
 * UTF-16LE, so a byte search tells them apart without a CFB parser.
 */
function describeCfb(buf: Buffer, name: string): string {
  const encrypted = buf.includes(utf16('EncryptionInfo')) || buf.includes(utf16('EncryptedPackage'));
  const legacy = buf.includes(utf16('Workbook')) || buf.includes(utf16('Book'));
  if (legacy && !encrypted) {
    return `${name}: tệp Excel 97-2003 (.xls), không phải .xlsx — mở trong Excel và lưu lại dạng .xlsx / ` +
      'an old .xls workbook: open it in Excel and save it as .xlsx';
  }
  return `${name}: sổ tính được bảo vệ bằng mật khẩu / password-protected: ` +
    'remove the password in Excel (File > Info > Protect Workbook) and try again';
}

/** Reads and validates the file, then loads it with ExcelJS. */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const name = path.basename(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError(`${file}: không tìm thấy tệp / file not found`);
    if (code === 'EACCES') throw new UsageError(`${file}: không có quyền đọc tệp / permission denied`);
    throw err;
  }
  if (stat.isDirectory()) {
    throw new UsageError(`${file}: là một thư mục, không phải tệp .xlsx / is a directory, not an .xlsx file`);
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xls') {
    throw new UsageError(`${name}: tệp Excel 97-2003 (.xls) — lưu lại dạng .xlsx / an old .xls workbook: save it as .xlsx in Excel`);
  }
  if (ext !== '.xlsx' && ext !== '.xlsm') {
    throw new UsageError(`${name}: không phải tệp .xlsx / not an .xlsx file (expected a workbook saved from Excel as .xlsx)`);
  }
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EACCES') throw new UsageError(`${file}: không có quyền đọc tệp / permission denied`);
    throw err;
  }
  if (buf.length === 0) throw new UsageError(`${name}: tệp rỗng (0 byte) / the file is empty (0 bytes), not a workbook`);
  if (startsWith(buf, CFB_MAGIC)) throw new UsageError(describeCfb(buf, name));
  if (!startsWith(buf, ZIP_MAGIC)) {
    throw new UsageError(`${name}: không phải tệp .xlsx (nội dung không phải sổ tính Excel) / not an .xlsx file: ` +
      'its content is not an Excel workbook (was it renamed?)');
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (err) {
    // A zip that ExcelJS cannot read as a workbook: truncated download, a .docx renamed, ...
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new UsageError(`${name}: tệp hỏng, không đọc được / corrupt workbook, cannot be read (${why}); ` +
      'open it in Excel and save it again');
  }
  return workbook;
}

/** Sheet names in workbook order. */
export function sheetNames(workbook: ExcelJS.Workbook): string[] {
  return workbook.worksheets.map((ws) => ws.name);
}

function squash(s: string): string {
  return s.replace(/\s+/g, '').toLowerCase();
}

function selectSheets(workbook: ExcelJS.Workbook, file: string, sheet: string | undefined, skip: readonly string[]): ExcelJS.Worksheet[] {
  const all = workbook.worksheets;
  if (sheet === undefined) {
    const kept = all.filter((ws) => !skip.includes(ws.name));
    return kept.length ? kept : all;
  }
  const exact = all.find((ws) => ws.name === sheet) ?? all.find((ws) => squash(ws.name) === squash(sheet));
  if (!exact) {
    const list = all.map((ws) => `"${ws.name}"`).join(', ') || '(none)';
    throw new UsageError(`${path.basename(file)}: không có trang tính "${sheet}" / no sheet named "${sheet}"; ` +
      `các trang có / sheets: ${list}`);
  }
  return [exact];
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Excel dates come out of ExcelJS as UTC Date objects; officers read them as dates, so ISO text. */
function isoDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const date = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  return h || m || s ? `${date}T${pad2(h)}:${pad2(m)}:${pad2(s)}` : date;
}

function richTextOf(v: unknown): string | null {
  if (v && typeof v === 'object' && 'richText' in v) {
    const parts = (v as { richText: unknown }).richText;
    if (Array.isArray(parts)) {
      return parts.map((p) => (p && typeof p === 'object' && typeof (p as { text?: unknown }).text === 'string' ? (p as { text: string }).text : '')).join('');
    }
  }
  return null;
}

/** One ExcelJS value (constant, or a formula's cached result) as a Grid value. */
export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v instanceof Date) return isoDate(v);
  if (typeof v !== 'object') return String(v);
  if ('error' in v) return String((v as { error: unknown }).error);
  const rich = richTextOf(v);
  if (rich !== null) return rich;
  if ('hyperlink' in v && 'text' in v) {
    const text = (v as { text: unknown }).text;
    if (typeof text === 'string') return text;
    return richTextOf(text) ?? '';
  }
  if ('formula' in v || 'sharedFormula' in v) return plainValue((v as { result?: unknown }).result);
  return null;
}

function isFormulaValue(v: unknown): boolean {
  return !!v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v);
}

/**
 * One worksheet as a Grid. Only rows and columns that hold a value count: a sheet whose
 * dimension claims a million formatted rows gives a Grid over the few real ones. Returns null
 * for a sheet with no value at all.
 */
export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid | null {
  // First pass: the bounding box of cells that hold something (a value or a formula).
  let top = Infinity;
  let bottom = 0;
  let left = Infinity;
  let right = 0;
  ws.eachRow({ includeEmpty: false }, (row, rn) => {
    row.eachCell({ includeEmpty: false }, (cell, cn) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const v = cell.value;
      if (v === null || v === undefined || v === '') return;
      if (rn < top) top = rn;
      if (rn > bottom) bottom = rn;
      if (cn < left) left = cn;
      if (cn > right) right = cn;
    });
  });
  if (bottom === 0) return null;

  const height = bottom - top + 1;
  const width = right - left + 1;
  const { values, formulas, bold, numberFormats } = blankCells(height, width);
  const hiddenRows: number[] = [];
  const mergeBoxes = new Map<string, { top: number; left: number; bottom: number; right: number }>();

  ws.eachRow({ includeEmpty: false }, (row, rn) => {
    if (rn < top || rn > bottom) return;
    const r = rn - top;
    if (row.hidden) hiddenRows.push(rn);
    row.eachCell({ includeEmpty: false }, (cell, cn) => {
      if (cell.type === ExcelJS.ValueType.Merge) {
        // Like Office.js, the value lives in the merge's top-left cell only.
        const master = cell.master;
        const box = mergeBoxes.get(master.address) ?? { top: Number(master.row), left: Number(master.col), bottom: 0, right: 0 };
        box.bottom = Math.max(box.bottom, rn, box.top);
        box.right = Math.max(box.right, cn, box.left);
        mergeBoxes.set(master.address, box);
      }
      if (cn < left || cn > right) return;
      const c = cn - left;
      const v = cell.value;
      if (cell.type !== ExcelJS.ValueType.Merge) {
        values[r][c] = plainValue(v);
        if (isFormulaValue(v)) {
          // cell.formula expands a shared formula to this cell's own text.
          const f = cell.formula;
          formulas[r][c] = f ? `=${f}` : null;
        }
      }
      if (cell.font?.bold) bold[r][c] = true;
      if (cell.numFmt) numberFormats[r][c] = cell.numFmt;
    });
  });

  const merges: string[] = [];
  for (const box of mergeBoxes.values()) {
    merges.push(`${columnLetter(box.left)}${box.top}:${columnLetter(box.right)}${box.bottom}`);
  }

  return { sheet: ws.name, top, left, values, formulas, bold, numberFormats, hiddenRows, merges };
}

/** Grids of the chosen sheets of a loaded workbook; sheets without any value are left out. */
export function workbookGrids(workbook: ExcelJS.Workbook, file: string, options: ReadOptions = {}): Grid[] {
  const name = path.basename(file);
  if (workbook.worksheets.length === 0) {
    throw new UsageError(`${name}: sổ tính không có trang tính nào / the workbook has no sheets`);
  }
  const chosen = selectSheets(workbook, file, options.sheet, options.skip ?? []);
  const grids: Grid[] = [];
  for (const ws of chosen) {
    const grid = worksheetToGrid(ws);
    if (grid) grids.push(grid);
  }
  if (grids.length === 0) {
    const where = options.sheet !== undefined ? `trang "${chosen[0].name}" trống / sheet "${chosen[0].name}" is empty` : 'sổ tính trống / the workbook is empty';
    throw new UsageError(`${name}: ${where}, không có ô nào có dữ liệu / no cell holds data`);
  }
  return grids;
}

/** One Grid per worksheet (or just --sheet), with clear one-line errors for unusable files. */
export async function readWorkbookGrids(file: string, options: ReadOptions = {}): Promise<Grid[]> {
  const workbook = await loadWorkbook(file);
  return workbookGrids(workbook, file, options);
}
