// Investment under TT 04/2020/TT-BTTTT: V = G_XL + G_TB + G_QLDA + G_TV + G_K + G_DP, where G_DP
// is a rate on the first five plus price escalation over the build years; V is paid in equal
// shares at the end of each build year (CONTRACT's default comparison), the asset serves from
// acceptance and its running costs (CTX) fall at year ends up to the horizon.
import { Decimal, ZERO, sum } from '../decimal';
import { COST_KEYS, InvestInput } from './types';

export interface InvestSchedule {
  baseCost: Decimal;
  contingency: Decimal;
  escalation: Decimal;
  totalInvestment: Decimal;
  /** Index 0 = the first budget year: ĐTPT (the shares of V). */
  capital: Decimal[];
  /** CTX: running costs after the build, to the horizon. */
  operating: Decimal[];
}

/**
 * The price-escalation contingency is computed on the money planned for each build year: year t
 * (1-based) carries share × ((1 + e)^t − 1), the ND 68/2019-style formula TT 04/2020 follows.
 */
export function investSchedule(invest: InvestInput, horizonYears: number, spanYears: number, operatingCost: Decimal): InvestSchedule {
  const baseCost = sum(COST_KEYS.map((k) => invest.costs[k]));
  const contingency = baseCost.times(invest.contingencyRate);
  const share = baseCost.div(invest.buildYears);
  const growth = invest.escalationRate.plus(1);
  let escalation = ZERO;
  for (let t = 1; t <= invest.buildYears; t++) escalation = escalation.plus(share.times(growth.pow(t).minus(1)));
  const totalInvestment = baseCost.plus(contingency).plus(escalation);
  const paid = totalInvestment.div(invest.buildYears);
  const capital: Decimal[] = [];
  const operating: Decimal[] = [];
  for (let t = 1; t <= spanYears; t++) {
    capital.push(t <= invest.buildYears ? paid : ZERO);
    operating.push(t > invest.buildYears && t <= horizonYears ? operatingCost : ZERO);
  }
  return { baseCost, contingency, escalation, totalInvestment, capital, operating };
}

/**
 * What the asset is still worth at the horizon: straight line over its useful life from
 * acceptance (the end of the build), V × max(life − (horizon − build), 0) / life.
 */
export function remainingValue(totalInvestment: Decimal, usefulLife: Decimal, horizonYears: number, buildYears: number): Decimal {
  const left = usefulLife.minus(horizonYears - buildYears);
  return left.lte(0) ? ZERO : totalInvestment.times(left).div(usefulLife);
}
