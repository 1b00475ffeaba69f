// The zip container of an .xlsx (an OPC package): its central directory, read from bytes on any
// platform. Entries keep what the writer needs to copy them raw (compressed bytes, CRC, times,
// attributes), so an untouched part of the user's file goes into the copy without recompression.
// zip64 is read; encryption and methods other than stored/deflate are refused with a message.

export interface ZipEntry {
  /** Part name as stored, without a leading "/". */
  name: string;
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  versionMadeBy: number;
  versionNeeded: number;
  time: number;
  date: number;
  internalAttr: number;
  externalAttr: number;
  comment: Uint8Array;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  /** Lower-case part name → entry (OPC part names compare case-insensitively). */
  byName: Map<string, ZipEntry>;
}

/** A damaged or unsupported container; `why` is a short English phrase for the one-line message. */
export class ZipError extends Error {
  constructor(readonly why: string) {
    super(why);
    this.name = 'ZipError';
  }
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const utf8 = new TextDecoder('utf-8', { fatal: false });

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

function u64(view: DataView, at: number): number {
  const lo = view.getUint32(at, true);
  const hi = view.getUint32(at + 4, true);
  const value = hi * 0x100000000 + lo;
  if (!Number.isSafeInteger(value)) throw new ZipError('a zip64 size beyond what can be read');
  return value;
}

function findEocd(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= min; i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  return -1;
}

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22) throw new ZipError('too short to be a zip package');
  const eocd = findEocd(view);
  if (eocd < 0) throw new ZipError('no zip directory (truncated?)');
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || view.getUint32(loc, true) !== EOCD64_LOCATOR) throw new ZipError('zip64 directory without its locator');
    const at = u64(view, loc + 8);
    if (at + 56 > bytes.length || view.getUint32(at, true) !== EOCD64) throw new ZipError('damaged zip64 directory');
    count = u64(view, at + 32);
    cdSize = u64(view, at + 40);
    cdOffset = u64(view, at + 48);
  }
  if (cdOffset + cdSize > bytes.length) throw new ZipError('the zip directory runs past the end of the file (truncated?)');
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) throw new ZipError('damaged zip directory');
    const flags = view.getUint16(p + 8, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (p + 46 + nameLen + extraLen + commentLen > bytes.length) throw new ZipError('damaged zip directory');
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    let size = view.getUint32(p + 24, true);
    let compressedSize = view.getUint32(p + 20, true);
    let localOffset = view.getUint32(p + 42, true);
    // zip64 extra field: the 8-byte values that did not fit, in this order.
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd) {
      const id = view.getUint16(e, true);
      const len = view.getUint16(e + 2, true);
      if (id === 0x0001) {
        let f = e + 4;
        if (size === 0xffffffff && f + 8 <= e + 4 + len) { size = u64(view, f); f += 8; }
        if (compressedSize === 0xffffffff && f + 8 <= e + 4 + len) { compressedSize = u64(view, f); f += 8; }
        if (localOffset === 0xffffffff && f + 8 <= e + 4 + len) { localOffset = u64(view, f); }
      }
      e += 4 + len;
    }
    const raw = flags & 0x800 ? utf8.decode(nameBytes) : latin1(nameBytes);
    const name = raw.replace(/^\/+/, '');
    const entry: ZipEntry = {
      name,
      nameBytes,
      flags,
      method: view.getUint16(p + 10, true),
      crc32: view.getUint32(p + 16, true),
      compressedSize,
      size,
      localOffset,
      versionMadeBy: view.getUint16(p + 4, true),
      versionNeeded: view.getUint16(p + 6, true),
      time: view.getUint16(p + 12, true),
      date: view.getUint16(p + 14, true),
      internalAttr: view.getUint16(p + 36, true),
      externalAttr: view.getUint32(p + 38, true),
      comment: bytes.subarray(extraEnd, extraEnd + commentLen),
    };
    const key = name.toLowerCase();
    if (byName.has(key)) throw new ZipError(`the part ${name} is stored twice`);
    byName.set(key, entry);
    entries.push(entry);
    p = extraEnd + commentLen;
  }
  return { entries, byName };
}

/** The entry's compressed bytes (a view into `bytes`), after checking it can be read. */
export function rawData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.flags & 1) throw new ZipError(`the part ${entry.name} is encrypted`);
  if (entry.method !== 0 && entry.method !== 8) {
    throw new ZipError(`the part ${entry.name} uses compression method ${entry.method}, which Excel does not write`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const h = entry.localOffset;
  if (h + 30 > bytes.length || view.getUint32(h, true) !== LOCAL) throw new ZipError(`damaged entry ${entry.name}`);
  const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipError(`the part ${entry.name} runs past the end of the file (truncated?)`);
  return bytes.subarray(start, end);
}
