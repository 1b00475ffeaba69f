// Every table rule, one file each. The order here is the order findings are produced in
// before sorting (errors first, then by row).
import type { Rule } from './context';
import { amountRule } from './amount';
import { annualRule } from './annual';
import { capitalRule } from './capital';
import { columnSumsRule } from './column-sums';
import { contingencyRule } from './contingency';
import { disbursedRule } from './disbursed';
import { formulaRule } from './formula';
import { leaseRule } from './lease';
import { priceRule } from './price';
import { procedureRule } from './procedure';
import { rateLineRule } from './rate-line';
import { methodLineRule } from './method-line';
import { recapRule } from './recap';
import { securityRule } from './security';
import { shareRule } from './share';
import { sourcesRule } from './sources';
import { sttRule } from './stt';
import { subtotalRule } from './subtotal';
import { timeRule } from './time';
import { uncalculatedRule } from './uncalculated';
import { hiddenRule } from './hidden';
import { inWordsRule } from './in-words';
import { duplicateRule } from './duplicate';
import { unitConflictRule } from './unit-conflict';
import { yearAmountRule } from './year-amount';

export const RULES: Rule[] = [
  subtotalRule, columnSumsRule, amountRule, annualRule, sourcesRule, timeRule, sttRule, formulaRule, securityRule, leaseRule, procedureRule, contingencyRule, yearAmountRule, priceRule, disbursedRule, unitConflictRule, rateLineRule, methodLineRule, recapRule, uncalculatedRule, shareRule, capitalRule, hiddenRule, duplicateRule, inWordsRule,
];

export { makeContext } from './context';
export type { Rule, RuleContext } from './context';
