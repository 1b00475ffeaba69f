// Both options side by side over the same years: nominal yearly needs, present values, the
// difference, which is cheaper and the break-even year.
//
// Present-value convention (the engine and the "NS Phương án" sheet use the same one): each
// year's cash is discounted at the end of that year, startYear being year 1, i.e. Excel's
// NPV(discountRate, year1, year2, …). Payments inside a year (monthly, quarterly) count in that
// year, so the comparison reads in yearly budget terms, as the plan does.
import { Decimal, ZERO } from '../decimal';
import { npv } from './finance';
import { investSchedule, InvestSchedule } from './investment';
import { leaseSchedule, LeaseSchedule } from './lease';
import type { Cheaper, ScenarioInput } from './types';

export interface Comparison {
  years: number[];
  invest: InvestSchedule & { yearly: Decimal[]; total: Decimal; pv: Decimal };
  lease: LeaseSchedule & { total: Decimal; pv: Decimal };
  difference: Decimal;
  cheaper: Cheaper;
  breakEvenYear: number | null;
}

/** Years the comparison spans: to the horizon, or to the end of a longer lease. */
export function spanYears(input: ScenarioInput): number {
  return Math.max(input.horizonYears, input.lease.termYears);
}

export function cheaperOf(difference: Decimal): Cheaper {
  if (difference.gt(0)) return 'invest';
  if (difference.lt(0)) return 'lease';
  return 'equal';
}

export function compare(input: ScenarioInput): Comparison {
  const span = spanYears(input);
  const years = Array.from({ length: span }, (_, i) => input.startYear + i);
  const inv = investSchedule(input.invest, input.horizonYears, span);
  const investYearly = inv.needs.map((n) => n['ĐTPT'].plus(n.CTX));
  const ls = leaseSchedule(input.lease, input.invest, span);
  const investPv = npv(input.discountRate, investYearly);
  const leasePv = npv(input.discountRate, ls.yearly);
  const difference = leasePv.minus(investPv);
  let cumInvest = ZERO;
  let cumLease = ZERO;
  let breakEvenYear: number | null = null;
  for (let i = 0; i < span; i++) {
    cumInvest = cumInvest.plus(investYearly[i]);
    cumLease = cumLease.plus(ls.yearly[i]);
    if (breakEvenYear === null && cumLease.gt(cumInvest)) breakEvenYear = years[i];
  }
  return {
    years,
    invest: { ...inv, yearly: investYearly, total: investYearly.reduce((a, b) => a.plus(b), ZERO), pv: investPv },
    lease: { ...ls, total: ls.yearly.reduce((a, b) => a.plus(b), ZERO), pv: leasePv },
    difference,
    cheaper: cheaperOf(difference),
    breakEvenYear,
  };
}
