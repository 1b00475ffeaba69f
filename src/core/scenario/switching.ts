// Switching values: for each input an appraiser questions, the value at which the cheaper option
// flips (the present-value difference crosses zero), found by re-running the comparison with
// that one input changed (S moving with the build cost), or null when it lies beyond ±50 % of
// the input (CONTRACT). The difference is affine in the build cost, S and the running cost, so
// those are solved exactly from two runs (the sheet writes the same closed form as a formula);
// the discount rate, N and the useful life are bracketed and found by the Illinois variant of
// regula falsi (a dozen runs, not the sixty of bisection) to 1e-24 of the input.
import { Decimal } from '../decimal';
import { compare, type Overrides } from './compare';
import type { ScenarioInput, SwitchingKey, SwitchingValue } from './types';
import { SWITCHING_KEYS } from './types';

const HALF = new Decimal('0.5');
const LINEAR: ReadonlySet<SwitchingKey> = new Set(['buildCost', 'residualValue', 'annualOperatingCost']);
const ITERATIONS = 100;
const TOLERANCE = new Decimal('1e-24');

/** The input as given (S as computed when it is derived), and whether it applies to this scenario. */
function baseValue(input: ScenarioInput, key: SwitchingKey): Decimal | null {
  const custom = input.lease.availability === 'custom';
  switch (key) {
    case 'buildCost': return custom ? input.lease.buildCost : null;
    case 'residualValue': return custom ? compare(input).lease.residual : null;
    case 'depositRate': return custom ? input.lease.depositRate : null;
    case 'discountRate': return input.discountRate;
    case 'annualOperatingCost': return input.invest.annualOperatingCost;
    case 'usefulLifeYears': return new Decimal(input.invest.usefulLifeYears);
  }
}

function sign(d: Decimal): number {
  return d.isZero() ? 0 : d.isNegative() ? -1 : 1;
}

export function switchingValue(input: ScenarioInput, key: SwitchingKey): SwitchingValue {
  const base = baseValue(input, key);
  if (base === null) return { base: new Decimal(0), value: null };
  const at = (x: Decimal) => compare(input, { [key]: x } as Overrides).difference;
  const d0 = at(base);
  if (d0.isZero()) return { base, value: base };
  const lo = base.times(HALF);
  const hi = base.times(HALF.plus(1));
  if (lo.eq(hi)) return { base, value: null };
  if (LINEAR.has(key)) {
    const d1 = at(hi);
    const slope = d1.minus(d0).div(hi.minus(base));
    if (slope.isZero()) return { base, value: null };
    const root = base.minus(d0.div(slope));
    return { base, value: root.gte(lo) && root.lte(hi) ? root : null };
  }
  let a: Decimal;
  let b: Decimal;
  const dLo = at(lo);
  if (sign(dLo) !== sign(d0)) [a, b] = [lo, base];
  else if (sign(at(hi)) !== sign(d0)) [a, b] = [base, hi];
  else return { base, value: null };
  return { base, value: illinois(at, a, b, base.abs().times(TOLERANCE)) };
}

/** A root of f in [a, b] where f changes sign: regula falsi, halving the stale end's weight (Illinois). */
function illinois(f: (x: Decimal) => Decimal, a0: Decimal, b0: Decimal, tolerance: Decimal): Decimal {
  let [a, b] = [a0, b0];
  let [fa, fb] = [f(a), f(b)];
  let side = 0;
  let previous: Decimal | null = null;
  for (let i = 0; i < ITERATIONS; i++) {
    const c = a.times(fb).minus(b.times(fa)).div(fb.minus(fa));
    const fc = f(c);
    if (fc.isZero() || b.minus(a).abs().lte(tolerance) || (previous !== null && c.minus(previous).abs().lte(tolerance))) return c;
    previous = c;
    if (sign(fc) === sign(fb)) {
      [b, fb] = [c, fc];
      if (side === -1) fa = fa.div(2);
      side = -1;
    } else {
      [a, fa] = [c, fc];
      if (side === 1) fb = fb.div(2);
      side = 1;
    }
    if (b.minus(a).abs().lte(tolerance)) return a.plus(b).div(2);
  }
  return a.plus(b).div(2);
}

export function switchingValues(input: ScenarioInput): Record<SwitchingKey, SwitchingValue> {
  return Object.fromEntries(SWITCHING_KEYS.map((k) => [k, switchingValue(input, k)])) as Record<SwitchingKey, SwitchingValue>;
}
