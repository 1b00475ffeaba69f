// Writes a zip package: entries of the user's file copied with their compressed bytes as they
// are (so each part comes out byte for byte, without recompression), new or changed parts
// deflated. Local headers are written fresh with the sizes known, so no data descriptors.
import * as zlib from 'zlib';
import { rawData } from './zip';
import type { ZipEntry } from './zip';

export interface ByteSink {
  write(bytes: Uint8Array): void;
}

/** A part ready to be stored: its compressed pieces, CRC-32 and sizes. */
export interface PackedPart {
  method: 0 | 8;
  pieces: Uint8Array[];
  crc32: number;
  size: number;
  compressedSize: number;
}

/** The zip format's 32-bit limit: a copy past it would need zip64, which this writer does not write. */
export class ZipTooLarge extends Error {}

const LIMIT = 0xffffffff;
const utf8 = new TextEncoder();

function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: (Math.max(d.getFullYear() - 1980, 0) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** Deflates text given in pieces, never holding it whole; the compressed output stays in memory. */
export async function packText(pieces: Iterable<string>): Promise<PackedPart> {
  const deflater = zlib.createDeflateRaw({ level: 6, chunkSize: 256 * 1024 });
  const out: Uint8Array[] = [];
  let compressedSize = 0;
  deflater.on('data', (c: Buffer) => {
    out.push(c);
    compressedSize += c.length;
  });
  const ended = new Promise<void>((resolve, reject) => {
    deflater.on('end', resolve);
    deflater.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  for (const piece of pieces) {
    const bytes = Buffer.from(piece, 'utf8');
    crc = zlib.crc32(bytes, crc);
    size += bytes.length;
    if (!deflater.write(bytes)) await new Promise<void>((resolve) => deflater.once('drain', resolve));
  }
  deflater.end();
  await ended;
  return { method: 8, pieces: out, crc32: crc >>> 0, size, compressedSize };
}

interface Central {
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc32: number;
  compressedSize: number;
  size: number;
  offset: number;
  versionMadeBy: number;
  versionNeeded: number;
  internalAttr: number;
  externalAttr: number;
  comment: Uint8Array;
}

export class ZipWriter {
  private offset = 0;
  private readonly central: Central[] = [];
  private readonly now = dosTime(new Date());

  constructor(private readonly sink: ByteSink) {}

  private put(bytes: Uint8Array): void {
    this.sink.write(bytes);
    this.offset += bytes.length;
  }

  private local(c: Central): void {
    if (c.compressedSize >= LIMIT || c.size >= LIMIT || this.offset >= LIMIT) throw new ZipTooLarge('zip64 needed');
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(c.versionNeeded, 4);
    h.writeUInt16LE(c.flags, 6);
    h.writeUInt16LE(c.method, 8);
    h.writeUInt16LE(c.time, 10);
    h.writeUInt16LE(c.date, 12);
    h.writeUInt32LE(c.crc32, 14);
    h.writeUInt32LE(c.compressedSize, 18);
    h.writeUInt32LE(c.size, 22);
    h.writeUInt16LE(c.nameBytes.length, 26);
    h.writeUInt16LE(0, 28);
    c.offset = this.offset;
    this.put(h);
    this.put(c.nameBytes);
    this.central.push(c);
  }

  /** Copies an entry of `source` with its compressed bytes untouched. */
  copy(source: Uint8Array, e: ZipEntry): void {
    const data = rawData(source, e);
    this.local({
      nameBytes: e.nameBytes,
      // Bit 3 (sizes after the data) no longer applies: the sizes are in this header.
      flags: e.flags & ~0x8,
      method: e.method,
      time: e.time,
      date: e.date,
      crc32: e.crc32,
      compressedSize: e.compressedSize,
      size: e.size,
      offset: 0,
      versionMadeBy: e.versionMadeBy,
      versionNeeded: Math.min(e.versionNeeded, 20),
      internalAttr: e.internalAttr,
      externalAttr: e.externalAttr,
      comment: e.comment,
    });
    this.put(data);
  }

  add(name: string, part: PackedPart): void {
    this.local({
      nameBytes: utf8.encode(name),
      flags: /[^\x20-\x7e]/.test(name) ? 0x800 : 0,
      method: part.method,
      time: this.now.time,
      date: this.now.date,
      crc32: part.crc32,
      compressedSize: part.compressedSize,
      size: part.size,
      offset: 0,
      versionMadeBy: 20,
      versionNeeded: 20,
      internalAttr: 0,
      externalAttr: 0,
      comment: new Uint8Array(0),
    });
    for (const p of part.pieces) this.put(p);
  }

  finish(): void {
    const start = this.offset;
    for (const c of this.central) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(c.versionMadeBy, 4);
      h.writeUInt16LE(c.versionNeeded, 6);
      h.writeUInt16LE(c.flags, 8);
      h.writeUInt16LE(c.method, 10);
      h.writeUInt16LE(c.time, 12);
      h.writeUInt16LE(c.date, 14);
      h.writeUInt32LE(c.crc32, 16);
      h.writeUInt32LE(c.compressedSize, 20);
      h.writeUInt32LE(c.size, 24);
      h.writeUInt16LE(c.nameBytes.length, 28);
      h.writeUInt16LE(0, 30);
      h.writeUInt16LE(c.comment.length, 32);
      h.writeUInt16LE(0, 34);
      h.writeUInt16LE(c.internalAttr, 36);
      h.writeUInt32LE(c.externalAttr, 38);
      h.writeUInt32LE(c.offset, 42);
      this.put(h);
      this.put(c.nameBytes);
      this.put(c.comment);
    }
    const size = this.offset - start;
    if (this.central.length >= 0xffff || this.offset >= LIMIT) throw new ZipTooLarge('zip64 needed');
    const e = Buffer.alloc(22);
    e.writeUInt32LE(0x06054b50, 0);
    e.writeUInt16LE(this.central.length, 8);
    e.writeUInt16LE(this.central.length, 10);
    e.writeUInt32LE(size, 12);
    e.writeUInt32LE(start, 16);
    this.put(e);
  }
}
