// UTF-8 text arriving in pieces (an inflated part), decoded a piece at a time. Over plain ASCII
// (a worksheet's XML: its text is in the shared strings) a streaming TextDecoder ({ stream: true })
// takes about twice as long as decoding each piece whole; over other text it is the quicker. So
// pieces are decoded whole, each up to its last complete character (the bytes of a character cut
// at its end wait for the next piece), until one holds more than ASCII; from there on the stream
// decoder reads the rest. Same text and same refusals as TextDecoder('utf-8', { fatal: true })
// streaming: a leading byte-order mark dropped, bad or unfinished UTF-8 a TypeError.

const BOM = [0xef, 0xbb, 0xbf];

/** Where the bytes' last complete character ends: before a character cut short at the end, else the end. */
function completeEnd(b: Uint8Array): number {
  const n = b.length;
  let i = n - 1;
  while (i >= 0 && n - 1 - i < 3 && (b[i] & 0xc0) === 0x80) i--;
  if (i < 0) return n;
  const lead = b[i];
  // Not a lead byte: the decoder refuses the bytes as they are.
  const need = lead < 0x80 ? 1 : (lead & 0xe0) === 0xc0 ? 2 : (lead & 0xf0) === 0xe0 ? 3 : (lead & 0xf8) === 0xf0 ? 4 : 1;
  return i + need <= n ? n : i;
}

export class Utf8Pieces {
  private readonly whole = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private readonly stream = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  /** Every piece so far was ASCII: the next is decoded whole too. */
  private ascii = true;
  private carry: Uint8Array | null = null;
  private first = true;

  decode(input?: Uint8Array, options?: { stream?: boolean }): string {
    const streaming = options?.stream === true;
    let bytes = input ?? new Uint8Array(0);
    if (!this.ascii) return this.stream.decode(bytes, { stream: streaming });
    if (this.carry) {
      const joined = new Uint8Array(this.carry.length + bytes.length);
      joined.set(this.carry);
      joined.set(bytes, this.carry.length);
      bytes = joined;
      this.carry = null;
    }
    let start = 0;
    if (this.first) {
      // Whether the mark is there is known only once three bytes have come.
      if (streaming && bytes.length < BOM.length) {
        this.carry = bytes.length ? bytes.slice() : null;
        return '';
      }
      this.first = false;
      if (bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2]) start = BOM.length;
    }
    const end = streaming ? completeEnd(bytes) : bytes.length;
    const text = start === 0 && end === bytes.length ? this.whole.decode(bytes) : this.whole.decode(bytes.subarray(start, end));
    // Fewer characters than bytes: not ASCII (a character of two to four bytes is one or two UTF-16 units).
    if (text.length !== end - start) this.ascii = false;
    if (end < bytes.length) {
      if (this.ascii) this.carry = bytes.slice(end);
      else return text + this.stream.decode(bytes.subarray(end), { stream: true });
    }
    return text;
  }
}
