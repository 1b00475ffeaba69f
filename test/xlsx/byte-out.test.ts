// The bytes --out's sheets are written as: each text's UTF-8, as Buffer writes it, over every kind
// of character (ASCII, Vietnamese, characters past the BMP, a surrogate without its other half),
// and a batch that must grow for a long text keeps what was written before it.
import fc from 'fast-check';
import { ByteOut } from '../../src/xlsx/byte-out';

/** Texts written one after another into `out`, the bytes so far. */
function bytesOf(texts: readonly string[], size: number): Buffer {
  const out = new ByteOut(Buffer.alloc(size));
  for (const t of texts) out.text(t);
  return Buffer.from(out.buf.subarray(0, out.used));
}

it('writes each text as Buffer.from(text, "utf8") would, one after another', () => {
  // Any UTF-16 units, surrogates often: halves in either order, alone or in pairs.
  const unit = fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0xd7ff, max: 0xe000 })).map((c) => String.fromCharCode(c));
  const text = fc.oneof(
    fc.string({ unit, maxLength: 60 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.constantFrom('Nhiệm vụ số 1', 'Hệ thống 😀', 'nửa cặp \ud800', '\udc00 đầu', 'cuối \ud83d', '\ud83d\ud83d\ude00', ''),
  );
  fc.assert(fc.property(fc.array(text, { maxLength: 12 }), fc.integer({ min: 1, max: 64 }), (texts, size) => {
    const got = bytesOf(texts, size);
    const want = Buffer.concat(texts.map((t) => Buffer.from(t, 'utf8')));
    expect(got.toString('hex')).toBe(want.toString('hex'));
  }), { numRuns: 2000 });
});

it('copies bytes given already encoded between texts, growing a batch too small for them', () => {
  // The markup a row writer copies ('<c r="A', '"><v>', '</v></c>') beside the texts it encodes.
  const piece = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }).map((t) => ({ t })), fc.string({ maxLength: 30 }).map((t) => ({ b: Buffer.from(t, 'utf8') })));
  fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), fc.integer({ min: 1, max: 64 }), (pieces, size) => {
    const out = new ByteOut(Buffer.alloc(size));
    for (const p of pieces) if ('t' in p) out.text(p.t); else out.bytes(p.b);
    const want = Buffer.concat(pieces.map((p) => ('t' in p ? Buffer.from(p.t, 'utf8') : p.b)));
    expect(Buffer.from(out.buf.subarray(0, out.used)).toString('hex')).toBe(want.toString('hex'));
  }), { numRuns: 1000 });
});

it('worked example: ASCII, a two-byte and a three-byte letter, an emoji, a lone surrogate', () => {
  // "A" 41; "đ" U+0111 → C4 91; "ệ" U+1EC7 → E1 BB 87; "😀" U+1F600 → F0 9F 98 80; lone U+D800 → EF BF BD.
  expect(bytesOf(['Ađ', 'ệ😀', '\ud800'], 4).toString('hex')).toBe('41c491e1bb87f09f9880efbfbd');
});

it('is full past its size less the slack kept for a row, and empty again once given a new batch', () => {
  const out = new ByteOut(Buffer.alloc(1 << 20));
  out.text('x'.repeat((1 << 20) - (1 << 16) - 1));
  expect(out.full).toBe(false);
  out.text('x');
  expect(out.full).toBe(true);
  out.reset(Buffer.alloc(1 << 20));
  expect(out.used).toBe(0);
  expect(out.full).toBe(false);
});
