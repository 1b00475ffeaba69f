// Both options side by side: nominal yearly budget needs, present values, the difference, which
// is cheaper and the break-even year, under the comparison's conventions (CONTRACT "Rule sets
// and dates", the default comparison, exactly):
// - t in years from 1 January of startYear; budget year y ends at t = y.
// - V is paid in equal shares at t = 1 … buildYears; the asset serves from acceptance
//   (t = buildYears) and its remaining value is credited at t = horizon (residualCredit).
// - sameServiceYears: the lease also starts at t = buildYears; payment j of n falls at
//   offset + j/k (end of period) or offset + (j − 1)/k (start); yearly running costs at year ends.
// - discounting 'payment': every flow by (1 + d)^(−t), t fractional; 'year-end' (the old
//   convention): every flow at the end of its budget year, as Excel's NPV.
import { Decimal, ZERO } from '../decimal';
import { discounter } from './discount';
import { investSchedule, remainingValue, type InvestSchedule } from './investment';
import { leaseSchedule, straightLineResidual, type LeaseSchedule } from './lease';
import type { Cheaper, ScenarioInput, SwitchingKey } from './types';

/** One input moved away from what was typed (sensitivity, switching values). */
export type Overrides = Partial<Record<SwitchingKey | 'leaseEscalation', Decimal>>;

export interface Comparison {
  /** Budget years, from startYear, consecutive. */
  years: number[];
  invest: InvestSchedule & {
    /** Per budget year: capital + operating. */
    yearly: Decimal[];
    total: Decimal;
    residualValue: Decimal;
    residualPv: Decimal;
    pv: Decimal;
  };
  lease: LeaseSchedule & {
    /** Per budget year, contingency included: what the budget must hold. */
    yearly: Decimal[];
    paymentsPv: Decimal;
    pv: Decimal;
  };
  difference: Decimal;
  cheaper: Cheaper;
  breakEvenYear: number | null;
}

export function cheaperOf(difference: Decimal): Cheaper {
  if (difference.gt(0)) return 'invest';
  if (difference.lt(0)) return 'lease';
  return 'equal';
}

/** The lease's first day, in years from the start: acceptance of the build, or year one. */
export function leaseOffset(input: ScenarioInput): number {
  return input.compare.sameServiceYears ? input.invest.buildYears : 0;
}

/** Budget years the comparison spans: to the horizon, or to the end of a lease that runs longer. */
export function spanYears(input: ScenarioInput): number {
  return Math.max(input.horizonYears, leaseOffset(input) + input.lease.termYears);
}

/** S as the inputs give it: typed (moving in proportion with a moved build cost), else straight line over the lessor's life. */
function residualOf(input: ScenarioInput, buildCost: Decimal, lessorLife: Decimal): Decimal {
  const typed = input.lease.residualValue;
  if (typed === null) return straightLineResidual(buildCost, lessorLife, input.lease.termYears);
  const typedBuild = input.lease.buildCost;
  return typedBuild.isZero() ? typed : typed.times(buildCost).div(typedBuild);
}

export function compare(input: ScenarioInput, over: Overrides = {}): Comparison {
  const { invest, lease } = input;
  const discountRate = over.discountRate ?? input.discountRate;
  const usefulLife = over.usefulLifeYears ?? new Decimal(invest.usefulLifeYears);
  const buildCost = over.buildCost ?? lease.buildCost;
  const lessorLife = lease.lessorUsefulLifeYears !== null ? new Decimal(lease.lessorUsefulLifeYears) : usefulLife;
  const residual = over.residualValue ?? residualOf(input, buildCost, lessorLife);
  const disc = discounter(discountRate);
  const yearEnd = input.compare.discounting === 'year-end';

  const span = spanYears(input);
  const years = Array.from({ length: span }, (_, i) => input.startYear + i);
  const inv = investSchedule(invest, input.horizonYears, span, over.annualOperatingCost ?? invest.annualOperatingCost);
  const investYearly = inv.capital.map((c, i) => c.plus(inv.operating[i]));
  const residualValue = remainingValue(inv.totalInvestment, usefulLife, input.horizonYears, invest.buildYears);
  const residualPv = input.compare.residualCredit ? residualValue.times(disc.at(input.horizonYears)) : ZERO;
  let investPv = ZERO;
  investYearly.forEach((v, i) => { investPv = investPv.plus(v.times(disc.at(i + 1))); });
  investPv = investPv.minus(residualPv);

  const offset = leaseOffset(input);
  const ls = leaseSchedule(lease, {
    buildCost, residual, depositRate: over.depositRate ?? lease.depositRate,
    escalationRate: over.leaseEscalation ?? lease.escalationRate, lessorUsefulLifeYears: lessorLife.toNumber(),
  }, offset);
  const withContingency = lease.contingencyRate.plus(1);
  const atStart = lease.payment === 'start';
  const custom = lease.availability === 'custom';
  let paymentsPv = ZERO;
  let otherPv = ZERO;
  const leaseYearly: Decimal[] = Array.from({ length: span }, () => ZERO);
  for (let i = 1; i <= lease.termYears; i++) {
    const budgetYear = offset + i;
    leaseYearly[budgetYear - 1] = ls.payments[i - 1].plus(ls.yearlyCosts[i - 1]).plus(ls.oneOffs[i - 1]).times(withContingency);
    otherPv = otherPv.plus(ls.yearlyCosts[i - 1].plus(ls.oneOffs[i - 1]).times(disc.at(budgetYear)));
    // A market price is one payment a year, at the start or the end of the lease year.
    if (yearEnd) paymentsPv = paymentsPv.plus(ls.payments[i - 1].times(disc.at(budgetYear)));
    else if (!custom) paymentsPv = paymentsPv.plus(ls.payments[i - 1].times(disc.at(atStart ? budgetYear - 1 : budgetYear)));
  }
  if (custom && !yearEnd) paymentsPv = ls.periodPayment.times(disc.annuity(offset, ls.periods, lease.periodsPerYear, atStart));
  paymentsPv = paymentsPv.times(withContingency);
  const leasePv = paymentsPv.plus(otherPv.times(withContingency));

  const difference = leasePv.minus(investPv);
  let cumInvest = ZERO;
  let cumLease = ZERO;
  let breakEvenYear: number | null = null;
  for (let i = 0; i < span; i++) {
    cumInvest = cumInvest.plus(investYearly[i]);
    cumLease = cumLease.plus(leaseYearly[i]);
    if (breakEvenYear === null && cumLease.gt(cumInvest)) breakEvenYear = years[i];
  }
  return {
    years,
    invest: { ...inv, yearly: investYearly, total: investYearly.reduce((a, b) => a.plus(b), ZERO), residualValue, residualPv, pv: investPv },
    lease: { ...ls, yearly: leaseYearly, paymentsPv, pv: leasePv },
    difference,
    cheaper: cheaperOf(difference),
    breakEvenYear,
  };
}
