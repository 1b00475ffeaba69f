// The reader's door for Node: a file on disk → its bytes (after the checks that give a missing,
// locked, old or renamed file its own one-line answer) → readWorkbook with Node's zlib.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { xlsxText } from '../core/i18n/xlsx';
import { XlsxError } from './errors';
import type { Inflate } from './package';
import { readWorkbook } from './read';
import type { ReadOptions, WorkbookRead } from './read';

/** Inflates through zlib's stream in pieces of 256 KiB; the package stops it at the stated size. */
export const nodeInflate: Inflate = (raw) => {
  const inflater = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
  inflater.end(raw);
  return inflater;
};

const ZIP_MAGIC = [0x50, 0x4b]; // "PK": every .xlsx is a zip package
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]; // OLE compound file: an encrypted .xlsx, or an old .xls

function startsWith(buf: Uint8Array, magic: number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

/**
 * A CFB file is either an Excel-encrypted OOXML package (streams "EncryptionInfo" and
 * "EncryptedPackage") or a legacy .xls (stream "Workbook"/"Book"). Directory entry names are
 * UTF-16LE, so a byte search tells them apart without a CFB parser.
 */
function describeCfb(buf: Buffer, name: string): string {
  const has = (text: string) => buf.includes(Buffer.from(text, 'utf16le'));
  const encrypted = has('EncryptionInfo') || has('EncryptedPackage');
  const legacy = has('Workbook') || has('Book');
  return legacy && !encrypted ? xlsxText.oldXls(name) : xlsxText.passwordProtected(name);
}

function fsError(err: unknown, file: string): XlsxError | null {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new XlsxError(xlsxText.notFound(file));
  if (code === 'EACCES' || code === 'EPERM') return new XlsxError(xlsxText.permission(file));
  if (code === 'EISDIR') return new XlsxError(xlsxText.directory(file));
  return null;
}

/** The bytes of an .xlsx (or .xlsm) file, or an XlsxError saying why it cannot be one. */
export function readWorkbookFileBytes(file: string): Buffer {
  const name = path.basename(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    throw fsError(err, file) ?? err;
  }
  if (stat.isDirectory()) throw new XlsxError(xlsxText.directory(file));
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xls') throw new XlsxError(xlsxText.oldXls(name));
  if (ext !== '.xlsx' && ext !== '.xlsm') throw new XlsxError(xlsxText.notXlsxName(name));
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (err) {
    throw fsError(err, file) ?? err;
  }
  if (buf.length === 0) throw new XlsxError(xlsxText.empty(name));
  if (startsWith(buf, CFB_MAGIC)) throw new XlsxError(describeCfb(buf, name));
  if (!startsWith(buf, ZIP_MAGIC)) throw new XlsxError(xlsxText.notZip(name));
  return buf;
}

/** One Grid per chosen worksheet of `file`, with clear one-line errors for unusable files. */
export async function readWorkbookFile(file: string, options: ReadOptions = {}): Promise<WorkbookRead & { bytes: Buffer }> {
  const bytes = readWorkbookFileBytes(file);
  const read = await readWorkbook(bytes, nodeInflate, { fileName: path.basename(file), ...options });
  return { ...read, bytes };
}
