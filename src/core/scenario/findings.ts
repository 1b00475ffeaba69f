// The scenario's findings: what the law in force on the decision date says about the two
// options. None is an error: the scenario is advice; the officer decides. A finding resting on a
// transcribed or reported rule is followed by a RULESET_UNCONFIRMED note naming it, and a law we
// have no text of says which checks it could not make.
import type { Decimal } from '../decimal';
import { makeFinding, type FindingInput } from '../findings';
import { formatAmount, formatPercent } from '../i18n';
import { cite, dmy } from '../i18n/rules';
import { ESTIMATE_KIND, OPTION } from '../i18n/scenario';
import { isKnown, procedureHint, ruleOn, type Rule, type RuleSetChoice, ruleDate } from '../rulesets';
import { lawNotes, RuleUse, unconfirmedNotes } from '../rules/law-notes';
import type { Finding, Lang } from '../types';
import type { DocumentType, ScenarioInput } from './types';


/** Which report the project is prepared with: as stated, else one-step design (bckt) when the total allows it. */
export function documentTypeOf(input: ScenarioInput, choice: RuleSetChoice, totalInvestment: Decimal): DocumentType | null {
  if (input.invest.documentType) return input.invest.documentType;
  const hint = procedureHint({ amount: totalInvestment, type: 'ĐTPT' }, input.unit, choice.ruleSet, choice.date);
  if (!hint) return null;
  return hint.route === 'one-step-design' ? 'bckt' : 'feasibility';
}

export function scenarioFindings(input: ScenarioInput, choice: RuleSetChoice, totalInvestment: Decimal, leaseEstimate: Decimal, lang: Lang): Finding[] {
  const say = (f: FindingInput) => makeFinding(lang, f);
  const set = choice.ruleSet;
  const date = ruleDate(choice);
  const use = new RuleUse();
  const out: Finding[] = [];
  const { lease, invest } = input;
  const cited = (r: Rule<unknown>) => {
    use.add([r], null);
    return cite(r);
  };

  const termMax = ruleOn(set, 'leaseTermMax', date);
  const termMin = ruleOn(set, 'leaseTermMin', date);
  if (lease.availability === 'custom' && isKnown(termMax) && termMax.value !== null && lease.termYears > termMax.value) {
    const min = isKnown(termMin) && termMin.value !== null ? termMin.value : 0;
    out.push(say({
      code: 'LEASE_TERM_OUT_OF_RANGE', variant: 'scenario', expected: `${min}-${termMax.value}`, actual: String(lease.termYears),
      params: { actual: String(lease.termYears), max: String(termMax.value), source: cited(termMax) },
    }));
  }

  const doc = documentTypeOf(input, choice, totalInvestment);
  if (doc) {
    const cap = ruleOn(set, doc === 'bckt' ? 'contingencyBckt' : 'contingencyFeasibility', date);
    if (isKnown(cap) && cap.value !== null && invest.contingencyRate.gt(cap.value)) {
      out.push(say({
        code: 'CONTINGENCY_OVER_LIMIT', variant: 'scenario', expected: cap.value, actual: invest.contingencyRate,
        params: { actual: formatPercent(lang, invest.contingencyRate), max: formatPercent(lang, cap.value), kind: ESTIMATE_KIND[doc][lang], source: cited(cap) },
      }));
    } else if (!isKnown(cap) && cap.notYet) {
      const r = cap.notYet;
      out.push(say({ code: 'RULESET_UNCONFIRMED', variant: 'notYet', params: { rule: ESTIMATE_KIND[doc][lang], cite: cite(r), from: dmy(r.from), date: date ? dmy(date) : '' } }));
    }
  }

  const share = ruleOn(set, 'stateShare', date);
  if (input.stateShare !== null && isKnown(share) && input.stateShare.lt(share.value)) {
    out.push(say({
      code: 'PROCEDURE_HINT', variant: 'stateShare', expected: share.value, actual: input.stateShare,
      params: { actual: formatPercent(lang, input.stateShare), expected: formatPercent(lang, share.value), source: cited(share) },
    }));
  }

  const money = (v: Decimal) => `${formatAmount(lang, v.toDecimalPlaces(3))} ${input.unit}`;
  const investHint = procedureHint({ amount: totalInvestment, type: 'ĐTPT' }, input.unit, set, date);
  if (investHint) {
    use.add(investHint.rules, null);
    out.push(say({
      code: 'PROCEDURE_HINT', variant: 'scenario', expected: investHint.route, suggestion: investHint.route, actual: totalInvestment.toDecimalPlaces(6),
      params: { option: OPTION.invest[lang], amount: money(totalInvestment), route: investHint[lang] },
    }));
  }
  // A lease is routed by the lease articles, never by the recurrent-spending tiers.
  const leaseHint = procedureHint({ amount: leaseEstimate, type: 'CTX', lease: lease.availability }, input.unit, set, date);
  if (leaseHint) {
    use.add(leaseHint.rules, null);
    out.push(say({
      code: 'PROCEDURE_HINT', variant: 'scenario', expected: leaseHint.route, suggestion: leaseHint.route, actual: leaseEstimate.toDecimalPlaces(6),
      params: { option: OPTION[lease.availability][lang], amount: money(leaseEstimate), route: leaseHint[lang] },
    }));
  }
  out.push(...unconfirmedNotes(say, choice, use, lang));
  out.push(...lawNotes(say, choice, use.size > 0, lang));
  return out;
}
