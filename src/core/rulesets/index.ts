// The law as data: rule sets (one file per decree), the registry, the choice by date, and the
// procedure route a budget line leads to.
export type { Citation, LegalStatus, Provision, Rule, RuleKey, RuleSet, RuleSetId, RuleSetRules, Unknown } from './types';
export { isKnown } from './types';
export { AUTO_RULESET, getRuleSet, hasRuleSet, ruleSetIds } from './registry';
export { chooseRuleSet, ND82_AMENDMENT_DATE, ruleDate, ruleOn, ruleSetInfo, ruleSetOn } from './choose';
export type { ChoiceBasis, DatedBasis, RuleSetChoice, RuleSetInfo } from './choose';
export { procedureHint, procedureRouter } from './routes';
export type { LeaseKind, ProcedureHint, ProcedureRoute, RouteQuery, Router, WorkKind } from './routes';
