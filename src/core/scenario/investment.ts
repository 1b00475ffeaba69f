// Investment under TT 04/2020/TT-BTTTT: V = G_XL + G_TB + G_QLDA + G_TV + G_K + G_DP, where G_DP is
// a rate on the first five plus price escalation over the build years, and the yearly budget
// needs: ĐTPT during the build, the operating cost (CTX) after it up to the horizon.
import { Decimal, ZERO, sum } from '../decimal';
import { COST_KEYS, InvestInput, YearNeed } from './types';

export interface InvestSchedule {
  baseCost: Decimal;
  contingency: Decimal;
  escalation: Decimal;
  totalInvestment: Decimal;
  /** Index 0 = startYear. */
  needs: YearNeed[];
}

/**
 * The build spends the base cost evenly over the build years; year t (1-based) carries its share
 * with contingency, plus escalation share × ((1 + e)^t − 1), as the price-escalation contingency
 * is computed on the money planned for each year (the ND 68/2019-style formula TT 04/2020 follows).
 */
export function investSchedule(invest: InvestInput, horizonYears: number, spanYears: number): InvestSchedule {
  const baseCost = sum(COST_KEYS.map((k) => invest.costs[k]));
  const contingency = baseCost.times(invest.contingencyRate);
  const share = baseCost.div(invest.buildYears);
  const growth = invest.escalationRate.plus(1);
  const needs: YearNeed[] = [];
  let escalation = ZERO;
  for (let t = 1; t <= spanYears; t++) {
    if (t <= invest.buildYears) {
      const escalated = share.times(growth.pow(t).minus(1));
      escalation = escalation.plus(escalated);
      needs.push({ 'ĐTPT': share.times(invest.contingencyRate.plus(1)).plus(escalated), CTX: ZERO });
    } else if (t <= horizonYears) {
      needs.push({ 'ĐTPT': ZERO, CTX: invest.annualOperatingCost });
    } else {
      needs.push({ 'ĐTPT': ZERO, CTX: ZERO });
    }
  }
  return { baseCost, contingency, escalation, totalInvestment: baseCost.plus(contingency).plus(escalation), needs };
}
