// The row reader's memo of number cells against a Map doing the same job, over many numbers:
// the same value for every key, each key read once, and -0, NaN and ±Infinity as a Map sees them.
import fc from 'fast-check';
import { NumberMemo } from '../../src/core/number-memo';

function compare(keys: readonly number[]): void {
  const memo = new NumberMemo<{ key: number }>();
  const map = new Map<number, { key: number }>();
  let made = 0;
  const wrong: number[] = [];
  for (const k of keys) {
    const got = memo.get(k, (n) => {
      made++;
      return { key: n };
    });
    let want = map.get(k);
    if (want === undefined) {
      want = { key: k === 0 ? 0 : k };
      map.set(k, want);
    }
    // NaN is its own key in a Map, but the memo reads it afresh (the same reading each time).
    if (!Object.is(got.key, want.key)) wrong.push(k);
  }
  expect(wrong).toEqual([]);
  const finiteDistinct = new Set(keys.filter((k) => Number.isFinite(k)).map((k) => (k === 0 ? 0 : k))).size;
  expect(made).toBe(finiteDistinct + keys.filter((k) => !Number.isFinite(k)).length);
}

describe('NumberMemo', () => {
  test('a 100.000-row column of figures: integers, tenths, repeats, past many growths', () => {
    const keys: number[] = [];
    for (let i = 0; i < 100000; i++) keys.push(100 + (i % 97) + (i % 10 === 5 ? 0.5 : 0), (i * 7) % 1301 / 10, i * 1e6 + 0.25);
    compare(keys);
  });

  test('-0 and 0 are one key; NaN and the infinities are read each time', () => {
    compare([0, -0, NaN, NaN, Infinity, -Infinity, Infinity, 5e-324, -5e-324, Number.MAX_VALUE, 0.1 + 0.2, 0.3]);
  });

  test('any numbers', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.double(), fc.integer({ min: -50, max: 50 }), fc.constantFrom(0, -0, 1.5, 2 ** 53)), { maxLength: 400 }), (keys) => {
      compare([...keys, ...keys]);
    }), { numRuns: 200 });
  });
});
