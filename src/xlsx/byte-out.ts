// XML written straight into UTF-8 bytes, a batch at a time, for the packer to deflate: a sheet of
// a million cells never becomes strings to join and encode again (on --out's 100,000-row plan the
// joining and the garbage it left took longer than making the cells' text). A short piece (a
// cell's column, its row) is encoded here a character at a time, quicker than a call into
// Buffer's encoder, which costs as much as some twenty characters done here; a longer one goes
// to Buffer. Same bytes as Buffer.from(text, 'utf8'), a lone surrogate included (U+FFFD).

/** Room kept free at the end of a batch: a writer stops at a row's end once past it. */
const SLACK = 1 << 16;
/** Texts shorter than this are encoded here; longer ones by Buffer. */
const SHORT = 24;

export class ByteOut {
  /** The batch being filled: bytes [0, used) are written. */
  buf: Buffer;
  used = 0;
  /** Counts the batches: bytes written at a place are there to copy while `batch` is the same. */
  batch = 0;
  /** `used` from which the batch is full: the writer should hand it over at its next stop. */
  private limit: number;

  constructor(buf: Buffer) {
    this.buf = buf;
    this.limit = Math.max(buf.length - SLACK, buf.length >> 1);
  }

  /** The batch has reached its size: hand it over at the next place a part may be cut (a row's end). */
  get full(): boolean {
    return this.used >= this.limit;
  }

  /** Starts on `buf`, empty; what was written is the caller's to have taken first. */
  reset(buf: Buffer): void {
    this.buf = buf;
    this.used = 0;
    this.batch++;
    this.limit = Math.max(buf.length - SLACK, buf.length >> 1);
  }

  /** Room for `n` more bytes: a batch too small for one long piece grows (a copy, rare). */
  private room(n: number): void {
    if (this.used + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.used + n));
    this.buf.copy(bigger, 0, 0, this.used);
    this.buf = bigger;
  }

  /** The bytes at [start, end) of this batch written again (a cell's XML like one before it). */
  repeat(start: number, end: number): void {
    const n = end - start;
    this.room(n);
    const b = this.buf;
    let p = this.used;
    if (n >= SHORT) {
      b.copyWithin(p, start, end);
      this.used = p + n;
      return;
    }
    for (let i = start; i < end; i++) b[p++] = b[i];
    this.used = p;
  }

  /**
   * Bytes already encoded: the markup that recurs in every cell (its opening, the part up to its
   * value, its close) is encoded once and copied, about half the time of encoding it again.
   */
  bytes(b: Uint8Array): void {
    const n = b.length;
    this.room(n);
    const buf = this.buf;
    let p = this.used;
    for (let i = 0; i < n; i++) buf[p++] = b[i];
    this.used = p;
  }

  /** `s` as UTF-8. */
  text(s: string): void {
    const n = s.length;
    // UTF-8 takes at most 3 bytes per UTF-16 unit (a pair's 4 bytes are 2 per unit).
    this.room(n * 3);
    if (n >= SHORT) {
      this.used += this.buf.write(s, this.used);
      return;
    }
    const b = this.buf;
    let p = this.used;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        b[p++] = c;
      } else if (c < 0x800) {
        b[p++] = 0xc0 | (c >> 6);
        b[p++] = 0x80 | (c & 0x3f);
      } else if (c < 0xd800 || c > 0xdfff) {
        b[p++] = 0xe0 | (c >> 12);
        b[p++] = 0x80 | ((c >> 6) & 0x3f);
        b[p++] = 0x80 | (c & 0x3f);
      } else {
        const d = c <= 0xdbff && i + 1 < n ? s.charCodeAt(i + 1) : 0;
        if (d >= 0xdc00 && d <= 0xdfff) {
          const u = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          b[p++] = 0xf0 | (u >> 18);
          b[p++] = 0x80 | ((u >> 12) & 0x3f);
          b[p++] = 0x80 | ((u >> 6) & 0x3f);
          b[p++] = 0x80 | (u & 0x3f);
          i++;
        } else {
          // A surrogate without its other half: U+FFFD, as Buffer and TextEncoder write it.
          b[p++] = 0xef;
          b[p++] = 0xbf;
          b[p++] = 0xbd;
        }
      }
    }
    this.used = p;
  }
}
