import fc from 'fast-check';
import { Decimal, ZERO } from '../../../src/core/decimal';
import { Tally } from '../../../src/core/tally';

it('a tally of shared amounts is exactly their sum, added one by one', () => {
  const amount = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 3 })).map(([n, k]) => new Decimal(n).div(10 ** k));
  fc.assert(fc.property(fc.array(amount, { maxLength: 8 }), fc.array(fc.nat({ max: 7 }), { maxLength: 60 }), (pool, picks) => {
    if (pool.length === 0) return;
    const tally = new Tally();
    let sum = ZERO;
    for (const i of picks) {
      const v = pool[i % pool.length]; // the same Decimal object recurs, as shared cell readings do
      tally.add(v);
      sum = sum.plus(v);
    }
    expect(tally.total().eq(sum)).toBe(true);
  }));
});
