// Discount factors (1 + d)^(−t) for t in years from 1 January of the start year, t fractional
// for payments made within a year. Whole years are cached; a run of equal payments every 1/k
// year is summed in closed form (a geometric series), so a 50-year monthly lease costs the same
// as a yearly one and the switching-value search can afford many runs.
import { Decimal } from '../decimal';

export class Discounter {
  private readonly base: Decimal;
  private readonly whole = new Map<number, Decimal>();
  private readonly perPeriod = new Map<number, Decimal>();

  constructor(rate: Decimal) {
    this.base = rate.plus(1);
    if (this.base.lte(0)) throw new RangeError('discount rate must be above −100%');
  }

  /** (1 + d)^(−years), years whole. */
  at(years: number): Decimal {
    let f = this.whole.get(years);
    if (!f) {
      f = this.base.pow(-years);
      this.whole.set(years, f);
    }
    return f;
  }

  /**
   * Σ_{j=1..n} (1 + d)^−(offset + (j − s)/k), s = 1 when paid at the start of each period:
   * with v = (1 + d)^(−1/k), v^(1−s) · (1 − v^n) / (1 − v), times (1 + d)^(−offset).
   */
  annuity(offset: number, n: number, k: number, atStart: boolean): Decimal {
    let v = this.perPeriod.get(k);
    if (!v) {
      v = this.base.pow(new Decimal(-1).div(k));
      this.perPeriod.set(k, v);
    }
    const series = v.eq(1) ? new Decimal(n) : new Decimal(1).minus(v.pow(n)).div(new Decimal(1).minus(v)).times(atStart ? 1 : v);
    return series.times(this.at(offset));
  }
}

// A comparison re-run with another input but the same discount rate (the switching-value search,
// the sensitivity grid's rows) reuses its factors.
const recent = new Map<string, Discounter>();
const RECENT = 64;

export function discounter(rate: Decimal): Discounter {
  const key = rate.toString();
  let d = recent.get(key);
  if (!d) {
    if (recent.size >= RECENT) recent.clear();
    d = new Discounter(rate);
    recent.set(key, d);
  }
  return d;
}
