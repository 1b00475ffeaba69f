// The scenario engine's public face: invest or lease, under the law in force on the decision date.
export { computeScenario, scenarioRuleSet } from './compute';
export { MAX_AMOUNT_DONG, parseScenarioInput, SCENARIO_KEYS } from './input';
export type { FieldError } from './input';
export { leasePaymentPerPeriod, straightLineResidual } from './lease';
export type { LeasePaymentArgs } from './lease';
export { scenarioToJSON, amountString } from './json';
export { scenarioSheet, SCENARIO_SHEET_NAME } from './sheet';
export { pmt, pv, fv, npv } from './finance';
export { formatAmount, formatPercent, formatSwitching } from './format';
export type * from './types';
export { COST_KEYS, SWITCHING_AMOUNTS, SWITCHING_KEYS, SWITCHING_LEASE_ONLY } from './types';
