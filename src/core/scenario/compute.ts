// computeScenario: the whole answer for one system, invest or lease, as every door shows it.
import { getRuleSet } from '../rulesets';
import type { Lang } from '../types';
import { compare } from './compare';
import { scenarioFindings } from './findings';
import { scenarioMessages as M } from './messages';
import { sensitivity } from './sensitivity';
import type { ScenarioInput, ScenarioResult, YearNeed } from './types';
import { ZERO } from '../decimal';

export function computeScenario(input: ScenarioInput, lang: Lang = 'vi'): ScenarioResult {
  const ruleSet = getRuleSet(input.ruleSetId);
  const c = compare(input);
  const investByYear = new Map<number, YearNeed>(c.years.map((y, i) => [y, c.invest.needs[i]]));
  const leaseByYear = new Map<number, YearNeed>(c.years.map((y, i) => [y, { 'ĐTPT': ZERO, CTX: c.lease.yearly[i] }]));
  const notes = [M.convention[lang]];
  if (input.horizonYears !== input.lease.termYears) notes.push(M.noteHorizonTerm(input.horizonYears, input.lease.termYears)[lang]);
  if (input.invest.usefulLifeYears > input.horizonYears) notes.push(M.noteResidualAsset(input.horizonYears, input.invest.usefulLifeYears)[lang]);
  return {
    ruleSet,
    years: c.years,
    invest: {
      baseCost: c.invest.baseCost,
      contingency: c.invest.contingency,
      escalation: c.invest.escalation,
      totalInvestment: c.invest.totalInvestment,
      byYear: investByYear,
      total: c.invest.total,
      pv: c.invest.pv,
    },
    lease: {
      availability: input.lease.availability,
      ratePerPeriod: c.lease.ratePerPeriod,
      periods: c.lease.periods,
      residual: c.lease.residual,
      periodPayment: c.lease.periodPayment,
      serviceTotal: c.lease.serviceTotal,
      adminTotal: c.lease.adminTotal,
      maintenanceTotal: c.lease.maintenanceTotal,
      otherCost: c.lease.otherCost,
      total: c.lease.total,
      byYear: leaseByYear,
      fixedByYear: new Map(c.years.map((y, i) => [y, c.lease.fixed[i]])),
      escalatingBaseByYear: new Map(c.years.map((y, i) => [y, c.lease.escalatingBase[i]])),
      pv: c.lease.pv,
    },
    difference: c.difference,
    cheaper: c.cheaper,
    breakEvenYear: c.breakEvenYear,
    sensitivity: sensitivity(input),
    findings: scenarioFindings(input, ruleSet, c.invest.totalInvestment, c.lease.total, lang),
    notes,
  };
}
