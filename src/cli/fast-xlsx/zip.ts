// A minimal zip reader for .xlsx packages: the central directory, stored and deflated entries,
// inflated with Node's own zlib. Anything else (zip64, encryption, other methods, a damaged
// directory) gives null, and the caller falls back to ExcelJS.
import * as zlib from 'zlib';

interface Entry {
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipPackage {
  names: string[];
  /** The entry's bytes, or null when it is absent. Throws on a damaged entry. */
  read(name: string): Buffer | null;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEocd(buf: Buffer): number {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === EOCD) return i;
  }
  return -1;
}

export function openZip(buf: Buffer): ZipPackage | null {
  if (buf.length < 22) return null;
  const eocd = findEocd(buf);
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return null; // zip64
  if (cdOffset + cdSize > eocd) return null;
  const entries = new Map<string, Entry>();
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) return null;
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    if (flags & 1) return null; // encrypted entry
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) return null;
    let name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen);
    if (name.startsWith('/')) name = name.slice(1); // as ExcelJS reads names
    if (entries.has(name)) return null;
    entries.set(name, { method, compressedSize, size, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return {
    names: [...entries.keys()],
    read(name: string): Buffer | null {
      const e = entries.get(name);
      if (!e) return null;
      const h = e.localOffset;
      if (h + 30 > buf.length || buf.readUInt32LE(h) !== LOCAL) throw new Error(`zip: bad local header for ${name}`);
      const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
      const end = start + e.compressedSize;
      if (end > buf.length) throw new Error(`zip: entry ${name} runs past the end of the file`);
      const raw = buf.subarray(start, end);
      let out: Buffer;
      if (e.method === 0) out = raw;
      else if (e.method === 8) out = zlib.inflateRawSync(raw);
      else throw new Error(`zip: compression method ${e.method} of ${name}`);
      if (out.length !== e.size) throw new Error(`zip: entry ${name} has the wrong size`);
      return out;
    },
  };
}
