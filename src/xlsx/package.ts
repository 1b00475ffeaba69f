// An .xlsx package opened from bytes on any platform: its parts by name, inflated as a stream
// through the platform's inflate (Node's zlib, the browser's DecompressionStream) and scanned as
// XML piece by piece, so memory does not grow with a part's size. What is inflated is counted
// against MAX_INFLATED_TOTAL, and a part must inflate to exactly the size its entry states.
import { xlsxText } from '../core/i18n/xlsx';
import { XlsxError } from './errors';
import { MAX_INFLATED_TOTAL, MAX_PART } from './limits';
import { DONE, NEED, START, XmlError, XmlScanner } from './xml';
import { Utf8Pieces } from './utf8';
import { ZipError, rawData, readZipDirectory } from './zip';
import type { ZipDirectory, ZipEntry } from './zip';

/**
 * Inflates raw deflate data, yielding the output in pieces. The package stops reading (and so
 * stops the inflater) as soon as more comes out than the entry said it holds.
 */
export type Inflate = (raw: Uint8Array) => AsyncIterable<Uint8Array>;

/** Called for each token of a part; reads the token from the scanner. */
export type TokenHandler = (kind: number, x: XmlScanner) => void;

/**
 * Tried before each token: reads the common shape of an element straight from the scanner's
 * text and moves past it (true), or leaves it to the tokens (false).
 */
export type FastPath = (x: XmlScanner) => boolean;

/**
 * Bytes decoded into one string. An inflated piece is cut to this size first: V8 makes a string
 * of more than 128 KiB (64K characters of Vietnamese text) in its large-object space at about
 * 2 ms apiece, so decoding a 50.000-row sheet in whole 256 KiB pieces took 90-200 ms where 32 KiB
 * pieces take 6-12 ms. (Inflating in 32 KiB pieces instead costs more in the stream than it saves.)
 */
const DECODE_BYTES = 32 * 1024;

/** The smallest piece handed to the scanner once a token is waiting for more text. */
const MIN_FEED = 65536;

/** What the scanner needs of a TextDecoder (a structural type: the CLI build has no DOM types). */
interface Decoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

function decoderFor(first: Uint8Array): Decoder {
  // XML may be UTF-16 with a byte-order mark; Office writes UTF-8 (a mark is dropped).
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true });
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true });
  return new Utf8Pieces();
}

export class XlsxPackage {
  readonly dir: ZipDirectory;
  private inflated = 0;

  constructor(readonly bytes: Uint8Array, private readonly inflate: Inflate, readonly fileName: string) {
    try {
      this.dir = readZipDirectory(bytes);
    } catch (err) {
      if (err instanceof ZipError) throw new XlsxError(xlsxText.corrupt(fileName, err.why));
      throw err;
    }
  }

  entry(name: string): ZipEntry | undefined {
    return this.dir.byName.get(name.replace(/^\/+/, '').toLowerCase());
  }

  /** The part's bytes in pieces, or null when there is no such part. */
  chunks(name: string): AsyncIterable<Uint8Array> | null {
    const entry = this.entry(name);
    if (!entry) return null;
    return this.entryChunks(entry);
  }

  private async *entryChunks(entry: ZipEntry): AsyncIterable<Uint8Array> {
    let raw: Uint8Array;
    try {
      raw = rawData(this.bytes, entry);
    } catch (err) {
      if (err instanceof ZipError) throw new XlsxError(xlsxText.corrupt(this.fileName, err.why));
      throw err;
    }
    if (this.inflated + entry.size > MAX_INFLATED_TOTAL) {
      throw new XlsxError(xlsxText.tooLarge(this.fileName, `phần / part ${entry.name}`, MAX_INFLATED_TOTAL));
    }
    this.inflated += entry.size;
    if (entry.method === 0) {
      if (raw.length !== entry.size) throw new XlsxError(xlsxText.corrupt(this.fileName, `the part ${entry.name} has the wrong size`));
      yield raw;
      return;
    }
    let out = 0;
    try {
      for await (const piece of this.inflate(raw)) {
        out += piece.length;
        // A lying entry (a zip bomb states a small size) stops here, not when memory runs out.
        if (out > entry.size) throw new ZipError(`the part ${entry.name} inflates to more than its stated size`);
        yield piece;
      }
    } catch (err) {
      if (err instanceof XlsxError || err instanceof XmlError) throw err;
      const why = err instanceof ZipError ? err.why : `the part ${entry.name} cannot be inflated (${err instanceof Error ? err.message : String(err)})`;
      throw new XlsxError(xlsxText.corrupt(this.fileName, why));
    }
    if (out !== entry.size) throw new XlsxError(xlsxText.corrupt(this.fileName, `the part ${entry.name} has the wrong size`));
  }

  /** The whole part as bytes (for parts the writer rewrites), or null. Bounded by MAX_PART. */
  async bytesOf(name: string): Promise<Uint8Array | null> {
    const entry = this.entry(name);
    if (!entry) return null;
    if (entry.size > MAX_PART) throw new XlsxError(xlsxText.tooLarge(this.fileName, `phần / part ${entry.name}`, MAX_PART));
    const pieces: Uint8Array[] = [];
    for await (const piece of this.entryChunks(entry)) pieces.push(piece);
    if (pieces.length === 1) return pieces[0];
    const all = new Uint8Array(entry.size);
    let at = 0;
    for (const p of pieces) {
      all.set(p, at);
      at += p.length;
    }
    return all;
  }

  /**
   * Scans the part as XML, calling `handler` for each START, END and TEXT token (after `fast`
   * had its try). Returns false
   * when there is no such part. Malformed XML ends in an XlsxError naming the part.
   */
  async scan(name: string, handler: TokenHandler, fast?: FastPath): Promise<boolean> {
    const chunks = this.chunks(name);
    if (!chunks) return false;
    const x = new XmlScanner();
    let decoder: Decoder | null = null;
    let waiting: string[] = [];
    let waitingLength = 0;
    const run = (): number => {
      for (;;) {
        if (fast && fast(x)) continue;
        const kind = x.next();
        if (kind === NEED || kind === DONE) return kind;
        handler(kind, x);
      }
    };
    try {
      for await (const chunk of chunks) {
        for (let at = 0; at < chunk.length; at += DECODE_BYTES) {
          const piece = chunk.subarray(at, at + DECODE_BYTES);
          decoder ??= decoderFor(piece);
          const text = decoder.decode(piece, { stream: true });
          waiting.push(text);
          waitingLength += text.length;
          // A token longer than what arrived waits until the text behind it has doubled.
          if (waitingLength < MIN_FEED && waitingLength < x.pending()) continue;
          x.feed(waiting.length === 1 ? waiting[0] : waiting.join(''));
          waiting = [];
          waitingLength = 0;
          run();
        }
      }
      x.feed(waiting.join('') + (decoder ? decoder.decode() : ''));
      x.finish();
      run();
    } catch (err) {
      if (err instanceof XmlError) throw new XlsxError(xlsxText.malformedXml(this.fileName, name, err.message));
      if (err instanceof TypeError && /decode|encoded|UTF/i.test(err.message)) {
        throw new XlsxError(xlsxText.malformedXml(this.fileName, name, 'not valid UTF-8 text'));
      }
      throw err;
    }
    return true;
  }
}

/** A part name resolved against the folder of the part that points to it ("../x" allowed). */
export function resolvePart(from: string, target: string): string {
  if (target.startsWith('/')) return target.replace(/^\/+/, '');
  const parts = from.split('/');
  parts.pop();
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** The relationships of `part` (none when it has no .rels part). */
export async function readRelationships(pkg: XlsxPackage, part: string): Promise<Relationship[]> {
  const out: Relationship[] = [];
  await pkg.scan(relsPartOf(part), (kind, x) => {
    if (kind !== START || x.level !== 2 || x.local !== 'Relationship') return;
    const id = x.attr('Id');
    const type = x.attr('Type');
    const target = x.attr('Target');
    if (id === undefined || type === undefined || target === undefined) return;
    out.push({ id, type, target, external: x.attr('TargetMode') === 'External' });
  });
  return out;
}

/** The last path segment of a relationship type (…/relationships/worksheet → "worksheet"). */
export function relKind(type: string): string {
  return type.slice(type.lastIndexOf('/') + 1);
}
