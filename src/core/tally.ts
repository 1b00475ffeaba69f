// Exact sums of many amounts where the same amount recurs: plans repeat their figures (a
// "1.000" line per district, one cell read once and shared by every row that holds it), so
// each distinct amount is counted and multiplied once instead of added row by row.
import { Decimal, ZERO } from './decimal';

export class Tally {
  private readonly counts = new Map<Decimal, number>();

  add(value: Decimal): void {
    this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
  }

  /** The exact sum of everything added. */
  total(): Decimal {
    let sum = ZERO;
    for (const [value, n] of this.counts) sum = sum.plus(n === 1 ? value : value.times(n));
    return sum;
  }
}
