// The scenario engine's public face: invest or lease under ND 73/2019 and its circulars.
export { computeScenario } from './compute';
export { parseScenarioInput, SCENARIO_KEYS } from './input';
export type { FieldError } from './input';
export { leasePaymentPerPeriod, straightLineResidual } from './lease';
export type { LeasePaymentArgs } from './lease';
export { scenarioToJSON, amountString } from './json';
export { scenarioSheet, SCENARIO_SHEET_NAME } from './sheet';
export { pmt, pv, fv, npv } from './finance';
export { formatAmount, formatPercent } from './format';
export type * from './types';
export { COST_KEYS } from './types';
