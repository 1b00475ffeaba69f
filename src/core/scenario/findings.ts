// The scenario's findings: what the rule set says about the two options. None is an error: the
// scenario is advice; the officer decides.
import type { Decimal } from '../decimal';
import { RuleSet, procedureHint } from '../rulesets';
import type { Finding, Lang } from '../types';
import { formatAmount, formatPercent } from './format';
import { scenarioMessages as M } from './messages';
import type { ScenarioInput } from './types';

function finding(code: Finding['code'], severity: Finding['severity'], message: string, expected: string | null, actual: string | null): Finding {
  return { code, severity, row: null, cell: null, message, expected, actual, suggestion: null, related: [] };
}

export function scenarioFindings(input: ScenarioInput, ruleSet: RuleSet, totalInvestment: Decimal, leaseTotal: Decimal, lang: Lang): Finding[] {
  const out: Finding[] = [];
  const { lease, invest } = input;
  const min = ruleSet.leaseTermMinYears;
  const max = ruleSet.leaseTermMaxYears;
  if (lease.availability === 'custom' && (lease.termYears < min.value || lease.termYears > max.value)) {
    out.push(finding('LEASE_TERM_OUT_OF_RANGE', 'warning',
      M.leaseTerm(lease.termYears, min.value, max.value, max.source)[lang], `${min.value}-${max.value}`, String(lease.termYears)));
  }
  const cap = ruleSet.maxContingencyRate;
  if (invest.contingencyRate.gt(cap.value)) {
    out.push(finding('CONTINGENCY_OVER_LIMIT', 'warning',
      M.contingency(formatPercent(invest.contingencyRate, lang), formatPercent(cap.value, lang), cap.source)[lang],
      cap.value.toFixed(), invest.contingencyRate.toFixed()));
  }
  if (input.stateShare !== null && input.stateShare.lt(ruleSet.minStateShare.value)) {
    const s = ruleSet.minStateShare;
    out.push(finding('PROCEDURE_HINT', 'info',
      M.stateShare(formatPercent(input.stateShare, lang), formatPercent(s.value, lang), s.source)[lang],
      s.value.toFixed(), input.stateShare.toFixed()));
  }
  const investHint = procedureHint(totalInvestment, input.unit, 'ĐTPT', ruleSet);
  out.push(finding('PROCEDURE_HINT', 'info',
    M.investRoute(formatAmount(totalInvestment, lang), input.unit, investHint[lang])[lang], investHint.route, totalInvestment.toFixed()));
  const leaseHint = procedureHint(leaseTotal, input.unit, 'CTX', ruleSet);
  const leaseText = lease.availability === 'custom'
    ? M.leaseRouteCustom(formatAmount(leaseTotal, lang), input.unit, leaseHint[lang], `${ruleSet.name}, Điều 52–58`)
    : M.leaseRouteMarket(formatAmount(leaseTotal, lang), input.unit, leaseHint[lang], `${ruleSet.name}, Điều 52–58`);
  out.push(finding('PROCEDURE_HINT', 'info', leaseText[lang], leaseHint.route, leaseTotal.toFixed()));
  return out;
}
