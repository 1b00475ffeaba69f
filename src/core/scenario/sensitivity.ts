// How robust the answer is: the present-value difference when the discount rate and the lease
// escalation move by up to 2 percentage points each (the values that flip the answer, input by
// input, are in switching.ts).
import { Decimal } from '../decimal';
import { cheaperOf, compare } from './compare';
import type { ScenarioInput, Sensitivity, SensitivityPoint } from './types';

const POINT = new Decimal('0.01');
const LINE_STEPS = [-2, 0, 2];
export const GRID_STEPS = [-2, -1, 0, 1, 2];

function point(rate: Decimal, difference: Decimal): SensitivityPoint {
  return { rate, difference, cheaper: cheaperOf(difference) };
}

export function sensitivity(input: ScenarioInput): Sensitivity {
  const d = input.discountRate;
  const g = input.lease.escalationRate;
  const discountRates = GRID_STEPS.map((s) => d.plus(POINT.times(s)));
  const escalationRates = GRID_STEPS.map((s) => g.plus(POINT.times(s)));
  const difference = discountRates.map((dr) => escalationRates.map((er) => compare(input, { discountRate: dr, leaseEscalation: er }).difference));
  const at = (di: number, gi: number) => difference[GRID_STEPS.indexOf(di)][GRID_STEPS.indexOf(gi)];
  return {
    discountRate: LINE_STEPS.map((s) => point(d.plus(POINT.times(s)), at(s, 0))),
    leaseEscalation: LINE_STEPS.map((s) => point(g.plus(POINT.times(s)), at(0, s))),
    grid: { discountRates, escalationRates, difference },
  };
}
