// computeScenario: the whole answer for one system, invest or lease, as every door shows it,
// under the law in force on the decision date (or the one the input names).
import { ZERO } from '../decimal';
import { formatAmount } from '../i18n';
import { cite } from '../i18n/rules';
import { ESTIMATE_KIND, scenarioNotes } from '../i18n/scenario';
import { chooseRuleSet, isKnown, ruleOn, type RuleSetChoice, ruleDate } from '../rulesets';
import type { Lang, SpendingType } from '../types';
import { compare, type Comparison } from './compare';
import { documentTypeOf, scenarioFindings } from './findings';
import { sensitivity } from './sensitivity';
import { switchingValues } from './switching';
import type { FundingSource, ScenarioInput, ScenarioResult, YearNeed, YearNeedBySource } from './types';

/** The law for a scenario: as named, else the one in force on decisionDate (else 1 January of startYear). */
export function scenarioRuleSet(input: ScenarioInput): RuleSetChoice {
  const dated = input.decisionDate
    ? { date: input.decisionDate, basis: 'decisionDate' as const }
    : { date: `${input.startYear}-01-01`, basis: 'startYear' as const };
  return chooseRuleSet(input.ruleSetId, dated);
}

function bySource(needs: Map<number, YearNeed>, source: (type: SpendingType) => FundingSource): Map<number, YearNeedBySource> {
  const out = new Map<number, YearNeedBySource>();
  for (const [year, need] of needs) {
    const row: YearNeedBySource = {};
    for (const type of ['ĐTPT', 'CTX'] as const) {
      if (need[type].isZero()) continue;
      const s = source(type);
      const cell = row[s] ?? { 'ĐTPT': ZERO, CTX: ZERO };
      cell[type] = cell[type].plus(need[type]);
      row[s] = cell;
    }
    out.set(year, row);
  }
  return out;
}

function notes(input: ScenarioInput, choice: RuleSetChoice, c: Comparison, lang: Lang): string[] {
  const out = scenarioNotes.conventions(input.compare).map((t) => t[lang]);
  const { lease, invest } = input;
  if (input.horizonYears - invest.buildYears !== lease.termYears) {
    out.push(scenarioNotes.horizonTerm(input.horizonYears, invest.buildYears, c.lease.offset, lease.termYears)[lang]);
  }
  if (lease.availability === 'custom') {
    if (lease.residualValue === null && lease.lessorUsefulLifeYears === null) out.push(scenarioNotes.lessorLife(invest.usefulLifeYears)[lang]);
    if (lease.depositRates) {
      const pct = (d: typeof lease.depositRate) => `${formatAmount(lang, d.times(100).toDecimalPlaces(4))}%`;
      out.push(scenarioNotes.banks(lease.depositRates.map((b) => b.bank).join(', '), pct(lease.depositRate))[lang]);
    } else out.push(scenarioNotes.depositTyped[lang]);
  }
  const date = ruleDate(choice);
  const doc = documentTypeOf(input, choice, c.invest.totalInvestment);
  const oneStep = ruleOn(choice.ruleSet, 'oneStepDesignMax', date);
  const cap = doc ? ruleOn(choice.ruleSet, doc === 'bckt' ? 'contingencyBckt' : 'contingencyFeasibility', date) : null;
  // Said only where a cap was checked: the report kind was guessed to pick it.
  if (!invest.documentType && doc && isKnown(oneStep) && cap && isKnown(cap) && cap.value !== null) {
    out.push(scenarioNotes.documentGuess(ESTIMATE_KIND[doc], cite(oneStep))[lang]);
  }
  const price = ruleOn(choice.ruleSet, 'leasePrice', date);
  if (lease.availability === 'custom' && isKnown(price) && price.value === 'quotes') out.push(scenarioNotes.quotePrice(choice.ruleSet.name)[lang]);
  if (choice.ruleSet.id === 'nd224-2026') {
    out.push(scenarioNotes.preferMarket(choice.ruleSet.name)[lang]);
    out.push(scenarioNotes.noContingencyCap(choice.ruleSet.name)[lang]);
  }
  return out;
}

export function computeScenario(input: ScenarioInput, lang: Lang = 'vi'): ScenarioResult {
  const choice = scenarioRuleSet(input);
  const c = compare(input);
  const investByYear = new Map<number, YearNeed>(c.years.map((y, i) => [y, { 'ĐTPT': c.invest.capital[i], CTX: c.invest.operating[i] }]));
  const leaseByYear = new Map<number, YearNeed>(c.years.map((y, i) => [y, { 'ĐTPT': ZERO, CTX: c.lease.yearly[i] }]));
  const { invest, lease } = input;
  return {
    ruleSet: choice,
    years: c.years,
    invest: {
      baseCost: c.invest.baseCost,
      contingency: c.invest.contingency,
      escalation: c.invest.escalation,
      totalInvestment: c.invest.totalInvestment,
      byYear: investByYear,
      byYearSource: bySource(investByYear, (t) => (t === 'ĐTPT' ? invest.source : invest.operatingSource)),
      total: c.invest.total,
      residualValue: c.invest.residualValue,
      residualPv: c.invest.residualPv,
      pv: c.invest.pv,
    },
    lease: {
      availability: lease.availability,
      depositRate: c.lease.depositRate,
      ratePerPeriod: c.lease.ratePerPeriod,
      periods: c.lease.periods,
      lessorUsefulLifeYears: c.lease.lessorUsefulLifeYears,
      residual: c.lease.residual,
      periodPayment: c.lease.periodPayment,
      serviceTotal: c.lease.serviceTotal,
      adminTotal: c.lease.adminTotal,
      maintenanceTotal: c.lease.maintenanceTotal,
      otherCost: c.lease.otherCost,
      total: c.lease.total,
      managementCost: c.lease.managementCost,
      consultingCost: c.lease.consultingCost,
      otherEstimateCost: c.lease.otherEstimateCost,
      contingency: c.lease.contingency,
      estimateTotal: c.lease.estimateTotal,
      byYear: leaseByYear,
      byYearSource: bySource(leaseByYear, () => lease.source),
      paymentsPv: c.lease.paymentsPv,
      pv: c.lease.pv,
    },
    difference: c.difference,
    cheaper: c.cheaper,
    breakEvenYear: c.breakEvenYear,
    sensitivity: sensitivity(input),
    switching: switchingValues(input),
    findings: scenarioFindings(input, choice, c.invest.totalInvestment, c.lease.estimateTotal, lang),
    notes: notes(input, choice, c, lang),
  };
}
