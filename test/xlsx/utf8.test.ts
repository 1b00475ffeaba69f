// The part decoder against the platform's streaming TextDecoder, the reference it replaces: the
// same bytes cut into the same pieces must give the same text, or both refuse them.
import fc from 'fast-check';
import { Utf8Pieces } from '../../src/xlsx/utf8';

interface Decoder { decode(input?: Uint8Array, options?: { stream?: boolean }): string }

function run(d: Decoder, pieces: Uint8Array[]): string {
  try {
    let text = '';
    for (const p of pieces) text += d.decode(p, { stream: true });
    return `ok:${text + d.decode()}`;
  } catch (err) {
    // Node's TypeError, from outside the test's realm: known by its name.
    const name = typeof err === 'object' && err !== null ? (err as { name?: unknown }).name : undefined;
    return name === 'TypeError' ? 'refused' : `other:${String(err)}`;
  }
}

/** `bytes` cut at the given places (sorted, any repeats make empty pieces). */
function cut(bytes: Uint8Array, at: number[]): Uint8Array[] {
  const marks = [...at.map((a) => a % (bytes.length + 1)), bytes.length].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const m of marks) {
    out.push(bytes.subarray(from, m));
    from = m;
  }
  return out;
}

const enc = new TextEncoder();
// ASCII markup, Vietnamese (two and three bytes a letter), a four-byte emoji, a byte-order mark inside.
const textArb = fc.array(fc.constantFrom('<c r="A1"><v>12</v></c>', 'Nhiệm vụ ', 'Đơn vị tính', '😀', '\uFEFF', 'x', ' '), { maxLength: 12 }).map((p) => p.join(''));
const bytesArb = fc.tuple(fc.boolean(), textArb, fc.option(fc.tuple(fc.nat(), fc.constantFrom(0x80, 0xc3, 0xe1, 0xf0, 0xff)))).map(([bom, text, bad]) => {
  const body = enc.encode(text);
  const bytes = new Uint8Array((bom ? 3 : 0) + body.length);
  if (bom) bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, bom ? 3 : 0);
  if (bad && bytes.length) bytes[bad[0] % bytes.length] = bad[1];
  return bytes;
});

describe('the part decoder', () => {
  test('gives the streaming TextDecoder\'s text (or its refusal) for the same pieces', () => {
    let refused = 0;
    fc.assert(fc.property(bytesArb, fc.array(fc.nat(), { maxLength: 6 }), (bytes, at) => {
      const pieces = cut(bytes, at);
      const want = run(new TextDecoder('utf-8', { fatal: true }), pieces);
      if (want === 'refused') refused++;
      expect(run(new Utf8Pieces(), pieces)).toBe(want);
    }), { numRuns: 2000 });
    // Both kinds of input were tried.
    expect(refused).toBeGreaterThan(100);
    expect(refused).toBeLessThan(1900);
  });

  test('a character cut between pieces, a mark at the start dropped and one later kept', () => {
    // "ệ" is E1 BB 87: cut after its first byte, then after its second.
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x76, 0xe1, 0xbb, 0x87, 0xef, 0xbb, 0xbf]);
    expect(run(new Utf8Pieces(), [bytes.subarray(0, 1), bytes.subarray(1, 5), bytes.subarray(5, 6), bytes.subarray(6)])).toBe('ok:vệ\uFEFF');
    // Ending inside a character is refused.
    expect(run(new Utf8Pieces(), [bytes.subarray(0, 5)])).toBe('refused');
  });
});
